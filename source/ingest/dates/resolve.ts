/**
 * Dates in article text (the folder ingest/dates/: patterns, tense, scan, resolve, article-date), resolved against the article's own date and never against the clock.
 *
 * Every date keeps the precision the words give it: "in November" is a month, "in 2012" a year, "last week" an
 * approximate day. When the article's date is itself only a year, or approximate, what is reckoned from it inherits
 * that. A date that cannot be pinned down is returned as unknown with the reason, because a wrong confident date is
 * worse than none.
 *
 * The grammar is our own rather than chrono-node's: chrono needs a full reference instant (our article dates may be
 * a year or nothing), reads "three years after" as three years after the reference, "the last 20 years" as a date,
 * "February 22" under en.GB as February 2022, and misses "in 2012". chrono is kept as a fallback for absolute dates
 * written in forms our patterns do not cover, and only where it is certain of the year and month.
 */
/** Resolving candidates against the article's own date (never the clock) at the precision the words give: findDates. */
import {dayNumber, dayParts, dayRange, formatDate, isoDay, shiftDate, unknownDate} from '../../corpus/date-value.js';
import type {DateValue, Precision} from '../../corpus/schema.js';
import {clues, validDay, weekdays} from './patterns.js';

/** The first day of a span told before its last ("on 20 and", "between Monday 4 and"). */
const spanStart = new RegExp(`\\b(?:${clues.weekday.source},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–|&)\\s*$`);
/** A weekday said alone ("on Monday"). */
const weekdayAlone = new RegExp(`^(?:on\\s+)?${clues.weekday.source}$`, 'i');
import {anchorOf, scan} from './scan.js';
import {glossedDays} from './glossed-day.js';
import {markers, tenseAt} from './tense.js';
import type {Candidate, DateMatch, FindDatesOptions, Raw, Tense, Week} from './types.js';

export type Context = {ref: DateValue; refWords: string; today: number; span: [number, number] | null};

export const precisionRank: Record<Precision, number> = {day: 0, month: 1, year: 2, unknown: 3};

