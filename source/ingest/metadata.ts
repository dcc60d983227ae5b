/**
 * Step 2 of ingestion: metadata at the top of an article file.
 *
 * Two forms are accepted (CONTRACT.md): the inline ` date YYYY-MM-DD` prefix of the bundled corpus, and a header
 * block of `key: value` lines ended by a blank line. A short first line without a final full stop is the title.
 */

/** One line of the body, numbered as in the raw text (1-based) so furniture can point back at it. */
export type Line = {readonly n: number; readonly text: string};

export type Metadata = {
	readonly title: string | null;
	readonly titleSource: 'header' | 'line' | null;
	/** The date as printed (YYYY-MM-DD, or YYYY-MM when a dateline gives only the month), when the file states one. */
	readonly date: string | null;
	/** Where the date was read: the header, the inline form, or a dateline printed near the top. */
	readonly dateBasis: string;
	/** Why a printed date was not taken, e.g. a date in the future or not a real day. */
	readonly dateProblem: string | null;
	readonly source: string | null;
	readonly authority: string | null;
	/** The page's address from the header, when it gives one. */
	readonly url: string | null;
	/** The lines after the metadata, blank lines kept so that paragraphs can be found. */
	readonly body: readonly Line[];
};

import {dateInUrl, datelineDate, footDatelineDate, labelledMonth, paddedShortDate, publishingLabel} from './dateline.js';
import {yearlessDateline} from './dates/article-date-yearless.js';
import {monthFirstByText} from './dates/numeric-order.js';
import {footStampPastSidebars, stampAfterText} from './page-foot.js';
import {authorBioLine, commentsHeading, dateAfterShareBar, menuLine, othersAbove} from './page-menus.js';
import {labelledAfterBanner} from './page-banner.js';
import {teaserAboveHeadline, underOtherItem} from './page-other-items.js';
import {browserPrintStamp} from './page-print.js';
import {splitDateline} from './page-split-dateline.js';
import {sentenceSpans} from './text.js';

const headerKeys = new Set(['title', 'date', 'source', 'authority', 'author', 'byline', 'url', 'published', 'publication']);
const headerLine = /^([A-Za-z]+)[ \t]*:[ \t]*(.*)$/;
const inlineDate = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
/** How far down a dateline is looked for: below the headline, standfirst and byline it is another story's. */
const datelineLines = 10;
/** How far down a bare two-figure numeric line ("22/03/23") may stand and still be the dateline. */
const shortDatelineLines = 4;
/** How far up from the end a labelled dateline is looked for: the tags, share links and credits below the text. */
const footLines = 12;

