/**
 * One search as the UI asks it: the box's text and filters, a scope, and rows ready to show (kind, who or what,
 * date, the text the match is in, where it opens). Plain TypeScript over the store; the UI only renders it.
 */
import {printingTitles} from '../corpus/copies.js';
import {formatDate} from '../corpus/date-value.js';
import {findArticle, findEvent, findPerson, findQuote, newestFirst} from '../corpus/lookups.js';
import {listArticles, listPeople, QueryError, resolveAuthority, storeAuthorities, timeline} from '../corpus/queries.js';
import type {StoreData} from '../corpus/schema.js';
import {NameIndex} from './approximate-names.js';
import {describeFilters, hasFilters, parseQuery} from './query.js';
import {recentQuotesFast} from './recent-quotes.js';
import {type DocFilter, type SearchHit, type SearchKind, type Searcher} from './search.js';

export const scopes = ['all', 'quotes', 'articles', 'people', 'events'] as const;
/** What the search looks through: everything, or one kind. */
export type Scope = (typeof scopes)[number];

const kindsOf: Record<Scope, readonly SearchKind[] | undefined> = {
	all: undefined,
	quotes: ['quote'],
	articles: ['article'],
	people: ['person'],
	events: ['event'],
};

/** The next scope, for Tab. */
export function nextScope(s: Scope): Scope {
	return scopes[(scopes.indexOf(s) + 1) % scopes.length]!;
}

/** One result as the UI shows it. `matches` are `[start, end)` offsets into `text`. */
export type ResultRow = {
	kind: SearchKind;
	id: string;
	/** The speaker (quotes), title (articles), name (people) or authority and type (events). */
	label: string;
	/** Formatted date, `undated`, or '' for people. */
	date: string;
	text: string;
	matches: readonly (readonly [number, number])[];
	/** Where Enter opens the reader; people open their quotes instead. */
	articleId?: string;
	paragraph?: number;
	/** For an event (a line of the timeline, its reports merged): how many articles report it. */
	reports?: number;
	/** How well it matched (Fuse's score, lower is better); absent for the most recent items an empty box lists. */
	score?: number;
	/** For a quote: a fragment (a short phrase inside reported speech), to be said so where it is shown. */
	fragment?: true;
	/** For a quote or story other titles printed too (corpus/copies.ts): their names, "Exampleshire Echo, Westshire Post". */
	alsoIn?: string;
};

export type SearchResults = {
	query: string;
	scope: Scope;
	rows: ResultRow[];
	/** Filters or syntax the search could not use, said in words. */
	problems: string[];
	/** The filters in force, as typed, for the "no results" hint. */
	filters: string[];
	/** True when the box was empty and the rows are the most recent quotes (or items of the scope). */
	recent: boolean;
	/**
	 * While the store is read: the rows came from the index and documents saved beside it (`saved`), or the box
	 * needs the store (`needs-store`: no rows yet). Absent for results from the store.
	 */
	early?: 'saved' | 'needs-store';
};

/** The most rows a search returns. */
export const searchLimit = 200;

/** Runs the box's query in a scope. Never throws for what a person typed: problems are reported in the result. */
export function runSearch(data: StoreData, searcher: Searcher, query: string, scope: Scope, limit = searchLimit): SearchResults {
	const prepared = prepareSearch(data, query, scope, limit);
	if ('done' in prepared) return prepared.done;
	let hits: SearchHit[] = [];
	try {
		hits = searcher.search(prepared.text, prepared.options);
	} catch (error) {
		prepared.base.problems.push(failure(prepared.text, error));
	}
	return {...prepared.base, rows: hits.map((h) => rowOf(data, h)), recent: false};
}

/**
 * The same search ranked in slices that yield to keys typed meanwhile: resolves null as soon as `stale()` says
 * the box changed, so a slow search never holds up typing (the UI's path).
 */
export async function runSearchSliced(data: StoreData, searcher: Searcher, query: string, scope: Scope, stale: () => boolean, limit = searchLimit): Promise<SearchResults | null> {
	const prepared = prepareSearch(data, query, scope, limit);
	if ('done' in prepared) return prepared.done;
	let hits: SearchHit[] | null = [];
	try {
		hits = await searcher.searchSliced(prepared.text, prepared.options, stale);
	} catch (error) {
		prepared.base.problems.push(failure(prepared.text, error));
	}
	if (hits === null) return null;
	return {...prepared.base, rows: hits.map((h) => rowOf(data, h)), recent: false};
}

