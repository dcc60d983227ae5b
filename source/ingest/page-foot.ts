/**
 * The foot of a whole saved page: below the article's last paragraph a blog or a newsroom prints the post's stamp
 * ("This entry was posted on ...", "March 4, 2016 by Jo Bell", an agency's credit and its time), and below that the
 * site's sidebars: recent posts, an archive of months, a calendar, tags, neighbouring headlines, the footer. The
 * sidebars are not counted when the reader measures how far up from the end the stamp may stand, and dates under a
 * comments heading stay readers'.
 */
import {datelineDate, footDatelineDate} from './dateline.js';
import type {Line} from './metadata.js';
import {commentsHeading, menuLine, othersHeading} from './page-menus.js';
import {otherItemHeading} from './page-other-items.js';

/** How many lines that are not a sidebar's the foot may hold above the end: as many as metadata.ts reads. */
const footReach = 12;

const monthName = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "January 2010", "March 2019 (4)": an archive's month, a link to the posts of that month. */
const archiveMonth = new RegExp(`^${monthName}\\s+\\d{4}(?:\\s*\\(\\d+\\))?$`, 'i');
/** "M T W T F S S", " 1  2  3  4  5  6  7", "« Dec": a calendar widget's rows. */
const calendarRow = /^(?:[A-Za-z]{1,2}\s+){4,}[A-Za-z]{1,2}$|^[\d\s«»‹›]+$/;
/** A list item: a related story, a recent post, a teaser. Its date is that story's. */
const listItem = /^\s*[-•*–]\s/;

/** A line of a sidebar or footer below the article: none of it is the article's stamp. */
export function sidebarLine(line: string): boolean {
	const t = line.trim();
	return menuLine(t) || listItem.test(t) || archiveMonth.test(t) || calendarRow.test(t);
}

/** A sentence of the article: ends with a stop and runs to six words or more. */
const proseLine = (t: string) => /[.!?]["”’']?$/.test(t.trim()) && t.trim().split(/\s+/).length >= 6;

export type FootDate = {readonly date: string; readonly line: string};

/**
 * A labelled stamp at the foot ("This entry was posted on Wednesday, January 13th, 2010 at 7:25 pm"), read past the
 * sidebars below it. The publication is preferred to a "last updated"; stamps under a comments heading are readers'.
 */
export function footStampPastSidebars(body: readonly Line[], valid: (iso: string) => boolean): FootDate | null {
	const found: {date: string; line: string; updated: boolean}[] = [];
	let counted = 0;
	for (let k = body.length - 1; k >= 0; k--) {
		const t = body[k]!.text.trim();
		if (t === '') continue;
		if (commentsHeading(t)) {
			found.length = 0;
			continue;
		}
		if (sidebarLine(t)) continue;
		if (++counted > footReach) break;
		const d = footDatelineDate(t) ?? otherLabelDate(t);
		if (d && valid(d)) found.push({date: d, line: t, updated: /\b(?:updated|modified)\b/i.test(t) && !/\bpublished\b/i.test(t)});
	}
	const pick = found.find((f) => !f.updated) ?? found[0];
	return pick ? {date: pick.date, line: pick.line} : null;
}

/** "March 4, 2016 by Jo Bell", "By Jo Bell | 4 March 2016", "October 15 2013 12:34 PM": a stamp with its writer or its time. */
function stampLine(t: string): string | null {
	if (listItem.test(t)) return null;
	const d = datelineDate(t);
	if (d === null) return null;
	return /\b[Bb]y\s+[A-Z][a-z]/.test(t) || /\b\d{1,2}[:.]\d{2}\b/.test(t) ? d : null;
}

/** "By Jo Bell", "Jo Bell, Local Democracy Reporter": a writer's credit on a line of its own. */
const byWriter = /^By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*(?:,[^.]*)?$/;
const writerJob = /^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},?\s+(?:local democracy reporter|(?:chief |political |senior )?reporter|correspondent|editor|journalist)\b[^.]*$/i;
const bylineLine = {test: (t: string) => byWriter.test(t) || (writerJob.test(t) && /^[A-Z]/.test(t))};

/** A bare date on the line under a writer's credit: the credit's date, printed on two lines. */
function datedByline(body: readonly Line[], k: number): string | null {
	const t = body[k]!.text.trim();
	if (listItem.test(t)) return null;
	const d = datelineDate(t);
	if (d === null) return null;
	const before = body.slice(0, k).findLast((l) => l.text.trim() !== '');
	return before && bylineLine.test(before.text.trim()) ? d : null;
}

/**
 * The post's own stamp straight after its last paragraph, with nothing between but a credit or a bar of links
 * ("Press Association", "Listen again: Part 1 | Part 2"): unlabelled, it is the page's only when it is the one such
 * stamp on the page, no comments heading stands above it, and no headline of another story comes between.
 */
export function stampAfterText(body: readonly Line[], valid: (iso: string) => boolean): FootDate | null {
	const stamps = body.map((l, k) => ({k, date: stampLine(l.text.trim()) ?? datedByline(body, k)})).filter((s) => s.date !== null);
	if (stamps.length !== 1) return null;
	const {k, date} = stamps[0]!;
	if (!valid(date!)) return null;
	if (body.slice(0, k).some((l) => commentsHeading(l.text))) return null;
	// A comment's stamp is followed by its controls.
	const after = body.slice(k + 1).find((l) => l.text.trim() !== '')?.text.trim() ?? '';
	if (/^(?:reply|report|like|quote|permalink)\b/i.test(after)) return null;
	let between = 0;
	for (let j = k - 1; j >= 0; j--) {
		const t = body[j]!.text.trim();
		if (t === '') continue;
		if (proseLine(t)) return {date: date!, line: body[k]!.text.trim()};
		if (othersHeading.test(t) || ++between > 2) return null;
		// A heading of another item (a meeting, an event, a deadline, the post before or after): the date is that item's.
		if (otherItemHeading(t)) return null;
		const credit = menuLine(t) || bylineLine.test(t) || (/\|/.test(t) && datelineDate(t) === null && t.split(/\s+/).length <= 12);
		if (!credit) return null;
	}
	return null;
}

/**
 * Labels sites print beside the page's own date besides "Published", "Posted" and "Updated": "Released:", "Release
 * date:", "Article date:", "Press release:", "Page created:", "Dated:", "Filed under News |", "Source: Press
 * Association,", "This story first appeared". A label of another date ("Date of meeting:", "Inspection date:", "Last
 * reviewed", "Printed", "Accessed", "Captured") is not among them.
 */
const otherLabel = /^(?:(?:page|article|story) created|released|release date|article date|story date|press release(?: date)?|dated|filed(?: under [^|:]{1,30})?|source\s*:\s*[^,|:]{1,40}|(?:this )?(?:story|article) (?:first |originally )?appeared(?: in [^,:]{1,40})?|first appeared(?: in [^,:]{1,40})?)\s*(?::|\||,|\bon\b)?\s*/i;

/** The day a line gives after one of those labels, when the rest of the line is a dateline. */
export function otherLabelDate(line: string): string | null {
	const t = line.trim();
	const m = otherLabel.exec(t);
	if (!m || m[0].trim() === '' || t.length > 90) return null;
	const rest = t.slice(m[0].length);
	return /\d/.test(rest) ? datelineDate(rest) : null;
}
