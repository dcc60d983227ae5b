/**
 * Fuzzy search over quotes, articles, people and events.
 *
 * Fuse.js ranks; it never scans the corpus. A {@link TermIndex} over the same documents finds the candidates a
 * query can match (exact, prefix, substring and typo matches of each word), and Fuse scores only those. Fuse's
 * score of a document does not depend on the others, so ranking the candidates gives the order plain Fuse would
 * give over everything (test/search/ranking.test.ts checks it). Articles are searched paragraph by paragraph, so
 * a hit opens the reader where the words are; each article is listed once, at its best paragraph. A quote is
 * searched with its speaker's name, so a name finds the person's quotes; an event is a line of the timeline.
 */
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js';
import type {Printing} from '../corpus/copies.js';
import type {DateValue, StoreData} from '../corpus/schema.js';
import {candidateTerms} from './candidates.js';
import {FilterColumns} from './doc-filter.js';
import {DocTable} from './doc-table.js';
import {eventLinesFrom, eventLinesLayout, eventLinesOf, type EventLines} from './event-lines.js';
import {firstMatches} from './first-matches.js';
import {TermIndex} from './term-index.js';

export const searchKinds = ['quote', 'article', 'person', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** A search result in CONTRACT.md's shape. `matches` are [start, end) offsets into `text`. */
export type SearchHit = {
	kind: SearchKind;
	id: string;
	score: number;
	text: string;
	articleId?: string;
	paragraph?: number;
	speaker?: string;
	/** For an event (a line of the timeline): how many articles report it. */
	reports?: number;
	/** For a quote other titles printed too (syndicated copies): those printings. One hit stands for them all. */
	alsoIn?: readonly Printing[];
	matches: [number, number][];
};

/**
 * A searchable document and what the filters test: its authorities, date and (for events) type. `text` is what
 * a hit shows; `searchText` is what a query matches: the same text, and for a quote its speaker after it (so that
 * `blackburn` finds his quotes, and `lindley three years` Lindley's quote with those words).
 */
export type Doc = {
	kind: SearchKind;
	id: string;
	text: string;
	searchText: string;
	label: string;
	articleId?: string;
	paragraph?: number;
	speaker?: string;
	authorities: readonly string[];
	date: DateValue | null;
	type?: string;
	/** For an event (a line of the timeline, its reports merged): how many articles report it. */
	reports?: number;
	/** For a quote other titles printed too: those printings (corpus/copies.ts). */
	alsoIn?: readonly Printing[];
};

/**
 * Filters on documents, as typed in the UI's search box (`speaker:`, `authority:`, `year:`, `type:`), the
 * authority already resolved to its canonical name. A filter a kind of document cannot satisfy (a speaker for an
 * article, a year for a person, a type for anything but an event) leaves that kind out.
 */
export type DocFilter = {speaker?: string; authority?: string; years?: {from: number; to: number}; type?: string};

function filterIsEmpty(f: DocFilter | undefined): boolean {
	return !f || (f.speaker === undefined && f.authority === undefined && f.years === undefined && f.type === undefined);
}

/** Every searchable document as an object, in the index's order (for tests and plain Fuse: the searcher builds them only on demand). */
export function searchDocuments(data: StoreData): Doc[] {
	const table = new DocTable(data);
	return Array.from({length: table.length}, (_, i) => table.get(i));
}

export const fuseOptions: IFuseOptions<Doc> = {
	keys: ['searchText'],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	threshold: 0.3,
	minMatchCharLength: 2,
	useExtendedSearch: true,
};

export type SearchOptions = {kinds?: readonly SearchKind[]; limit?: number; filter?: DocFilter};

/**
 * How many candidates Fuse ranks at most, and at least this many more than the results asked for. The rest are
 * left out by an order that agrees with Fuse's own (see `candidateDocs`), so the top results do not change.
 */
export const candidateCap = 400;
/** Candidates ranked per slice of {@link Searcher.searchSliced}, between which a newer query can cut in. */
const sliceSize = 250;

/** What a {@link Searcher}'s index numbers documents by (saved with it: an index numbered otherwise is rebuilt). */
const indexOrder = 'fewest-words-first; quotes with their speaker; events as timeline lines';

/** A ready-to-query search over one store's documents. */
export class Searcher {
	/**
	 * Document numbers by words (as Fuse counts them: its field-length norm), then number. The index numbers
	 * documents in this order, so that a query's first matches by index number are the candidates to rank.
	 */
	private readonly byWords: Uint32Array;
	/** Each document's index number: its place in {@link byWords}. */
	private readonly rankOf: Uint32Array;
	private columns: FilterColumns | null = null;

	private constructor(
		readonly docs: DocTable,
		readonly index: TermIndex,
		byWords?: Uint32Array,
	) {
		this.byWords = byWords ?? fewestWordsFirst(docs);
		this.rankOf = new Uint32Array(docs.length);
		for (let r = 0; r < this.byWords.length; r++) this.rankOf[this.byWords[r]!] = r;
	}

	/** Builds documents and index from the store (the index can also come from a cache: {@link Searcher.withIndex}). */
	static fromStore(data: StoreData): Searcher {
		const {docs, byWords, texts, layout} = Searcher.documentsOf(data);
		return new Searcher(docs, TermIndex.build(texts, indexOrder, layout), byWords);
	}

	/**
	 * What the import saves beside the store, from the store: the documents, their order, and the index
	 * {@link fromStore} would make, as the parts of its saved form, made as they are written
	 * ({@link TermIndex.buildSerialized}): the index is never whole in memory beside the store's records.
	 */
	static forSaving(data: StoreData, lines?: EventLines): {docs: DocTable; indexOrder: Uint32Array; index: {order: string}; parts: Iterable<Uint8Array>} {
		const {docs, byWords, texts, layout} = Searcher.documentsOf(data, lines);
		const {parts} = TermIndex.buildSerialized(texts, indexOrder, layout);
		return {docs, indexOrder: byWords, index: {order: indexOrder}, parts};
	}

	/** The store's documents, their index order, their texts in that order (read once) and the index's layout tables. */
	private static documentsOf(data: StoreData, lines: EventLines = eventLinesOf(data)): {docs: DocTable; byWords: Uint32Array; texts: Iterable<string>; layout: Record<string, Uint32Array>} {
		const docs = new DocTable(data, lines);
		const byWords = fewestWordsFirst(docs);
		const texts = function* () {
			for (const i of byWords) yield docs.searchText(i);
		};
		// The order is saved with the index (a layout table): working it out again reads every document's text.
		return {docs, byWords, texts: texts(), layout: {...eventLinesLayout(lines), byWords}};
	}

	/** Pairs the store's documents with an index built earlier for the same store; null if they do not fit. */
	static withIndex(data: StoreData, index: TermIndex): Searcher | null {
		// The timeline's lines come with the index: working them out again would cost seconds on a large store.
		const lines = index.order === indexOrder ? eventLinesFrom(index.layout, data) : null;
		if (!lines) return null;
		const docs = new DocTable(data, lines);
		if (docs.length !== index.documents) return null;
		// An index saved before the order was saved with it: the order is worked out as it was built.
		const saved = index.layout['byWords'];
		return new Searcher(docs, index, saved && isPermutation(saved, docs.length) ? saved : undefined);
	}

	/** Whether a search's scope or filters leave documents out. */
	private static narrowed(opts: SearchOptions): boolean {
		return Boolean(opts.kinds?.length) || !filterIsEmpty(opts.filter);
	}

	/**
	 * The documents Fuse will rank for a query, filters applied. Fuse scores a whole-word or prefix match 0 and
	 * then prefers shorter fields (its field-length norm), and any typo scores worse than no typo: so strong
	 * matches, fewest words first, then loose ones, fewest words first, is Fuse's order wherever it matters, and
	 * the cap keeps Fuse's best. Index numbers are in that order: the first matches are the ones wanted, and the
	 * loose terms (typo and substring matches) are looked at only when there are too few strong matches.
	 */
	private candidateDocs(q: string, opts: SearchOptions, limit: number): Candidates {
		const {strong, loose} = candidateTerms(this.index, q);
		const cap = Math.max(candidateCap, 2 * limit);
		const byWords = this.byWords;
		// A filter is one more list to intersect with: a rare one (`type:…`) then bounds the work, not the words.
		const within = Searcher.narrowed(opts) ? this.passingRanks(opts) : null;
		const ranks: number[] = [];
		// A quote another title printed first is found as that first printing (corpus/copies.ts): one result.
		const counted = (r: number) => !this.docs.isRepeat(byWords[r]!);
		firstMatches(this.index, strong, within, counted, cap, ranks);
		if (ranks.length < cap) {
			// Every strong match that passes is taken by now; a loose match is one of the others.
			const taken = new Set(ranks);
			firstMatches(this.index, loose, within, (r) => !taken.has(r) && counted(r), cap, ranks);
		}
		const numbers = ranks.map((r) => byWords[r]!);
		return {docs: numbers.map((i) => this.docs.get(i)), numbers};
	}

	/**
	 * Ranks documents for `query`. With an empty query, the documents that pass `filter` (newest first), or none
	 * when there is no filter either.
	 */
	search(query: string, opts: SearchOptions = {}): SearchHit[] {
		const q = query.trim();
		const limit = opts.limit ?? 20;
		if (q === '') return this.filtered(opts, limit);
		// One character matches nothing in Fuse (minMatchCharLength 2), but would gather every document first.
		if (q.length < 2) return [];
		const {docs, numbers} = this.candidateDocs(q, opts, limit);
		return collapse(inFuseOrder(new Fuse(docs, fuseOptions).search(q), numbers), limit, this.docs);
	}

	/**
	 * The same ranking cut into slices that yield to the event loop, so that keys typed meanwhile are handled; as
	 * soon as `stale()` says a newer query was typed, the work stops and the promise gives null.
	 */
	async searchSliced(query: string, opts: SearchOptions, stale: () => boolean): Promise<SearchHit[] | null> {
		const q = query.trim();
		const limit = opts.limit ?? 20;
		if (q === '') return this.filtered(opts, limit);
		if (q.length < 2) return [];
		const {docs, numbers} = this.candidateDocs(q, opts, limit);
		const ranked = await rankSliced(q, docs, numbers, stale);
		return ranked && collapse(ranked, limit, this.docs);
	}

	/** Document numbers in the index's order (a document's index number is its place here). */
	get indexOrder(): Uint32Array {
		return this.byWords;
	}

	/**
	 * The documents that pass a scope and filters, per scope and filters (the latest few kept), as document
	 * numbers ascending; and when asked, newest first (for filter-only boxes) or as index numbers ascending (to
	 * intersect with words' documents).
	 */
	private readonly passingLists = new Map<string, {docs: Uint32Array; newest?: Uint32Array; ranks?: Uint32Array}>();

	private passing(opts: SearchOptions): {docs: Uint32Array; newest?: Uint32Array; ranks?: Uint32Array} {
		const key = keyOf(opts);
		let lists = this.passingLists.get(key);
		if (!lists) {
			this.columns ??= new FilterColumns(this.docs);
			lists = {docs: this.columns.passing(opts.kinds, opts.filter ?? {})};
			if (this.passingLists.size >= 16) this.passingLists.clear();
			this.passingLists.set(key, lists);
		}
		return lists;
	}

	private passingRanks(opts: SearchOptions): Uint32Array {
		const lists = this.passing(opts);
		return (lists.ranks ??= lists.docs.map((i) => this.rankOf[i]!).sort());
	}

	private passingNewest(opts: SearchOptions): Uint32Array {
		const lists = this.passing(opts);
		if (!lists.newest) {
			const at = this.columns!.newestPlaces();
			const newest = this.columns!.newest();
			lists.newest = lists.docs.map((i) => at[i]!).sort().map((p) => newest[p]!);
		}
		return lists.newest;
	}

	/** Filter-only boxes: the documents that pass, newest first, each article (each story its titles printed) once. */
	private filtered(opts: SearchOptions, limit: number): SearchHit[] {
		if (filterIsEmpty(opts.filter)) return [];
		const seen = new Set<string>();
		const out: SearchHit[] = [];
		for (const i of this.passingNewest(opts)) {
			if (this.docs.isRepeat(i)) continue;
			const d = this.docs.get(i);
			if (d.kind === 'article' && (seen.has(this.docs.storyOf(d.id)) || !seen.add(this.docs.storyOf(d.id)))) continue;
			out.push(toHit({item: d, refIndex: 0, score: 0, matches: []}));
			if (out.length >= limit) break;
		}
		return out;
	}
}

/**
 * Candidates ranked by Fuse in slices that yield to the event loop (null as soon as `stale()`), in plain Fuse's
 * order over every document (`numbers`: each candidate's document number). Shared with the documents saved
 * beside the index (docs-file-search.ts), so that both rank alike.
 */
export async function rankSliced<T extends {searchText: string}>(q: string, docs: readonly T[], numbers: readonly number[], stale: () => boolean): Promise<FuseResult<T>[] | null> {
	const results: FuseResult<T>[] = [];
	for (let at = 0; at < docs.length; at += sliceSize) {
		if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
		if (stale()) return null;
		const slice = docs.slice(at, at + sliceSize);
		for (const r of new Fuse(slice, fuseOptions as unknown as IFuseOptions<T>).search(q)) results.push({...r, refIndex: r.refIndex + at});
	}
	return inFuseOrder(results, numbers);
}

/** Candidate documents, and the document number of each. */
type Candidates = {docs: Doc[]; numbers: number[]};

/**
 * Ranked candidates in plain Fuse's order over every document: by score, then by document number. Candidates
 * come strong matches first, and Fuse scores some loose ones (a word inside a longer one) as well as strong
 * ones: among equal scores their place in the candidate list is not their place in the corpus.
 */
function inFuseOrder<T>(results: FuseResult<T>[], numbers: readonly number[]): FuseResult<T>[] {
	return results.sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || numbers[a.refIndex]! - numbers[b.refIndex]!);
}

