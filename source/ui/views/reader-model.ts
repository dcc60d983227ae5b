/**
 * The article reader laid out as lines for a width: numbered paragraphs with quotes marked and speakers beside
 * them (or under the paragraph when narrow), the raw text with its page furniture marked, and which lines each
 * paragraph takes, so that scrolling and `n`/`N` can be decided without rendering.
 */
import type {Printing} from '../../corpus/copies.js';
import {formatDate} from '../../corpus/date-value.js';
import type {QuoteView} from '../../corpus/queries.js';
import type {Article} from '../../corpus/schema.js';
import {safeBlock, safeLine} from '../../text/terminal-safety.js';
import {paintSpans, wrap, wrapSpansAt, type Range, type SpanLine} from '../text-layout.js';
import {findRanges} from '../text-match.js';
import {articleCitation} from '../../corpus/citation.js';

export type ReaderLine = {
	readonly key: string;
	/** The paragraph number on its first line, else ''. */
	readonly gutter: string;
	/** The paragraph (1-based) or raw line (1-based) the line belongs to; null for blank lines. */
	readonly owner: number | null;
	readonly spans: SpanLine;
	/** Text for the speaker column beside the line (wide terminals). */
	readonly side: string;
};

export type ReaderModel = {
	readonly lines: readonly ReaderLine[];
	/** Line index where paragraph p starts: `starts[p - 1]`. */
	readonly starts: readonly number[];
	/** Line index just after paragraph p: `ends[p - 1]`. */
	readonly ends: readonly number[];
	/** Paragraphs with at least one quote, in order. */
	readonly quoteParagraphs: readonly number[];
	readonly gutterWidth: number;
	/** The speaker column's width; 0 when speakers go under their paragraph. */
	readonly sideWidth: number;
	/** The find's matches, in reading order (none without a find). */
	readonly matches: readonly FindMatch[];
};

/** A match of the reader's find: its paragraph, where in the paragraph's text as shown, and the line it starts on. */
export type FindMatch = {readonly paragraph: number; readonly range: Range; readonly line: number};

/** What the reader's find highlights: every match of `query`, and the current one (an index into them) apart. */
export type FindMarks = {readonly query: string; readonly current: number};

/** From this width speakers sit in a column beside the text. */
export const sideBySideFrom = 90;
const sideWidth = 22;
const gutterWidth = 5;

/** Where a quote's words are in its paragraph: exactly, or by its opening words when the text differs. */
export function quoteRange(paragraph: string, quote: string): Range | null {
	const at = paragraph.indexOf(quote);
	if (at >= 0) return [at, at + quote.length];
	const head = quote.slice(0, 40);
	const start = head.length >= 12 ? paragraph.indexOf(head) : -1;
	if (start < 0) return null;
	return [start, Math.min(paragraph.length, start + quote.length)];
}

const howNames: Record<string, string> = {
	'same-paragraph': 'attributed in this paragraph',
	'previous-paragraph': 'named in the paragraph before',
	continuation: 'carries on the quote before',
	written: 'written words, by their author',
	organisation: 'an organisation',
	'reported-speech': 'after their reported speech',
	none: 'no speaker found',
};

/** "attributed in this paragraph (“said Cllr Smith”)": how a quote's speaker was found, with the words that named them. */
function provenance(q: QuoteView): string {
	const a = q.attribution;
	if (!a) return '';
	const cue = safeLine(a.cue).trim();
	return `${howNames[a.kind] ?? a.kind}${cue ? ` (“${cue}”)` : ''}`;
}

