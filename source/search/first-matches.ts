/**
 * The first matching documents of a query, lowest numbers first, without computing all of its matches.
 *
 * The Searcher numbers documents in the order it wants candidates in (fewest words first), so the candidates it
 * needs are the lowest-numbered matches. A common word or a one-letter prefix matches most of a 50,000-article
 * corpus; merging its whole postings lists on every key press is what made typing slow. Here the numbers are
 * walked a block at a time, and the walk stops as soon as enough matches are found: work in proportion to the
 * candidates taken, not to the corpus, whenever the query matches often. A rare query walks every block, which
 * costs what its (short) postings lists cost.
 */
import type {SearchIndex} from './term-index.js';

/** A conjunction: for each word, the terms any one of which the word may match. */
export type Conjunction = readonly (readonly number[])[];
/** OR groups of conjunctions; an empty conjunction matches every document. */
export type Disjunction = readonly Conjunction[];

/** The first block is small (a common word is done there), later ones grow to the largest. */
const firstBlock = 1 << 12;
const largestBlock = 1 << 16;

/** Scratch marks for one block, stamped with a fresh number per use instead of being cleared. */
const marks = new Uint32Array(largestBlock);
let stamp = 0;

function nextStamp(): number {
	if (stamp === 0xffff_ffff) {
		marks.fill(0);
		stamp = 0;
	}
	return ++stamp;
}

/** First position in list[lo, hi) holding a value >= x. */
function lowerBound(list: Uint32Array, x: number, lo: number, hi: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (list[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Ascending, without repeats. */
function sortedUnique(values: number[]): number[] {
	if (values.length < 2) return values;
	const sorted = Uint32Array.from(values).sort();
	const out: number[] = [sorted[0]!];
	for (let k = 1; k < sorted.length; k++) if (sorted[k] !== sorted[k - 1]) out.push(sorted[k]!);
	return out;
}

/** Part of an ascending list: list[lo, hi). */
type Cut = {list: Uint32Array; lo: number; hi: number};

function cut(list: Uint32Array, from: number, to: number, start: number, end: number): Cut {
	const lo = lowerBound(list, from, start, end);
	return {list, lo, hi: lowerBound(list, to, lo, end)};
}

/** Whether d is in any of the cuts. */
function inAny(cuts: readonly Cut[], d: number): boolean {
	for (const {list, lo, hi} of cuts) {
		const at = lowerBound(list, d, lo, hi);
		if (at < hi && list[at] === d) return true;
	}
	return false;
}

/** Documents in [from, to) that match every word of the conjunction and are in `within` (if given), ascending. */
function conjunctionIn(index: SearchIndex, words: Conjunction, within: Uint32Array | null, from: number, to: number): number[] {
	// Each word's terms (and the documents allowed), cut to the block.
	const sets = words.map((terms) =>
		terms.map((t) => {
			// Every document of the term below `to` (of an index read from its file, perhaps no more).
			const list = index.postingsBelow(t, to);
			return cut(list, from, to, 0, list.length);
		}),
	);
	if (within) sets.push([cut(within, from, to, 0, within.length)]);
	const sized = sets.map((cuts) => ({cuts: cuts.filter((c) => c.hi > c.lo), size: cuts.reduce((n, c) => n + c.hi - c.lo, 0)})).sort((a, b) => a.size - b.size);
	if (sized.length === 0) {
		const all: number[] = [];
		for (let d = from; d < to; d++) all.push(d);
		return all;
	}
	if (sized[0]!.size === 0) return [];
	// The rarest word gives the candidates; each other word keeps those it contains.
	const first = sized[0]!.cuts;
	let cand: number[] = [];
	for (const {list, lo, hi} of first) for (let k = lo; k < hi; k++) cand.push(list[k]!);
	if (first.length > 1) cand = sortedUnique(cand);
	for (const {cuts, size} of sized.slice(1)) {
		if (cand.length === 0) break;
		// Look each candidate up in the word's lists, or mark the lists' documents: whichever reads less.
		if (cand.length * cuts.length * Math.log2(size / cuts.length + 2) < size) cand = cand.filter((d) => inAny(cuts, d));
		else {
			const s = nextStamp();
			for (const {list, lo, hi} of cuts) for (let k = lo; k < hi; k++) marks[list[k]! - from] = s;
			cand = cand.filter((d) => marks[d - from] === s);
		}
	}
	return cand;
}

/**
 * Appends to `out` the lowest-numbered documents that match any conjunction of `query`, are in `within` (an
 * ascending list; null for no limit) and that `accept` takes, ascending, until `out` holds `want`. The same
 * documents, in the same order, as taking every match, sorting, and filtering.
 */
export function firstMatches(index: SearchIndex, query: Disjunction, within: Uint32Array | null, accept: (d: number) => boolean, want: number, out: number[]): void {
	if (query.length === 0 || out.length >= want) return;
	let size = firstBlock;
	for (let from = 0; from < index.documents; from += size, size = Math.min(largestBlock, size * 2)) {
		const to = Math.min(index.documents, from + size);
		const found = query.length === 1 ? conjunctionIn(index, query[0]!, within, from, to) : sortedUnique(query.flatMap((c) => conjunctionIn(index, c, within, from, to)));
		for (const d of found) {
			if (!accept(d)) continue;
			out.push(d);
			if (out.length >= want) return;
		}
	}
}
