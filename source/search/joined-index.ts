/**
 * Two parts' indexes (segments.ts) read as the one index a searcher would build over all their documents: the
 * same documents for every term, numbered in the joint order. A term of either part is a term here (the second
 * part's numbered after the first's): a word in both is two terms, whose documents together are the one term's
 * of a single index, and the searcher takes the union of a word's terms anyway (candidates.ts).
 */
import type {SegmentRanks} from './segments.js';
import type {SearchIndex, TermIndex, TermMatch} from './term-index.js';

export class JoinedIndex implements SearchIndex {
	readonly documents: number;
	/** Each term's documents read so far, in joint numbers (a part's list only grows, as it is read further). */
	private readonly mapped = new Map<number, Uint32Array>();

	constructor(
		private readonly first: TermIndex,
		private readonly second: TermIndex,
		private readonly ranks: SegmentRanks,
	) {
		this.documents = first.documents + second.documents;
	}

	get order(): string {
		return `${this.first.order} + ${this.second.order}`;
	}

	terms(word: string, how: TermMatch): number[] {
		const split = this.first.vocabularySize;
		return [...this.first.terms(word, how), ...this.second.terms(word, how).map((t) => t + split)];
	}

	postingsBelow(t: number, before: number): Uint32Array {
		const split = this.first.vocabularySize;
		const inFirst = t < split;
		const list = inFirst ? this.first.postingsBelow(t, this.ranks.firstBefore(before)) : this.second.postingsBelow(t - split, this.ranks.secondBefore(before));
		const known = this.mapped.get(t);
		if (known && known.length >= list.length) return known;
		const out = new Uint32Array(list.length);
		const done = known?.length ?? 0;
		if (known) out.set(known);
		for (let k = done; k < list.length; k++) out[k] = inFirst ? this.ranks.ofFirst(list[k]!) : this.ranks.ofSecond(list[k]!);
		this.mapped.set(t, out);
		return out;
	}
}
