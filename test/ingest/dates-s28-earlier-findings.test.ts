/**
 * A date after a grade that belongs to the weaknesses an earlier inspection found ("tackling most of the weaknesses
 * identified in 2019") is that inspection's, not the grade's; where the grade is told as those weaknesses ("progress on
 * four of the five weaknesses identified in 2018") the date is the earlier outcome's own.
 */
import {describe, expect, it} from 'vitest';
import {run, show} from '../helpers/review-events.js';

describe('dates of earlier findings told after a grade', () => {
	it('leaves a grade of the news its own day, not the year the old weaknesses were found', () => {
		const line = show('After inspectors spent three weeks in the borough in April, Stockport has been judged to require improvement to be good overall, with inspectors finding that leaders had tackled most of the weaknesses identified in 2016.');
		expect(line).toContain('inspection-judgement:requires improvement@2019-06-20');
		expect(line).not.toContain('@2016');
	});

	it('reads the same after "failings found at the last inspection in"', () => {
		const events = run('Stockport has been rated good, with inspectors saying the council had fixed the failings found at the last inspection in 2015.');
		const grade = events.find((e) => e.type === 'inspection-judgement' && e.rating === 'good');
		expect(grade?.date.value).not.toBe('2015');
	});

	it('keeps the year when the outcome is told as those weaknesses', () => {
		const events = run('A revisit by Ofsted and the Care Quality Commission in May found that Stockport had made sufficient progress in four of the five weaknesses identified in 2017.');
		expect(events.some((e) => e.type === 'inspection-judgement' && e.date.value === '2017')).toBe(true);
	});

	it('keeps a date before the grade: the rule looks only after it', () => {
		expect(show('Ofsted rated Stockport inadequate in 2017, citing weaknesses identified in 2015.')).toContain('inspection-judgement:inadequate@2017');
	});
});
