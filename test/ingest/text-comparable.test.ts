import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {comparable, comparableOf} from '../../source/ingest/text.js';

describe('comparable', () => {
	it('gives the general form’s key, on random texts of letters, digits, quote marks and other characters', () => {
		const units = fc.constantFrom('a', 'Z', 'q', '7', ' ', '  ', '\n', '.', ',', "'", '’', '‘', '`', '"', '“', '”', 'É', 'é', 'İ', '\u212a', 'Σ', 'ß', '£', '–', '\ud801\udc00', '\ud801', 'Mc', "O'Neil");
		fc.assert(
			fc.property(fc.array(units, {maxLength: 40}), (parts) => {
				const text = parts.join('');
				expect(comparable(text)).toBe(comparableOf(text));
			}),
			{numRuns: 5000, seed: 21},
		);
	});

	it('keeps words, digits and apostrophes, one space between words', () => {
		expect(comparable('  “Ofsted’s REPORT,” said 2 Councillors -- again!  ')).toBe("ofsted's report said 2 councillors again");
	});
});
