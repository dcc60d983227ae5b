/**
 * A site's date banner above its masthead or menus ("Tuesday, 12 March 2024"): the day the page was viewed or saved,
 * printed above the headline. When the page also prints a labelled dateline of its own under the headline
 * ("Published: 3 May 2023", "Posted on 3 May 2023"), that one is the page's date.
 */
import {datelineDate} from './dateline.js';
import type {Line} from './metadata.js';
import {commentsHeading, menuLine} from './page-menus.js';

/** A label that says the date is the page's publication (not its update). */
const publishedLabel = /\b(?:published|posted|issued)\b/i;
/** How many lines below the banner, menus aside, the labelled dateline may stand. */
const reach = 10;

/**
 * The labelled dateline under the headline after an unlabelled date at line index `banner` above the headline, within
 * the page's header: before the third sentence of text and any comments heading. Null when there is none, or when
 * no headline stands between them (the date is then the page's own dateline, labelled again below).
 */
export function labelledAfterBanner(body: readonly Line[], banner: number, valid: (iso: string) => boolean, aboveTitle: boolean): {date: string; line: string} | null {
	let counted = 0;
	let prose = 0;
	// The banner stands above the headline: the page's first line taken for its title, or a headline below it.
	let headline = aboveTitle;
	for (let k = banner + 1; k < body.length; k++) {
		const t = body[k]!.text.trim();
		if (t === '') continue;
		if (!menuLine(t) && ++counted > reach) break;
		if (commentsHeading(t)) break;
		if (/[.!?]["”’']?$/.test(t) && t.split(/\s+/).length >= 10 && ++prose > 2) break;
		if (!menuLine(t) && !/\d/.test(t) && !/[.!?:]$/.test(t) && t.split(/\s+/).length >= 4) headline = true;
		if (!publishedLabel.test(t) || /^\s*(?:last\s+)?(?:updated|modified)\b/i.test(t)) continue;
		const d = datelineDate(t);
		if (d && valid(d)) return headline ? {date: d, line: t} : null;
	}
	return null;
}