function failure(text: string, error: unknown): string {
	// Fuse's extended syntax can reject a half-typed pattern; say so rather than fail the view.
	return `could not search for '${text}': ${(error as Error).message}`;
}

/** A box made ready to search: the text and options for the Searcher, or the answer when it needs none. */
export type PreparedSearch =
	| {done: SearchResults}
	| {text: string; options: {limit: number; filter: DocFilter; kinds?: readonly SearchKind[]}; base: Omit<SearchResults, 'rows' | 'recent'>};

/**
 * Parses the box, resolves its filters, and answers at once what needs no search (an empty box, a bad filter).
 * The UI's search and `scrutiny search` both ask the Searcher through this, so that a query means one thing in
 * both.
 */
export function prepareSearch(data: StoreData, query: string, scope: Scope, limit: number): PreparedSearch {
	const parsed = parseQuery(query);
	const problems = [...parsed.problems];
	const filter: DocFilter = {};
	if (parsed.filters.speaker !== undefined) filter.speaker = parsed.filters.speaker;
	if (parsed.filters.years) filter.years = parsed.filters.years;
	if (parsed.filters.type !== undefined) filter.type = parsed.filters.type;
	let blocked = false;
	const shown = {...parsed.filters};
	if (parsed.filters.authority !== undefined) {
		const resolved = resolveAuthorityOnce(data, parsed.filters.authority);
		if ('name' in resolved) {
			filter.authority = resolved.name;
			// A typo forgiven is said: the status shows the authority searched, not the one typed.
			if (resolved.corrected) shown.authority = resolved.name;
		} else {
			problems.push(resolved.problem);
			blocked = true;
		}
	}
	const base = {query, scope, problems, filters: describeFilters(shown)};
	if (parsed.text === '' && !hasFilters(parsed.filters)) return {done: {...base, rows: [...recentRowsOnce(data, scope, limit)], recent: true}};
	if (blocked) return {done: {...base, rows: [], recent: false}};
	return {text: parsed.text, options: {limit, filter, ...(kindsOf[scope] ? {kinds: kindsOf[scope]} : {})}, base};
}

/**
 * Answers that depend only on the store, kept per loaded store (its data object is replaced on reload, so a
 * WeakMap keyed by it never serves stale answers): `speaker:`, `year:2` and `type:` leave the box without
 * search text, and each such key press would otherwise sort every quote again; each key of `authority:…`
 * would list every authority in the store again.
 */
const perStore = new WeakMap<StoreData, {recent: Map<string, ResultRow[]>; authorities: Map<string, Resolved>; names?: NameIndex}>();

/** A typed authority resolved (`corrected` when a typo was forgiven), or why it could not be. */
type Resolved = {name: string; corrected?: true} | {problem: string};

function storeCache(data: StoreData) {
	let c = perStore.get(data);
	if (!c) perStore.set(data, (c = {recent: new Map(), authorities: new Map()}));
	return c;
}

/**
 * An authority resolved as the CLI resolves it (names, short forms, an unambiguous prefix), or failing that with
 * a typo forgiven, as the search's words are (`authority:blakpool`): the store's closest authority, if only one
 * is that close.
 */
function resolveAuthorityTyped(data: StoreData, typed: string): Resolved {
	try {
		return {name: resolveAuthority(data, typed)};
	} catch (error) {
		if (!(error instanceof QueryError)) throw error;
		const cache = storeCache(data);
		const near = (cache.names ??= new NameIndex(storeAuthorities(data))).closest(typed);
		if (near.length === 1) return {name: near[0]!.name, corrected: true};
		if (near.length > 1 && !error.message.includes('ambiguous')) return {problem: `no authority matches '${typed}' (the nearest: ${near.slice(0, 6).map((n) => n.name).join(', ')})`};
		return {problem: error.message};
	}
}

/** Makes what an empty box shows in a scope (kept per store), ahead of the `/` that asks for it. */
export function prepareRecent(data: StoreData, scope: Scope = 'all'): void {
	recentRowsOnce(data, scope, searchLimit);
}

function recentRowsOnce(data: StoreData, scope: Scope, limit: number): ResultRow[] {
	const cache = storeCache(data).recent;
	const key = `${scope}:${limit}`;
	let rows = cache.get(key);
	if (!rows) cache.set(key, (rows = recentRows(data, scope, limit)));
	return rows;
}

