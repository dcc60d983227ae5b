/**
 * Where the quotation marks are in one paragraph. Straight and curly marks; double marks are quotations,
 * single marks only when they hold a phrase of three words or more (one or two words in single marks are
 * ratings or scare quotes: 'inadequate', 'good').
 */
import {ratingWords, verdictWords} from './lexicon.js';
import {openAfter} from './quote-marks.js';
import {wordCount} from './text.js';

export type QuoteSpan = {
	/** Offset of the opening mark. */
	readonly start: number;
	/** Offset just after the closing mark, or the paragraph's end when the quote runs on. */
	readonly end: number;
	/** The words inside the marks, trimmed. */
	readonly text: string;
	readonly mark: 'double' | 'single';
	/** False when the paragraph ends inside the quotation (the British convention for quotes that run on). */
	readonly closed: boolean;
	/** True when the opening mark is in an earlier paragraph and this one carries none (quote-runs.ts). */
	readonly runsOn?: boolean;
	/** True when the line under the paragraph names whose words these are (quote-citations.ts). */
	readonly cited?: boolean;
	/** True for a document's words printed as a block without marks (quote-blocks.ts): the events still read them. */
	readonly block?: boolean;
};

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function doubleSpans(p: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let open = -1;
	for (let i = 0; i < p.length; i++) {
		// "It also says: ”The joint work ...”": a closing mark typed where an opening one belongs, after a colon or a
		// space and before a capital, opens.
		const reversed = open < 0 && p.charCodeAt(i) === 0x201d && (i === 0 || /[\s:]/.test(p[i - 1]!)) && /\p{Lu}/u.test(p[i + 1] ?? '') && p.indexOf('”', i + 1) > 0;
		const next = reversed || openAfter(p.charCodeAt(i), open >= 0);
		if (open < 0 && next) open = i;
		else if (open >= 0 && !next) {
			spans.push({start: open, end: i + 1, text: p.slice(open + 1, i).trim(), mark: 'double', closed: true});
			open = -1;
		}
	}
	if (open >= 0) spans.push({start: open, end: p.length, text: p.slice(open + 1).trim(), mark: 'double', closed: false});
	return joinNested(p, spans);
}

/**
 * 'said: "We were praised for being a "good corporate parent". We know there is more to do."': straight marks nested
 * in straight marks pair off as two quotations, the first closed by a mark shaped to open (a space before it, a
 * letter after) and the second opened by one shaped to close (a letter before it, none after). They are one.
 */
