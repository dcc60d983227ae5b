/**
 * The date-trap probes (issue 11, session 24): 124 short items written for this project after reading real pages,
 * each built on one of the ways a date stands near an event without being its date (a background sentence with
 * several dates; "since 2018" and "until March"; a report's publication against its visit; a date in a clause about
 * another act; "in the year to March 2020", "2019/20"; a weekday or "yesterday" in an article whose date is unknown;
 * "last year" in January; a range; a quotation; a deadline; another council's date; a month far from the article;
 * a headline), with plainly stated dates among them that must stay exact. Split by line before any rule read them
 * (odd lines to `-dev`, even to `-held`); the held half prints its totals only.
 */
import {describe, expect, it} from 'vitest';
import {describeFigures, readProbes, scoreProbes} from './date-confidence-score.js';

const set = 'date-trap-probes';

describe('date-trap probes, dev half', () => {
	const f = scoreProbes(readProbes('dev', set));
	console.log(describeFigures('traps dev', f));
	it('gives no confident wrong date', () => expect(f.confidentWrong).toBe(0));
	it('keeps at least 60 right dates confident', () => expect(f.confidentRight).toBeGreaterThanOrEqual(60));
	it('hedges no right date the reader is sure of', () => expect(f.hedged).toBeLessThanOrEqual(0));
});

describe('date-trap probes, held half (totals only)', () => {
	it('is measured', () => {
		const f = scoreProbes(readProbes('held', set));
		console.log(describeFigures('traps held', f));
		expect(f.dated).toBeGreaterThan(0);
	});
});
