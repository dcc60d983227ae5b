/**
 * Fuzzy search over quotes, articles, people and events.
 *
 * Fuse.js ranks; it never scans the corpus. A {@link TermIndex} over the same documents finds the candidates a
 * query can match (exact, prefix, substring and typo matches of each word), and Fuse scores only those. Fuse's
 * score of a document does not depend on the others, so ranking the candidates gives the order plain Fuse would
 * give over everything (test/search/ranking.test.ts checks it). Articles are searched paragraph by paragraph, so
 * a hit opens the reader where the words are; each article is listed once, at its best paragraph.
 */
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js';
import {formatDate} from '../corpus/date-value.js';
import {newestFirst} from '../corpus/lookups.js';
import {speakerMatches} from '../corpus/queries.js';
import type {DateValue, StoreData} from '../corpus/schema.js';
import {candidates} from './candidates.js';
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
	matches: [number, number][];
};

/** A searchable document and what the filters test: its authorities, date and (for events) type. */
export type Doc = {
	kind: SearchKind;
	id: string;
	text: string;
	label: string;
	articleId?: string;
	paragraph?: number;
	speaker?: string;
	authorities: readonly string[];
	date: DateValue | null;
	type?: string;
};

/**
 * Filters on documents, as typed in the UI's search box (`speaker:`, `authority:`, `year:`, `type:`), the
 * authority already resolved to its canonical name. A filter a kind of document cannot satisfy (a speaker for an
 * article, a year for a person, a type for anything but an event) leaves that kind out.
 */
export type DocFilter = {speaker?: string; authority?: string; years?: {from: number; to: number}; type?: string};

function yearOf(d: DateValue | null): number | null {
	return d?.value ? Number(d.value.slice(0, 4)) : null;
}

/** Whether a document passes every filter set. */
function docMatches(d: Doc, f: DocFilter): boolean {
	if (f.speaker !== undefined) {
		const who = d.kind === 'quote' ? (d.speaker ?? null) : d.kind === 'person' ? d.label : null;
		if (!speakerMatches(who, f.speaker)) return false;
	}
	if (f.authority !== undefined && !d.authorities.includes(f.authority)) return false;
	if (f.years) {
		const y = yearOf(d.date);
		if (y === null || y < f.years.from || y > f.years.to) return false;
	}
	if (f.type !== undefined && d.type !== f.type) return false;
	return true;
}

function filterIsEmpty(f: DocFilter | undefined): boolean {
	return !f || (f.speaker === undefined && f.authority === undefined && f.years === undefined && f.type === undefined);
}

/**
 * The searchable documents, in a fixed order (the index numbers them): one per quote, one per article title and
 * paragraph, one per person, one per visible event.
 */
export function searchDocuments(data: StoreData): Doc[] {
	const docs: Doc[] = [];
	const articleAuthorities = new Map(data.articles.map((a) => [a.id, a.authorities]));
	for (const q of data.quotes)
		docs.push({
			kind: 'quote',
			id: q.id,
			text: q.text,
			label: q.speaker ?? 'unattributed',
			articleId: q.articleId,
			paragraph: q.paragraph,
			...(q.speaker ? {speaker: q.speaker} : {}),
			authorities: articleAuthorities.get(q.articleId) ?? [],
			date: q.date,
		});
	for (const a of data.articles) {
		const base = {kind: 'article' as const, id: a.id, label: a.title, articleId: a.id, authorities: a.authorities, date: a.published};
		docs.push({...base, text: a.title, paragraph: 1});
		a.paragraphs.forEach((p, i) => docs.push({...base, text: p, paragraph: i + 1}));
	}
	for (const p of data.people)
		docs.push({kind: 'person', id: p.id, text: [p.name, ...p.titles, ...p.roles, p.party ?? '', ...p.authorities].join(' · '), label: p.name, authorities: p.authorities, date: null});
	for (const e of data.events)
		if (!e.hidden)
			docs.push({
				kind: 'event',
				id: e.id,
				text: `${e.summary}`,
				label: `${formatDate(e.date)} ${e.type}`,
				...(e.articleId ? {articleId: e.articleId, paragraph: e.paragraph} : {}),
				authorities: [e.authority],
				date: e.date,
				type: e.type,
			});
	return docs;
}

