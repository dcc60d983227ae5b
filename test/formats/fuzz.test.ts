/** Random and damaged input in every format: an article or a reason, never a throw. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseExportBytes} from '../../source/ingest/formats/parse-export.js';
import {makeDocx} from './make-docx.js';

const prefixes = ['PK\x03\x04', '{\\rtf1 ', '<!DOCTYPE html><html><body>', '   1 of 2 DOCUMENTS\n\nGazette\n\nMay 1, 2020\n\n', 'HD x\nPD 1 May 2020\nSN y\nLP z\n', 'Title\nPub\nJuly 2, 2019\nBody\n'];
const nexisLines = ['Documents (3)', 'Headline', 'Publication', 'July 2, 2019 Tuesday', 'Byline:\u00a0A', 'Body', 'Text.', 'End of Document', 'Load-Date:\u00a0July 3, 2019', 'Classification', ''];

describe('random and damaged exports', () => {
	it('never throw, whatever follows a format’s opening bytes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({maxLength: 2000}), async (prefix, rest) => {
				const r = await parseExportBytes(Buffer.concat([Buffer.from(prefix, 'latin1'), rest]));
				expect(['export', 'plain', 'refused']).toContain(r.kind);
			}),
			{numRuns: 300, seed: 15},
		);
	});

	it('Nexis documents of shuffled lines give articles or per-article reasons', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.constantFrom(...nexisLines), {maxLength: 60}), async (lines) => {
				const r = await parseExportBytes(makeDocx(lines));
				expect(['export', 'plain', 'refused']).toContain(r.kind);
				if (r.kind === 'export') for (const a of r.parsed.articles) expect(a.text.trim()).not.toBe('');
			}),
			{numRuns: 200, seed: 15},
		);
	});

	it('a Word document cut short is refused with a reason until its document part is whole', async () => {
		const whole = makeDocx(nexisLines);
		const kinds = new Set<string>();
		for (let cut = 1; cut < whole.length; cut += 37) {
			const r = await parseExportBytes(whole.subarray(0, cut));
			kinds.add(r.kind);
			if (r.kind === 'refused') expect(r.reason).toMatch(/damaged|cut short|not a Word document|zip/);
		}
		expect(kinds.has('refused')).toBe(true);
	});
});
