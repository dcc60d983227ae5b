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

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(y: number, mo: number, d: number): string | null {
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return `${y}-${pad(mo)}-${pad(d)}`;
}

/** The date a segment holds once labels, times and weekdays are taken away, if that is all it holds. */
function segmentDate(segment: string): string | null {
	const s = segment
		.toLowerCase()
		// "2019-03-13T10:15:00Z": an ISO timestamp's time.
		.replace(/\b(\d{4}-\d{2}-\d{2})t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?\b/g, '$1')
		// "12 March 2019 • 4 min read".
		.replace(/\b\d+\s*min(?:ute)?s?\s+read\b/g, ' ')
		// "04.03.2016" before the times are taken away ("04.03" would read as one).
		.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, '$1/$2/$3')
		// "2019/03/07": year first, as some content systems print it.
		.replace(/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (_, y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`)
		// "Mar. 4, 2016", "4-Mar-2016", "4th of March 2019": abbreviations with a stop, hyphens and "of" between the parts.
		.replace(new RegExp(`\\b${monthWord}\\.`, 'g'), '$1')
		.replace(new RegExp(`\\b(\\d{1,2})-${monthWord}-(\\d{4})\\b`, 'g'), '$1 $2 $3')
		.replace(new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?) of ${monthWord}\\b`, 'g'), '$1 $2')
		// "Thu, 07 Mar 2019 10:00:00 +0000": a feed's timestamp, its seconds and offset.
		.replace(/\b(\d{1,2}:\d{2}):\d{2}\b/g, '$1')
		.replace(/(?:^|\s)[+-]\d{4}\b/g, ' ')
		// "Posted by: Admin on 7 March 2019", "By Jane Smith on 7 March 2019": the poster before the date.
		.replace(/^\s*(?:posted\s+)?by:?\s+[a-z][\w .'’-]*?\s+on\s+/, ' ')
		// A clock or calendar symbol before the date ("🕔 12:30, Thursday 14 March 2024").
		.replace(/[\p{So}\p{Sk}\uFE0F]/gu, ' ')
		// "Posted on March 4, 2016 by admin": the poster after the date.
		.replace(/\s+by\s+[a-z][\w .'’-]*$/, ' ')
		// modern.gov's "Meeting: 19/06/2008 - Executive Board (Item 12)": the meeting's name after its date.
		.replace(/^\s*meeting\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+-\s+.*)?$/, '$1')
		.replace(/(?:this (?:article|story) was )?(?:page )?(?:first |last |originally )?(?:published|updated|posted|modified|load-date|publication date|date)(?: on| at)?/g, ' ')
		.replace(/\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:gmt|bst|utc|cet))?(?![\d])/g, ' ')
		.replace(/\b\d{1,2}\s?[ap]m\b|\b(?:gmt|bst|utc)\b/g, ' ')
		.replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b/g, ' ')
		.replace(/\bat\b|\bon\b/g, ' ')
		.replace(/[,|•·:()\u2013\u2014-]/g, (c) => (c === '-' ? '-' : ' '))
		.replace(/\s+-\s+|^-\s*|\s*-$/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (s === '') return null;
	let m = dayMonthYear.exec(s);
	if (m) return isoDay(Number(m[3]), months.indexOf(m[2]!.slice(0, 3)) + 1, Number(m[1]));
	m = monthDayYear.exec(s);
	if (m) return isoDay(Number(m[3]), months.indexOf(m[1]!.slice(0, 3)) + 1, Number(m[2]));
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
	if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
	return null;
}

/**
 * The day a dateline line gives (YYYY-MM-DD), or null when the line is anything more than a date with its labels,
 * times and weekday. Of "Published ... | Updated ..." the first date is the one taken.
 */
export function datelineDate(line: string): string | null {
	const t = line.trim();
	if (t.length === 0 || t.length > 90) return null;
	// "Sarah Jones, Local Democracy Reporting Service, 12 March 2019": the reporter's credit before the date.
	const credit = /^.*\b(?:reporter|reporting service|correspondent|editor|journalist)\b[^,]*,\s*(.+)$/i.exec(t);
	if (credit) return segmentDate(credit[1]!);
	// "Published ... | Updated ...", "By Jane Smith / 4th March 2019", "News | 12 March 2019": the first segment with
	// figures in it is the date, or the line is no dateline.
	for (const segment of t.split(/\s[|/]\s|\||\s[-\u2013\u2014]\s(?=\D*\d)/)) {
		if (!/\d/.test(segment)) continue;
		return segmentDate(segment);
	}
	return null;
}

/** A label that says the date beside it is the article's own ("Published", "First published on", "LOAD-DATE:"). */
const publishingLabel = /\b(?:published|posted|updated|modified|load-date|publication date)\b|^\s*date\s*:/i;

/**
 * The day a dateline printed at the foot of a page gives ("This article was first published on 4 March 2019").
 * Below the text a bare date is as likely a comment's or a related story's, so only a labelled one counts.
 */
export function footDatelineDate(line: string): string | null {
	return publishingLabel.test(line) ? datelineDate(line) : null;
}
