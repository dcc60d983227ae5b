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
import {JoinedIndex} from './joined-index.js';
import {SegmentRanks} from './segments.js';
import {TermIndex, type SearchIndex} from './term-index.js';
import {byWordsIn, isOrderOf, isWordStarts} from './word-order.js';

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

/**
 * What each part's saved index numbers its documents by (segments.ts): the quotes, articles and people, which
 * depend on the store file alone, and the timeline's lines, which the curated file changes too.
 */
export const partOrders = {extracted: `${indexOrder}; part 1 of 2: quotes, articles, people`, events: `${indexOrder}; part 2 of 2: timeline lines`} as const;
export type Part = keyof typeof partOrders;

/** One part of the documents as saved: their numbers in its order, and its index's bytes, made when asked (`sliced`: yielding turns). */
export type PartForSaving = {readonly indexOrder: Uint32Array; readonly index: {readonly order: string}; readonly parts: () => Iterable<Uint8Array>; readonly sliced: () => Promise<Iterable<Uint8Array>>};

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
		readonly index: SearchIndex,
		byWords?: Uint32Array,
	) {
		this.byWords = byWords ?? byWordsIn((i) => docs.searchText(i), 0, docs.length).order;
		this.rankOf = new Uint32Array(docs.length);
		for (let r = 0; r < this.byWords.length; r++) this.rankOf[this.byWords[r]!] = r;
	}

	/** Builds documents and index from the store, in memory (the program reads the saved parts: {@link Searcher.withParts}). */
	static fromStore(data: StoreData): Searcher & {readonly index: TermIndex} {
		const lines = eventLinesOf(data);
		const docs = new DocTable(data, lines);
		const {order: byWords} = byWordsIn((i) => docs.searchText(i), 0, docs.length);
		const texts = function* () {
			for (const i of byWords) yield docs.searchText(i);
		};
		return new Searcher(docs, TermIndex.build(texts(), indexOrder, {...eventLinesLayout(lines), byWords}), byWords) as Searcher & {readonly index: TermIndex};
	}

	/** Pairs the store's documents with an index of them all built earlier for the same store; null if they do not fit. */
	static withIndex(data: StoreData, index: TermIndex): Searcher | null {
		// The timeline's lines come with the index: working them out again would cost seconds on a large store.
		const lines = index.order === indexOrder ? eventLinesFrom(index.layout, data) : null;
		if (!lines) return null;
		const docs = new DocTable(data, lines);
		if (docs.length !== index.documents) return null;
		// An index saved before the order was saved with it: the order is worked out as it was built.
		const saved = index.layout['byWords'];
		return new Searcher(docs, index, saved && isOrderOf(saved, 0, docs.length) ? saved : undefined);
	}

	/**
	 * The two parts of the documents as they are saved (segments.ts), each with its index's bytes made when asked
	 * for (`only`: one part; its documents' words alone are read). Both are made from `data`, the store with its
	 * curated file: the first part's documents are the same without it.
	 */
	static partsForSaving(data: StoreData, lines: EventLines = eventLinesOf(data), only?: Part): {docs: DocTable} & {[P in Part]?: PartForSaving} {
		const docs = new DocTable(data, lines);
		const eventsAt = docs.length - lines.lead.length;
		const text = (i: number) => docs.searchText(i);
		const part = (from: number, to: number, order: string, layout: Record<string, Uint32Array>): PartForSaving => {
			const {order: byWords, starts} = byWordsIn(text, from, to);
			const texts = function* () {
				for (const i of byWords) yield docs.searchText(i);
			};
			const tables = {...layout, byWords, wordStarts: starts};
			return {indexOrder: byWords, index: {order}, parts: () => TermIndex.buildSerialized(texts(), order, tables).parts, sliced: async () => (await TermIndex.buildSerializedSliced(texts(), order, tables)).parts};
		};
		return {
			docs,
			...(only === 'events' ? {} : {extracted: part(0, eventsAt, partOrders.extracted, {})}),
			...(only === 'extracted' ? {} : {events: part(eventsAt, docs.length, partOrders.events, eventLinesLayout(lines))}),
		};
	}

	/** The store's documents searched through the two parts' saved indexes, as one index; null if they do not fit. */
	static withParts(data: StoreData, first: TermIndex, second: TermIndex): Searcher | null {
		if (first.order !== partOrders.extracted || second.order !== partOrders.events) return null;
		const lines = eventLinesFrom(second.layout, data);
		if (!lines) return null;
		const docs = new DocTable(data, lines);
		const eventsAt = docs.length - lines.lead.length;
		const [firstOrder, secondOrder, firstStarts, secondStarts] = [first.layout['byWords'], second.layout['byWords'], first.layout['wordStarts'], second.layout['wordStarts']];
		if (first.documents !== eventsAt || second.documents !== lines.lead.length || !firstOrder || !secondOrder) return null;
		if (!isOrderOf(firstOrder, 0, eventsAt) || !isOrderOf(secondOrder, eventsAt, docs.length) || !isWordStarts(firstStarts, eventsAt) || !isWordStarts(secondStarts, lines.lead.length)) return null;
		const ranks = new SegmentRanks(firstStarts, secondStarts);
		// Each word count's documents of the first part, then of the second: the order one index would number them in.
		const byWords = new Uint32Array(docs.length);
		let at = 0;
		for (let w = 0; w < Math.max(firstStarts.length, secondStarts.length) - 1; w++)
			for (const [order, starts] of [[firstOrder, firstStarts], [secondOrder, secondStarts]] as const) {
				const from = Math.min(starts[w] ?? order.length, order.length);
				const to = Math.min(starts[w + 1] ?? order.length, order.length);
				byWords.set(order.subarray(from, to), at);
				at += to - from;
			}
		return at === docs.length ? new Searcher(docs, new JoinedIndex(first, second, ranks), byWords) : null;
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
