/**
 * Datelines: the line a saved page prints with the article's date ("14:52 09 October 2015", "PUBLISHED: 10:31
 * 04 June 2019 | UPDATED: ...", "Thursday, 3 July 2025 11:40", "Published on Monday, 12th February 2018",
 * "By Jane Smith | 14 March 2024", "Posted on March 4, 2016 by admin", "04.03.2016").
 * A line that is nothing but a date is page furniture; near the top it is also the article's own date.
 */

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthWord = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const dayMonthYear = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${monthWord} (\\d{4})$`);
const monthDayYear = new RegExp(`^${monthWord} (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})$`);

const dayRange = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+${monthWord})?\\s*(?:[-\u2013\u2014]|to)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${monthWord}`, 'i');
/** "... and first appeared in the Chronicle on Friday 24 November 2017.": the date a credit sentence gives. */
const creditedDate = new RegExp(`\\b(?:published|appeared|posted)\\b[^.]{0,120}?\\bon\\s+((?:[a-z]+,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${monthWord}\\s+\\d{4}|${monthWord}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{4}))`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

/** Words of a heading or a section, never of a person's name. */
const headingWords = /\b(?:Inspection|Inspections|Meeting|Report|Reports|Council|Councils|Services?|Children['’]s|Committee|Agenda|Cabinet|Board|Full|Annual|Review|Plan|Notice|News|Update|Updated|Published|Posted|Ofsted|Minutes|Item|Statement|Press|Release|Week|Day)\b/;

function isoDay(y: number, mo: number, d: number): string | null {
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return `${y}-${pad(mo)}-${pad(d)}`;
}

const fullYear = (yy: string) => String(Number(yy) < 70 ? 2000 + Number(yy) : 1900 + Number(yy));
const twoFigureNumeric = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{2})\b(?![/.]?\d)/g;
const twoFigureNamed = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ -]${monthWord}\\.?[ -]['’]?(\\d{2})\\b(?![:\\d])`, 'g');

/** "Posted: 12/3/19", "Published 12 Mar '19": a year of two figures, read only beside a label that says it is a date. */
function withFullYears(lower: string): string {
	if (!/\b(?:posted|published|updated|date|dated)\b/.test(lower)) return lower;
	return lower
		.replace(twoFigureNumeric, (_, d: string, _s: string, mo: string, yy: string) => `${d}/${mo}/${fullYear(yy)}`)
		.replace(twoFigureNamed, (_, d: string, mo: string, yy: string) => `${d} ${mo} ${fullYear(yy)}`);
}

// (Made once: a pattern made in the function was made again for every segment. A global pattern's replace starts at
// the text's beginning and leaves it there, so sharing one is the same.)
const monthStop = new RegExp(`\\b${monthWord}\\.`, 'g');
const hyphenedDay = new RegExp(`\\b(\\d{1,2})-${monthWord}-(\\d{4})\\b`, 'g');
const dayOfMonth = new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?) of ${monthWord}\\b`, 'g');

/** The date a segment holds once labels, times and weekdays are taken away, if that is all it holds. */
function segmentDate(segment: string): string | null {
	const lower = segment.toLowerCase();
	const weekday = /\b(sun|mon|tue|wed|thu|fri|sat)(?:s|n|r|urs|nes|ur)?(?:day)?\b/.exec(lower)?.[1];
	const s = withFullYears(lower)
		// "2019-03-13T10:15:00Z": an ISO timestamp's time.
		.replace(/\b(\d{4}-\d{2}-\d{2})t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?\b/g, '$1')
		// "12 March 2019 • 4 min read".
		.replace(/\b\d+[\s-]*min(?:ute)?s?\s+read\b/g, ' ')
		// "04.03.2016" and a forum's "12-06-2013, 10:29 AM" before the times are taken away ("04.03" would read as one).
		.replace(/\b(\d{1,2})[.-](\d{1,2})[.-](\d{4})\b/g, '$1/$2/$3')
		// "2019/03/07": year first, as some content systems print it.
		.replace(/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (_, y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`)
		// "Mar. 4, 2016", "4-Mar-2016", "4th of March 2019": abbreviations with a stop, hyphens and "of" between the parts.
		.replace(monthStop, '$1')
		.replace(hyphenedDay, '$1 $2 $3')
		.replace(dayOfMonth, '$1 $2')
		// "Thu, 07 Mar 2019 10:00:00 +0000": a feed's timestamp, its seconds and offset.
		.replace(/\b(\d{1,2}:\d{2}):\d{2}\b/g, '$1')
		.replace(/(?:^|\s)[+-]\d{4}\b/g, ' ')
		// "Posted by: Admin on 7 March 2019", "By Jane Smith on 7 March 2019": the poster before the date.
		.replace(/^\s*(?:(?:posted|submitted)\s+)?by:?\s+[a-z][\w .'’&-]*?\s+on\s+/, ' ')
		// "Published by Jane Smith at 11:56am 30th October 2019": the author and the time before the date.
		.replace(/^\s*(?:published|posted|written)\s+by\s+[a-z][\w .'’&-]*?\s+(?:at|on)\s+/, ' ')
		// "Originally published by the Local Democracy Reporting Service on 11/03/2022": the publisher before the date.
		.replace(/^\s*(?:this (?:article|story) was )?(?:originally |first )?(?:published|appeared)\s+(?:by|in)\s+[a-z][\w .'’&-]*?\s+on\s+/, ' ')
		// A clock or calendar symbol before the date ("🕔 12:30, Thursday 14 March 2024").
		.replace(/[\p{So}\p{Sk}\uFE0F]/gu, ' ')
		// "Posted on March 4, 2016 by admin": the poster after the date (a party's or a firm's name may hold "&").
		.replace(/\s+by\s+[a-z][\w .'’&-]*$/, ' ')
		// "by Jo Bell on June 12, 2018 in Children, Workforce": the sections a blog files the post under.
		.replace(/\b((?:19|20)\d\d)\s+in\s+[a-z][\w ,&'’-]*$/, '$1')
		// Labels of their own: a news database's field code ("PD 21 November 2019"), "Filed:", "Headlines:", "Dated".
		.replace(/^\s*(?:pd|filed|headlines?|dated)\b:?/, ' ')
		// modern.gov's "Meeting: 19/06/2008 - Executive Board (Item 12)": the meeting's name after its date.
		.replace(/^\s*meeting\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+-\s+.*)?$/, '$1')
		.replace(/(?:this (?:article|story) was )?(?:page |report |article |press release )?(?:first |last |originally )?(?:published|updated|posted|modified|issued|load-date|publication date|date issued|date)(?: on| at)?|^\s*press release\b/g, ' ')
		// ("16:56 UK": a second clock, named by its country.)
		.replace(/\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|et|uk(?: time)?)\b)?(?![\d])/g, ' ')
		.replace(/\b\d{1,2}\s?[ap]m\b|\b(?:gmt|bst|utc)\b/g, ' ')
		.replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tues?|weds?|thur?s?|fri|sat|sun)\b/g, ' ')
		.replace(/\bat\b|\bon\b/g, ' ')
		.replace(/[,|•·:()@\u2013\u2014-]/g, (c) => (c === '-' ? '-' : ' '))
		.replace(/\s+-\s+|^-\s*|\s*-$/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/\.$/, '')
		.trim();
	if (s === '') return null;
	let m = dayMonthYear.exec(s);
	if (m) return isoDay(Number(m[3]), months.indexOf(m[2]!.slice(0, 3)) + 1, Number(m[1]));
	m = monthDayYear.exec(s);
	if (m) return isoDay(Number(m[3]), months.indexOf(m[1]!.slice(0, 3)) + 1, Number(m[2]));
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
	if (m) {
		// Day first, as British pages print it, unless the weekday printed beside it says month first.
		const dayFirst = isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
		const monthFirst = isoDay(Number(m[3]), Number(m[1]), Number(m[2]));
		if (weekday && monthFirst && weekdayOf(monthFirst) === weekday && (!dayFirst || weekdayOf(dayFirst) !== weekday)) return monthFirst;
		return dayFirst;
	}
	return null;
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const weekdayOf = (iso: string) => weekdays[new Date(`${iso}T00:00:00Z`).getUTCDay()];

/** A part of a dateline that names where it was printed: "The Times", "Camden Council", "guardian.co.uk". */
function nameLike(part: string): boolean {
	const words = part.trim().split(/\s+/);
	if (words.length === 0 || words.length > 5 || words[0] === '') return false;
	return words.every((w) => /^[A-Z0-9&][\w'’.&-]*$/.test(w) || /^(?:the|of|and|for|on)$/.test(w) || /^[\w-]+(?:\.[\w-]+)+$/.test(w));
}

/** A segment's date, or the date of its comma-separated parts once a publication's name before or after is set aside. */
function segmentOrNamedDate(segment: string): string | null {
	const whole = segmentDate(segment);
	if (whole !== null) return whole;
	const parts = segment.split(',');
	for (let k = 1; k < parts.length; k++) {
		const before = parts.slice(0, k);
		const after = parts.slice(k);
		if (before.every(nameLike)) {
			const d = segmentDate(after.join(','));
			if (d !== null) return d;
		}
		if (after.every(nameLike)) {
			const d = segmentDate(before.join(','));
			if (d !== null) return d;
		}
	}
	return null;
}

/** The whole date that ends the first half of a labelled span ("Fieldwork 12 March 2019", "Saved from the web 3 Feb 2014"). */
const labelledSpanStart = /^[A-Za-z][A-Za-z '’-]{0,40}?:?\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/;

/**
 * The day a dateline line gives (YYYY-MM-DD), or null when the line is anything more than a date with its labels,
 * times and weekday. Of "Published ... | Updated ..." the first date is the one taken.
 */
export function datelineDate(line: string): string | null {
	// The metadata, the page's foot and the furniture ask of the same short lines in turn: each answer is kept by its
	// line (a pure function of it), all forgotten at once past a bound. A long line is read each time, not kept.
	if (line.length > maxKeptLine) return readDateline(line);
	let d = datelineOf.get(line);
	if (d === undefined) {
		if (datelineOf.size >= keptLines) datelineOf.clear();
		datelineOf.set(line, (d = readDateline(line)));
	}
	return d;
}
const datelineOf = new Map<string, string | null>();
const keptLines = 512;
const maxKeptLine = 200;

function readDateline(line: string): string | null {
	const t = line.trim();
	if (t.length === 0 || t.length > 90) return null;
	// "Jane Marsh 20 May 2022": a byline's name and the date, nothing between them.
	// A heading is not a name: "Children's Services Inspection 12 March 2019", "Full Council Meeting 12 March 2019".
	// ("Jane Marsh on 20 May 2022" too.)
	const byline = /^(?:By\s+)?([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4})$/.exec(t);
	if (byline && !headingWords.test(byline[1]!)) return segmentDate(byline[2]!);
	// "Sarah Jones, Local Democracy Reporting Service, 12 March 2019": the reporter's credit before the date.
	// ("Jane Doe Political Reporter 3 November 2019": the credit and the date with nothing between.)
	const credit = /^.*\b(?:reporter|reporting service|correspondent|editor|journalist)\b[^,]*,\s*(.+)$/i.exec(t) ?? /^(?:By\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s+(?:[A-Z][a-z]+\s+){0,2}(?:Reporter|Correspondent|Editor|Journalist)\s+(\d.+)$/.exec(t);
	if (credit) return segmentDate(credit[1]!);
	// "Published ... | Updated ...", "By Jane Smith / 4th March 2019", "News | 12 March 2019", "Reporter: X   Date: ...":
	// the first segment that is a date, or the line is no dateline.
	// "Inspection: 12 June – 30 June 2017": a range of days is an inspection's, not the page's date.
	if (dayRange.test(t)) return null;
	// "15 Aug 2011 - 15 Aug 2015": two whole dates joined by a dash are a span (a web archive's captures, a report's
	// period), not the day the page was published; a label beside either ("Published ... - Updated ...") says otherwise.
	const ends = t.split(/\s[-\u2013\u2014]\s|\s(?:to|until)\s/i);
	// A label before the span ("Fieldwork 12 March 2019 - 22 March 2019", "Saved from the web 3 Feb 2014 - 9 Oct 2019")
	// names what the span is of; only a publishing label makes an end of it the page's.
	if (ends.length === 2 && !publishingLabel.test(t) && segmentDate(ends[1]!) !== null && (segmentDate(ends[0]!) !== null || segmentDate(labelledSpanStart.exec(ends[0]!.trim())?.[1] ?? '') !== null)) return null;
	// ("News • 3 November 2019": a section's name before the date.)
	for (const segment of t.split(/\s[|/·•]\s|\||\s[-\u2013\u2014]\s(?=\D*\d)|\s{3,}(?=[A-Z][\w ]{0,20}:)/)) {
		if (!/\d/.test(segment)) continue;
		const d = segmentOrNamedDate(segment);
		if (d !== null) return d;
	}
	return null;
}

/**
 * "22/03/23" on a line of its own at the top of a page: a content system's dateline, day first with every part of
 * two figures. (Loosely written, "12/3/19" may be a reference or a score, and is read only beside a label.)
 */
export function paddedShortDate(line: string): string | null {
	const m = /^\s*(\d{2})([/.])(\d{2})\2(\d{2})\s*$/.exec(line);
	return m ? isoDay(Number(fullYear(m[4]!)), Number(m[3]), Number(m[1])) : null;
}

/** A label that says the date beside it is the article's own ("Published", "First published on", "LOAD-DATE:"). */
export const publishingLabel = /\b(?:published|posted|updated|modified|issued|appeared|load-date|publication date)\b|^\s*date\s*:/i;

/**
 * The day a dateline printed at the foot of a page gives ("This article was first published on 4 March 2019").
 * Below the text a bare date is as likely a comment's or a related story's, so only a labelled one counts.
 */
export function footDatelineDate(line: string): string | null {
	// "The report will be published on 2 May 2019": a publication still to come is not the page's.
	if (!publishingLabel.test(line) || /\b(?:will|shall|would|to|due|expected|set|scheduled|planned) (?:to )?be (?:published|posted|issued|updated)\b/i.test(line)) return null;
	const d = datelineDate(line);
	if (d !== null) return d;
	// A credit is a short line of its own, not a sentence of the report that names when something was published.
	// ("Last month's report, published on 3 March 2020, found ...": a document's publication, not the page's.)
	const documentPublished = /\b(?:report|letter|review|findings|judgement|plan|notice|survey|study|document|figures|results)\b[^.]{0,40}\b(?:published|issued)\b/i.test(line);
	const m = !documentPublished && (line.length <= 200 || /^[^.]{0,80}\b(?:story|article|piece|feature)\b/i.test(line)) ? creditedDate.exec(line) : null;
	return m ? datelineDate(m[1]!) : null;
}

const monthYear = new RegExp(`^${monthWord}\\.? (\\d{4})(?![\\d/.-])`);

/**
 * The month a labelled dateline gives when it gives no day ("Published: May 2016", "Date: March 2019"), as YYYY-MM;
 * unlabelled, a month and a year is as likely a heading or a report's period, and is not taken.
 */
export function labelledMonth(line: string): string | null {
	const t = line.trim();
	if (t.length > 60 || !publishingLabel.test(t)) return null;
	const s = t
		.toLowerCase()
		.replace(/(?:first |last )?(?:published|posted|updated|modified|issued|publication date|date)\s*(?:on|in)?\s*:?/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const m = monthYear.exec(s);
	return m ? `${m[2]}-${String(months.indexOf(m[1]!.slice(0, 3)) + 1).padStart(2, '0')}` : null;
}

/** ".../news/2022/may/slug": a year and a month's name in an address's path. */
const namedMonthPath = new RegExp(`\\/((?:19|20)\\d{2})\\/${monthWord}\\/(?=[a-z])`, 'i');

/**
 * The day a page's address gives ("https://example.co.uk/news/2019/03/07/council-...", ".../2023-04-18/slug"), or its
 * month (".../2016/06/slug"): content systems file a story under when it was published. Null when the address names
 * no real day or month.
 */
export function dateInUrl(url: string): string | null {
	const path = url.replace(/[?#].*$/, '');
	const m = /\/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:\/|$|[-_])/.exec(path);
	if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	// "news.example.gov.uk/28/09/2023/slug/": day, month and year, as British newsrooms' systems print them.
	const dmy = /\/(\d{2})\/(\d{2})\/((?:19|20)\d{2})\/(?=[a-z])/i.exec(path);
	if (dmy) return isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
	// ".../press-releases/2016/06/youth-justice-report/": filed under its year and month, which is all it says (YYYY-MM).
	const month = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?=[a-z])/i.exec(path);
	if (month) return `${month[1]}-${month[2]}`;
	// ".../news/2022/may/slug": the month by its name.
	const named = namedMonthPath.exec(path);
	return named ? `${named[1]}-${pad(months.indexOf(named[2]!.toLowerCase().slice(0, 3)) + 1)}` : null;
}