/** The scope and filters of a search, as a key: searches with the same key pass the same documents. */
function keyOf(opts: SearchOptions): string {
	const f = opts.filter ?? {};
	return JSON.stringify([opts.kinds ?? [], f.speaker ?? null, f.authority ?? null, f.years ?? null, f.type ?? null]);
}

/** Whether `order` holds each of 0..n-1 once: a damaged table would number documents wrongly. */
function isPermutation(order: Uint32Array, n: number): boolean {
	if (order.length !== n) return false;
	const seen = new Uint8Array(n);
	for (const i of order) {
		if (i >= n || seen[i] === 1) return false;
		seen[i] = 1;
	}
	return true;
}

/** Document numbers ordered by words, then number: a counting sort, since word counts are small numbers. */
function fewestWordsFirst(docs: DocTable): Uint32Array {
	const words = new Uint32Array(docs.length);
	for (let i = 0; i < docs.length; i++) words[i] = wordsOf(docs.searchText(i));
	let most = 0;
	for (const w of words) if (w > most) most = w;
	const starts = new Uint32Array(most + 2);
	for (const w of words) starts[w + 1]!++;
	for (let w = 1; w <= most + 1; w++) starts[w]! += starts[w - 1]!;
	const order = new Uint32Array(docs.length);
	for (let i = 0; i < docs.length; i++) order[starts[words[i]!]!++] = i;
	return order;
}

