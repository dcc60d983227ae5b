/**
 * Elapsed time between two dates held at their precision: counted in days from the spans the dates can mean,
 * never from calendar boundaries (17 January to 1 February is 15 days, not "1 month"), and said with the
 * uncertainty the dates carry: `~` when either is approximate, a range when either is only a month or a year.
 */
import {dayRange} from './date-value.js';
import type {DateValue} from './schema.js';

/** The fewest and the most days from any day `from` can mean to any day `to` can mean (negative: before). */
export type Elapsed = {
	readonly minDays: number;
	readonly maxDays: number;
	/** Either date is approximate: the span itself is a guess. */
	readonly approximate: boolean;
	/** Either date is only a year: months would claim more than is known. */
	readonly yearOnly: boolean;
};

/** Average lengths, for rounding a count of days into months and years. */
export const daysPerMonth = 365.2425 / 12;
const daysPerYear = 365.2425;

/** How long from `from` to `to`; null when either date is unknown. */
export function elapsedBetween(from: DateValue, to: DateValue): Elapsed | null {
	const a = dayRange(from);
	const b = dayRange(to);
	if (!a || !b) return null;
	return {
		minDays: b[0] - a[1],
		maxDays: b[1] - a[0],
		approximate: from.approximate || to.approximate,
		yearOnly: from.precision === 'year' || to.precision === 'year',
	};
}

/** The middle of the span in months (rounded to a tenth): how the cohort and the aligned timelines place an event. */
export function elapsedMonths(e: Elapsed): number {
	return Math.round(((e.minDays + e.maxDays) / 2 / daysPerMonth) * 10) / 10;
}

type Unit = {readonly name: string; readonly days: number};
const units = {
	day: {name: 'day', days: 1},
	week: {name: 'week', days: 7},
	month: {name: 'month', days: daysPerMonth},
	year: {name: 'year', days: daysPerYear},
} satisfies Record<string, Unit>;

/** Days under two weeks (or nine, when exact), weeks under nine, then months; years only when a date is known just to its year. */
function unitFor(e: Elapsed): Unit {
	const span = Math.max(Math.abs(e.minDays), Math.abs(e.maxDays));
	if (e.yearOnly) return span < 2 * daysPerYear ? units.month : units.year;
	// An exact count of days is said in days while it is short; a span in weeks.
	if (span < 14 || (e.minDays === e.maxDays && !e.approximate && span < 63)) return units.day;
	if (span < 63) return units.week;
	return units.month;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * In words, with the direction: `15 days after`, `~2 weeks after`, `5-7 months after`, `2-4 years after`,
 * `the same day`, `3 months before`; a bound that rounds to nought but is not, in days (`1 day-4 weeks after`),
 * and one that is nought as `up to 4 weeks after`; a span that can fall either side of `from` is `about the same time`
 * (with the range in days, weeks or months either side).
 */
export function describeElapsed(e: Elapsed): string {
	if (e.minDays === 0 && e.maxDays === 0) return e.approximate ? 'about the same day' : 'the same day';
	const unit = unitFor(e);
	const round = (days: number) => Math.round(Math.abs(days) / unit.days);
	if (e.minDays < 0 && e.maxDays > 0) {
		const most = Math.max(round(e.minDays), round(e.maxDays));
		return most === 0 ? 'about the same time' : `about the same time (within ${plural(most, unit.name)})`;
	}
	const direction = e.maxDays <= 0 ? 'before' : 'after';
	let lo = round(e.minDays);
	let hi = round(e.maxDays);
	if (lo > hi) [lo, hi] = [hi, lo];
	const tilde = e.approximate ? '~' : '';
	if (lo === 0 && hi > 0) {
		// The bound nearer `from` rounds to nought in the unit, but only a bound of 0 days can be the same day: a
		// bound of a day or more is said in days ('1 day-4 weeks after'), a bound of 0 as 'up to'.
		const near = direction === 'after' ? e.minDays : -e.maxDays;
		return near === 0 ? `${tilde}up to ${plural(hi, unit.name)} ${direction}` : `${tilde}${plural(near, 'day')}-${plural(hi, unit.name)} ${direction}`;
	}
	if (lo === hi) {
		// A span that rounds to one figure is still a span.
		return `${tilde || (e.minDays === e.maxDays ? '' : '~')}${plural(lo, unit.name)} ${direction}`;
	}
	return `${tilde}${lo}-${plural(hi, unit.name)} ${direction}`;
}
