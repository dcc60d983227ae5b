/**
 * "before Christmas", "by Christmas", "ahead of Christmas": a bound, whose weeks may begin in November, so December
 * only approximately; "over Christmas" and "at Christmas" are December itself (dates/patterns.ts). And "in the week of
 * 15 July" names a week by its first day: that day, approximately (dates/resolve.ts).
 */
import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/ingest/dates/resolve.js';

const today = new Date('2026-11-22T12:00:00Z');
const ref = {value: '2016-02-09', precision: 'day', approximate: false, basis: 'stated'} as const;
const first = (sentence: string) => {
	const d = findDates(sentence, ref, {today})[0]!.date;
	return `${d.value}${d.approximate ? '~' : ''}`;
};

describe('Christmas as a bound or as the season', () => {
	it('before Christmas: December, approximately', () => expect(first('Inspectors visited the borough over four weeks before Christmas.')).toBe('2015-12~'));
	it('ahead of Christmas', () => expect(first('The plan was agreed ahead of Christmas.')).toBe('2015-12~'));
	it('over Christmas: December', () => expect(first('The office was closed over Christmas.')).toBe('2015-12'));
});

describe('a day that names a week is that week, approximately', () => {
	const ref2 = {value: '2024-09-03', precision: 'day', approximate: false, basis: 'stated'} as const;
	const firstOf = (sentence: string) => {
		const d = findDates(sentence, ref2, {today})[0]!.date;
		return `${d.value}${d.approximate ? '~' : ''}`;
	};
	it('in the week of 15 July', () => expect(firstOf('The agency was downgraded following an inspection in the week of 15 July.')).toBe('2024-07-15~'));
	it('the week beginning Monday 15 July', () => expect(firstOf('Inspectors arrived in the week beginning Monday 15 July.')).toBe('2024-07-15~'));
	it('on 15 July', () => expect(firstOf('Inspectors arrived on 15 July.')).toBe('2024-07-15'));
});
