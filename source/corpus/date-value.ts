/**
 * Pure helpers for {@link DateValue}: a date held at the precision the text gives it.
 *
 * A date is treated as the span of days it could mean: `2019` is 1 January to 31 December 2019, `2019-01` is the
 * whole of January. Arithmetic shifts that span and then says only what the shifted span still pins down, so a
 * shift never invents a day or month that the text did not give.
 */
import type {DateValue, Precision} from './schema.js';

/** A shift in calendar units; months and years move by calendar months (31 January + 1 month = 28/29 February). */
export type DateShift = {readonly days?: number; readonly months?: number; readonly years?: number};

/** The first and last day a date can mean, as `YYYY-MM-DD`. */
export type DateBounds = {readonly first: string; readonly last: string};

type Parts = {year: number; month?: number; day?: number};

const valuePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const msPerDay = 86_400_000;
/** Finest first: the order precisions coarsen in. */
const fineToCoarse: readonly Precision[] = ['day', 'month', 'year', 'unknown'];

function parseValue(value: string): Parts | null {
	const m = valuePattern.exec(value);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return {year};
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	if (m[3] === undefined) return {year, month};
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return {year, month, day};
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeap(year) ? 29 : monthLengths[month - 1]!;
}

function isLeap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 (UTC); setUTCFullYear because Date.UTC maps years 0-99 onto 1900-1999. */
export function dayNumber(year: number, month: number, day: number): number {
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	return Math.round(d.getTime() / msPerDay);
}

