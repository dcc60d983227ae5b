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
		// "04.03.2016" before the times are taken away ("04.03" would read as one).
		.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, '$1/$2/$3')
		// A clock or calendar symbol before the date ("🕔 12:30, Thursday 14 March 2024").
		.replace(/[\p{So}\p{Sk}\uFE0F]/gu, ' ')
		// "Posted on March 4, 2016 by admin": the poster after the date.
		.replace(/\s+by\s+[a-z][\w .'’-]*$/, ' ')
		// modern.gov's "Meeting: 19/06/2008 - Executive Board (Item 12)": the meeting's name after its date.
		.replace(/^\s*meeting\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4})\s+-\s+.*$/, '$1')
		.replace(/(?:page )?(?:first |last )?(?:published|updated|posted|modified|date)(?: on| at)?/g, ' ')
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
	for (const segment of t.split('|')) {
		if (segment.trim() === '') continue;
		// "By Jane Smith | 14 March 2024": a byline before the date.
		if (/^\s*by\s+[A-Za-z]/i.test(segment) && !/\d/.test(segment)) continue;
		return segmentDate(segment);
	}
	return null;
}
