import {describe, expect, it} from 'vitest';
import {phaseOf, splitProfile, type CpuProfile} from '../../bench/profile-split.js';

const f = (functionName: string, url = '') => ({functionName, url});
const dist = 'file:///repo/dist';

describe('phaseOf', () => {
	it('gives a sample the first phase, in order, with a frame on its stack', () => {
		// JSON.parse under the store's reader under the command: reading.
		expect(phaseOf([f('parse'), f('parseDocument', `${dist}/corpus/store/parse.js`), f('quotesCommand', `${dist}/cli/commands/quotes.js`)])).toBe('read and parse');
		// zod under the reader: validation wins.
		expect(phaseOf([f('parse', 'file:///repo/node_modules/zod/v4/core/schemas.js'), f('firstIssue', `${dist}/corpus/store/validation.js`), f('open', `${dist}/corpus/store/open-store.js`)])).toBe('validation');
		// A date formatted for a row: formatting, though date-value.js is corpus code.
		expect(phaseOf([f('formatDate', `${dist}/corpus/date-value.js`), f('json', `${dist}/corpus/quote-export.js`), f('writeList', `${dist}/cli/export.js`)])).toBe('formatting');
		expect(phaseOf([f('listQuotes', `${dist}/corpus/queries.js`), f('quotesCommand', `${dist}/cli/commands/quotes.js`)])).toBe('building the answer');
		expect(phaseOf([f('compileSourceTextModule', 'node:internal/modules/esm/utils')])).toBe('loading code');
		expect(phaseOf([f('(garbage collector)'), f('(root)')])).toBe('garbage collector');
		expect(phaseOf([f('(idle)'), f('(root)')])).toBe('idle');
		expect(phaseOf([f('(program)'), f('(root)')])).toBe('other');
	});
});

describe('splitProfile', () => {
	it('adds each sample time to its phase and its leaf function', () => {
		const profile: CpuProfile = {
			nodes: [
				{id: 1, callFrame: f('(root)'), children: [2, 4]},
				{id: 2, callFrame: f('quotesCommand', `${dist}/cli/commands/quotes.js`), children: [3]},
				{id: 3, callFrame: f('parseDocument', `${dist}/corpus/store/parse.js`)},
				{id: 4, callFrame: f('(garbage collector)')},
			],
			samples: [3, 3, 2, 4],
			timeDeltas: [1000, 2000, 500, 1500],
			startTime: 0,
			endTime: 6000,
		};
		const r = splitProfile(profile);
		expect(r.totalMs).toBe(6);
		expect(r.ms['read and parse']).toBe(3);
		expect(r.ms['building the answer']).toBe(0.5);
		expect(r.ms['garbage collector']).toBe(1.5);
		expect(r.topSelf[0]).toEqual({frame: 'parseDocument parse.js', phase: 'read and parse', ms: 3});
	});
});
