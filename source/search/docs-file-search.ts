/**
 * A search answered from the saved index and the documents saved beside it (docs-file.ts): the UI's while a
 * large store is read, and `scrutiny search`'s. It finds candidates as the {@link Searcher} does (the same
 * index, the same order, the same cap) and ranks them with the same code, so its rows are the ones the live
 * search shows and its hits the ones the store gives. What needs the store (an empty box's most recent quotes,
 * the filters) it leaves to the store.
 */
import type {FuseResult} from 'fuse.js';
import {candidateTerms} from './candidates.js';
import {articlesNamed, savedAnswer, type HitAnswer} from './cli-hits.js';
import type {SavedDoc} from './docs-file.js';
import {firstMatches} from './first-matches.js';
import {openIndex} from './index-cache.js';
import {SavedParts} from './saved-parts.js';
import {describeFilters, hasFilters, parseQuery} from './query.js';
import {facetsOf} from './result-facets.js';
import {searchLimit, type Scope, type SearchResults} from './run-search.js';
import {candidateCap, matchesIn, rankSliced, type SearchKind} from './search.js';
import type {SearchIndex} from './term-index.js';

const kindOfScope: Record<Scope, SearchKind | null> = {all: null, quotes: 'quote', articles: 'article', people: 'person', events: 'event'};

/** What a saved search says: the results, that the store is needed for this box, or null when a newer query came. */
export type SavedAnswer = SearchResults | 'needs-store' | null;

export class SavedSearch {
	private readonly withinKind = new Map<SearchKind, Uint32Array>();

	private constructor(
		private readonly index: SearchIndex,
		private readonly docs: SavedParts,
		/** Closes the index file, read a term at a time. */
		readonly close: () => void,
	) {}

	/**
	 * The saved index and documents of the store as it is now, both parts (the quotes, articles and people of the
	 * store file; the timeline's lines of it and its curated file); null if any is missing, stale or damaged. Reads
	 * the indexes' vocabularies and the documents' kinds: a query reads its terms' documents and its candidates.
	 * The index files stay open until {@link close}.
	 */
	static load(storePath: string): SavedSearch | null {
		const first = openIndex(storePath, 'extracted');
		const second = first && openIndex(storePath, 'events');
		const parts = first && second && SavedParts.open(storePath, first, second);
		const close = () => {
			first?.close();
			second?.close();
		};
		if (parts) return new SavedSearch(parts.index, parts, close);
		close();
		return null;
	}

	/** Answers the box as `runSearchSliced` would, or says it needs the store. Never throws. */
	async answer(query: string, scope: Scope, stale: () => boolean, limit = searchLimit): Promise<SavedAnswer> {
		const parsed = parseQuery(query);
		if (parsed.text === '' || hasFilters(parsed.filters)) return 'needs-store';
		const base = {query, scope, problems: [...parsed.problems], filters: describeFilters(parsed.filters), recent: false};
		const q = parsed.text.trim();
		if (q.length < 2) return {...base, rows: []};
		try {
			const found = this.candidates(q, kindOfScope[scope], limit);
			if (!found) return 'needs-store';
			const ranked = await rankSliced(q, found, found.map((d) => d.number), stale);
			return ranked && {...base, rows: collapse(ranked, limit).map((r) => ({...r.item.row, score: Number((r.score ?? 0).toFixed(4)), matches: matchesIn(r, r.item.row.text.length)}))};
		} catch (error) {
			// Fuse's extended syntax can reject a half-typed pattern, as in the live search.
			return {...base, rows: [], problems: [...base.problems, `could not search for '${parsed.text}': ${(error as Error).message}`]};
		}
	}

	/**
	 * The hits `Searcher.search` gives for `query` (the CLI's: no filters parsed, `kind` or every kind), with their
	 * citations and `--freq` values; null if the files cannot give them (changed or damaged since opened) or Fuse
	 * rejects the query: the store answers then, as it did before these files.
	 */
	async hits(query: string, kind: SearchKind | null, limit: number): Promise<HitAnswer | null> {
		const q = query.trim();
		if (q.length < 2) return {...noHits};
		try {
			const found = this.candidates(q, kind, limit);
			if (!found) return null;
			const ranked = await rankSliced(q, found, found.map((d) => d.number), () => false);
			if (!ranked) return null;
			const kept = collapse(ranked, limit);
			const articles = this.docs.articles(kept.flatMap((r) => articlesNamed(r.item.cli)));
			return articles && savedAnswer(kept, articles);
		} catch {
			return null;
		}
	}

	/**
	 * The candidates the Searcher would rank for `q` (see its `candidateDocs`), read from the files; null if they
	 * cannot give them (closed, changed or damaged): the store answers then.
	 */
	private candidates(q: string, kind: SearchKind | null, limit: number): SavedDoc[] | null {
		const {strong, loose} = candidateTerms(this.index, q);
		const cap = Math.max(candidateCap, 2 * limit);
		const within = kind ? this.ranksOf(kind) : null;
		const ranks: number[] = [];
		const counted = (r: number) => !this.docs.isRepeat(r);
		try {
			// The terms' documents are read from the index file as the walk first needs them.
			firstMatches(this.index, strong, within, counted, cap, ranks);
			if (ranks.length < cap) {
				const taken = new Set(ranks);
				firstMatches(this.index, loose, within, (r) => !taken.has(r) && counted(r), cap, ranks);
			}
		} catch {
			return null;
		}
		return this.docs.read(ranks);
	}

	/** The index numbers of one kind's documents, ascending. */
	private ranksOf(kind: SearchKind): Uint32Array {
		let ranks = this.withinKind.get(kind);
		if (!ranks) {
			// Counted first, then filled: no list of a million numbers to copy.
			let n = 0;
			for (let r = 0; r < this.docs.length; r++) if (this.docs.kind(r) === kind) n++;
			ranks = new Uint32Array(n);
			for (let r = 0, k = 0; r < this.docs.length; r++) if (this.docs.kind(r) === kind) ranks[k++] = r;
			this.withinKind.set(kind, ranks);
		}
		return ranks;
	}
}

/** Ranked documents with each story's article once (at its best paragraph), as the live search collapses them. */
function collapse(ranked: readonly FuseResult<SavedDoc>[], limit: number): FuseResult<SavedDoc>[] {
	const out: FuseResult<SavedDoc>[] = [];
	const stories = new Set<string>();
	for (const r of ranked) {
		const {row, story} = r.item;
		if (row.kind === 'article') {
			if (stories.has(story)) continue;
			stories.add(story);
		}
		out.push(r);
		if (out.length >= limit) break;
	}
	return out;
}

/** A query too short to match anything (Fuse's minMatchCharLength), as the store answers it: no hits. */
const noHits: HitAnswer = {hits: [], citation: () => null, cite: {article: () => null}, facets: facetsOf({speaker: () => null, year: () => null, authorities: () => null})};
