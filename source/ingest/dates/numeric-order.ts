/**
 * "04/03/2019" under a blog's title: day first as British pages print it (4 March), or month first as a page set up
 * the American way prints it (3 April). The text can settle it: "at the council meeting on Monday 1 April, councillors
 * agreed" tells as past a day that is a Monday in that year and falls after 4 March, so the page is not of 4 March; the
 * month-first day, which that past day comes before, is the page's. Only where every such past day fits the month-first
 * reading, and one of them rules the day-first one out.
 */
import {dayNumber} from '../../corpus/date-value.js';
import {sentenceSpans} from '../text.js';
import {validDay} from './patterns.js';
import {weekdayOf} from './resolve.js';
import {scan} from './scan.js';

const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** A weekday's name, which every day the text tells with its weekday holds: asked before the sentences are read. */
const weekdayWord = /(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

const iso = (y: number, mo: number, d: number) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The month-first reading of a dateline's numeric date (`line`, read day first as `date`), where the text's past days
 * with their weekdays rule the day-first one out and all fit the month-first one; null otherwise.
 */
export function monthFirstByText(line: string, date: string, texts: readonly string[]): string | null {
	const m = numeric.exec(line);
	if (!m) return null;
	const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
	// (Only where day first is the earlier reading: a past day between the two then rules it out.)
	if (a > 12 || b >= a || date !== iso(y, b, a)) return null;
	const lo = dayNumber(y, b, a);
	const hi = dayNumber(y, a, b);
	let ruledOut = false;
	for (const text of texts) {
		if (!weekdayWord.test(text)) continue;
		for (const sp of sentenceSpans(text)) {
			for (const c of scan(text.slice(sp.start, sp.end)).candidates) {
				if (c.raw.kind !== 'yearless' || c.raw.weekday === undefined || c.raw.day === undefined || c.tense !== 'past' || c.inQuote) continue;
				if (!validDay(y, c.raw.month, c.raw.day)) continue;
				const n = dayNumber(y, c.raw.month, c.raw.day);
				// A weekday that is not that day's in the dateline's year says nothing of the order.
				if (weekdayOf(n) !== c.raw.weekday) continue;
				if (n > hi) return null;
				if (n > lo) ruledOut = true;
			}
		}
	}
	return ruledOut ? iso(y, a, b) : null;
}
