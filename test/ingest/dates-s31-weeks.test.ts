/**
 * "last week" and "next week" name a Monday-to-Sunday week, not a day: where all its days fall in one month, the date
 * is that month, approximately; a week across two months keeps its middle day, approximately (dates/resolve.ts).
 * "This week" is the article's own news, and keeps the article's day, approximately.
 */
import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/ingest/dates/resolve.js';

const today = new Date('2026-11-22T12:00:00Z');
const on = (value: string) => ({value, precision: 'day', approximate: false, basis: 'stated'}) as const;
const firstOf = (sentence: string, day: string) => {
	const d = findDates(sentence, on(day), {today})[0]!.date;
	return `${d.value}${d.approximate ? '~' : ''}`;
};

describe('a week counted from the article', () => {
	// 29 February 2024 was a Thursday: the week before ran from the 19th to the 25th.
	it('last week inside one month: that month', () => expect(firstOf('Inspectors who visited the service last week found it had improved.', '2024-02-29')).toBe('2024-02~'));
	it('next week inside one month: that month', () => expect(firstOf('Councillors will debate the motion next week.', '2024-02-29')).toBe('2024-03~'));
	it('this week is the news of the article: its day', () => expect(firstOf('The report was published this week.', '2024-02-22')).toBe('2024-02-22~'));
	it('a week across two months: its middle day', () => expect(firstOf('Inspectors who visited the service last week found it had improved.', '2024-03-05')).toBe('2024-02-27~'));
	it('an article dated only to the month: as before', () => expect(findDates('Inspectors visited last week.', {value: '2024-02', precision: 'month', approximate: false, basis: 'stated'}, {today})[0]!.date.approximate).toBe(true));
});
