/**
 * A dateline a page's layout breaks over several lines when saved as text: the place, the day, the month, the year,
 * a bar, the time and the time zone each on a line of their own ("Marford," / "16" / "March" / "2016" / "|" /
 * "09:32" / "Europe/London"). Read together, the run of short lines is one dateline.
 */
import {datelineDate} from './dateline.js';
import type {Line} from './metadata.js';

/** How many lines a broken dateline may run to. */
const longestRun = 8;

/** A piece of a broken dateline: a word or two, a figure, a bar. */
const piece = (t: string) => t !== '' && t.length <= 24 && t.split(/\s+/).length <= 2;

/**
 * The day a run of short lines starting at `start` gives once joined, when no line of the run is a dateline on its
 * own, a line of the run is nothing but a figure (the day or the year) and another holds a month's name.
 */
export function splitDateline(body: readonly Line[], start: number): {date: string; text: string} | null {
	const run: string[] = [];
	for (let k = start; k < body.length && run.length < longestRun; k++) {
		const t = body[k]!.text.trim();
		if (!piece(t)) break;
		run.push(t);
	}
	if (run.length < 3 || run.some((t) => datelineDate(t) !== null)) return null;
	if (!run.some((t) => /^\d{1,4}(?:st|nd|rd|th)?,?$/.test(t))) return null;
	if (!run.some((t) => /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?$/i.test(t))) return null;
	// The longest joined prefix that reads as a dateline: the time zone's name after the time may not.
	for (let n = run.length; n >= 3; n--) {
		const text = run.slice(0, n).join(' ');
		const date = datelineDate(text);
		if (date !== null) return {date, text};
	}
	return null;
}
