/**
 * Factiva exports saved with "Full Article/Report plus Indexing": each article is a run of fields, each starting
 * with a two- or three-letter code at the start of a line (`HD` headline, `BY` byline, `WC` word count, `PD`
 * date, `SN` source name, `SC` source code, `LP` lead paragraph, `TD` the rest of the text, then indexing codes),
 * and ends with `Document <accession number>`, the article's id in Factiva.
 */
import {datelineDate} from '../dateline.js';
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
		const result = parseArticle(block, position, end[1]!);
		if ('reason' in result) problems.push(result);
		else articles.push(result);
		block = [];
	}
	if (block.some((l) => fieldLine.exec(l)?.[1] === 'HD')) problems.push({position: position + 1, reason: "no closing 'Document' line (the export is cut short)"});
	return {format: 'factiva', expected: null, articles, problems};
}

function parseArticle(block: readonly string[], position: number, accession: string): ParsedArticle | ArticleProblem {
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
	const day = dateText ? datelineDate(dateText) : null;
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
		exportId: accession,
		position,
	};
}