export const fuseOptions: IFuseOptions<Doc> = {
	keys: ['text'],
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

/** A ready-to-query search over one store's documents. */
export class Searcher {
	/** Words in each document as Fuse counts them (whitespace-separated): its field-length norm. */
	private readonly words: Uint32Array;
	/** Document numbers ordered by words, then number: the shortest matches of a common word without a sort. */
	private readonly byWords: Uint32Array;

	private constructor(
		readonly docs: readonly Doc[],
		readonly index: TermIndex,
	) {
		this.words = new Uint32Array(docs.length);
		for (const [i, d] of docs.entries()) this.words[i] = wordsOf(d.text);
		this.byWords = Uint32Array.from(docs.keys()).sort((a, b) => this.words[a]! - this.words[b]! || a - b);
	}

	/** Builds documents and index from the store (the index can also come from a cache: {@link Searcher.withIndex}). */
	static fromStore(data: StoreData): Searcher {
		const docs = searchDocuments(data);
		return new Searcher(docs, TermIndex.build(docs.map((d) => d.text)));
	}

	/** Pairs the store's documents with an index built earlier for the same store; null if they do not fit. */
	static withIndex(data: StoreData, index: TermIndex): Searcher | null {
		const docs = searchDocuments(data);
		return docs.length === index.documents ? new Searcher(docs, index) : null;
	}

	private keep(opts: SearchOptions): (d: Doc) => boolean {
		const kinds = opts.kinds?.length ? new Set(opts.kinds) : null;
		const filter = opts.filter ?? {};
		return (d) => (!kinds || kinds.has(d.kind)) && docMatches(d, filter);
	}

	/**
	 * The documents Fuse will rank for a query, filters applied. Fuse scores a whole-word or prefix match 0 and
	 * then prefers shorter fields (its field-length norm), and any typo scores worse than no typo: so strong
	 * matches, fewest words first, then loose ones, fewest words first, is Fuse's order wherever it matters, and
	 * the cap keeps Fuse's best.
	 */
	private candidateDocs(q: string, keep: (d: Doc) => boolean, limit: number): Doc[] {
		const {strong, loose} = candidates(this.index, q);
		const cap = Math.max(candidateCap, 2 * limit);
		const out: Doc[] = [];
		for (const group of [strong, loose]) {
			if (out.length >= cap) break;
			for (const i of this.shortestFirst(group)) {
				const d = this.docs[i]!;
				if (!keep(d)) continue;
				out.push(d);
				if (out.length >= cap) break;
			}
		}
		return out;
	}

	/**
	 * A group of document numbers, fewest words first. A small group is sorted; a large one (a common word) is
	 * read off the precomputed order, which stops as soon as enough are taken.
	 */
	private *shortestFirst(group: Uint32Array): Generator<number> {
		if (group.length <= 20_000) {
			yield* Array.from(group).sort((a, b) => this.words[a]! - this.words[b]! || a - b);
			return;
		}
		const member = new Uint8Array(this.docs.length);
		for (let k = 0; k < group.length; k++) member[group[k]!] = 1;
		for (let k = 0; k < this.byWords.length; k++) if (member[this.byWords[k]!] === 1) yield this.byWords[k]!;
	}

	/**
	 * Ranks documents for `query`. With an empty query, the documents that pass `filter` (newest first), or none
	 * when there is no filter either.
	 */
	search(query: string, opts: SearchOptions = {}): SearchHit[] {
		const q = query.trim();
		const keep = this.keep(opts);
		const limit = opts.limit ?? 20;
		if (q === '') return this.filtered(opts, keep, limit);
		// One character matches nothing in Fuse (minMatchCharLength 2), but would gather every document first.
		if (q.length < 2) return [];
		const ranked = new Fuse(this.candidateDocs(q, keep, limit), fuseOptions).search(q);
		return collapse(ranked, limit);
	}

	/**
	 * The same ranking cut into slices that yield to the event loop, so that keys typed meanwhile are handled; as
	 * soon as `stale()` says a newer query was typed, the work stops and the promise gives null.
	 */
	async searchSliced(query: string, opts: SearchOptions, stale: () => boolean): Promise<SearchHit[] | null> {
		const q = query.trim();
		const keep = this.keep(opts);
		const limit = opts.limit ?? 20;
		if (q === '') return this.filtered(opts, keep, limit);
		if (q.length < 2) return [];
		const docs = this.candidateDocs(q, keep, limit);
		const results: FuseResult<Doc>[] = [];
		for (let at = 0; at < docs.length; at += sliceSize) {
			if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
			if (stale()) return null;
			const slice = docs.slice(at, at + sliceSize);
			for (const r of new Fuse(slice, fuseOptions).search(q)) results.push({...r, refIndex: r.refIndex + at});
		}
		// Fuse orders by score, then by position: the same order over the slices together.
		results.sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.refIndex - b.refIndex);
		return collapse(results, limit);
	}

	/** Document numbers newest first (stable), sorted once: a filter-only box asks on every key. */
	private newest: Uint32Array | null = null;

	private filtered(opts: SearchOptions, keep: (d: Doc) => boolean, limit: number): SearchHit[] {
		if (filterIsEmpty(opts.filter)) return [];
		this.newest ??= Uint32Array.from(this.docs.keys()).sort((a, b) => newestFirst(this.docs[a]!.date ?? unknown, this.docs[b]!.date ?? unknown) || a - b);
		const seen = new Set<string>();
		const out: SearchHit[] = [];
		for (const i of this.newest) {
			const d = this.docs[i]!;
			if (!keep(d) || (d.kind === 'article' && (seen.has(d.id) || !seen.add(d.id)))) continue;
			out.push(toHit({item: d, refIndex: 0, score: 0, matches: []}));
			if (out.length >= limit) break;
		}
		return out;
	}
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

/** Ranked results with each article once, at its best-scoring paragraph. */
function collapse(ranked: readonly FuseResult<Doc>[], limit: number): SearchHit[] {
	const out: SearchHit[] = [];
	const articles = new Set<string>();
	for (const r of ranked) {
		if (r.item.kind === 'article') {
			if (articles.has(r.item.id)) continue;
			articles.add(r.item.id);
		}
		out.push(toHit(r));
		if (out.length >= limit) break;
	}
	return out;
}

const unknown: DateValue = {value: null, precision: 'unknown', approximate: false, basis: ''};

function toHit(r: FuseResult<Doc>): SearchHit {
	const d = r.item;
	const matches = (r.matches ?? []).flatMap((m) => m.indices.map(([s, e]) => [s, e + 1] as [number, number]));
	return {
		kind: d.kind,
		id: d.id,
		score: Number((r.score ?? 0).toFixed(4)),
		text: d.text,
		...(d.articleId ? {articleId: d.articleId} : {}),
		...(d.paragraph ? {paragraph: d.paragraph} : {}),
		...(d.speaker ? {speaker: d.speaker} : {}),
		matches,
	};
}