export function valueOf(y: number, mo?: number, d?: number): string {
	const iso = isoDay(dayNumber(y, mo ?? 1, d ?? 1));
	return d !== undefined ? iso : mo !== undefined ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The span of days the article may be from: an approximate date may be a unit either side. */
export function refSpan(ref: DateValue): [number, number] | null {
	const r = dayRange(ref);
	if (!r) return null;
	if (!ref.approximate) return r;
	const pad = ref.precision === 'day' ? 7 : ref.precision === 'month' ? 31 : 366;
	return [r[0] - pad, r[1] + pad];
}

export function resolveAbsolute(raw: Extract<Raw, {kind: 'absolute'}>, words: string): DateValue {
	const value = valueOf(raw.year, raw.month, raw.day);
	const precision: Precision = raw.day !== undefined ? 'day' : raw.month !== undefined ? 'month' : 'year';
	if (raw.span) return {value, precision, approximate: true, basis: `'${words}' spans two calendar years; the first is given`};
	if (raw.weekday !== undefined && raw.day !== undefined) {
		const actual = dayParts(dayNumber(raw.year, raw.month!, raw.day));
		const wd = new Date(Date.UTC(actual.year, actual.month - 1, actual.day)).getUTCDay();
		// "Friday 23 February 2019" names two different days: only the month is sure.
		if (wd !== raw.weekday) {
			return {value: value.slice(0, 7), precision: 'month', approximate: false, basis: `'${words}': ${value} is a ${weekdays[wd]}, not a ${weekdays[raw.weekday]}`};
		}
	}
	return {value, precision, approximate: false, basis: 'stated'};
}

export function weekdayOf(n: number): number {
	return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function resolveYearless(raw: Extract<Raw, {kind: 'yearless'}>, tense: Tense, ctx: Context, words: string): DateValue {
	const span = ctx.span;
	if (!span) return unknownDate(`'${words}' gives no year and the article's date is unknown`);
	if (raw.yearShift !== undefined) {
		// "in March last year": the year is the article's, shifted; exact when the article's year is.
		const [from, to] = [dayParts(span[0]).year + raw.yearShift, dayParts(span[1]).year + raw.yearShift];
		const basis = `'${words}', in the year ${raw.yearShift < 0 ? 'before' : raw.yearShift > 0 ? 'after' : 'of'} the article's date ${ctx.refWords}`;
		// (An article dated only approximately may be of the year before or after its own: its own year is the likeliest,
		// not the earliest it may be of.)
		const own = ctx.ref.value === null ? from : Number(ctx.ref.value.slice(0, 4)) + raw.yearShift;
		// (Not where that month of the page's own year begins after the latest day the page may be of, told as past: "rated
		// inadequate in December this year" on a page of about 3 January is of the December the page may follow.)
		const ownTooLate = tense === 'past' && own > from && dayNumber(own, raw.month, 1) > span[1];
		return {value: valueOf(from <= own && own <= to && !ownTooLate ? own : from, raw.month, raw.day), precision: raw.day !== undefined ? 'day' : 'month', approximate: ctx.ref.approximate || from !== to, basis};
	}
	const dir: Tense = raw.lean === 'last' ? 'past' : raw.lean === 'next' ? 'future' : tense;
	const strict = raw.lean === 'last' || raw.lean === 'next';
	// A season still to come is reckoned from its last month: "expected in the spring" in May is this spring, and in
	// March too (the middle month is not yet past), never last year's.
	const target = (raw.season !== undefined && dir === 'future' && !strict ? (raw.month % 12) + 1 : raw.month) * 100 + (raw.day ?? 0);
	// The occurrence nearest day t in the sentence's direction; the same month counts as "now" for a month.
	const occurrence = (t: number): number => {
		const p = dayParts(t);
		if (raw.lean === 'this') return p.year;
		const here = p.month * 100 + (raw.day === undefined ? 0 : p.day);
		const cmp = target - here;
		if (dir === 'past') return cmp < 0 || (cmp === 0 && !strict) ? p.year : p.year - 1;
		return cmp > 0 || (cmp === 0 && !strict) ? p.year : p.year + 1;
	};
	const years: number[] = [];
	for (let y = occurrence(span[0]); y <= occurrence(span[1]); y++) if (raw.day === undefined || validDay(y, raw.month, raw.day)) years.push(y);
	const stated: Precision = raw.day !== undefined ? 'day' : 'month';
	const side = raw.lean === 'this' ? 'in the year of' : dir === 'past' ? 'before' : 'after';
	const schedule = dir === 'future' && raw.lean !== 'next' ? ' (the sentence schedules it)' : '';
	let basis = `'${words}', ${side} the article's date ${ctx.refWords}${schedule}`;
	let options = years;
	if (raw.weekday !== undefined && raw.day !== undefined) {
		const fits = years.filter((y) => weekdayOf(dayNumber(y, raw.month, raw.day!)) === raw.weekday);
		if (fits.length === 0 && years.length === 1) {
			const y = years[0]!;
			const actual = weekdays[weekdayOf(dayNumber(y, raw.month, raw.day))]!;
			// The weekday and the day disagree: one of them, or the year we assumed, is wrong. Keep the month, flagged.
			return {value: valueOf(y, raw.month), precision: 'month', approximate: true, basis: `${basis}; but ${valueOf(y, raw.month, raw.day)} is a ${actual}`};
		}
		if (fits.length > 0) {
			options = fits;
			basis += `; a ${weekdays[raw.weekday]} in ${fits.join(' or ')}`;
		}
	}
	// "last summer": the year of the season's middle month, approximately (which months a season spans is not said).
	if (raw.season !== undefined && options.length > 0) return {value: String(options[0]), precision: 'year', approximate: true, basis};
	if (options.length === 1) {
		return {value: valueOf(options[0]!, raw.month, raw.day), precision: stated, approximate: ctx.ref.approximate || raw.bound === true, basis};
	}
	// Several years fit: the one nearest the article, no finer than the article's own date, approximate.
	const middle = (span[0] + span[1]) / 2;
	const at = (y: number) => dayNumber(y, raw.month, raw.day ?? 15);
	const best = [...options].sort((a, b) => Math.abs(at(a) - middle) - Math.abs(at(b) - middle))[0] ?? dayParts(Math.round(middle)).year;
	const precision = precisionRank[stated] >= precisionRank[ctx.ref.precision] ? stated : ctx.ref.precision;
	const value = valueOf(best, precision === 'year' ? undefined : raw.month, precision === 'day' ? raw.day : undefined);
	return {value, precision, approximate: true, basis};
}

export function resolveWeekday(raw: Extract<Raw, {kind: 'weekday'}>, tense: Tense, ctx: Context, words: string): DateValue {
	if (ctx.ref.value === null) return unknownDate(`'${words}' but the article's date is unknown`);
	const dir: Tense = raw.lean === 'last' || raw.week === -1 ? 'past' : raw.lean === 'next' || raw.lean === 'this' || raw.week === 1 ? 'future' : tense;
	const strict = raw.lean === 'last' || raw.lean === 'next';
	const name = weekdays[raw.weekday]!;
	if (ctx.ref.precision !== 'day') {
		// Within a week of an article known only to the month or year: that month or year, approximately.
		return shiftDate(ctx.ref, {days: dir === 'past' ? -3 : 3}, `'${words}', in the week ${dir === 'past' ? 'before' : 'after'} the article's date ${ctx.refWords}`, {approximate: true});
	}
	const ref = dayRange(ctx.ref)![0];
	if (raw.week) {
		// Weeks run Monday to Sunday, as in Britain.
		const n = ref - ((weekdayOf(ref) + 6) % 7) + 7 * raw.week + ((raw.weekday + 6) % 7);
		return {value: isoDay(n), precision: 'day', approximate: ctx.ref.approximate, basis: `'${words}', the ${name} of the week ${raw.week === 1 ? 'after' : 'before'} the article's date ${ctx.refWords}`};
	}
	const gap = dir === 'past' ? (weekdayOf(ref) - raw.weekday + 7) % 7 : (raw.weekday - weekdayOf(ref) + 7) % 7;
	const days = gap === 0 && strict ? 7 : gap;
	const n = dir === 'past' ? ref - days : ref + days;
	const basis =
		dir === 'past'
			? `'${words}', the last ${name} on or before the article's date ${ctx.refWords}`
			: `'${words}', the next ${name} on or after the article's date ${ctx.refWords}`;
	return {value: isoDay(n), precision: 'day', approximate: ctx.ref.approximate, basis};
}

export function resolveRelative(raw: Extract<Raw, {kind: 'relative'}>, ctx: Context, words: string): DateValue {
	if (ctx.ref.value === null) return unknownDate(`'${words}' but the article's date is unknown`);
	const basis = `'${words}', counted from the article's date ${ctx.refWords}`;
	if (raw.week && raw.week.n !== 0 && ctx.ref.precision === 'day' && !ctx.ref.approximate) {
		// The week before or after the article's names no day: where all its days fall in one month, that month
		// (approximately); else its middle day. ("This week" is the article's own news: its day, as the steps after read it.)
		const days = weekDays(dayRange(ctx.ref)![0], raw.week);
		const month = isoDay(days[0]).slice(0, 7);
		if (isoDay(days[1]).startsWith(month)) return {value: month, precision: 'month', approximate: true, basis: `${basis}; a week within ${month}`};
	}
	return shiftDate(ctx.ref, raw.shift, basis, {approximate: raw.approximate});
}

/** The first and last day of the week `week` names from day `ref` (weeks run Monday to Sunday, as in Britain). */
export function weekDays(ref: number, week: Week): [number, number] {
	const monday = ref - ((weekdayOf(ref) + 6) % 7) + 7 * week.n;
	if (week.n === 0 && week.part === 'earlier') return [monday, ref];
	if (week.n === 0 && week.part === 'later') return [ref, monday + 6];
	return [monday, monday + 6];
}

export function resolve(c: Candidate, ctx: Context): DateValue {
	const raw = c.raw;
	let date: DateValue;
	if (raw.kind === 'absolute') date = resolveAbsolute(raw, c.text);
	else if (raw.kind === 'yearless') date = resolveYearless(raw, c.tense, ctx, c.text);
	else if (raw.kind === 'weekday') date = resolveWeekday(raw, c.tense, ctx, c.text);
	else date = resolveRelative(raw, ctx, c.text);
	if (c.inQuote && (raw.kind === 'weekday' || raw.kind === 'relative') && date.precision === 'day') {
		date = {...date, approximate: true, basis: `${date.basis}; said in a quotation, so counted from about then`};
	}
	const schedules = () => c.tense === 'future' || (raw.kind === 'relative' && raw.schedules) || (raw.kind !== 'absolute' && raw.kind !== 'relative' && raw.lean === 'next') || (raw.kind === 'weekday' && raw.week === 1);
	return capped(date, c.text, schedules, ctx);
}

/**
 * Nothing after today; nothing after the article's date unless the sentence schedules it (`schedules`, asked only
 * then: a date's tense is read from its sentence's markers, the scan's costliest part).
 */
export function capped(date: DateValue, words: string, schedules: () => boolean, ctx: Context): DateValue {
	const range = dayRange(date);
	if (!range) return date;
	if (range[0] > ctx.today) return unknownDate(`'${words}' would be after today (${isoDay(ctx.today)})`);
	const span = ctx.span;
	if (span && range[0] > span[1] && !schedules()) {
		return unknownDate(`'${words}' is after the article's date ${ctx.refWords} and the sentence does not schedule it`);
	}
	return date;
}

export function dayOf(d: Date): number {
	return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// An article's sentences are all resolved against the same date and today: the context is made once for them.
export let lastContext: {ref: DateValue; today: number; ctx: Context} | null = null;

export function contextFor(ref: DateValue, today: Date | undefined): Context {
	// Without a given today the clock is read each time, as before.
	if (today !== undefined && lastContext?.ref === ref && lastContext.today === today.getTime()) return lastContext.ctx;
	const ctx: Context = {ref, refWords: formatDate(ref), today: dayOf(today ?? new Date()), span: refSpan(ref)};
	if (today !== undefined) lastContext = {ref, today: today.getTime(), ctx};
	return ctx;
}

/**
 * Every date expression in one sentence, resolved against the article's date `ref` (never against the clock):
 * explicit dates ("17 January 2019", "July 2012", "in 2012", "2012's report"), month names without a year ("in
 * November", resolved backwards unless the sentence is in the future tense), weekdays ("on Wednesday"), a weekday
 * with a day and month ("Friday February 22", whose weekday must agree with the year), relative expressions ("last
 * week", "this month", "yesterday") and offsets from a date in the same sentence ("three years after the July 2012
 * report"). Expressions that cannot be dated come back with an unknown date and the reason. Sorted by start.
 */
export function findDates(sentence: string, ref: DateValue, opts: FindDatesOptions = {}): DateMatch[] {
	const ctx = contextFor(ref, opts.today);
	const {candidates, offsets} = scan(sentence);
	const out: DateMatch[] = [];
	// Each candidate's date, by its index: an offset's anchor is one of the candidates (most sentences have no offset,
	// and a map made for every sentence to answer them cost more than the lookups).
	const resolved: DateValue[] = [];
	for (const c of candidates) {
		const date = resolve(c, ctx);
		resolved.push(date);
		// "on 20 and 21 February", "from 3 to 7 June": a span of days starts on its first.
		// "between Monday 4 and Friday 22 March": weekdays may name both days.
		const first = date.precision === 'day' && date.value !== null ? spanStart.exec(sentence.slice(Math.max(0, c.start - 24), c.start)) : null;
		const day = first ? Number(first[1]) : 0;
		if (first && day >= 1 && day < Number(date.value!.slice(8, 10))) {
			const start = c.start - (sentence.slice(Math.max(0, c.start - 24), c.start).length - first.index);
			out.push({start, end: c.end, text: sentence.slice(start, c.end), date: {...date, value: `${date.value!.slice(0, 8)}${String(day).padStart(2, '0')}`, basis: `${date.basis}; the first day of '${sentence.slice(start, c.end)}'`}});
			continue;
		}
		// "in the week of 15 July", "the week beginning 4 March": a week named by its first day, not that day.
		if (date.precision === 'day' && !date.approximate && weekNamed.test(sentence.slice(Math.max(0, c.start - 40), c.start))) {
			out.push({start: c.start, end: c.end, text: c.text, date: {...date, approximate: true, basis: `${date.basis}; the day that names a week`}});
			continue;
		}
		out.push({start: c.start, end: c.end, text: c.text, date});
	}
	for (const o of offsets) {
		const anchor = anchorOf(sentence, o, candidates);
		if (!anchor) continue;
		const base = resolved[candidates.indexOf(anchor)]!;
		const text = sentence.slice(o.start, anchor.end);
		if (base.value === null) {
			out.push({start: o.start, end: anchor.end, text, date: unknownDate(`'${text}' counts from a date that is not known: ${base.basis}`)});
			continue;
		}
		// "Three years after" is a round figure: approximate at the shift's unit, except for days.
		const date = shiftDate(base, o.shift, `'${text}', counted from ${formatDate(base)}`, {approximate: o.unit !== 'day'});
		const schedules = () => tenseAt(sentence, markers(sentence), o.start, anchor.end) === 'future';
		out.push({start: o.start, end: anchor.end, text, date: capped(date, text, schedules, ctx)});
	}
	// A weekday inside a span of days ("Monday" of "Monday 4 and Friday 22 March") is that span's, not a date of its own.
	return glossedDays(sentence, sharedWeeks(sentence, out.filter((x) => !(weekdayAlone.test(x.text) && out.some((y) => y !== x && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start))).sort((a, b) => a.start - b.start || b.end - a.end)));
}

/** The words before a day that names a week: "in the week of", "the week beginning Monday". */
const weekNamed = /\bweek\s+(?:of|beginning|commencing|starting)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/i;

/** A weekday whose week is named: "Wednesday of last week", "Friday next week". */
const weekdayOfWeek = new RegExp(`^${clues.weekday.source}\\s+(?:of\\s+)?(?:last|next)\\s+week$`, 'i');
/** Monday first, as British weeks run. */
const mondayFirst = (name: string) => (weekdays.findIndex((w) => name.toLowerCase().startsWith(w.toLowerCase())) + 6) % 7;

/**
 * "On Tuesday and Wednesday of last week": weekdays joined in one phrase share the week the last of them names, as
 * a day of a list shares its month ("on 20 and 21 February").
 */
function sharedWeeks(sentence: string, dates: DateMatch[]): DateMatch[] {
	for (let i = dates.length - 2; i >= 0; i--) {
		const x = dates[i]!;
		const y = dates[i + 1]!;
		if (!weekdayAlone.test(x.text) || !weekdayOfWeek.test(y.text) || y.date.precision !== 'day' || !/^\s*(?:,|and|or|to|-|–)\s*$/.test(sentence.slice(x.end, y.start))) continue;
		const day = dayRange(y.date)![0] - mondayFirst(y.text) + mondayFirst(x.text.replace(/^on\s+/i, ''));
		dates[i] = {...x, date: {...y.date, value: isoDay(day), basis: `'${x.text}', in the week of '${y.text}'; ${y.date.basis}`}};
	}
	return dates;
}

// --- The article's own date, from the evidence in its text. ---

/** findDates with each sentence's answer kept: readers of the same sentences (events, the report's date) share it. */
export function datesOnce(ref: DateValue, opts: FindDatesOptions = {}): (sentence: string) => DateMatch[] {
	const found = new Map<string, DateMatch[]>();
	return (sentence) => {
		let dates = found.get(sentence);
		if (!dates) found.set(sentence, (dates = findDates(sentence, ref, opts)));
		return dates;
	};
}