/** A title line is short and does not end a sentence: headlines drop the full stop. */
export function looksLikeTitle(line: string): boolean {
	const t = line.trim();
	if (t.length === 0 || t.length > 160) return false;
	if (t.split(/\s+/).length > 24) return false;
	if (/[.:;,]$/.test(t)) return false;
	// A headline ending in a quote mark must not end the quoted sentence with a stop inside it either.
	if (/[.][’'"”]$/.test(t)) return false;
	return true;
}

/** A section's name printed above a headline: one or two words, no digits, no punctuation but a hyphen or ampersand. */
function sectionLabel(line: string): boolean {
	const t = line.trim();
	return /^[A-Za-z][A-Za-z&'’-]*(?: [A-Za-z&'’-]+)?$/.test(t);
}

/** A line of running text: a sentence of ten words or more ("The move follows a re-inspection which found services inadequate."). */
function looksLikeProse(line: string): boolean {
	const t = line.trim();
	return /[.!?]["”’']?$/.test(t) && t.split(/\s+/).length >= 10;
}

/** Checks that YYYY-MM-DD is a real calendar day (or YYYY-MM a month) and not after `today`. */
export function checkIsoDay(value: string, today: Date): string | null {
	const month = /^(\d{4})-(\d{2})$/.exec(value);
	if (month) {
		const [y, mo] = [Number(month[1]), Number(month[2])];
		if (mo < 1 || mo > 12) return `no such month ${value}`;
		return Date.UTC(y, mo - 1, 1) > Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) ? `date ${value} is in the future` : null;
	}
	const m = isoDay.exec(value);
	if (!m) return 'not a YYYY-MM-DD date';
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return `no such day ${value}`;
	const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	if (date.getTime() > todayUtc) return `date ${value} is in the future`;
	return null;
}

/** Splits an article's text into its metadata and its body lines. Pure. */
export function parseMetadata(text: string, today: Date = new Date()): Metadata {
	const lines = text.split('\n');
	let i = 0;
	while (i < lines.length && lines[i]!.trim() === '') i++;

	let title: string | null = null;
	let titleSource: Metadata['titleSource'] = null;
	let date: string | null = null;
	let dateBasis = 'stated';
	let source: string | null = null;
	let authority: string | null = null;
	let titleLine: number | null = null;

	// Header block: every line up to the first blank line is a known `key: value`.
	let j = i;
	const fields = new Map<string, string>();
	while (j < lines.length && lines[j]!.trim() !== '') {
		const m = headerLine.exec(lines[j]!.trim());
		if (!m || !headerKeys.has(m[1]!.toLowerCase())) break;
		fields.set(m[1]!.toLowerCase(), m[2]!.trim());
		j++;
	}
	const isHeader = fields.size > 0 && (j >= lines.length || lines[j]!.trim() === '') && (fields.has('date') || fields.has('title') || fields.size >= 2 || /^https?:\/\/\S+$/i.test(fields.get('url') ?? ''));
	if (isHeader) {
		title = fields.get('title') || null;
		if (title) titleSource = 'header';
		date = fields.get('date') || fields.get('published') || null;
		if (date) dateBasis = "stated: the header's date";
		source = fields.get('source') || fields.get('publication') || null;
		authority = fields.get('authority') || null;
		i = j;
	}

	const body: Line[] = lines.map((t, k) => ({n: k + 1, text: t})).slice(i);

	// Inline form: ` date 2019-02-01 A political row has broken out ...`.
	const first = body.findIndex((l) => l.text.trim() !== '');
	if (first >= 0 && date === null) {
		const m = inlineDate.exec(body[first]!.text);
		if (m) {
			date = m[1]!;
			dateBasis = 'stated: the inline date';
			body[first] = {n: body[first]!.n, text: body[first]!.text.slice(m[0].length)};
		}
	}

	let dateProblem: string | null = null;
	if (date !== null) {
		// Accept the common DD/MM/YYYY header form too; anything else is reported, never guessed.
		const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
		if (dmy) date = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
		dateProblem = checkIsoDay(date, today);
		if (dateProblem) date = null;
	}

	// A title line: short, no final full stop, with article text after it.
	if (title === null && first >= 0) {
		// A page that prints its dateline above the headline ("Page last updated at 11:42 GMT, Wednesday, 9 December
		// 2009"): the headline is the next line, and the dateline stays for the date below.
		let at = datelineDate(body[first]!.text) === null && yearlessDateline(body[first]!.text) === null ? first : body.findIndex((l, k) => k > first && l.text.trim() !== '');
		// A section's name above the headline ("News", "Local politics"): a word or two, then a headline of its own.
		const next = at >= 0 ? body.findIndex((l, k) => k > at && l.text.trim() !== '') : -1;
		const label = at >= 0 && next >= 0 && sectionLabel(body[at]!.text) && looksLikeTitle(body[next]!.text) && body[next]!.text.trim().split(/\s+/).length >= 4;
		if (label) {
			body.splice(at, 1);
			at = next - 1;
		}
		const candidate = at >= 0 ? body[at]!.text.trim() : '';
		const rest = at >= 0 && body.slice(at + 1).some((l) => l.text.trim() !== '');
		// ("11th December", "3 May at 09:12": a day and month without the year are a dateline too, read later.)
		if (candidate !== '' && looksLikeTitle(candidate) && rest && datelineDate(candidate) === null && yearlessDateline(candidate) === null) {
			title = candidate;
			titleSource = 'line';
			titleLine = body[at]!.n;
			body.splice(at, 1);
		}
	}

	// A dateline near the top ("14:52 09 October 2015", "Published on 14 March 2019") dates a page saved as text.
	let topDateline: string | null = null;
	if (date === null && dateProblem === null) {
		let seen = 0;
		let counted = 0;
		let prose = 0;
		let othersBlock = false;
		for (const [k, l] of body.entries()) {
			if (l.text.trim() === '') {
				othersBlock = false;
				continue;
			}
			// "Trending", "Most read" above the headline, with other stories' headlines and dates: skipped to its end.
			if (othersBlock) continue;
			if (othersAbove(body, k)) {
				othersBlock = true;
				continue;
			}
			++seen;
			// A whole page's menus above the headline do not count: the dateline is near the top of the article.
			if (!menuLine(l.text) && ++counted > datelineLines) break;
			// Below the standfirst and the first paragraph the dates are the story's, a comment's or a related page's.
			// (An author box's sentences about the writer are not the story's.)
			if (looksLikeProse(l.text) && !authorBioLine(l.text) && ++prose > 2) {
				// A share bar straight after them still closes the page's header: the dateline under it is the page's.
				const shared = dateAfterShareBar(body, k + 1);
				if (shared && checkIsoDay(shared.date, today) === null) {
					date = shared.date;
					dateBasis = `stated: the dateline '${shared.line}' (under the share bar)`;
					topDateline = shared.line;
				}
				break;
			}
			// "- Another story's headline - 12/12/2019": a list of related stories, each with its own date.
			if (/^\s*[-•*]\s+(?:\S+\s+){3,}/.test(l.text)) continue;
			// "Comments", "3 comments", "Leave a reply": below it the dates are readers'.
			if (commentsHeading(l.text)) break;
			// A browser's print stamp is the day the page was printed.
			if (browserPrintStamp(l.text, body)) continue;
			// (A bare "22/03/23" only as one of the first lines: further down it is as likely a comment's or a list's.)
			const d = datelineDate(l.text) ?? (seen <= shortDatelineLines ? paddedShortDate(l.text) : null);
			if (d && checkIsoDay(d, today) === null) {
				// An unlabelled date in a box of the site's own, under another item's heading, or under a teaser's headline is theirs.
				if (!publishingLabel.test(l.text) && (underOtherItem(body, k) || teaserAboveHeadline(body, k))) continue;
				date = d;
				dateBasis = `stated: the dateline '${l.text.trim()}'`;
				topDateline = l.text;
				// "04/03/2019" read day first, where the text's past days say month first (dates/numeric-order.ts).
				const monthFirst = l.text.includes('/') ? monthFirstByText(l.text, d, textBelow(body, k)) : null;
				if (monthFirst && checkIsoDay(monthFirst, today) === null) {
					date = monthFirst;
					dateBasis = `stated: the dateline '${l.text.trim()}', month first, as the days the text tells as past require`;
				}
				// An unlabelled date above the headline may be the site's banner of the day: a labelled one under it wins.
				const labelled = publishingLabel.test(l.text) ? null : labelledAfterBanner(body, k, (x) => checkIsoDay(x, today) === null, titleLine !== null && l.n < titleLine);
				if (labelled) {
					date = labelled.date;
					dateBasis = `stated: the dateline '${labelled.line}' (under a date banner)`;
					topDateline = labelled.line;
				}
				break;
			}
			// A dateline broken over several short lines by the page's layout.
			const split = splitDateline(body, k, title);
			if (split && checkIsoDay(split.date, today) === null) {
				date = split.date;
				dateBasis = `stated: the dateline '${split.text}' (over several lines)`;
				topDateline = split.text;
				break;
			}
		}
	}
	if (date === null && dateProblem === null) {
		// A record's fields may give "Publication date" and "Last updated" both: the publication is the article's date.
		let seen = 0;
		let found: {date: string; line: string; updated: boolean} | null = null;
		for (let k = body.length - 1; k >= 0 && seen < footLines; k--) {
			const l = body[k]!;
			if (l.text.trim() === '') continue;
			seen++;
			const d = footDatelineDate(l.text);
			if (!d || checkIsoDay(d, today) !== null) continue;
			const updated = /\b(?:updated|modified)\b/i.test(l.text) && !/\bpublished\b/i.test(l.text);
			if (!found || (found.updated && !updated)) found = {date: d, line: l.text.trim(), updated};
			if (!updated) break;
		}
		if (found) {
			date = found.date;
			dateBasis = `stated: the dateline at the foot '${found.line}'`;
		}
	}
	// A whole page's sidebars below the text (recent posts, archives, a calendar) push the post's stamp further up.
	if (date === null && dateProblem === null) {
		const valid = (d: string) => checkIsoDay(d, today) === null;
		const labelled = footStampPastSidebars(body, valid);
		const stamp = labelled ?? stampAfterText(body, valid);
		if (stamp) {
			date = stamp.date;
			dateBasis = `stated: the dateline at the foot '${stamp.line}'`;
		}
	}
	// "Published: May 2016": a labelled month near the top, when no day is printed anywhere.
	if (date === null && dateProblem === null) {
		const line = body.filter((l) => l.text.trim() !== '').slice(0, datelineLines).find((l) => labelledMonth(l.text) !== null);
		const month = line ? labelledMonth(line.text) : null;
		if (line && month && checkIsoDay(month, today) === null) {
			date = month;
			dateBasis = `stated: the dateline '${line.text.trim()}' (its month)`;
		}
	}

	// A saved page's address from the header ("url: .../2019/03/07/..."), when the page prints no date of its own, or
	// only an unlabelled one at the top later than the address's day: a site's banner of the day the page was saved.
	// A page saved with its address on a line of its own, at the top or the foot ("Source: https://.../2019/03/07/..."),
	// gives it as the header would.
	const printed = body.filter((l) => l.text.trim() !== '');
	const addressLine = fields.get('url') ? null : [...printed.slice(0, datelineLines), ...printed.slice(-footLines)].map((l) => /^\s*(?:(?:source|url|link|address|from|original)\s*:\s*)?(https?:\/\/\S+)\s*$/i.exec(l.text)?.[1]).find((u) => u !== undefined && dateInUrl(u) !== null);
	const address = fields.get('url') ?? addressLine ?? null;
	const addressDay = address ? dateInUrl(address) : null;
	if (addressDay?.length === 10 && topDateline !== null && date !== null && date > addressDay && !publishingLabel.test(topDateline) && checkIsoDay(addressDay, today) === null) {
		date = null;
		dateBasis = 'stated';
	}
	const urlDay = date === null && dateProblem === null ? addressDay : null;
	if (urlDay && checkIsoDay(urlDay, today) === null) {
		date = urlDay;
		dateBasis = "stated: the date in the page's address";
	}

	return {title, titleSource, date, dateBasis, dateProblem, source, authority, url: fields.get('url') ?? null, body};
}

/** The lede stands in for a missing title: its first sentence, cut at a word near 100 characters. */
export function titleFromLede(lede: string): string {
	// sentenceSpans knows that "Coun." and "St." do not end a sentence.
	const first = sentenceSpans(lede)[0];
	const sentence = first ? lede.slice(first.start, first.end).trim() : lede;
	if (sentence.length <= 110) return sentence.replace(/[.]$/, '');
	const cut = sentence.slice(0, 100);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 100)}…`;
}

/** The lines below line k, up to the readers' comments. */
function textBelow(body: readonly Line[], k: number): string[] {
	const out: string[] = [];
	for (const l of body.slice(k + 1)) {
		if (commentsHeading(l.text)) break;
		out.push(l.text);
	}
	return out;
}
