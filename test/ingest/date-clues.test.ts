import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {clues, patterns} from '../../source/ingest/dates/patterns.js';
import {anyClue, chronoCouldAdd, scan} from '../../source/ingest/dates/scan.js';

// scan() returns nothing for a sentence anyClue rejects: anyClue must pass wherever a pattern's clues, chrono's
// pre-check or the offsets' clue could.
const asTest = (c: keyof typeof clues | RegExp) => (typeof c === 'string' ? clues[c] : c);
const needs = [...new Set(patterns.flatMap((p) => p.needs).map(asTest)), clues.unit];
// A pattern is tried only where all its needs pass (a digit alone is no clue: the day-and-month patterns also need a month).
const needSets = [...patterns.map((p) => p.needs.map(asTest)), [clues.unit]];

describe('anyClue, the test before the date patterns', () => {
	it('knows every clue the patterns need (a new one: add its words to anyClue in scan.ts, then here)', () => {
		const known = [
			...Object.values(clues).map((re) => re.source),
			String.raw`\b(?:last|this|next) year\b`,
			'yesterday|today|night|tomorrow|morning|afternoon|evening',
			'spring|summer|autumn|winter',
			String.raw`\b(?:last|next)\s+(?:spring|summer|autumn|winter)\b`,
			'new year',
			'ago',
			'end of the (?:year|month)',
			'Christmas',
			'Christmas|Year|Day',
		];
		expect(needs.map((re) => re.source).filter((s) => !known.includes(s))).toEqual([]);
	});

	it("passes wherever a pattern's clues, chrono or the offsets could", () => {
		const piece = fc.constantFrom('Jan', 'jan', 'Sept', 'May', 'Mar', 'Dec', 'Monday', 'Wednesday', 'DAY', 'day', 'week', 'Month', 'YEAR', 'last year', 'this  year', 'next spring', 'Autumn', 'new year', 'ago', 'AGO', 'night', 'Morning', 'afternoon', 'evening', 'tomorrow', 'Tomorrow', 'Boxing Day', 'New Year’s Eve', 'Christmas Eve', '2019', '1999', '12345', '500 AD', '3 bc', '999y', '12.5 y', '7', 'the', 'x', ' ', '.', ',', '’');
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 8}), (parts) => {
				const s = parts.join('');
				if (needSets.some((set) => set.every((re) => re.test(s))) || chronoCouldAdd(s, [])) expect(anyClue.test(s)).toBe(true);
			}),
			{numRuns: 2000},
		);
	});

	it('leaves a sentence without one undated', () => {
		expect(scan('The council said it was working hard to improve its services for children.')).toEqual({candidates: [], offsets: []});
		expect(scan('Inspectors visited in March 2019.').candidates.length).toBeGreaterThan(0);
	});
});
