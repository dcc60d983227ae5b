/** An article without a printed date is dated only from evidence in its text: inferArticleDate. */
import {dateFromBounds, dayNumber, dayParts, dayRange, isoDay, unknownDate} from '../../corpus/date-value.js';
import type {DateValue} from '../../corpus/schema.js';
import {matchesIn, sentenceSpans} from '../text.js';
import {amount, count, fullMonths, validDay, weekdays} from './patterns.js';
import {dayOf, resolveAbsolute, weekdayOf} from './resolve.js';
import {anchorOf, scan} from './scan.js';
import type {Tense} from './types.js';

export type Window = {lo: number; hi: number; softLo: boolean; softHi: boolean; words: string; point?: [number, number]};

export const ordinals: Record<string, number> = {second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6};
export const undatedOffset = new RegExp(`\\b${count}\\s+(?<unit>month|year)s?\\s+(?:after|since|on\\s+from)\\b`, 'gi');
export const nthTime = new RegExp(
	`\\b(?<nth>second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))\\s+(?:[\\w'’-]+\\s+){0,4}?in\\s+(?:the\\s+(?:last|past)\\s+)?${count}\\s+(?<unit>year|month)s?\\b`,
	'gi',
);
/** A sentence about now: "has been lifted", "is", "now". Past-only sentences give a lower bound, not a point. */
export const presentTense = /\b(?:has|have|is|are|now|today)\b|['’]s\s+been\b/i;
export const weekdayWindow = 42; // a date written with its weekday and no year is within about six weeks of the article

/**
 * The date of an article that prints none, from evidence in its own text, or unknown. The article is not before
 * the latest past event it dates; "three years after" a dated event, "the second time in six years" after one, and
 * dates the text schedules bound it; a weekday with a day and month ("Friday February 22") counts only when the
 * other evidence leaves one year where that day is that weekday. The basis names the words used. Returns unknown
 * rather than guess: a lower bound alone ("in 2012") does not date an article.
 */
export function inferArticleDate(paragraphs: readonly string[], opts: {readonly today?: Date} = {}): DateValue {
	const today = dayOf(opts.today ?? new Date());
	const lowers: {day: number; words: string}[] = [];
	const windows: Window[] = [];
	const weekdayClues: {words: string; weekday: number; month: number; day: number; tense: Tense; today: boolean}[] = [];
	const anchors: {date: DateValue; words: string}[] = [];
	const loose: {n: number; unit: 'month' | 'year'; words: string; present: boolean}[] = [];

	for (const paragraph of paragraphs) {
		for (const sp of sentenceSpans(paragraph)) {
			const sentence = paragraph.slice(sp.start, sp.end);
			const {candidates, offsets} = scan(sentence);
			const present = presentTense.test(sentence);
			for (const c of candidates) {
				if (c.raw.kind === 'yearless' && c.raw.weekday !== undefined && c.raw.day !== undefined) {
					weekdayClues.push({words: c.text, weekday: c.raw.weekday, month: c.raw.month, day: c.raw.day, tense: c.tense, today: todayBeside(sentence, c.start)});
				}
				if (c.raw.kind !== 'absolute') continue;
				const date = resolveAbsolute(c.raw, c.text);
				const r = dayRange(date);
				if (!r) continue;
				// "ahead of next month's general election on 12 December 2019", "this year's conference in July 2019": the
				// article's own month or year, told from a dated event it names by its distance.
				const own = relativeOwner.exec(sentence.slice(Math.max(0, c.start - 70), c.start));
				if (own) {
					const w = ownPeriod(r[0], own[1]!.toLowerCase(), own[2]!.toLowerCase() as 'month' | 'year');
					if (w && w.lo <= today) windows.push({lo: w.lo, hi: Math.min(w.hi, today), softLo: false, softHi: false, words: `'${sentence.slice(own.index + Math.max(0, c.start - 70), c.end)}'`});
				}
				if (r[0] > today) continue;
				// "Her report, dated 28 June 2025 and published on Thursday": a document the page says came out this week
				// was dated shortly before it, so the page is too.
				if (datedThenOut(sentence, c.start, c.end)) windows.push({lo: r[0], hi: Math.min(r[1] + datedToOut, today), softLo: false, softHi: true, words: `'${sentence.slice(Math.max(0, c.start - 6), c.end)}' and out in the page's week`});
				if (c.tense === 'future') {
					// A scheduled date: the article comes before it, and most likely within the year before. A year as a far
					// bound ("not expected to return until 2026", "a funding gap by 2025") can be years ahead: it dates nothing.
					if (date.precision === 'year' && /\b(?:until|by|before)\s+$/i.test(sentence.slice(Math.max(0, c.start - 8), c.start))) continue;
					// So is a deadline of any precision ("a target of the end of November 2019", "operational by September 2018").
					if (/\b(?:by|until|before|target|deadline|end of)\b[^.;]{0,14}$/i.test(sentence.slice(Math.max(0, c.start - 24), c.start))) continue;
					windows.push({lo: r[1] - 366, hi: r[1], softLo: true, softHi: false, words: `'${c.text}' is still to come`});
				} else {
					lowers.push({day: r[0], words: `'${c.text}'`});
					anchors.push({date, words: c.text});
				}
			}
			const used: {start: number; end: number}[] = [];
			for (const o of offsets) {
				const anchor = anchorOf(sentence, o, candidates);
				if (!anchor || anchor.raw.kind !== 'absolute' || o.unit === 'day') continue;
				used.push(o);
				const n = o.shift.years !== undefined ? Math.abs(o.shift.years) : Math.abs(o.shift.months!);
				if (/before|earlier/i.test(o.text)) continue;
				addOffset(resolveAbsolute(anchor.raw, anchor.text), n, o.unit, `'${sentence.slice(o.start, anchor.end)}'`, present);
			}
			for (const m of matchesIn(undatedOffset, sentence)) {
				if (used.some((u) => u.start === m.index)) continue;
				loose.push({n: amount(m.groups!.n!), unit: m.groups!.unit!.toLowerCase() as 'month' | 'year', words: m[0], present});
			}
			for (const m of matchesIn(nthTime, sentence)) {
				const nth = ordinals[m.groups!.nth!.toLowerCase()] ?? parseInt(m.groups!.nth!, 10);
				if (!(nth >= 2)) continue;
				loose.push({n: amount(m.groups!.n!), unit: m.groups!.unit!.toLowerCase() as 'month' | 'year', words: m[0], present});
			}
		}
	}

	function addOffset(anchor: DateValue, n: number, unit: 'month' | 'year', words: string, present: boolean): void {
		const r = dayRange(anchor)!;
		const shift = (d: number, k: number) => {
			const p = dayParts(d);
			const total = p.year * 12 + p.month - 1 + (unit === 'year' ? 12 * k : k);
			const y = Math.floor(total / 12);
			const mo = total - 12 * y + 1;
			return dayNumber(y, mo, Math.min(p.day, 28));
		};
		// "Three years after" is a round figure: a unit either way, centred on the exact count.
		const point: [number, number] = [shift(r[0], n), shift(r[1], n)];
		if (present) windows.push({lo: shift(r[0], n - 1), hi: shift(r[1], n + 1), softLo: true, softHi: true, words, point});
		else lowers.push({day: shift(r[0], n - 1), words});
	}

	// "Three years after the council got a wake-up call": the anchor is the one dated past event of the article.
	const anchor = soleAnchor(anchors);
	for (const l of loose) if (anchor) addOffset(anchor.date, l.n, l.unit, `'${l.words}' counted from '${anchor.words}'`, l.present);

	let lo = Number.NEGATIVE_INFINITY;
	let loWords = '';
	for (const l of lowers) {
		if (l.day > lo) {
			lo = l.day;
			loWords = l.words;
		}
	}
	let hi = today;
	const reasons: string[] = [];
	for (const w of windows) {
		lo = Math.max(lo, w.lo);
		hi = Math.min(hi, w.hi);
		reasons.push(w.words);
	}
	let weekdayUsed = false;
	let scheduledDay: number | null = null;
	let todayDay: number | null = null;
	for (const clue of weekdayClues) {
		const fits: {year: number; lo: number; hi: number}[] = [];
		for (let y = 1950; y <= dayParts(today).year + 1; y++) {
			if (!validDay(y, clue.month, clue.day)) continue;
			const d = dayNumber(y, clue.month, clue.day);
			if (weekdayOf(d) !== clue.weekday) continue;
			const [a, b] = clue.today ? [d, d] : clue.tense === 'future' ? [d - weekdayWindow, d] : [d, d + weekdayWindow];
			if (a <= hi && b >= lo) fits.push({year: y, lo: Math.max(a, lo), hi: Math.min(b, hi)});
		}
		if (fits.length !== 1) continue;
		const f = fits[0]!;
		lo = f.lo;
		hi = f.hi;
		weekdayUsed = true;
		if (clue.tense === 'future') scheduledDay = dayNumber(f.year, clue.month, clue.day);
		if (clue.today) todayDay = dayNumber(f.year, clue.month, clue.day);
		reasons.push(`'${clue.words}' (a ${weekdays[clue.weekday]} in ${f.year}, the only such year the rest allows)`);
	}
	if (lowers.length > 0 && loWords) reasons.push(`not before ${loWords}`);
	// "Due back later this month" beside "due back on Friday February 22": the scheduled day is this month's.
	let monthGuess = false;
	const thisMonth = paragraphs.some((p) => /\b(later|earlier) this month\b/i.test(p));
	if (thisMonth && scheduledDay !== null) {
		const p = dayParts(scheduledDay);
		const start = dayNumber(p.year, p.month, 1);
		if (start <= hi && start > lo) {
			lo = start;
			monthGuess = true;
			reasons.push(`'later this month' with ${fullMonths[p.month - 1]} ${p.day} still to come`);
		}
	}

	if (windows.length === 0 && !weekdayUsed) {
		return unknownDate(lowers.length > 0 ? `nothing in the text fixes the date; it is not before ${isoDay(lo)} (${loWords})` : 'nothing in the text dates the article');
	}
	if (lo > hi) return unknownDate(`the evidence conflicts: ${reasons.join('; ')}`);
	const basis = `inferred: ${reasons.join('; ')}`;
	// "published today (Thursday 27 July)": the day the page calls today is its own, once its year is the only one.
	if (todayDay !== null && lo === todayDay && hi === todayDay) return {value: isoDay(todayDay), precision: 'day', approximate: false, basis: `${basis}; the day it calls today`};
	const first = dayParts(lo);
	const last = dayParts(hi);
	if (first.year === last.year) {
		// Exact only if no round-figure bound ("three years after") is what fixes an end.
		const approximate = monthGuess || windows.some((w) => (w.softLo && w.lo === lo) || (w.softHi && w.hi === hi));
		return dateFromBounds(isoDay(lo), isoDay(hi), {basis, finest: 'month', approximate});
	}
	// Across a year boundary: a round-figure estimate ("three years after") gives its year, approximately.
	const point = windows.find((w) => w.point)?.point;
	if (point) {
		const middle = Math.min(Math.max((point[0] + point[1]) / 2, lo), hi);
		return {value: String(dayParts(Math.round(middle)).year), precision: 'year', approximate: true, basis};
	}
	if (hi - lo <= 366) return {value: String(dayParts(Math.round((lo + hi) / 2)).year), precision: 'year', approximate: true, basis};
	return unknownDate(`the evidence leaves ${isoDay(lo)} to ${isoDay(hi)}: ${reasons.join('; ')}`);
}

/**
 * "published today (Thursday 27 July)", "announced today, Monday 4 June": a press release prints the weekday and day
 * it means by "today" beside the word, without the year.
 */
function todayBeside(sentence: string, at: number): boolean {
	return /\b(?:today|this (?:morning|afternoon|evening))\s*(?:\(|,)\s*$/i.test(sentence.slice(Math.max(0, at - 30), at));
}

/** A span of years the sentence tells, or a release forced out long after ("under freedom of information"). */
const yearsBetween = /\b(?:\w+|\d+)[- ]years?(?:[- ]long)?\s+(?:battle|fight|campaign|wait|delay|struggle|later|after)\b|\bfor\s+(?:\w+\s+)?(?:years|decades?)\b|\byears\s+(?:later|after)\b|\bfreedom of information\b|\bFOI\b/i;

/** How long after its own date a document comes out, at most, for the dates read here. */
const datedToOut = 92;

/**
 * "dated 28 June 2025 and published on Thursday", "dated 3 May 2019, was released yesterday": a document's own date,
 * then its coming out told from the page's day (a weekday, yesterday, today, this or last week).
 */
function datedThenOut(sentence: string, start: number, end: number): boolean {
	if (!/\bdated\s+(?:on\s+)?$/i.test(sentence.slice(Math.max(0, start - 10), start))) return false;
	const out = /^([^.;]{0,30}?)\b(?:published|released|issued|made public|came out|sent out)\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|this (?:week|morning)|last week|earlier this week)\b/i.exec(sentence.slice(end, end + 80));
	// ("will be published on Thursday": still to come, which says nothing of how long after its date.)
	if (out === null || /\b(?:will|would|shall|to be|due|expected|set)\b/i.test(out[1]!)) return false;
	// "published on Thursday 7 March 2019": the weekday is that stated day's, not the page's week.
	if (/^[\s,]*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)\b/.test(sentence.slice(end + out[0].length, end + out[0].length + 24))) return false;
	// "released yesterday ... after a four-year battle", "ignored for five years": years told between the document's
	// date and its coming out, so the page is not dated near the document.
	return !yearsBetween.test(sentence);
}

