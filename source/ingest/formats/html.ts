/**
 * A saved web page: the article's text as a reader view keeps it (@mozilla/readability over a linkedom DOM) and
 * what the page states about it. The date: JSON-LD `datePublished` of a NewsArticle (also inside `@graph`), then
 * `article:published_time` / `og:article:published_time`, then a `<time datetime>`, then a date in the canonical
 * URL's path. The title: JSON-LD `headline`, then `og:title` (a `<title>` carries " | Site name"). The
 * publication: JSON-LD `publisher`, then `og:site_name`, then `application-name`. The byline: JSON-LD `author`.
 */
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {dateInUrl} from '../dateline.js';
import type {ParsedArticle, ParsedExport, StatedDay} from './types.js';

/** Readability gives up past this many elements rather than scoring them all. */
const maxElements = 200_000;
const articleTypes = /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background)?(?:NewsArticle|Article|BlogPosting|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

export function looksLikeHtml(head: string): boolean {
	return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!DOCTYPE\s+html|html[\s>]|head[\s>])/i.test(head.slice(0, 4096));
}

export function parseHtmlPage(html: string): ParsedExport {
	// Script bodies are never text: dropping them first keeps a page of megabytes of script cheap to parse.
	const {document} = parseHTML(withoutScripts(html));
	const ld = jsonLdArticle(document);
	const meta = (name: string): string | null => {
		const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
		return el?.getAttribute('content')?.trim() || null;
	};
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('og:url') || str(ld?.['url']) || null;
	const published = pageDate(document, ld, meta, canonical);
	const title = str(ld?.['headline']) || meta('og:title') || meta('twitter:title');
	const source = nameOf(ld?.['publisher']) || meta('og:site_name') || meta('application-name');
	const ldAuthor = authorOf(ld?.['author']);
	// Read before Readability, which changes the document as it works.
	const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;

	let reader: ReturnType<Readability<string>['parse']> = null;
	try {
		reader = new Readability(document as unknown as Document, {maxElemsToParse: maxElements, keepClasses: false}).parse();
	} catch (error) {
		return {format: 'html', expected: null, articles: [], problems: [{position: 1, reason: `page could not be read (${(error as Error).message})`}]};
	}
	const finalTitle = title || h1 || reader?.title?.trim() || null;
	const byline = ldAuthor || reader?.byline?.trim() || meta('author');
	// The headline and the byline are printed above the text; Readability keeps the byline when the page's
	// metadata already named the author.
	const same = (a: string, b: string | null) => b !== null && a.replace(/^by\s+/i, '').toLowerCase() === b.replace(/^by\s+/i, '').toLowerCase();
	const paragraphs = (reader?.content ? blocksOf(reader.content) : []).filter((p, k) => k > 2 || !(same(p, finalTitle) || same(p, byline) || (/^by\s/i.test(p) && p.length < 80)));
	if (paragraphs.length === 0) return {format: 'html', expected: null, articles: [], problems: [{position: 1, reason: 'no article text found in the page'}]};
	const article: ParsedArticle = {
		text: paragraphs.join('\n\n'),
		raw: paragraphs.join('\n\n'),
		title: finalTitle,
		source: source || reader?.siteName?.trim() || null,
		byline,
		url: canonical,
		published,
		position: 1,
	};
	return {format: 'html', expected: null, articles: [article], problems: []};
}

