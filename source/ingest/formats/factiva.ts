/**
 * Factiva exports saved with "Full Article/Report plus Indexing": each article is a run of fields, each starting
 * with a two- or three-letter code at the start of a line (`HD` headline, `BY` byline, `WC` word count, `PD`
 * date, `SN` source name, `SC` source code, `LP` lead paragraph, `TD` the rest of the text, then indexing codes),
 * and ends with `Document <accession number>`, the article's id in Factiva.
 */
import {datelineDate} from '../dateline.js';
import {fullMonths} from '../dates/patterns.js';
import {paragraphsOf, type ArticleProblem, type ParsedArticle, type ParsedExport} from './types.js';

const codes = ['HD', 'CLM', 'SE', 'BY', 'CR', 'WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'VOL', 'LA', 'CY', 'LP', 'TD', 'CT', 'RF', 'ART', 'CO', 'IN', 'NS', 'RE', 'IPC', 'IPD', 'PUB', 'AN'];
const fieldLine = new RegExp(`^(${codes.join('|')})(?:[ \\t\\u00a0]+(.*))?$`);
const documentEnd = /^\s*(?:AN[ \t]+)?Document ([A-Za-z0-9]{12,})\s*$/;

export function looksLikeFactiva(lines: readonly string[]): boolean {
	const seen = new Set<string>();
	for (const l of lines.slice(0, 2000)) {
		const m = fieldLine.exec(l);
		if (m) seen.add(m[1]!);
		if (documentEnd.test(l) && seen.has('HD') && seen.has('PD') && seen.has('SN')) return true;
	}
	return false;
}

export function parseFactiva(lines: readonly string[]): ParsedExport {
	const order = numericOrder(lines.flatMap((l) => (fieldLine.exec(l)?.[1] === 'PD' ? [fieldLine.exec(l)![2] ?? ''] : [])));
	const articles: ParsedArticle[] = [];
	const problems: ArticleProblem[] = [];
	let block: string[] = [];
	let position = 0;
	for (const l of lines) {
		const end = documentEnd.exec(l);
		if (!end) {
			block.push(l);
			continue;
		}
		position++;
		const result = parseArticle(block, position, end[1]!, order);
		if ('reason' in result) problems.push(result);
		else articles.push(result);
		block = [];
	}
	if (block.some((l) => fieldLine.exec(l)?.[1] === 'HD')) problems.push({position: position + 1, reason: "no closing 'Document' line (the export is cut short)"});
	return {format: 'factiva', expected: null, articles, problems};
}

function parseArticle(block: readonly string[], position: number, accession: string, order: DateOrder): ParsedArticle | ArticleProblem {
	const fields = new Map<string, string[]>();
	let current: string[] | null = null;
	let start = -1;
	block.forEach((l, i) => {
		const m = fieldLine.exec(l);
		if (m) {
			if (start < 0) start = i;
			current = fields.get(m[1]!) ?? [];
			fields.set(m[1]!, current);
			if (m[2]) current.push(m[2]);
		} else if (current) current.push(l);
	});
	const one = (code: string) => paragraphsOf(fields.get(code) ?? []).join(' ') || null;
	const title = one('HD');
	const dateText = one('PD');
	const read = dateText ? readPD(dateText, order) : null;
	const day = read && 'day' in read ? read.day : null;
	if (!title) return {position, reason: `no HD (headline) field in document ${accession}`};
	const body = [...paragraphsOf(fields.get('LP') ?? []), ...paragraphsOf(fields.get('TD') ?? [])];
	if (body.length === 0) return {position, reason: `no LP or TD (text) field in document ${accession}`};
	return {
		text: body.join('\n\n'),
		raw: [...block.slice(Math.max(0, start)), `Document ${accession}`].join('\n').trim(),
		title,
		source: one('SN'),
		byline: one('BY')?.replace(/^By\s+/i, '') ?? null,
		url: null,
		published: day ? {value: day, basis: `stated: Factiva PD '${dateText}'`} : null,
		...(read && 'problem' in read ? {dateProblem: read.problem} : {}),
		exportId: accession,
		position,
	};
}

/**
 * Which number comes first in the export's numeric dates: the day ("12/04/2021" is 12 April, as a UK machine
 * writes it) or the month (4 December, as a US machine does). HTML and RTF exports write PD in the exporting
 * machine's locale, so one export is all one order; `null` when no date in it settles which.
 */
type DateOrder = 'day-first' | 'month-first' | null;

const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s|$)/;

/** The order the export's numeric dates settle: one with a first number over 12 is day-first, a second over 12 month-first. */
function numericOrder(values: readonly string[]): DateOrder {
	let dayFirst = false;
	let monthFirst = false;
	for (const v of values) {
		const m = numeric.exec(v.trim());
		if (!m) continue;
		if (Number(m[1]) > 12) dayFirst = true;
		if (Number(m[2]) > 12) monthFirst = true;
	}
	// Both at once is no locale at all: nothing is settled, and each date stands on its own.
	return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}


/**
 * A PD value as a day, or why it is not read: a wrong date stated with confidence is worse than none, so a
 * numeric date that reads both ways ("04/05/2021") is refused unless the export's other dates settle its order.
 */
function readPD(text: string, order: DateOrder): {day: string} | {problem: string} {
	const m = numeric.exec(text.trim());
	if (m) {
		const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const as = (day: number, month: number) => datelineDate(`${day} ${fullMonths[month - 1] ?? ''} ${year}`);
		const how = a > 12 ? 'day-first' : b > 12 ? 'month-first' : a === b ? 'day-first' : order;
		const day = how === 'day-first' ? as(a, b) : how === 'month-first' ? as(b, a) : null;
		if (day) return {day};
		if (how === null && a <= 12 && b <= 12)
			return {problem: `Factiva PD '${text}' could be ${a} ${fullMonths[b - 1]} or ${b} ${fullMonths[a - 1]} ${year} (the export writes dates in its machine's locale, and none of its dates settles which comes first)`};
		return {problem: `Factiva PD '${text}' is not a date on the calendar`};
	}
	const day = datelineDate(text);
	return day ? {day} : {problem: `Factiva PD '${text}' is not a date this reads`};
}
