/**
 * Matching typed text against what the views show, case- and accent-insensitively, curly and straight quotation
 * marks alike: the ranges a find highlights
 * (in the text as shown, so that highlighting never moves a character) and the items a filter box lets through.
 * Pure; no Ink.
 */
import Fuse from 'fuse.js';
import type {Range} from './text-layout.js';

/**
 * Typographic quotation marks as a keyboard types them: news text mixes ’ and ' (even within one article), and a
 * find for "resort's" must find "resort’s". One unit for one, so that ranges map back unchanged.
 */
const keyboardQuotes: Readonly<Record<string, string>> = {'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"'};

/** One character folded: accents dropped, lower case ("É" is "e"), curly quotation marks straight ("’" is "'"). */
function foldChar(ch: string): string {
	const c = ch.charCodeAt(0);
	// ASCII (most of any news text) needs no decomposition: a per-character normalize was most of a find's time.
	if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
	return keyboardQuotes[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folds case and accents: "Sándwell" is "sandwell". */
export function foldText(text: string): string {
	let out = '';
	for (const ch of text) out += foldChar(ch);
	return out;
}

/**
 * The text folded, with where each of its code units came from in the original: folding can change a string's
 * length ("İ" folds to two units, "é" in NFD to one), and a match is drawn over the original.
 */
function foldWithMap(text: string): {folded: string; from: number[] | null} {
	// ASCII text folds to itself in lower case, unit for unit: no map needed (most news text).
	if (/^[\x00-\x7f]*$/.test(text)) return {folded: text.toLowerCase(), from: null};
	let folded = '';
	const from: number[] = [];
	let at = 0;
	for (const ch of text) {
		const f = foldChar(ch);
		for (let i = 0; i < f.length; i++) from.push(at);
		folded += f;
		at += ch.length;
	}
	from.push(text.length);
	return {folded, from};
}

/**
 * Every place the query is in the text, case- and accent-insensitively, as ranges of the original text, in
 * order and not overlapping. An empty (or blank) query finds nothing.
 */
export function findRanges(text: string, query: string): Range[] {
	const q = foldText(query);
	if (q.trim() === '') return [];
	const {folded, from} = foldWithMap(text);
	const out: Range[] = [];
	for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + q.length)) {
		const start = from ? from[i]! : i;
		// The end is where the character after the match starts (or the text's end).
		let end = from ? from[i + q.length]! : i + q.length;
		if (end <= start) end = start + 1;
		out.push([start, end]);
	}
	return out;
}

/**
 * A filter box's list: the items whose label holds every word typed (case- and accent-insensitively), those
 * whose label starts with the query first, then those with a word starting with the first word typed, then the
 * rest, each group in the list's own order. When no label holds the words (a typo: "blakpool"), Fuse's fuzzy
 * match ranks the items instead. An empty query lets every item through.
 */
export function filterItems<T>(items: readonly T[], query: string, label: (item: T) => string): T[] {
	const q = foldText(query).trim();
	if (q === '') return [...items];
	const words = q.split(/\s+/);
	const starts: T[] = [];
	const wordStarts: T[] = [];
	const inside: T[] = [];
	for (const item of items) {
		const l = foldText(label(item));
		if (!words.every((w) => l.includes(w))) continue;
		if (l.startsWith(q)) starts.push(item);
		else if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(words[0]!)}`, 'u').test(l)) wordStarts.push(item);
		else inside.push(item);
	}
	const found = [...starts, ...wordStarts, ...inside];
	if (found.length > 0) return found;
	const fuse = new Fuse(
		items.map((item, i) => ({i, label: foldText(label(item))})),
		{keys: ['label'], threshold: 0.4, ignoreLocation: true},
	);
	return fuse.search(q).map((r) => items[r.item.i]!);
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
