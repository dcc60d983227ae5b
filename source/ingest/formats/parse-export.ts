/**
 * From a file's bytes to its articles: the container (Word, RTF, text) is opened, the text cleaned like any
 * article text (escape sequences, controls and bidi overrides removed), and the export's format recognised
 * and split. Text in no export format is one plain article, as before.
 */
import {cleanText, type Removed} from '../../text/terminal-safety.js';
import {decodeArticleBytes, type ArticleEncoding} from '../decode.js';
import {detectContainer, detectText} from './detect.js';
import {docxParagraphs} from './docx.js';
import {looksLikeFactiva, parseFactiva} from './factiva.js';
import {htmlLines, parseHtmlPage} from './html.js';
import {parseLexisNexisAcademic} from './lexisnexis-academic.js';
import {parseNexisUni} from './nexis-uni.js';
import {rtfText} from './rtf.js';
import {linesOf, type ParsedExport} from './types.js';

export type ReadExport =
	| {kind: 'export'; parsed: ParsedExport; encoding: ArticleEncoding | 'docx' | 'rtf'; removed: Removed; repaired: number}
	| {kind: 'plain'; text: string; encoding: ArticleEncoding | 'docx' | 'rtf'; removed: Removed; repaired: number}
	| {kind: 'refused'; reason: string};

/** Splits text already decoded and cleaned; null when it is in no export format. */
export function parseExportText(text: string): ParsedExport | null {
	const lines = linesOf(text);
	switch (detectText(text, lines)) {
		case 'html': {
			// Factiva also saves its exports as HTML: field codes in a table, read as lines.
			const asLines = looksLikeFactivaHtml(text) ? htmlLines(text) : null;
			return asLines && looksLikeFactiva(asLines) ? parseFactiva(asLines) : parseHtmlPage(text);
		}
		case 'nexis-uni':
			return parseNexisUni(lines);
		case 'lexisnexis-academic':
			return parseLexisNexisAcademic(lines);
		case 'factiva':
			return parseFactiva(lines);
		default:
			return null;
	}
}

/** Reads a whole file's bytes as an export, or as one plain article. Never throws. */
export async function parseExportBytes(bytes: Uint8Array): Promise<ReadExport> {
	const container = detectContainer(bytes.subarray(0, 64));
	let text: string;
	let encoding: ArticleEncoding | 'docx' | 'rtf';
	let removed: Removed;
	let repaired = 0;
	if (container === 'text') {
		const decoded = decodeArticleBytes(bytes);
		if (!decoded.ok) return {kind: 'refused', reason: decoded.reason};
		({text, encoding, removed} = decoded);
		repaired = decoded.mojibakeRepaired;
	} else {
		const opened = container === 'docx' ? docxParagraphs(bytes) : await rtfText(bytes);
		if (!opened.ok) return {kind: 'refused', reason: opened.reason};
		const cleaned = cleanText(('paragraphs' in opened ? opened.paragraphs.join('\n') : opened.text).replace(/\r\n?/g, '\n'));
		if (cleaned.text.trim() === '') return {kind: 'refused', reason: `no text in the ${container === 'docx' ? 'Word' : 'RTF'} document`};
		({text, removed} = cleaned);
		encoding = container;
	}
	try {
		const parsed = parseExportText(text);
		return parsed ? {kind: 'export', parsed: cleanArticles(parsed, removed), encoding, removed, repaired} : {kind: 'plain', text, encoding, removed, repaired};
	} catch (error) {
		return {kind: 'refused', reason: `could not be read as an export (${(error as Error).message})`};
	}
}

/**
 * The articles' text cleaned again: a page's `&#27;` or an RTF `\\u27?` becomes a control character only once
 * the format is parsed, after the file's text was cleaned. What is removed is added to `removed`.
 */
function cleanArticles(parsed: ParsedExport, removed: Removed): ParsedExport {
	const clean = (s: string): string => {
		const c = cleanText(s);
		removed.escapes += c.removed.escapes;
		removed.controls += c.removed.controls;
		removed.bidi += c.removed.bidi;
		return c.text;
	};
	const maybe = (s: string | null) => (s === null ? null : clean(s).replace(/\s+/g, ' ').trim() || null);
	return {
		...parsed,
		articles: parsed.articles.map((a) => ({...a, text: clean(a.text), raw: clean(a.raw), title: maybe(a.title), source: maybe(a.source), byline: maybe(a.byline), url: maybe(a.url)})),
	};
}

/** A cheap look before the page is walked: Factiva's accession line and a headline field. */
function looksLikeFactivaHtml(html: string): boolean {
	return /Document\s+[A-Za-z0-9]{12,}/.test(html) && /\bHD\b/.test(html) && /\bPD\b/.test(html);
}
