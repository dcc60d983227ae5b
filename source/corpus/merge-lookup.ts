/**
 * What the merge looks articles and records up by (merge.ts): maps kept for the life of one `articles` array,
 * since finding an article or its records by scanning the store would make an import of n articles cost n²
 * (50,000 articles: over a billion compares).
 */
import {forgetWordSets, IdentityIndex} from './identity.js';
import type {Article, CorpusEvent, Quote, StoreData} from './schema.js';

/** An article's extracted quotes and events. */
export type Owned = {quotes: Quote[]; events: CorpusEvent[]};

export type Lookup = {
	byHash: Map<string, Article>;
	byPath: Map<string, Article>;
	byId: Map<string, Article>;
	ids: Set<string>;
	/** Where each article is in `articles`. */
	at: Map<Article, number>;
	hiddenReplaced: Set<string>;
	identity: IdentityIndex;
	/** Each article's extracted records, made when first asked for and only for these `quotes` and `events` arrays. */
	owned: {quotes: readonly Quote[]; events: readonly CorpusEvent[]; of: Map<string, Owned>} | null;
};

const lookups = new WeakMap<object, Lookup>();

/** The lookup of `data.articles`, made on first use. */
export function lookupOf(data: StoreData): Lookup {
	let l = lookups.get(data.articles);
	if (!l) {
		l = {byHash: new Map(), byPath: new Map(), byId: new Map(), ids: new Set(), at: new Map(), hiddenReplaced: new Set(), identity: new IdentityIndex(data.articles), owned: null};
		for (const [i, a] of data.articles.entries()) {
			l.byHash.set(a.contentHash, a);
			l.byPath.set(a.path, a);
			l.byId.set(a.id, a);
			l.ids.add(a.id);
			l.at.set(a, i);
		}
		for (const e of data.events) if (e.origin === 'curated' && e.replaces && e.hidden) l.hiddenReplaced.add(e.replaces);
		lookups.set(data.articles, l);
	}
	return l;
}

/** The lookup of `data.articles` if one was made (and so may hold records a batch merge is about to drop). */
export function existingLookup(data: StoreData): Lookup | undefined {
	return lookups.get(data.articles);
}

/**
 * Lets go of the lookup of `data.articles` and its articles' word signatures: an import that has merged its last
 * batch needs neither, and they would stay in memory beside the store's records while the caches are made from
 * them. A later merge makes them again.
 */
export function releaseLookup(data: StoreData): void {
	lookups.delete(data.articles);
	forgetWordSets(data.articles);
}

/** Each article id's extracted quotes and events in `data` (as `look` last saw them, or made now). */
export function ownedOf(data: StoreData, look: Lookup): Map<string, Owned> {
	if (look.owned?.quotes === data.quotes && look.owned.events === data.events) return look.owned.of;
	const of = new Map<string, Owned>();
	const entry = (id: string) => of.get(id) ?? of.set(id, {quotes: [], events: []}).get(id)!;
	for (const q of data.quotes) if (q.origin === 'extracted') entry(q.articleId).quotes.push(q);
	for (const e of data.events) if (e.origin === 'extracted' && e.articleId !== undefined) entry(e.articleId).events.push(e);
	look.owned = {quotes: data.quotes, events: data.events, of};
	return of;
}
