/**
 * The date of an event to come told by a span from the article's day: "within about 18 months" (by the end of it),
 * "within 12 to 18 months" (a window: from its start), "is expected in around three years", "due in about two years'
 * time", "back in around a year's time" (that many years on). Where a clause tells two events to come with a span
 * each ("a focused visit within two years, with a full inspection expected in around three years' time"), each takes
 * the span told after its own words. They describe how news tells what is to come, never a particular article.
 */
import {shiftDate} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import {offsetWordPattern, offsetWords} from './event-clauses.js';

const within = new RegExp(`\\bwithin (?:about |around |roughly |the next |the coming )?(${offsetWordPattern}|\\d{1,3}|a few|several) (?:working )?(day|week|month|year)s?\\b|\\bwithin (?:the (?:next|coming) )?(days|weeks)\\b`, 'i');

/**
 * "Inspectors will return within about 18 months", "a plan within 70 working days": what is to come by the end
 * of that span from the article's date, approximate, at month precision (year for a year or more).
 */
function withinFrom(clause: string, published: DateValue): DateValue | null {
	const m = within.exec(clause);
	if (!m || published.value === null) return null;
	// "within weeks", "within a few days": a count the words leave open, read as a couple.
	const n = m[1] === undefined || /^(?:a few|several)$/i.test(m[1]) ? 2 : (offsetWords[m[1].toLowerCase()] ?? Number(m[1]));
	const unit = (m[2] ?? m[3]!.slice(0, -1)).toLowerCase();
	const days = unit === 'day' ? n * (/working/i.test(m[0]) ? 7 / 5 : 1) : unit === 'week' ? n * 7 : 0;
	const months = unit === 'month' ? n : unit === 'year' ? n * 12 : 0;
	const end = shiftDate(published, days ? {days: Math.round(days)} : {months}, `'${m[0]}' from the article of ${published.value}`, {approximate: true});
	if (end.value === null) return null;
	return months >= 12 ? {...end, value: end.value.slice(0, 4), precision: 'year', approximate: true} : {...end, value: end.value.slice(0, 7), precision: 'month', approximate: true};
}

const count = `(${offsetWordPattern}|\\d{1,3}|a few|several)`;
const unit = '(day|week|month|year)s?';
/**
 * "within 12 to 18 months", "within six to nine months": a window, read from its first count. "in around three years'
 * time" anywhere, and "expected in around three years", "due in about two years", "back in a year" after the words of
 * what is expected: a span on from the article's day. (A span "within" alone is the end of it, read by withinFrom.)
 */
const spans = new RegExp(
	`\\bwithin (?:about |around |roughly |the next |the coming )?${count}(?:\\s*(?:to|-|–|or)\\s*(?:${offsetWordPattern}|\\d{1,3}))? (?:working )?${unit}\\b|\\bwithin (?:the (?:next|coming) )?(days|weeks)\\b` +
		`|\\bin (?:around |about |roughly |some |approximately |just over |under )?${count} ${unit}['’]?(?:s['’]?)? time\\b` +
		`|\\b(?:expected|due|scheduled|back) in (?:around |about |roughly |some |approximately )?${count} ${unit}\\b`,
	'gi',
);

/**
 * The date a span to come gives the event whose words are at `at` in `clause`: the first span told at or after them,
 * else the last before them. Approximate, at month precision (year for a year or more); null where no span is told.
 */
export function spanToCome(clause: string, published: DateValue, at: number): DateValue | null {
	// A cheap test before the pattern: most clauses to come tell no span.
	if (published.value === null || !/\b(?:within|time|in (?:around|about|roughly|some|approximately|a|an|one|two|three|four|five|six|\d))\b/i.test(clause)) return null;
	const found = [...clause.matchAll(spans)];
	if (found.length === 0) return null;
	const m = found.find((s) => s.index >= at) ?? found.at(-1)!;
	// "within" with no window: as it always was read.
	if (/^within\b/i.test(m[0]) && !/\d\s*(?:to|-|–|or)\s*\d|\b(?:to|or)\s+(?:[a-z]+)\s+(?:day|week|month|year)/i.test(m[0])) return withinFrom(m[0], published);
	const words = (m[1] ?? m[4] ?? m[6] ?? '').toLowerCase();
	const n = words === '' || /^(?:a few|several)$/.test(words) ? 2 : words === 'a' || words === 'an' ? 1 : (offsetWords[words] ?? Number(words));
	const u = (m[2] ?? m[3]?.slice(0, -1) ?? m[5] ?? m[7] ?? '').toLowerCase();
	if (!Number.isFinite(n) || n <= 0 || u === '') return null;
	const days = u === 'day' ? n : u === 'week' ? n * 7 : 0;
	const months = u === 'month' ? n : u === 'year' ? n * 12 : 0;
	const on = shiftDate(published, days ? {days} : {months}, `'${m[0]}' from the article of ${published.value}`, {approximate: true});
	if (on.value === null) return null;
	return months >= 12 ? {...on, value: on.value.slice(0, 4), precision: 'year', approximate: true} : {...on, value: on.value.slice(0, 7), precision: 'month', approximate: true};
}