function resolveAuthorityOnce(data: StoreData, typed: string): Resolved {
	const cache = storeCache(data).authorities;
	let r = cache.get(typed);
	if (!r) {
		r = resolveAuthorityTyped(data, typed);
		if (cache.size >= 256) cache.clear();
		cache.set(typed, r);
	}
	return r;
}

/**
 * A hit as the UI shows it, its fields looked up in the store. Each row is written out whole rather than spread
 * from a shared part: V8 (Node 20) handles `{...common, more}` slowly and leaves its garbage in the old
 * generation, and the import makes one row for every document of the store (search-docs).
 */
export function rowOf(data: StoreData, h: SearchHit): ResultRow {
	const {kind, id, text, matches} = h;
	switch (kind) {
		case 'quote': {
			const q = findQuote(data, id);
			return {
				kind,
				id,
				text,
				matches,
				label: q?.speaker ?? 'unattributed',
				date: q ? formatDate(q.date) : '',
				score: h.score,
				articleId: h.articleId!,
				paragraph: h.paragraph ?? 1,
				...(q?.fragment ? {fragment: true as const} : {}),
				...(h.alsoIn?.length ? {alsoIn: printingTitles(h.alsoIn)} : {}),
			};
		}
		case 'article': {
			const a = findArticle(data, id);
			return {kind, id, text, matches, label: a?.title ?? id, date: a ? formatDate(a.published) : '', score: h.score, articleId: id, paragraph: h.paragraph ?? 1, ...(h.alsoIn?.length ? {alsoIn: printingTitles(h.alsoIn)} : {})};
		}
		case 'person':
			return {kind, id, text, matches, label: findPerson(data, id)?.name ?? id, date: '', score: h.score};
		case 'event': {
			// A line of the timeline: its lead record's fields, and the article it opens at (maybe a report's).
			const e = findEvent(data, id);
			return {
				kind,
				id,
				text,
				matches,
				label: e ? eventLabel(e.authority, e.type, e.rating, h.reports ?? 0) : id,
				date: e ? formatDate(e.date) : '',
				score: h.score,
				...(h.articleId ? {articleId: h.articleId, paragraph: h.paragraph ?? 1} : {}),
				...(h.reports !== undefined ? {reports: h.reports} : {}),
			};
		}
	}
}

/** An event line's label: authority, type and rating, and how many articles report it when several do. */
function eventLabel(authority: string, type: string, rating: string | undefined, articles: number): string {
	return `${authority} · ${type}${rating ? ` (${rating})` : ''}${articles > 1 ? ` · ${articles} articles` : ''}`;
}

/** What an empty box shows: the most recent quotes, or for one scope its most recent (or most quoted) items. */
function recentRows(data: StoreData, scope: Scope, limit: number): ResultRow[] {
	switch (scope) {
		case 'all':
		case 'quotes':
			return recentQuotesFast(data, limit).map((q) => ({
				kind: 'quote',
				id: q.id,
				label: q.speaker ?? 'unattributed',
				date: formatDate(q.date),
				text: q.text,
				matches: [],
				articleId: q.articleId,
				paragraph: q.paragraph,
				...(q.alsoIn?.length ? {alsoIn: printingTitles(q.alsoIn)} : {}),
			}));
		case 'articles':
			return listArticles(data)
				.sort((a, b) => newestFirst(a.published, b.published))
				.slice(0, limit)
				.map((a) => ({kind: 'article', id: a.id, label: a.title, date: formatDate(a.published), text: a.title, matches: [], articleId: a.id, paragraph: 1, ...(a.alsoIn.length ? {alsoIn: printingTitles(a.alsoIn)} : {})}));
		case 'people':
			return listPeople(data)
				.slice(0, limit)
				.map((p) => ({kind: 'person', id: p.id, label: p.name, date: '', text: [p.name, ...p.titles, ...p.roles, p.party ?? '', ...p.authorities].filter(Boolean).join(' · '), matches: []}));
		case 'events':
			return timeline(data)
				.reverse()
				.sort((a, b) => newestFirst(a.date, b.date))
				.slice(0, limit)
				.map((e) => ({
					kind: 'event',
					id: e.id,
					label: eventLabel(e.authority, e.type, e.rating, new Set(e.sources.map((s) => s.articleId)).size),
					reports: new Set(e.sources.map((s) => s.articleId)).size,
					date: formatDate(e.date),
					text: e.summary,
					matches: [],
					...(e.articleId ? {articleId: e.articleId, paragraph: e.paragraph ?? 1} : {}),
				}));
	}
}