/** The calendar day of a {@link dayNumber}. */
export function dayParts(n: number): {year: number; month: number; day: number} {
	const d = new Date(n * msPerDay);
	return {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate()};
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a {@link dayNumber}. */
export function isoDay(n: number): string {
	const p = dayParts(n);
	return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The value naming the unit of `precision` that contains day `n`. */
function valueAt(n: number, precision: Exclude<Precision, 'unknown'>): string {
	const iso = isoDay(n);
	return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

function coarser(a: Precision, b: Precision): Precision {
	return fineToCoarse.indexOf(a) >= fineToCoarse.indexOf(b) ? a : b;
}

/** A date the text does not give. The basis says why, e.g. "'on Wednesday' but the article's date is unknown". */
export function unknownDate(basis = 'no date given'): DateValue {
	return {value: null, precision: 'unknown', approximate: false, basis};
}

/**
 * Whether the date is only the reporting article's: the text gives none, and extraction dated the event by the
 * article that reports it (the basis ingest/event-settle.ts writes). Said so where a date would be read as the
 * event's own, as a plan's target date.
 */
export function dateOnlyReported(d: DateValue): boolean {
	return d.value !== null && d.basis.startsWith('no date in the text; reported in the article of ');
}

/**
 * A date the text states outright: `2019`, `2019-01` or `2019-01-17`, its precision read from the form.
 * Throws a RangeError for anything else (a month 13 or 30 February is a bug in the caller, not a vague date).
 */
export function statedDate(value: string, basis = 'stated'): DateValue {
	const p = parseValue(value);
	if (!p) throw new RangeError(`not a date value: ${JSON.stringify(value)}`);
	return {value, precision: p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year', approximate: false, basis};
}

/** For display: `2019-01-17`, `Jan 2019`, `2019`, with a leading `~` when approximate; `undated` when unknown. */
export function formatDate(d: DateValue): string {
	const p = d.value === null ? null : parseValue(d.value);
	if (!p) return 'undated';
	const tilde = d.approximate ? '~' : '';
	if (p.day !== undefined) return `${tilde}${d.value}`;
	if (p.month !== undefined) return `${tilde}${monthNames[p.month - 1]} ${pad(p.year, 4)}`;
	return `${tilde}${pad(p.year, 4)}`;
}

/**
 * A number that orders dates: a month-only date sorts at the start of its month and a year-only date at the start
 * of its year (2019 < 2019-01 < 2019-01-01), unknown last (Infinity).
 */
export function dateSortKey(d: Pick<DateValue, 'value'>): number {
	if (d.value === null) return Number.POSITIVE_INFINITY;
	let key = sortKeys.get(d.value);
	if (key === undefined) {
		const p = parseValue(d.value);
		key = p ? p.year * 10_000 + (p.month ?? 0) * 100 + (p.day ?? 0) : Number.POSITIVE_INFINITY;
		if (sortKeys.size < maxSortKeys) sortKeys.set(d.value, key);
	}
	return key;
}

// Sorting and comparing a large timeline asks for the same few thousand values millions of times; parsing each
// with the regular expression was most of the dashboard's time at 50,000 articles. Bounded: a store has at most
// a few days a year for each of a few decades.
const sortKeys = new Map<string, number>();
const maxSortKeys = 100_000;

/** Orders by {@link dateSortKey}; at the same key an exact date comes before an approximate one. */
export function compareDates(a: DateValue, b: DateValue): number {
	const ka = dateSortKey(a);
	const kb = dateSortKey(b);
	// Infinity - Infinity is NaN: two unknown dates are equal.
	if (ka !== kb) return ka < kb ? -1 : 1;
	if (a.approximate !== b.approximate) return a.approximate ? 1 : -1;
	return 0;
}

/**
 * Whether two dates can name the same time: one value is a prefix of the other (2019 and 2019-01-17).
 * An unknown date is compatible with nothing, so that it never merges records on the strength of a date.
 */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
	if (a.value === null || b.value === null) return false;
	return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/** The first and last day a date can mean; null when unknown. */
export function dateBounds(d: DateValue): DateBounds | null {
	const r = dayRange(d);
	return r ? {first: isoDay(r[0]), last: isoDay(r[1])} : null;
}

/** {@link dateBounds} as day numbers. */
export function dayRange(d: DateValue): [number, number] | null {
	const p = d.value === null ? null : parseValue(d.value);
	if (!p) return null;
	if (p.day !== undefined) {
		const n = dayNumber(p.year, p.month!, p.day);
		return [n, n];
	}
	if (p.month !== undefined) return [dayNumber(p.year, p.month, 1), dayNumber(p.year, p.month, daysInMonth(p.year, p.month))];
	return [dayNumber(p.year, 1, 1), dayNumber(p.year, 12, 31)];
}

/**
 * The date that a span of days pins down: the finest precision (no finer than `finest`) at which the first and the
 * last day fall in the same day, month or year. A span that crosses a year boundary gives the year of its middle,
 * approximate.
 */
export function dateFromBounds(
	first: string,
	last: string,
	opts: {readonly basis: string; readonly finest?: Exclude<Precision, 'unknown'>; readonly approximate?: boolean},
): DateValue {
	const a = parseValue(first);
	const b = parseValue(last);
	if (!a?.day || !b?.day) throw new RangeError(`not days: ${first}, ${last}`);
	const lo = dayNumber(a.year, a.month!, a.day);
	const hi = dayNumber(b.year, b.month!, b.day);
	return fromDayRange(Math.min(lo, hi), Math.max(lo, hi), opts.finest ?? 'day', opts.approximate ?? false, opts.basis);
}

function fromDayRange(lo: number, hi: number, finest: Exclude<Precision, 'unknown'>, approximate: boolean, basis: string): DateValue {
	for (const p of fineToCoarse.slice(fineToCoarse.indexOf(finest), 3) as Exclude<Precision, 'unknown'>[]) {
		if (valueAt(lo, p) === valueAt(hi, p)) return {value: valueAt(lo, p), precision: p, approximate, basis};
	}
	return {value: valueAt(Math.floor((lo + hi) / 2), 'year'), precision: 'year', approximate: true, basis};
}

function addMonths(n: number, months: number): number {
	if (months === 0) return n;
	const p = dayParts(n);
	const total = p.year * 12 + (p.month - 1) + months;
	const year = Math.floor(total / 12);
	const month = total - year * 12 + 1;
	return dayNumber(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/**
 * Moves a date by a calendar shift. The result is no finer than the date itself nor than the shift's smallest unit
 * (three years after 17 January 2012 is 2015, a month after 17 January is February). When the shifted span no
 * longer fits one unit of that precision (a week before January 2019 may be December 2018), the unit of its middle
 * is given, approximate. An unknown date stays unknown, with the new basis.
 */
export function shiftDate(d: DateValue, shift: DateShift, basis: string, opts: {readonly approximate?: boolean} = {}): DateValue {
	const range = dayRange(d);
	if (!range) return unknownDate(basis);
	// The unit of the shift is the smallest one named, even with a zero amount ("this month" is {months: 0}).
	const unit: Precision = shift.days !== undefined ? 'day' : shift.months !== undefined ? 'month' : shift.years !== undefined ? 'year' : d.precision;
	const precision = coarser(d.precision, unit) as Exclude<Precision, 'unknown'>;
	const months = (shift.years ?? 0) * 12 + (shift.months ?? 0);
	const days = shift.days ?? 0;
	const lo = addMonths(range[0], months) + days;
	// The last day of a span moves with month ends: 31 January + 1 month is 28 February, not 3 March.
	const hi = addMonths(range[1], months) + days;
	const approximate = d.approximate || (opts.approximate ?? false);
	if (valueAt(lo, precision) === valueAt(hi, precision)) return {value: valueAt(lo, precision), precision, approximate, basis};
	return {value: valueAt(Math.floor((lo + hi) / 2), precision), precision, approximate: true, basis};
}

/**
 * Whole months from `a` to `b` (positive when `b` is later), counted at the coarser of the two precisions:
 * 2012 to 2015-07 is 36. Null if either date is unknown.
 */
export function monthsBetween(a: DateValue, b: DateValue): number | null {
	const pa = a.value === null ? null : parseValue(a.value);
	const pb = b.value === null ? null : parseValue(b.value);
	if (!pa || !pb) return null;
	if (pa.month === undefined || pb.month === undefined) return (pb.year - pa.year) * 12;
	return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

/**
 * Whether `a` is certainly after `b`: every day `a` can mean is later than every day `b` can mean
 * (2019-02 is after 2019-01-17; 2019-01 is not after 2019-01-17). False when either is unknown.
 */
export function isAfter(a: DateValue, b: DateValue): boolean {
	const ra = dayRange(a);
	const rb = dayRange(b);
	if (!ra || !rb) return false;
	return ra[0] > rb[1];
}
