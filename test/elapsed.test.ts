/** Elapsed time from dates at their precision; every figure below was worked out by hand from a calendar. */
import {describe, expect, test} from 'vitest';
import {statedDate} from '../source/corpus/date-value.js';
import {describeElapsed, elapsedBetween, elapsedMonths} from '../source/corpus/elapsed.js';
import type {DateValue} from '../source/corpus/schema.js';

const d = (value: string): DateValue => statedDate(value);
const approx = (value: string): DateValue => ({...statedDate(value), approximate: true});
const say = (a: DateValue, b: DateValue) => describeElapsed(elapsedBetween(a, b)!);

describe('elapsed time at every precision', () => {
	test.each([
		// day to day: 15 days, the second date only the article's own (approximate)
		['2019-01-17', '~2019-02-01', 15, 15, '~2 weeks after'],
		// 26 Nov 2021 + 4 years = 26 Nov 2025 (1,461 days, 2024 a leap year), less 3 Sep to 26 Nov (84): 1,377 days = 45.2 months
		['2021-11-26', '2025-09-03', 1377, 1377, '45 months after'],
		['2019-01-17', '2019-01-24', 7, 7, '7 days after'],
		['2019-01-17', '2019-02-01', 15, 15, '15 days after'],
		['2019-02-01', '2019-01-17', -15, -15, '15 days before'],
		['2019-01-17', '2019-01-17', 0, 0, 'the same day'],
		// day to month: 1 Feb - 17 Jan = 15, 28 Feb - 17 Jan = 42 days: 2 to 6 weeks
		['2019-01-17', '2019-02', 15, 42, '2-6 weeks after'],
		// month to month: 1 Jul - 31 Jan = 151 days (4.96 months), 31 Jul - 1 Jan = 211 (6.93)
		['2019-01', '2019-07', 151, 211, '5-7 months after'],
		// month to day within the month: 20 - 31 = -11, 20 - 1 = 19 days: either side
		['2019-01', '2019-01-20', -11, 19, 'about the same time (within 3 weeks)'],
		// year to year: 1 Jan 2015 - 31 Dec 2012 = 731 days, 31 Dec 2015 - 1 Jan 2012 = 1,460 days
		['2012', '2015', 731, 1460, '2-4 years after'],
		// day to an approximate year: 13 Jul 2012 to 1 Jan 2015 = 902 days (2.47 y), to 31 Dec 2015 = 1,266 (3.47 y)
		['2012-07-13', '~2015', 902, 1266, '~2-3 years after'],
		// day to year under two years: 1 Jan 2020 - 17 Jan 2019 = 349 days (11.5 months), 31 Dec 2020 - 17 Jan 2019 = 714 (23.5)
		['2019-01-17', '2020', 349, 714, '11-23 months after'],
		// A lower bound that rounds to nought is not nought: 31 Jan to Feb 2019 is 1 to 28 days, never "0-4 weeks".
		['2019-01-31', '2019-02', 1, 28, '1 day-4 weeks after'],
		['2019-01-31', '~2019-02', 1, 28, '~1 day-4 weeks after'],
		// 1 Jan 2020 - 31 Dec 2019 = 1 day, 31 Dec 2020 - 1 Jan 2019 = 730 days (24.0 months)
		['2019', '2020', 1, 730, '1 day-24 months after'],
		['2019-12-31', '2020', 1, 366, '1 day-12 months after'],
		// 25 Jan 2019 to Feb: 7 to 34 days: the bound says itself in weeks
		['2019-01-25', '2019-02', 7, 34, '1-5 weeks after'],
		// Before: Feb 2019 to 3 Mar 2019 is 3 to 30 days before
		['2019-03-03', '2019-02', -30, -3, '3 days-4 weeks before'],
		// From the first of the month to the month: 0 to 27 days, which can be the same day
		['2019-02-01', '2019-02', 0, 27, 'up to 4 weeks after'],
	])('%s to %s is %i to %i days: %s', (a, b, min, max, words) => {
		const from = a.startsWith('~') ? approx(a.slice(1)) : d(a);
		const to = b.startsWith('~') ? approx(b.slice(1)) : d(b);
		const e = elapsedBetween(from, to)!;
		expect([e.minDays, e.maxDays]).toEqual([min, max]);
		expect(describeElapsed(e)).toBe(words);
	});

	test('an unknown date has no elapsed time', () => {
		expect(elapsedBetween(d('2019'), {value: null, precision: 'unknown', approximate: false, basis: 'none'})).toBeNull();
	});

	test('the middle of the span in months places an event', () => {
		expect(elapsedMonths(elapsedBetween(d('2021-11-26'), d('2025-09-03'))!)).toBe(45.2);
		expect(elapsedMonths(elapsedBetween(d('2019-01-17'), d('2019-02-01'))!)).toBe(0.5);
		// (151 + 211) / 2 = 181 days = 5.9 months
		expect(elapsedMonths(elapsedBetween(d('2019-01'), d('2019-07'))!)).toBe(5.9);
		expect(say(d('2019-01-17'), d('2019-01-17'))).toBe('the same day');
	});
});
