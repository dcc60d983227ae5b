/**
 * matchesIn (text.ts) reads a pattern's matches with the pattern's own exec instead of matchAll's copy: it must give what
 * matchAll gives, empty matches and code points included, on fixed and on random texts.
 */
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {matchesIn} from '../../source/ingest/text.js';
import {pastMarkers, futureMarkers, clauseBreak} from '../../source/ingest/dates/tense.js';
import {patterns} from '../../source/ingest/dates/patterns.js';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({index: m.index, text: m[0], groups: m.groups ? {...m.groups} : undefined, all: [...m]}));

const fixed = [
	/\d{4,}/g,
	/x*/g,
	/(?:)/gu,
	/\b(?:a|an)\b/gi,
	/(?<word>[a-z]+)(?=,)/g,
	/\p{L}*/gu,
	pastMarkers,
	futureMarkers,
	clauseBreak,
	...patterns.map((p) => p.re),
];

const texts = [
	'',
	'The council was rated inadequate in March 2019, and will be inspected again next year.',
	'Ofsted visited on 3 and 4 June 2023; a report, published on Monday, followed.',
	'emoji 😀 then 😀😀, and an a',
	'20230 1999 12345678 and 7',
];

describe('matchesIn', () => {
	test('gives matchAll’s matches for the date and tense patterns and for empty matches', () => {
		for (const re of fixed) for (const t of texts) expect(plain(matchesIn(re, t))).toEqual(plain(t.matchAll(re)));
	});

	test('gives matchAll’s matches on random texts', () => {
		const pieces = fc.constantFrom('in ', 'March ', '2019', ', ', 'was ', 'will ', 'the ', '😀', 'a', ' ', 'x', '-', '3 ', 'June ', 'last ', 'week ', 'and ');
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 30}), (parts) => {
				const t = parts.join('');
				for (const re of fixed) expect(plain(matchesIn(re, t))).toEqual(plain(t.matchAll(re)));
			}),
			{numRuns: 300},
		);
	});

	test('leaves the pattern ready for the next text and refuses a pattern that is not global', () => {
		const re = /\d+/g;
		expect(matchesIn(re, 'a 12 b 34').map((m) => m[0])).toEqual(['12', '34']);
		expect(re.lastIndex).toBe(0);
		expect(matchesIn(re, '56').map((m) => m[0])).toEqual(['56']);
		expect(() => matchesIn(/\d+/, '1')).toThrow(TypeError);
	});
});