function joinNested(p: string, spans: QuoteSpan[]): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	for (const s of spans) {
		const last = out.at(-1);
		const opensShape = last !== undefined && p[last.end - 1] === '"' && /\s/.test(p[last.end - 2] ?? '') && /\p{L}/u.test(p[last.end] ?? '');
		const closesShape = p[s.start] === '"' && /[\p{L}\p{N}]/u.test(p[s.start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(p[s.start + 1] ?? '');
		const inner = last !== undefined && s.start > last.end && !/["“”]/.test(p.slice(last.end, s.start)) && s.start - last.end <= 80;
		if (last && opensShape && closesShape && inner) out[out.length - 1] = {start: last.start, end: s.end, text: p.slice(last.start + 1, s.closed ? s.end - 1 : s.end).trim(), mark: 'double', closed: s.closed};
		else out.push(s);
	}
	return out;
}

/** Words no plural possessive comes before: after "weaknesses’" they make the mark a closing one. */
const notANoun = /^(?:have|has|had|are|were|was|is|will|would|can|could|must|should|may|might|and|or|in|on|at|by|for|from|to|with|as|of|that|which|remain|remains)\b/;

function singleSpans(p: string, taken: readonly QuoteSpan[]): QuoteSpan[] {
	// `taken` is in text order and does not overlap, and `i` only grows: one pointer keeps this linear (testing
	// every span for every mark was quadratic in a paragraph full of quotation marks).
	let t = 0;
	const inside = (i: number) => {
		while (t < taken.length && taken[t]!.end <= i) t++;
		return t < taken.length && i >= taken[t]!.start;
	};
	const spans: QuoteSpan[] = [];
	const lastMark = Math.max(p.lastIndexOf('’'), p.lastIndexOf("'"));
	let open = -1;
	for (let i = 0; i < p.length; i++) {
		// (The code first: most characters are no mark, and none of them needs its one-character string.)
		const code = p.charCodeAt(i);
		if (code !== 0x2018 && code !== 0x2019 && code !== 0x27) continue;
		const c = p[i]!;
		if (inside(i)) continue;
		const before = p[i - 1];
		const after = p[i + 1];
		// An apostrophe sits between letters (resort’s, don't) or after an s (councils’): never a mark.
		if (isLetter(before) && isLetter(after)) continue;
		// (A quotation may open on an editor's bracket, an ellipsis or a sum: '[The council] has ...', '…and', '£2m was ...'.)
		const canOpen = (c === '‘' || c === "'") && !isLetter(before) && (isLetter(after) || /^(?:[[(£€$…]|\.\.\.)\S/.test(p.slice(i + 1, i + 5)));
		const canClose = (c === '’' || c === "'") && !isLetter(after) && before !== undefined && before !== ' ';
		// "‘We have lost the families’ trust ...’": a plural possessive before a lower-case word, with a later mark
		// still to come, is an apostrophe.
		// Not where the next mark opens another quotation ("the ‘positive progress’ being made ... ‘inadequate’"), nor
		// after a word in -ss ("progress’", "success’"), which is no plural.
		// Nor before a verb or a linking word, which no possessive is ("‘Grave weaknesses’ have been found").
		const possessive = before === 's' && after === ' ' && /[a-z]/.test(p[i + 2] ?? '') && lastMark > i && p[i - 2] !== 's' && !/^[^‘’']*‘/.test(p.slice(i + 1)) && !notANoun.test(p.slice(i + 2, i + 12));
		if (open < 0 && canOpen) open = i;
		else if (open >= 0 && canClose && !possessive) {
			spans.push({start: open, end: i + 1, text: p.slice(open + 1, i).trim(), mark: 'single', closed: true});
			open = -1;
		}
	}
	// The British convention in single marks: a quote that runs on into the next paragraph has no closing mark. Only
	// where a quotation opens (the paragraph's start, or after a colon, a comma or a sentence) and a sentence ends the paragraph.
	// (Or where a colon opens it on a capital: "said: 'The report is a testament" on a page cut off mid-sentence.)
	if (open >= 0 && /^\s*$|[:,.!?]\s*$/.test(p.slice(0, open)) && (/[.!?]\s*$/.test(p) || (/:\s*$/.test(p.slice(0, open)) && /\p{Lu}/u.test(p[open + 1] ?? ''))) && !/['’]/.test(p.slice(open + 1).replace(/\p{L}['’]\p{L}|s['’] (?=[a-z])/gu, ''))) {
		spans.push({start: open, end: p.length, text: p.slice(open + 1).trim(), mark: 'single', closed: false});
	}
	return spans;
}

/** Two letters at least: marks around fewer quote nobody. */
export const hasWords = (text: string) => /\p{L}[^\p{L}]*\p{L}/u.test(text);

/** True for a quoted word or phrase that is a rating or verdict, not somebody's words. */
export function isRatingPhrase(text: string): boolean {
	const t = text
		.toLowerCase()
		.replace(/[.,!?]+$/, '')
		.trim();
	return ratingWords.has(t) || verdictWords.has(t);
}

/** Quotation spans of a paragraph in text order. Pure and linear in the paragraph's length. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
	// Marks around fewer than two letters ("x", "'", "—") quote nobody: a paragraph of stray marks stays small.
	const doubles = doubleSpans(paragraph).filter((s) => hasWords(s.text) && !isRatingPhrase(s.text));
	const singles = singleSpans(paragraph, doubles).filter((s) => wordCount(s.text) >= 3 && !isRatingPhrase(s.text));
	// 'Too many children are "looked after" for too long': double marks inside a quotation in single marks are its
	// own quoting, not another quotation.
	// (Both lists are in text order and the singles do not overlap: one pointer keeps this linear.)
	let k = 0;
	const inner = (d: QuoteSpan) => {
		while (k < singles.length && singles[k]!.end < d.end) k++;
		return k < singles.length && singles[k]!.start < d.start;
	};
	return [...doubles.filter((d) => !inner(d)), ...singles].sort((a, b) => a.start - b.start);
}

/**
 * The paragraph with every quotation blanked out (same length, so offsets still hold): what the narrator says.
 * Names and events inside someone's words are theirs, not the article's.
 */
export function narrativeOf(paragraph: string, spans: readonly QuoteSpan[]): string {
	let out = '';
	let at = 0;
	for (const s of spans) {
		out += paragraph.slice(at, s.start) + ' '.repeat(s.end - s.start);
		at = s.end;
	}
	return out + paragraph.slice(at);
}