export function readerModel(article: Article, quotes: readonly QuoteView[], width: number, find: FindMarks | null = null): ReaderModel {
	const side = width >= sideBySideFrom ? sideWidth : 0;
	const textWidth = Math.max(10, width - gutterWidth - (side ? side + 1 : 0));
	const lines: ReaderLine[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	const quoteParagraphs: number[] = [];
	const matches: FindMatch[] = [];
	article.paragraphs.forEach((raw, i) => {
		const p = i + 1;
		const text = safeLine(raw);
		const here = quotes.filter((q) => q.paragraph === p);
		if (here.length) quoteParagraphs.push(p);
		const marks = here.map((q) => quoteRange(text, safeLine(q.text))).filter((r): r is Range => r !== null);
		const speakers = [...new Set(here.map((q) => safeLine(q.speaker ?? 'unattributed')))].map((s) => `— ${s}`);
		// Matches are found in the text as shown (already cleaned) and drawn as a tone of it: the characters and
		// their widths are the same with or without the find, so the lines wrap the same.
		const found = find ? findRanges(text, find.query) : [];
		const current = found.findIndex((_, fi) => matches.length + fi === find?.current);
		const layers = [
			{ranges: marks, tone: 'quote' as const},
			{ranges: found, tone: 'match' as const},
			{ranges: current >= 0 ? [found[current]!] : [], tone: 'selected' as const},
		];
		const spans = marks.length || found.length ? paintSpans(text, layers) : [{text, tone: 'plain' as const}];
		const {lines: wrapped, ranges} = wrapSpansAt(spans, textWidth);
		if (found.length) {
			for (const range of found) {
				const li = ranges.findLastIndex(([s]) => s <= range[0]);
				matches.push({paragraph: p, range, line: lines.length + Math.max(0, li)});
			}
		}
		starts.push(lines.length);
		wrapped.forEach((spans, li) => {
			lines.push({key: `p${p}l${li}`, gutter: li === 0 ? String(p) : '', owner: p, spans, side: side ? (speakers[li] ?? '') : ''});
		});
		// Speakers that did not fit beside the text (more speakers than lines, or no column) go under it.
		const under = side ? speakers.slice(wrapped.length) : speakers;
		under.forEach((s, si) => lines.push({key: `p${p}s${si}`, gutter: '', owner: p, spans: [{text: s, tone: 'dim'}], side: ''}));
		// How each speaker was found, so that a wrong attribution can be seen and corrected rather than trusted.
		const how = [...new Set(here.filter((q) => !q.fragment).map(provenance))].filter(Boolean);
		if (how.length) for (const [hi, h] of wrap(`found: ${how.join('; ')}`, textWidth).entries()) lines.push({key: `p${p}h${hi}`, gutter: '', owner: p, spans: [{text: h, tone: 'dim'}], side: ''});
		ends.push(lines.length);
		if (p < article.paragraphs.length) lines.push({key: `p${p}gap`, gutter: '', owner: null, spans: [], side: ''});
	});
	return {lines, starts, ends, quoteParagraphs, gutterWidth, sideWidth: side, matches};
}

/** The raw text as read, line by line, with page furniture dimmed and tagged by kind (`[caption]`). */
export function rawModel(article: Article, width: number): {lines: ReaderLine[]} {
	const furniture = new Map(article.furniture.map((f) => [f.line, f.kind]));
	const textWidth = Math.max(10, width - gutterWidth);
	const lines: ReaderLine[] = [];
	safeBlock(article.raw)
		.split('\n')
		.forEach((raw, i) => {
			const n = i + 1;
			const kind = furniture.get(n);
			const text = kind ? `[${kind}] ${raw}` : raw;
			wrap(text, textWidth).forEach((l, li) => {
				lines.push({key: `r${n}l${li}`, gutter: li === 0 ? String(n) : '', owner: n, spans: [{text: l, tone: kind ? 'dim' : 'plain'}], side: ''});
			});
		});
	return {lines};
}

/**
 * The reader's fixed head: the title, the date with its precision and basis, the authorities and source, and for
 * a syndicated story the other titles that printed it, each with its date (corpus/copies.ts).
 */
export function readerHead(article: Article, width: number, printings: readonly Printing[] = []): {text: string; tone: 'bold' | 'dim' | 'plain'}[] {
	const d = article.published;
	const date = d.value === null ? `undated (${safeLine(d.basis)})` : `${formatDate(d)} · ${d.precision} precision${d.approximate ? ', approximate' : ''} · ${safeLine(d.basis)}`;
	const meta = `${safeLine(article.authorities.join(', ')) || 'authority unknown'} · source: ${safeLine(article.source ?? 'not recorded')} · ${safeLine(article.file)}`;
	return [
		...wrap(safeLine(article.title), width).slice(0, 2).map((text) => ({text, tone: 'bold' as const})),
		...wrap(`Date: ${date}`, width).slice(0, 2).map((text) => ({text, tone: 'plain' as const})),
		...wrap(meta, width).slice(0, 1).map((text) => ({text, tone: 'dim' as const})),
		...(printings.length
			? wrap(`Also printed in: ${printings.map((p) => `${safeLine(p.publication ?? p.articleId)} (${formatDate(p.published)})`).join(', ')}`, width)
					.slice(0, 2)
					.map((text) => ({text, tone: 'plain' as const}))
			: []),
	];
}

/**
 * The citation `y` copies: `Title, Publication, date, para N, URL`, the same as every export's
 * (corpus/citation.ts), with the full title where the list shows a cut one.
 */
export function citation(article: Article, paragraph: number): string {
	return safeLine(articleCitation(article, paragraph).text);
}

/**
 * The first visible line: where it was, moved only as far as needed to show the selected paragraph (its start
 * when it is taller than the view); on first show, the paragraph's start with a line of context above.
 */
export function readerTop(model: ReaderModel, paragraph: number, top: number | null, height: number): number {
	const h = Math.max(1, height);
	const p = Math.min(Math.max(1, paragraph), Math.max(1, model.starts.length));
	const start = model.starts[p - 1] ?? 0;
	const end = model.ends[p - 1] ?? start + 1;
	let t = top ?? Math.max(0, start - 1);
	if (start < t) t = start;
	if (end > t + h) t = Math.min(start, end - h);
	return Math.max(0, Math.min(t, Math.max(0, model.lines.length - h)));
}

/** The paragraph whose lines are at or after line `top`: where the selection goes after a page scroll. */
export function paragraphAtLine(model: ReaderModel, top: number): number {
	const i = model.starts.findIndex((s) => s >= top);
	return i === -1 ? Math.max(1, model.starts.length) : i + 1;
}