/** The paragraphs of Readability's article HTML: each block element's text, nested blocks once. */
function blocksOf(content: string): string[] {
	const {document} = parseHTML(`<!DOCTYPE html><html><body>${content}</body></html>`);
	const blockSel = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';
	const out: string[] = [];
	for (const el of document.querySelectorAll(blockSel)) {
		if (el.parentElement?.closest(blockSel)) continue;
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (text) out.push(text);
	}
	if (out.length === 0) {
		const all = (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ');
		out.push(...all.split(/\n\s*\n/).map((p: string) => p.replace(/\s+/g, ' ').trim()).filter(Boolean));
	}
	return out;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function nameOf(v: unknown): string | null {
	if (Array.isArray(v)) return nameOf(v[0]);
	if (v && typeof v === 'object') return str((v as Json)['name']);
	return str(v);
}

function authorOf(v: unknown): string | null {
	const list = (Array.isArray(v) ? v : [v]).map(nameOf).filter((n): n is string => n !== null);
	return list.length ? list.join(', ') : null;
}

/** The first JSON-LD object that is an article, looking into arrays and `@graph`. */
function jsonLdArticle(document: {querySelectorAll(sel: string): Iterable<{textContent: string | null}>}): Json | null {
	const found: Json[] = [];
	const visit = (v: unknown, depth: number) => {
		if (depth > 4 || !v || typeof v !== 'object') return;
		if (Array.isArray(v)) {
			for (const x of v) visit(x, depth + 1);
			return;
		}
		const o = v as Json;
		const types = ([] as unknown[]).concat(o['@type'] ?? []);
		if (types.some((t) => typeof t === 'string' && articleTypes.test(t))) found.push(o);
		if (o['@graph']) visit(o['@graph'], depth + 1);
	};
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		try {
			visit(JSON.parse(script.textContent ?? ''), 0);
		} catch {
			// A broken JSON-LD block is common; the page's other metadata still counts.
		}
	}
	return found[0] ?? null;
}

/** YYYY-MM-DD at the start of an ISO date-time: the publisher's own calendar day, before any time zone shift. */
function isoDayOf(v: string | null): string | null {
	const m = v ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(v) : null;
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function pageDate(
	document: {querySelector(sel: string): {getAttribute(n: string): string | null} | null},
	ld: Json | null,
	meta: (name: string) => string | null,
	canonical: string | null,
): StatedDay | null {
	const fromLd = isoDayOf(str(ld?.['datePublished']));
	if (fromLd) return {value: fromLd, basis: 'stated: JSON-LD datePublished'};
	for (const name of ['article:published_time', 'og:article:published_time']) {
		const day = isoDayOf(meta(name));
		if (day) return {value: day, basis: `stated: ${name}`};
	}
	const time = isoDayOf(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
	if (time) return {value: time, basis: 'stated: <time datetime>'};
	const urlDay = canonical ? dateInUrl(canonical) : null;
	if (urlDay) return {value: urlDay, basis: 'stated: the date in the page URL'};
	return null;
}

/** The page without its script elements (JSON-LD kept), in one pass: a regular expression would rescan. */
export function withoutScripts(html: string): string {
	const lower = html.toLowerCase();
	const parts: string[] = [];
	let at = 0;
	for (;;) {
		const open = lower.indexOf('<script', at);
		if (open < 0) break;
		const tagEnd = lower.indexOf('>', open);
		const close = tagEnd < 0 ? -1 : lower.indexOf('</script', tagEnd);
		const isLd = tagEnd >= 0 && lower.slice(open, tagEnd).includes('application/ld+json');
		const after = close < 0 ? html.length : (lower.indexOf('>', close) + 1 || html.length);
		parts.push(html.slice(at, isLd ? after : open));
		at = after;
	}
	parts.push(html.slice(at));
	return parts.join('');
}

const blockTags = new Set(['P', 'DIV', 'TR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'BODY']);

/**
 * A page's text as lines, blocks and table rows on lines of their own and table cells apart by a tab: how a
 * Factiva export saved as HTML (its field codes in the first column) reads as text. Walked without recursion,
 * so that deeply nested markup cannot exhaust the stack.
 */
export function htmlLines(html: string): string[] {
	const {document} = parseHTML(withoutScripts(html));
	const out: string[] = [];
	type Node = {nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node>};
	const stack: (Node | string)[] = [document.body ?? document.documentElement];
	while (stack.length) {
		const n = stack.pop()!;
		if (typeof n === 'string') {
			out.push(n);
			continue;
		}
		if (n.nodeType === 3) {
			out.push((n.textContent ?? '').replace(/\s+/g, ' '));
			continue;
		}
		if (n.nodeType !== 1 || n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') continue;
		if (n.nodeName === 'BR') {
			out.push('\n');
			continue;
		}
		const after = n.nodeName === 'TD' || n.nodeName === 'TH' ? '\t' : blockTags.has(n.nodeName) ? '\n' : '';
		if (after) stack.push(after);
		for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
		if (after === '\n') stack.push('\n');
	}
	return out
		.join('')
		.split('\n')
		.map((l) => l.replace(/[ \t]*\t[ \t]*/g, '\t').replace(/^[\t ]+/, '').replace(/[\t ]+$/, ''));
}
