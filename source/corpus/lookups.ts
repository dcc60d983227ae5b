/**
 * Look-ups by id that the terminal UI makes on every key press: indexed once per loaded store (the store's data
 * object is replaced on reload, so a WeakMap keyed by it never serves stale answers).
 */
import {storeQuoteCopies} from './copies.js';
import {compareDates} from './date-value.js';
import {countedQuoteViews, type QuoteView} from './queries.js';
import type {Article, CorpusEvent, Person, Quote, StoreData} from './schema.js';

/** Each map is made when first asked for: a view that looks up articles need not wait for 400,000 quotes to be indexed. */
type Index = {
	articles?: Map<string, Article>;
	people?: Map<string, Person>;
	quotes?: Map<string, Quote>;
	events?: Map<string, CorpusEvent>;
	quotesByArticle?: Map<string, Quote[]>;
	quotesBySpeaker?: Map<string, Quote[]>;
};

const indexes = new WeakMap<StoreData, Index>();

function indexOf(data: StoreData): Index {
	let ix = indexes.get(data);
	if (!ix) indexes.set(data, (ix = {}));
	return ix;
}

function byId<T extends {id: string}>(records: readonly T[]): Map<string, T> {
	const map = new Map<string, T>();
	for (const r of records) map.set(r.id, r);
	return map;
}

/** Quotes grouped by a key; pushed, not copied: copying a list for each quote cost seconds on a large store (a speaker with thousands). */
function grouped(quotes: readonly Quote[], keyOf: (q: Quote) => string | null): Map<string, Quote[]> {
	const map = new Map<string, Quote[]>();
	for (const q of quotes) {
		const key = keyOf(q);
		if (key === null) continue;
		const list = map.get(key);
		if (list) list.push(q);
		else map.set(key, [q]);
	}
	return map;
}

const quotesByArticleOf = (data: StoreData) => (indexOf(data).quotesByArticle ??= grouped(data.quotes, (q) => q.articleId));
const quotesBySpeakerOf = (data: StoreData) => (indexOf(data).quotesBySpeaker ??= grouped(data.quotes, (q) => q.speakerId || null));

/**
 * The look-ups by id, each to be made ahead of the first that asks (a search's first rows ask for quotes, articles,
 * people and events): one call a map, so that a caller can give its event loop a turn between them.
 */
export const lookupMakers: readonly ((data: StoreData) => void)[] = [findArticle, findPerson, findQuote, findEvent].map(
	(find) => (data: StoreData) => void find(data, ''),
);

export function findArticle(data: StoreData, id: string): Article | undefined {
	return (indexOf(data).articles ??= byId(data.articles)).get(id);
}

export function findPerson(data: StoreData, id: string): Person | undefined {
	return (indexOf(data).people ??= byId(data.people)).get(id);
}

export function findQuote(data: StoreData, id: string): Quote | undefined {
	return (indexOf(data).quotes ??= byId(data.quotes)).get(id);
}

export function findEvent(data: StoreData, id: string): CorpusEvent | undefined {
	return (indexOf(data).events ??= byId(data.events)).get(id);
}

/** The quotes of one article in paragraph order, fragments included (the reader highlights them all), repeats of another printing's too. */
export function quotesInArticle(data: StoreData, articleId: string): QuoteView[] {
	return countedQuoteViews(data, [...(quotesByArticleOf(data).get(articleId) ?? [])].sort((a, b) => a.paragraph - b.paragraph), {copies: true});
}

/** One person's quotes (by the person's id, not a name match), oldest first, each printed quote once; fragments only if asked. */
export function quotesBySpeaker(data: StoreData, personId: string, opts: {fragments?: boolean} = {}): QuoteView[] {
	const quotes = (quotesBySpeakerOf(data).get(personId) ?? [])
		.filter((q) => opts.fragments || !q.fragment)
		.sort((a, b) => compareDates(a.date, b.date) || a.articleId.localeCompare(b.articleId) || a.paragraph - b.paragraph);
	return countedQuoteViews(data, quotes);
}

/** The most recent quotes first (undated last), each printed quote once, fragments left out. */
export function recentQuotes(data: StoreData, limit: number): QuoteView[] {
	const {repeatOf} = storeQuoteCopies(data);
	const quotes = data.quotes
		.filter((q) => !q.fragment && !repeatOf.has(q.id))
		.sort((a, b) => newestFirst(a.date, b.date) || a.articleId.localeCompare(b.articleId) || a.paragraph - b.paragraph)
		.slice(0, limit);
	return countedQuoteViews(data, quotes);
}

/** Newest first, unknown dates last. */
export function newestFirst(a: Quote['date'], b: Quote['date']): number {
	if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
	return compareDates(b, a);
}
