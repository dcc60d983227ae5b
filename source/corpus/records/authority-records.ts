/**
 * Each authority's records beside the row tables (`<store>.lists/events.lines`, a row an authority: its events in
 * the store file and the articles they cite), for its timeline lines without the store: an authority's lines are
 * made from its own records alone (timeline.ts), so those records merged with the curated file as a read-only
 * open merges it (`mergeCurated`) are a store whose timeline gives that authority's lines as the whole store's
 * does. The full path's own functions (the timeline, its formats, the comparison's sides and citations) are run
 * on that small store, by the list commands and by the UI while it reads the store.
 */
import {authorityId} from '../authorities.js';
import type {Article, CorpusEvent, StoreData} from '../schema.js';
import type {CuratedData} from '../store/curated-kind.js';
import {mergeCurated} from '../store/curated-split.js';
import {RowTable} from './row-table-file.js';

/**
 * The curated file as a call reads it (`data`, null when there is none): the authorities its events name (which
 * a call's names resolve against too), those whose lines it changes (or all, when that cannot be known), and the
 * authority of each store event it marks or replaces (`holders`, by the event's id).
 */
export type Curated = {
	readonly data: CuratedData | null;
	readonly authorities: readonly string[];
	readonly touched: ReadonlySet<string> | 'all';
	readonly holders: ReadonlyMap<string, string>;
};

/** The table of the store's events by authority: their ids (`ids`) and records with their articles (`lines`). */
export const eventsTable = 'events';

/** An article as the timeline and its citations read it: without its text, its paragraphs as their count and the first. */
type SlicedArticle = Record<string, unknown> & {readonly id: string; readonly paragraphs: readonly [number, string | undefined]};

/** One authority's row of `events.lines`. */
type Slice = {readonly events: readonly CorpusEvent[]; readonly articles: readonly SlicedArticle[]};

/** Fields of an article that no line or citation reads (and that make most of its size). */
const unread = new Set(['raw', 'furniture', 'paragraphs']);

/** The `lines` piece of an authority: its events (in the store's order) and the articles they name. */
export function slicePiece(events: readonly CorpusEvent[], articles: ReadonlyMap<string, Article>): string {
	const ids = new Set<string>();
	for (const e of events) {
		for (const s of e.sources) ids.add(s.articleId);
		if (e.articleId !== undefined) ids.add(e.articleId);
	}

	const cited: SlicedArticle[] = [];
	for (const id of ids) {
		const article = articles.get(id);
		if (!article) continue;
		const kept: Record<string, unknown> = {};
		// By key, not by spreading: a records view's article throws when its raw text is read.
		for (const key of Object.keys(article)) if (!unread.has(key)) kept[key] = (article as Record<string, unknown>)[key];
		kept['paragraphs'] = [article.paragraphs.length, article.paragraphs[0]];
		cited.push(kept as SlicedArticle);
	}

	return JSON.stringify({events, articles: cited} satisfies Slice);
}

/**
 * The store as the lines of `asked` (authorities the curated file touches) read it: the records of the store file
 * (`key`) of each, and of each authority whose events their curated events replace (whose articles such an event
 * cites), with the articles they cite, merged with the curated file (its other authorities' events with them,
 * whose lines are not theirs to give); the authorities the store knows are `names` (the tables' list of them).
 * If a curated event of theirs cites an article none of these records cite, then with the records of every
 * authority the curated file touches. `missing` when the table cannot give them (missing, damaged, of another
 * store file, or made before it kept the records); null when such an article is not among them either: the
 * command works it out from the store.
 */
export function touchedStore(store: string, key: string, names: readonly string[], curated: Curated, asked: Iterable<string>): StoreData | 'missing' | null {
	if (curated.touched === 'all' || !curated.data) return null;
	const table = RowTable.open(store, eventsTable, key);
	if (!table || !Array.isArray(table.data) || !table.has('lines') || table.data.length !== table.rows) return 'missing';
	const rowNames = table.data as readonly string[];
	const data = curated.data;
	const wanted = new Set(asked);
	for (const e of data.events) if (wanted.has(e.authority) && e.replaces !== undefined && curated.holders.has(e.replaces)) wanted.add(curated.holders.get(e.replaces)!);
	const storeFor = (load: ReadonlySet<string>) => storeOf(table, rowNames.flatMap((name, i) => (load.has(name) ? [i] : [])), names, data, load);
	const first = storeFor(wanted);
	return first === null && curated.touched.size > wanted.size ? storeFor(curated.touched) : first;
}

/**
 * The store as the lines of `asked` read it, whether the curated file touches them or not (none: as an empty
 * one): as `touchedStore`; null when the curated file's reach cannot be told.
 */
export function authoritiesStore(store: string, key: string, names: readonly string[], curated: Curated, asked: Iterable<string>): StoreData | 'missing' | null {
	if (curated.touched === 'all') return null;
	return touchedStore(store, key, names, curated.data ? curated : {...curated, data: noCurated}, asked);
}

/** No curated file, as a read-only open merges it (its version is not read; its schemas need not be loaded). */
const noCurated: CuratedData = {version: 1, events: [], marks: []};

/** The store of the records in `rows`, if they hold every article the curated events of `loaded` authorities cite. */
function storeOf(table: RowTable, rows: readonly number[], names: readonly string[], curated: CuratedData, loaded: ReadonlySet<string>): StoreData | 'missing' | null {
	const pieces = table.read('lines', rows);
	if (!pieces) return 'missing';
	const events: CorpusEvent[] = [];
	const articles = new Map<string, Article>();
	for (const piece of pieces) {
		const slice = JSON.parse(piece.toString('utf8')) as Slice;
		events.push(...slice.events);
		for (const a of slice.articles) {
			const [count, first] = a.paragraphs;
			const paragraphs = new Array<string>(count);
			if (count > 0) paragraphs[0] = first!;
			articles.set(a.id, {...a, paragraphs} as unknown as Article);
		}
	}

	for (const e of curated.events) {
		if (!loaded.has(e.authority)) continue;
		if ((e.articleId !== undefined && !articles.has(e.articleId)) || e.sources.some((s) => !articles.has(s.articleId))) return null;
	}

	const authorities = names.map((name) => ({id: authorityId(name), name, onsCode: null, origin: 'extracted' as const}));
	const extracted: StoreData = {version: 1, name: '', articles: [...articles.values()], authorities, people: [], quotes: [], events};
	return mergeCurated(extracted, curated);
}
