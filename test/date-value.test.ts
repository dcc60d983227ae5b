import {describe, expect, test} from 'vitest';
import {
	compareDates,
	dateBounds,
	dateFromBounds,
	datesCompatible,
	dateSortKey,
	formatDate,
	isAfter,
	monthsBetween,
	shiftDate,
	statedDate,
	unknownDate,
} from '../source/corpus/date-value.js';
import {dateValueSchema, type DateValue} from '../source/corpus/schema.js';

const d = (value: string) => statedDate(value);
const approx = (value: string): DateValue => ({...statedDate(value), approximate: true});
const none = unknownDate();

describe('unknownDate and statedDate', () => {
	test('unknown keeps its reason', () => {
		expect(unknownDate("'on Wednesday' but the article's date is unknown")).toEqual({
			value: null,
			precision: 'unknown',
			approximate: false,
			basis: "'on Wednesday' but the article's date is unknown",
		});
		expect(unknownDate().basis).not.toBe('');
	});

	test.each([
		['2019-01-17', 'day'],
		['2019-01', 'month'],
		['2019', 'year'],
		['2020-02-29', 'day'],
	] as const)('%s is stated at %s precision', (value, precision) => {
		const s = statedDate(value);
		expect(s).toEqual({value, precision, approximate: false, basis: 'stated'});
		expect(dateValueSchema.safeParse(s).success).toBe(true);
	});

	test.each(['2019-13', '2019-02-30', '2019-2-1', '19', 'January 2019', '2019-00', '2021-02-29'])('%s is refused', (value) => {
		expect(() => statedDate(value)).toThrow(RangeError);
	});
});

describe('formatDate', () => {
	test.each([
		[d('2019-01-17'), '2019-01-17'],
		[d('2019-01'), 'Jan 2019'],
		[d('2018-12'), 'Dec 2018'],
		[d('2019'), '2019'],
		[approx('2015'), '~2015'],
		[approx('2022-01-20'), '~2022-01-20'],
		[approx('2019-02'), '~Feb 2019'],
		[none, 'undated'],
	])('%j -> %s', (date, text) => {
		expect(formatDate(date)).toBe(text);
	});
});

describe('ordering', () => {
	test('a month sorts at the start of its month, a year at the start of its year, unknown last', () => {
		const dates = [none, d('2019-01-17'), d('2019-02'), d('2018-12-31'), d('2019'), d('2019-01'), d('2019-01-01'), d('2012')];
		const sorted = [...dates].sort(compareDates).map(formatDate);
		expect(sorted).toEqual(['2012', '2018-12-31', '2019', 'Jan 2019', '2019-01-01', '2019-01-17', 'Feb 2019', 'undated']);
	});

	test('sort keys', () => {
		expect(dateSortKey(d('2019'))).toBeLessThan(dateSortKey(d('2019-01')));
		expect(dateSortKey(d('2019-01'))).toBeLessThan(dateSortKey(d('2019-01-01')));
		expect(dateSortKey(d('2019-12-31'))).toBeLessThan(dateSortKey(d('2020')));
		expect(dateSortKey(none)).toBe(Number.POSITIVE_INFINITY);
	});

	test('an exact date before an approximate one of the same value; two unknowns are equal', () => {
		expect(compareDates(d('2015'), approx('2015'))).toBe(-1);
		expect(compareDates(approx('2015'), d('2015'))).toBe(1);
		expect(compareDates(none, unknownDate('other reason'))).toBe(0);
		expect(compareDates(d('2019-01-17'), d('2019-01-17'))).toBe(0);
	});
});

describe('datesCompatible', () => {
	test.each([
		[d('2019'), d('2019-01-17'), true],
		[d('2019-01-17'), d('2019'), true],
		[d('2019-01'), d('2019-01-17'), true],
		[d('2019-01'), d('2019-01'), true],
		[d('2019-01'), d('2019-02-01'), false],
		[d('2019'), d('2018-12'), false],
		[d('2012'), d('2012-07'), true],
		[none, d('2019'), false],
		[none, none, false],
	])('%j and %j: %s', (a, b, expected) => {
		expect(datesCompatible(a, b)).toBe(expected);
	});
});

