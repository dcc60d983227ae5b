/**
 * The date-confidence probes (issue 11: no confident wrong date): 130 short news items written for this project after
 * reading real pages for how dates stand around events (a background clause, a telling, a letter, a relative date, a
 * history told in the next sentence), each with the date a careful reader gives each event, or none. They were split
 * by line before any rule read them (odd lines to `-dev`, even to `-held`); the dev half may be tuned on and its
 * figures are held here, the held half only measures and prints its totals, never its misses.
 */
import {describe, expect, it} from 'vitest';
import {describeFigures, readProbes, scoreProbes} from './date-confidence-score.js';

describe('date-confidence probes, dev half', () => {
	const f = scoreProbes(readProbes('dev'));
	console.log(describeFigures('dev', f));
	it('gives no confident wrong date', () => expect(f.confidentWrong).toBe(0));
	it('keeps at least 70 right dates confident', () => expect(f.confidentRight).toBeGreaterThanOrEqual(70));
	it('hedges at most 4 right dates the reader is sure of', () => expect(f.hedged).toBeLessThanOrEqual(4));
});

describe('date-confidence probes, held half (totals only)', () => {
	it('is measured', () => {
		const f = scoreProbes(readProbes('held'));
		console.log(describeFigures('held', f));
		expect(f.dated).toBeGreaterThan(0);
	});
});
