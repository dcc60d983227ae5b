/**
 * The search's documents in two parts, each indexed and saved on its own: the first (quotes, articles, people:
 * what the importer extracted, numbered first) keyed to the store file alone, the second (the timeline's lines,
 * which a researcher's curated records change) keyed to the store file and the curated file. An edit then
 * invalidates only the second part, which is small.
 *
 * One search over both numbers its documents as a single index would (by words, then number: word-order.ts):
 * within a word count every document of the first part comes before the second's, since its numbers are lower.
 * This maps each part's own order (its rank) to that joint order and back, from where each word count starts
 * in each part. Pure.
 */

/** Where a word count starts in a part's order: `starts[w]` of its documents have fewer than `w` words. */
type Starts = Uint32Array;

/** How many of a part's documents have fewer than `w` words. */
function fewerThan(starts: Starts, w: number): number {
	return w < starts.length ? starts[w]! : starts[starts.length - 1]!;
}

/** The word count of the document at `rank` in a part's order: the last `w` with starts[w] <= rank. */
function wordsAt(starts: Starts, rank: number): number {
	let lo = 0;
	let hi = starts.length - 2;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (starts[mid]! <= rank) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

export class SegmentRanks {
	readonly documents: number;

	constructor(
		/** Where each word count starts in the first part's order (quotes, articles, people). */
		private readonly first: Starts,
		/** The same for the second part's (the timeline's lines). */
		private readonly second: Starts,
	) {
		this.documents = fewerThan(first, Infinity) + fewerThan(second, Infinity);
	}

	get firstDocuments(): number {
		return fewerThan(this.first, Infinity);
	}

	/** The joint rank of the first part's document at `rank`. */
	ofFirst(rank: number): number {
		return rank + fewerThan(this.second, wordsAt(this.first, rank));
	}

	/** The joint rank of the second part's document at `rank`. */
	ofSecond(rank: number): number {
		return rank + fewerThan(this.first, wordsAt(this.second, rank) + 1);
	}

	/** How many of the first part's documents come before joint rank `joint`. */
	firstBefore(joint: number): number {
		if (joint >= this.documents) return this.firstDocuments;
		const [part, rank] = this.partOf(joint);
		return part === 0 ? rank : fewerThan(this.first, wordsAt(this.second, rank) + 1);
	}

	/** How many of the second part's documents come before joint rank `joint`. */
	secondBefore(joint: number): number {
		return Math.min(joint, this.documents) - this.firstBefore(joint);
	}

	/** The part (0: first, 1: second) and its rank of the document at joint rank `joint`. */
	partOf(joint: number): [0 | 1, number] {
		// The word count whose documents (of both parts) hold `joint`.
		let lo = 0;
		let hi = Math.max(this.first.length, this.second.length) - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >>> 1;
			if (fewerThan(this.first, mid) + fewerThan(this.second, mid) <= joint) lo = mid;
			else hi = mid - 1;
		}
		const offset = joint - fewerThan(this.first, lo) - fewerThan(this.second, lo);
		const inFirst = fewerThan(this.first, lo + 1) - fewerThan(this.first, lo);
		return offset < inFirst ? [0, fewerThan(this.first, lo) + offset] : [1, fewerThan(this.second, lo) + offset - inFirst];
	}
}
