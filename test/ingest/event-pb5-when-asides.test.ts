/**
 * A grade in a when-aside hung from a dated inspection ("at the 2014 inspection, when services required improvement,
 * and at a focused visit last year") takes that inspection's year; a date after the aside is the next item's. Beside
 * ordinary sentences with "when" and a year that give no grade, and a when-aside whose own date stays. Sentences
 * written for this project.
 */
import {expect, test} from 'vitest';
import {graded} from './pb4-rows.js';

const judgements = (published: string, text: string) => graded(published, text).filter((r) => r.startsWith('inspection-judgement '));

test('the grade of a when-aside after "the 2014 inspection" is 2014’s, not the next item’s date', () => {
	const got = judgements('2023-10-05', 'Concerns raised at Barnsley’s 2015 inspection, when services were rated inadequate, and at a monitoring visit last year remain.');
	expect(got).toContain('inspection-judgement inadequate 2015');
	expect(got.some((r) => / 2022$/.test(r))).toBe(false);
	expect(judgements('2023-10-05', 'Gaps found in 2016, when Rotherham’s services were judged to require improvement, and again in March were not fixed.')).toEqual(['inspection-judgement requires improvement 2016']);
});

test('a when-aside with its own date keeps it', () => {
	expect(judgements('2023-10-05', 'Stockport was inspected in 2014, when in May 2015 the report rated it good, and again last year.').some((r) => / 2015-05$/.test(r))).toBe(true);
});

test('a when-aside with no grade is no judgement', () => {
	expect(judgements('2023-10-05', 'The 2014 floods, when the river burst its banks, and the storm last year cost Gateshead millions.')).toEqual([]);
	expect(judgements('2023-10-05', 'At the 2019 match, when the club was in good form, and at the derby last year, crowds were high.')).toEqual([]);
});
