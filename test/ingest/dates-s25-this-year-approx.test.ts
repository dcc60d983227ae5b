/**
 * "in January this year", "in March last year" on a page whose own date is only approximate (a year inferred, a day
 * give or take a week): the month of the page's own year (or the year before or after it), still approximate, not
 * of the earliest year the page may be from. Near misses: an exact page date stays exact and unchanged; a page of no
 * date gives no year; a month without "this year" or "last year" is not read here. Sentences written for this
 * project.
 */
import {describe, expect, it} from 'vitest';
import type {DateValue} from '../../source/corpus/schema.js';
import {findDates} from '../../source/ingest/dates/resolve.js';

const today = new Date('2026-11-22T12:00:00Z');
const ref = (value: string | null, approximate: boolean): DateValue => ({value, precision: value === null ? 'unknown' : value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', approximate, basis: 'test'});
const first = (sentence: string, r: DateValue) => findDates(sentence, r, {today}).find((d) => d.date.value !== null)?.date ?? null;

describe('this year and last year on a page dated approximately', () => {
	const cases: [string, DateValue, string][] = [
		['A monitoring visit in January this year found insufficient progress.', ref('2025', true), '2025-01'],
		['The board was set up in March last year.', ref('2025', true), '2024-03'],
		['The council was rated inadequate in February this year.', ref('2019-06', true), '2019-02'],
		['Inspectors will return in March this year.', ref('2021-01-03', true), '2021-03'],
		['The notice was issued in November last year.', ref('2021-01-03', true), '2020-11'],
		['A commissioner was appointed in July this year.', ref('2023', true), '2023-07'],
	];
	for (const [sentence, r, want] of cases)
		it(`${want}: ${sentence}`, () => {
			const d = first(sentence, r);
			expect(d?.value).toBe(want);
			expect(d?.approximate).toBe(true);
		});
});

describe('what stays as it was', () => {
	it('an exact page date gives an exact month', () => {
		const d = first('A monitoring visit in January this year found insufficient progress.', ref('2025-07-04', false));
		expect([d?.value, d?.approximate]).toEqual(['2025-01', false]);
	});
	it('an exact page date, last year', () => {
		const d = first('The board was set up in March last year.', ref('2021-01-03', false));
		expect([d?.value, d?.approximate]).toEqual(['2020-03', false]);
	});
	it('a page of no date gives no year', () => expect(first('Inspectors visited in March this year.', ref(null, false))).toBeNull());
	it('a page dated only to its year, not approximately, stays of its year', () => {
		const d = first('Inspectors visited in March this year.', ref('2022', false));
		expect([d?.value, d?.approximate]).toEqual(['2022-03', false]);
	});
	it('a month with no year words is not read by this rule', () => {
		const d = first('Inspectors visited in March.', ref('2025-07-04', false));
		expect([d?.value, d?.approximate]).toEqual(['2025-03', false]);
	});
	it('a page approximately dated never makes the month exact', () => {
		for (const r of [ref('2025', true), ref('2019-06', true), ref('2021-01-03', true)]) expect(first('The plan will be agreed in May this year.', r)?.approximate).toBe(true);
	});
});
