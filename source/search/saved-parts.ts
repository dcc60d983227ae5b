/**
 * The two parts' saved documents (docs-file.ts) read as one list in the joint order of their indexes
 * (segments.ts): what a search answered from the files beside the store reads (docs-file-search.ts). The
 * articles the records name are in the first part's file.
 */
import {SavedDocs, type SavedDoc} from './docs-file.js';
import type {OpenedIndex} from './index-cache.js';
import {JoinedIndex} from './joined-index.js';
import type {SavedArticle} from './cli-hits.js';
import {SegmentRanks} from './segments.js';
import type {SearchKind} from './search.js';
import {isWordStarts} from './word-order.js';

export class SavedParts {
	private constructor(
		private readonly first: SavedDocs,
		private readonly second: SavedDocs,
		readonly ranks: SegmentRanks,
		/** Both parts' indexes as one. */
		readonly index: JoinedIndex,
	) {}

	/**
	 * The documents saved for the two parts' indexes opened from the files beside the store (its state now); null
	 * if a part's documents are missing, stale or damaged, or the indexes do not say where each word count starts.
	 */
	static open(storePath: string, first: OpenedIndex, second: OpenedIndex): SavedParts | null {
		const [a, b] = [first.index, second.index];
		const [aStarts, bStarts] = [a.layout['wordStarts'], b.layout['wordStarts']];
		if (!isWordStarts(aStarts, a.documents) || !isWordStarts(bStarts, b.documents)) return null;
		const aDocs = SavedDocs.open(storePath, a.documents, a.order, 'extracted');
		const bDocs = aDocs && SavedDocs.open(storePath, b.documents, b.order, 'events');
		if (!aDocs || !bDocs) return null;
		const ranks = new SegmentRanks(aStarts, bStarts);
		return new SavedParts(aDocs, bDocs, ranks, new JoinedIndex(a, b, ranks));
	}

	get length(): number {
		return this.ranks.documents;
	}

	kind(rank: number): SearchKind {
		const [part, at] = this.ranks.partOf(rank);
		return (part === 0 ? this.first : this.second).kind(at);
	}

	isRepeat(rank: number): boolean {
		const [part, at] = this.ranks.partOf(rank);
		return (part === 0 ? this.first : this.second).isRepeat(at);
	}

	/** The documents at these joint ranks, in that order; null if a file cannot give them. */
	read(ranks: readonly number[]): SavedDoc[] | null {
		if (!ranks.every((r) => r >= 0 && r < this.length)) return null;
		const where = ranks.map((r) => this.ranks.partOf(r));
		const first = this.first.read(where.flatMap(([part, at]) => (part === 0 ? [at] : [])));
		const second = this.second.read(where.flatMap(([part, at]) => (part === 1 ? [at] : [])));
		if (!first || !second) return null;
		let [i, j] = [0, 0];
		return where.map(([part]) => (part === 0 ? first[i++]! : second[j++]!));
	}

	/** The saved articles at these numbers (the store's order), by number; null if the file cannot give them. */
	articles(numbers: readonly number[]): Map<number, SavedArticle> | null {
		return this.first.articles(numbers);
	}
}
