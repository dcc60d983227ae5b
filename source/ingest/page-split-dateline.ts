/**
 * A dateline a page's layout breaks over several lines when saved as text: the place, the day, the month, the year,
 * a bar, the time and the time zone each on a line of their own ("Marford," / "16" / "March" / "2016" / "|" /
 * "09:32" / "Europe/London"). Read together, the run of short lines is one dateline.
 */
import {datelineDate} from './dateline.js';
import type {Line} from './metadata.js';
import {otherItemHeading} from './page-other-items.js';

/** The words of a web archive's toolbar. */
const archiveWords = /\bwayback\b|\bweb\.archive\.org\b|\b\d+\s+captures?\b|\binternet archive\b/i;

/** A month's name, whole or shortened, on a line of its own ("March", "Mar.", "Sept,"). */
const monthLine = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$/i;

/** How many lines a broken dateline may run to. */
const longestRun = 8;

/** A piece of a broken dateline: a word or two, a figure, a bar. */
const piece = (t: string) => t !== '' && t.length <= 24 && t.split(/\s+/).length <= 2;

/**
 * The day a run of short lines starting at `start` gives once joined, when no line of the run is a dateline on its
 * own, a line of the run is nothing but a figure (the day or the year) and another holds a month's name.
 */
export function splitDateline(body: readonly Line[], start: number, title: string | null = null): {date: string; text: string} | null {
	// Only from the start of a run: read from its middle, a web archive's calendar of months and years gives a day.
	if (start > 0 && piece(body[start - 1]!.text.trim())) return null;
	// A web archive's toolbar above the page prints its captures' months, days and years one to a line.
	// (The page's first line may have been taken for its title.)
	if (archiveWords.test(title ?? '') || body.slice(0, start + longestRun).some((l) => archiveWords.test(l.text))) return null;
	const run: string[] = [];
	for (let k = start; k < body.length && run.length < longestRun; k++) {
		const t = body[k]!.text.trim();
		if (!piece(t)) break;
		run.push(t);
	}
	if (run.length < 3 || run.some((t) => datelineDate(t) !== null)) return null;
	// An events box's or a listing's entry ("Events" / "14" / "March" / "2019" / the event's name): a piece of the run,
	// or the heading straight above it, names another item with a date of its own, and the date is that item's.
	const above = start > 0 && body[start - 1]!.n === body[start]!.n - 1 ? body[start - 1]!.text : '';
	// (A label inside the run, "Date:" or "Time:", labels a part of the dateline itself.)
	if (run.some((t) => !/:$/.test(t) && otherItemHeading(t)) || otherItemHeading(above)) return null;
	if (!run.some((t) => /^\d{1,4}(?:st|nd|rd|th)?,?$/.test(t))) return null;
	// One month and one year: a calendar's or a toolbar's several are no date.
	if (run.filter((t) => monthLine.test(t)).length !== 1) return null;
	if (run.filter((t) => /\b(?:19|20)\d\d\b/.test(t)).length > 1) return null;
	// The longest joined prefix that reads as a dateline: the time zone's name after the time may not.
	for (let n = run.length; n >= 3; n--) {
		const text = run.slice(0, n).join(' ');
		const date = datelineDate(text);
		if (date !== null) return {date, text};
	}
	return null;
}
