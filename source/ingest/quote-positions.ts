/**
 * Where things are in a paragraph of quotations: the verbs and mentions between two offsets, and each quotation
 * span's place. Binary searches over lists in text order, so a paragraph of thousands of quotations stays linear.
 */
import type {Mention} from './mentions.js';
import type {QuoteSpan} from './quote-spans.js';
import {verbsOf, type Verb} from './quote-verbs.js';
import {firstEndingAfter, sentenceSpans} from './text.js';

type Positioned = {readonly narrative: string; readonly spans: readonly QuoteSpan[]; readonly mentions: readonly Mention[]};

/**
 * The items of a list in text order that lie wholly between two offsets. A binary search finds the first, so a
 * paragraph of thousands of quotations stays linear.
 */
export function between<T extends {start: number; end: number}>(all: readonly T[], from: number, to: number): T[] {
	let lo = 0;
	let hi = all.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (all[mid]!.start < from) lo = mid + 1;
		else hi = mid;
	}
	const out: T[] = [];
	for (let k = lo; k < all.length && all[k]!.start < to; k++) if (all[k]!.end <= to) out.push(all[k]!);
	return out;
}

/** The verbs of `p` between two offsets. */
export function verbsBetween(p: {narrative: string}, from: number, to: number): Verb[] {
	return between(verbsOf(p), from, to);
}

// The last paragraph's spans and their places: the attributor asks of one paragraph at a time (a weak map keyed by
// each paragraph cost more to fill than the places it kept).
let orderedSpans: readonly QuoteSpan[] | null = null;
let order = new Map<QuoteSpan, number>();
/** Each span's place in its paragraph, computed once. */
export function spanOrder(p: Positioned): Map<QuoteSpan, number> {
	if (p.spans !== orderedSpans) {
		order = new Map(p.spans.map((s, i) => [s, i]));
		orderedSpans = p.spans;
	}
	return order;
}

/** Mentions wholly between two offsets (`p.mentions` is in text order). */
export function mentionsBetween(p: Positioned, from: number, to: number): Mention[] {
	return between(p.mentions, from, to);
}

/** The sentence of `text` that holds offset `at` (the whole text when none does). */
export function sentenceAt(text: string, at: number): {start: number; end: number} {
	const spans = sentenceSpans(text);
	// A binary search: a paragraph of thousands of quotations asks once per quotation.
	const s = spans[firstEndingAfter(spans, at)];
	return s && at >= s.start ? s : {start: 0, end: text.length};
}

/** "The Ofsted report on Bolton Council found", "An inspection of Wigan's services found": what the document is about, not who speaks. */
const aboutDocument = /\b(?:report|inspection|review|investigation|visit|letter|judgement|judgment|verdict)s?\s+(?:on|into|of|about)\s+(?:the\s+)?$/i;
/** "The council's response to the report states", "published alongside the report": the report is no subject there. */
const reportAsObject = /\b(?:to|against|alongside|after|following)\s+$/i;
export const documentsSubject = (narrative: string, m: {start: number; kind: string; org?: string}) =>
	m.kind === 'org' && (aboutDocument.test(narrative.slice(Math.max(0, m.start - 40), m.start)) || (m.org === 'the report' && reportAsObject.test(narrative.slice(Math.max(0, m.start - 12), m.start))));

/**
 * Where a phrase's attribution after it starts: its own end, or, where the words up to the next phrase of its
 * sentence report nothing and name no one ('Leaders "have a clear plan" backed by "extra money", said inspectors'),
 * the end of that phrase, and so on: the sentence's phrases share the attribution at its end.
 */
export function trailingFrom(p: Positioned, s: QuoteSpan, sentenceEnd: number): {from: number; next: QuoteSpan | undefined} {
	const order = spanOrder(p);
	let from = s.end;
	let next = p.spans[order.get(s)! + 1];
	while (next && next.start < sentenceEnd && verbsBetween(p, from, next.start).length === 0 && mentionsBetween(p, from, next.start).length === 0) {
		from = next.end;
		next = p.spans[order.get(next)! + 1];
	}
	return {from, next};
}