/** "next month's", "this year's", "last month's" before a dated event's name. */
const relativeOwner = /\b(next|this|last)\s+(month|year)['’]s\s+[^.;]{0,60}$/i;

/** The month or year the article is in, given the day of an event it calls next, this or last month's (or year's). */
function ownPeriod(day: number, which: string, unit: 'month' | 'year'): {lo: number; hi: number} | null {
	const p = dayParts(day);
	const shift = which === 'next' ? -1 : which === 'last' ? 1 : 0;
	if (unit === 'year') return {lo: dayNumber(p.year + shift, 1, 1), hi: dayNumber(p.year + shift, 12, 31)};
	const total = p.year * 12 + p.month - 1 + shift;
	const y = Math.floor(total / 12);
	const mo = total - 12 * y + 1;
	return {lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, 28) + (new Date(Date.UTC(y, mo, 0)).getUTCDate() - 28)};
}

/** The one dated event an undated "three years after" can count from: all dated mentions must agree. */
export function soleAnchor(anchors: readonly {date: DateValue; words: string}[]): {date: DateValue; words: string} | null {
	if (anchors.length === 0) return null;
	const finest = [...anchors].sort((a, b) => (b.date.value?.length ?? 0) - (a.date.value?.length ?? 0))[0]!;
	return anchors.every((a) => finest.date.value!.startsWith(a.date.value!)) ? finest : null;
}
