/**
 * A page that prints its own day and month without the year: "11th December" under the share bar, "14 March at
 * 10:15" on a saved social post, "published today (3 May)" in a release's first paragraph. The year comes from
 * elsewhere on the page, and is taken only when two things on it agree: the page is on or after the latest past
 * event its text dates (and within the year after it), which gives the first year that day can be; and either the
 * page's copyright line names that same year (a page is never copyrighted before it is published, so a later
 * article would need a later year there) or a sentence dates an event of that year "this year". A wrong year moves
 * every relative date of the article, so anything less leaves the page to the other readers.
 */
import {dayNumber, dayParts, dayRange, isoDay} from '../../corpus/date-value.js';
import type {DateValue} from '../../corpus/schema.js';
import type {Line} from '../metadata.js';
import {commentsHeading, menuLine} from '../page-menus.js';
import {underOtherItem} from '../page-other-items.js';
import {sentenceSpans} from '../text.js';
import {validDay} from './patterns.js';
import {dayOf, resolveAbsolute, weekdayOf} from './resolve.js';
import {scan} from './scan.js';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthWord = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const dayFirst = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${monthWord}\\.?$`);
const monthFirst = new RegExp(`^${monthWord}\\.? (\\d{1,2})(?:st|nd|rd|th)?$`);
const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** How far down the top of the page the own date is looked for, in lines that are not menus (as metadata.ts). */
const topLines = 10;

export type DayMonth = {readonly month: number; readonly day: number; readonly weekday?: number};

/** The day and month of a line that holds nothing else but labels, a weekday and a time ("Posted 11th December"). */
export function yearlessDateline(line: string): DayMonth | null {
	if (line.trim().length > 50) return null;
	const lower = line.trim().toLowerCase();
	const weekday = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/.exec(lower)?.[1];
	const t = lower
		.replace(/[\p{So}\p{Sk}\uFE0F]/gu, ' ')
		.replace(/\b(?:first |last )?(?:published|posted|updated)(?: on| at)?\b:?/g, ' ')
		.replace(/\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]m\b/g, ' ')
		.replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b/g, ' ')
		.replace(/\b(?:at|on)\b/g, ' ')
		.replace(/[,|·•:()]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	let m = dayFirst.exec(t);
	const found = m ? {day: Number(m[1]), month: months.indexOf(m[2]!.slice(0, 3)) + 1} : (m = monthFirst.exec(t)) ? {day: Number(m[2]), month: months.indexOf(m[1]!.slice(0, 3)) + 1} : null;
	if (!found || found.day < 1 || found.day > 31) return null;
	return weekday ? {...found, weekday: weekdayNames.indexOf(weekday)} : found;
}

/** A year-less own date near the top (under the menus, before the text), or "today (3 May)" in the first paragraphs. */
function ownDayMonth(body: readonly Line[], paragraphs: readonly string[]): {dm: DayMonth; words: string} | null {
	let counted = 0;
	let prose = 0;
	for (const [k, l] of body.entries()) {
		const t = l.text.trim();
		if (t === '') continue;
		if (!menuLine(t) && ++counted > topLines) break;
		if (commentsHeading(t)) break;
		if (/[.!?]["”’']?$/.test(t) && t.split(/\s+/).length >= 10 && ++prose > 2) break;
		const dm = yearlessDateline(t);
		// A day in a box of the site's own (what's on, a paid promotion) or under another item's heading is theirs.
		if (dm && !underOtherItem(body, k)) return {dm, words: t};
	}
	for (const p of paragraphs.slice(0, 2)) {
		const m = /\b(?:today|this (?:morning|afternoon))\s*(?:\(([^)]{3,40})\)|,\s*((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)\b(?!,?\s+\d{4}))/.exec(p);
		const dm = m ? yearlessDateline((m[1] ?? m[2])!) : null;
		if (dm) return {dm, words: m![0]};
	}
	return null;
}

/** The one year a page's copyright line names ("© 2019 ...", "Copyright 2008-2019 ..."): the last, for a span. */
function copyrightYear(body: readonly Line[]): number | null {
	const years = new Set<number>();
	for (const l of body) {
		if (!/©|\bcopyright\b/i.test(l.text)) continue;
		const ys = l.text.match(/\b(?:19|20)\d\d\b/g);
		if (ys) years.add(Number(ys[ys.length - 1]));
	}
	return years.size === 1 ? [...years][0]! : null;
}

/**
 * The page's own date from a day and month it prints without a year, when the year is certain from the rest of the
 * page (see the module's comment); null otherwise.
 */
export function yearlessOwnDate(body: readonly Line[], paragraphs: readonly string[], opts: {readonly today: Date}): DateValue | null {
	const own = ownDayMonth(body, paragraphs);
	if (!own) return null;
	const today = dayOf(opts.today);
	let latest: {day: number; words: string} | null = null;
	const thisYear = new Set<number>();
	for (const p of paragraphs) {
		for (const sp of sentenceSpans(p)) {
			const sentence = p.slice(sp.start, sp.end);
			for (const c of scan(sentence).candidates) {
				if (c.raw.kind !== 'absolute' || c.tense === 'future') continue;
				const r = dayRange(resolveAbsolute(c.raw, c.text));
				if (!r || r[1] > today) continue;
				if (!latest || r[0] > latest.day) latest = {day: r[0], words: c.text};
				if (/\b(?:earlier|so far|already)? ?this year\b/i.test(sentence)) thisYear.add(c.raw.year);
			}
		}
	}
	if (!latest) return null;
	const {month, day, weekday} = own.dm;
	let year = dayParts(latest.day).year;
	if (!validDay(year, month, day) || dayNumber(year, month, day) < latest.day) year++;
	if (!validDay(year, month, day)) return null;
	const n = dayNumber(year, month, day);
	if (n > today || n - latest.day > 366) return null;
	if (weekday !== undefined && weekdayOf(n) !== weekday) return null;
	const copyright = copyrightYear(body);
	const why = copyright === year ? `the copyright line's ${year}` : thisYear.size === 1 && thisYear.has(year) ? `an event of ${year} told as this year's` : null;
	if (why === null) return null;
	return {value: isoDay(n), precision: 'day', approximate: false, basis: `stated: '${own.words}' without its year; the first such day after '${latest.words}', and ${why}`};
}