describe('shiftDate', () => {
	const cases: [string, DateValue, Parameters<typeof shiftDate>[1], {approximate?: boolean} | undefined, string][] = [
		['a day back', d('2022-01-27'), {days: -1}, undefined, '2022-01-26'],
		['a week back across a month', d('2022-02-03'), {days: -7}, undefined, '2022-01-27'],
		['a month back from a month', d('2019-01'), {months: -1}, undefined, 'Dec 2018'],
		['this month of a day', d('2022-01-27'), {months: 0}, undefined, 'Jan 2022'],
		['this month of a year stays a year', d('2019'), {months: 0}, undefined, '2019'],
		['a month after a day is a month', d('2019-01-31'), {months: 1}, undefined, 'Feb 2019'],
		['three years after a day is a year', d('2012-01-17'), {years: 3}, undefined, '2015'],
		['three years after July 2012, approximately', d('2012-07'), {years: 3}, {approximate: true}, '~2015'],
		['a year after a year', d('2012'), {years: 1}, undefined, '2013'],
		['twelve months after a year', d('2012'), {months: 12}, undefined, '2013'],
		['a month after a year may cross into the next', d('2012'), {months: 1}, undefined, '~2012'],
		['a week before a month may be the month before', d('2019-01'), {days: -7}, undefined, '~Jan 2019'],
		['a week before a year', approx('2015'), {days: -7}, undefined, '~2015'],
		['an approximate date stays approximate', approx('2019-02'), {months: -1}, undefined, '~Jan 2019'],
		['a day can be flagged approximate', d('2022-01-27'), {days: -7}, {approximate: true}, '~2022-01-20'],
		['leap day plus a year', d('2020-02-29'), {years: 1}, undefined, '2021'],
		['31 January plus a month, by days', d('2019-01-31'), {months: 1, days: 0}, undefined, '2019-02-28'],
	];
	test.each(cases)('%s', (_name, date, shift, opts, expected) => {
		const out = shiftDate(date, shift, 'because', opts);
		expect(formatDate(out)).toBe(expected);
		expect(out.basis).toBe('because');
		expect(dateValueSchema.safeParse(out).success).toBe(true);
	});

	test('unknown stays unknown, with the new basis', () => {
		expect(shiftDate(none, {years: 3}, "'three years after'")).toEqual(unknownDate("'three years after'"));
	});
});

describe('monthsBetween', () => {
	test.each([
		[d('2012'), d('2015-07'), 36],
		[d('2012-07'), d('2015-07'), 36],
		[d('2018-12'), d('2019-01-17'), 1],
		[d('2019-02-01'), d('2019-01-31'), -1],
		[d('2019-01-01'), d('2019-01-31'), 0],
		[none, d('2019'), null],
		[d('2019'), none, null],
	])('%j to %j: %s', (a, b, expected) => {
		expect(monthsBetween(a, b)).toBe(expected);
	});
});

describe('isAfter is certain or false', () => {
	test.each([
		[d('2019-02'), d('2019-01-17'), true],
		[d('2019-01'), d('2019-01-17'), false],
		[d('2019-01-18'), d('2019-01-17'), true],
		[d('2019-01-17'), d('2019-01-17'), false],
		[d('2020'), d('2019-12-31'), true],
		[d('2019-12-31'), d('2019'), false],
		[d('2019'), d('2018'), true],
		[none, d('2019'), false],
		[d('2019'), none, false],
	])('%j after %j: %s', (a, b, expected) => {
		expect(isAfter(a, b)).toBe(expected);
	});
});

describe('bounds', () => {
	test('the days a date can mean', () => {
		expect(dateBounds(d('2019'))).toEqual({first: '2019-01-01', last: '2019-12-31'});
		expect(dateBounds(d('2020-02'))).toEqual({first: '2020-02-01', last: '2020-02-29'});
		expect(dateBounds(d('2019-01-17'))).toEqual({first: '2019-01-17', last: '2019-01-17'});
		expect(dateBounds(none)).toBeNull();
	});

	test.each([
		['2019-01-11', '2019-02-22', 'month', '2019'],
		['2019-02-01', '2019-02-22', 'month', 'Feb 2019'],
		['2019-02-01', '2019-02-22', 'day', 'Feb 2019'],
		['2019-02-22', '2019-02-22', 'day', '2019-02-22'],
		['2019-02-22', '2019-02-22', 'month', 'Feb 2019'],
		['2018-12-20', '2019-02-22', 'month', '~2019'],
	] as const)('%s to %s at %s pins %s', (first, last, finest, expected) => {
		expect(formatDate(dateFromBounds(first, last, {basis: 'b', finest}))).toBe(expected);
	});
});