/** Words in a text the way Fuse counts them for its field-length norm. */
function wordsOf(text: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const sep = (c >= 9 && c <= 13) || c === 32 || c === 160;
		if (!sep && !inWord) n++;
		inWord = !sep;
	}
	return Math.max(1, n);
}

/**
 * Ranked results with each article once, at its best-scoring paragraph; a story several titles printed
 * (corpus/copies.ts) is one article result, the best-scoring printing, naming the others.
 */
function collapse(ranked: readonly FuseResult<Doc>[], limit: number, docs: DocTable): SearchHit[] {
	const out: SearchHit[] = [];
	const articles = new Set<string>();
	for (const r of ranked) {
		if (r.item.kind === 'article') {
			const story = docs.storyOf(r.item.id);
			if (articles.has(story)) continue;
			articles.add(story);
		}
		out.push(toHit(r));
		if (out.length >= limit) break;
	}
	return out;
}

/** A result's matches as [start, end) offsets into the shown text (`end`: its length). */
export function matchesIn(r: FuseResult<unknown>, end: number): [number, number][] {
	// Offsets into the searched text; a quote's speaker comes after its text, and the hit shows the text alone.
	return (r.matches ?? []).flatMap((m) => m.indices.filter(([s]) => s < end).map(([s, e]) => [s, Math.min(e + 1, end)] as [number, number]));
}

/** What a hit is made of: a document's fields (the search documents saved beside the store keep them too). */
export type HitSource = Pick<Doc, 'kind' | 'id' | 'text' | 'articleId' | 'paragraph' | 'speaker' | 'reports' | 'alsoIn'>;

/** A document as a hit (`r`: how Fuse found it). */
export function toHit(r: FuseResult<HitSource>): SearchHit {
	const d = r.item;
	const matches = matchesIn(r, d.text.length);
	return {
		kind: d.kind,
		id: d.id,
		score: Number((r.score ?? 0).toFixed(4)),
		text: d.text,
		...(d.articleId ? {articleId: d.articleId} : {}),
		...(d.paragraph ? {paragraph: d.paragraph} : {}),
		...(d.speaker ? {speaker: d.speaker} : {}),
		...(d.reports !== undefined ? {reports: d.reports} : {}),
		...(d.alsoIn ? {alsoIn: d.alsoIn} : {}),
		matches,
	};
}
