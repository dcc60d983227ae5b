/**
 * What the terminal UI's tables, comparison and reader draw from while a large store is read (the comparison:
 * saved-compare.ts): the rows of the articles and people lists from the row tables the list commands print from (`<store>.lists/`, each row's `--json` element is
 * the list's row with its citation), and an article's slice from the reader's table (article-slices.ts). These
 * tables are made from the store file alone, and the articles and people lists, like an article and its quotes,
 * do not depend on curated records. Each list's head (`articles-head`, `people-head`, written beside its table)
 * lets the list's first screen be drawn before its rows are read: how many rows, the widest cell of each column,
 * the first rows in the list's first order and every row counted by each column, in one small file. Everything is of
 * the store file as it was when first asked for (its identity, as the tables are keyed): a table made from
 * another state of it is none.
 */
import {articleFacets, personFacets} from '../frequency-facets.js';
import {savedCountsOf, type Facet, type SavedCounts} from '../frequency.js';
import type {ArticleView, PersonView} from '../queries.js';
import type {StoreData} from '../schema.js';
import {ArticleSlices} from './article-slices.js';
import {RowTable, tableKey} from './row-table-file.js';
import type {SavedCompare} from './saved-compare.js';

/** The lists that have a head beside their table, and the head's table. */
export const headTables = {articles: 'articles-head', people: 'people-head'} as const;

/**
 * A list's first screen, before its rows are read: `rows` are its first rows in its first order (the list's own
 * rows), the rest what the view draws from every row. Saved whole in the head's index, so that the first screen
 * reads one small file.
 */
export type ListHead<R> = {readonly total: number; readonly widest: Readonly<Record<string, number>>; readonly rows: readonly R[]; readonly counts: SavedCounts};
export type ArticlesHead = ListHead<ArticleView>;
export type PeopleHead = ListHead<PersonView>;

export type SavedViews = {
	/** The articles list's rows in the list's order (`listArticles`), or null if no current table has them. */
	readonly articles: () => ArticleView[] | null;
	/** The articles list's head (its first screen, `ArticlesHead`), or null. */
	readonly articlesHead: () => ArticlesHead | null;
	/**
	 * `articles`, read a slice of rows at a time with a turn of the event loop between slices (keys and the
	 * store's read go on meanwhile); null as `articles`, or if `wanted` says no more. Never rejects.
	 */
	readonly articlesInTurns: (wanted: () => boolean) => Promise<ArticleView[] | null>;
	/** The people list's rows in the list's order (`listPeople`), or null. */
	readonly people: () => PersonView[] | null;
	/** The people list's head (`PeopleHead`), or null. */
	readonly peopleHead: () => PeopleHead | null;
	/** `people` a slice at a time, as `articlesInTurns`. */
	readonly peopleInTurns: (wanted: () => boolean) => Promise<PersonView[] | null>;
	/** The store as the reader reads it for one article (ArticleSlices.slice), or null. */
	readonly article: (id: string) => StoreData | null;
	/** The comparison with the curated file as it is now (saved-compare.ts), or null. */
	readonly compare: () => Promise<SavedCompare | null>;
};

/**
 * The rows of a list's table, each its `--json` element less the citations the element ends with (`citation`, a
 * key of the element's own, written last): the text before that key is parsed, all rows as one array.
 */
function listRows<T>(store: string, name: string, key: string | null, citation: string): T[] | null {
	if (key === null) return null;
	const table = RowTable.open(store, name, key);
	if (!table) return null;
	const all = new Array<number>(table.rows);
	for (let i = 0; i < all.length; i++) all[i] = i;
	const pieces = table.read('json', all);
	return pieces && rowsOf<T>(pieces, citation);
}

/** Rows read between two turns of the event loop: a few milliseconds' parsing. */
const sliceRows = 1000;

/** `listRows` a slice at a time, from the table opened first (a table written meanwhile is another generation: null). */
async function listRowsInTurns<T>(store: string, name: string, key: string | null, citation: string, wanted: () => boolean): Promise<T[] | null> {
	const table = key === null ? null : RowTable.open(store, name, key);
	if (!table) return null;
	const rows: T[] = [];
	for (let from = 0; from < table.rows; from += sliceRows) {
		await new Promise((resolve) => setImmediate(resolve));
		if (!wanted()) return null;
		const slice = new Array<number>(Math.min(sliceRows, table.rows - from));
		for (let i = 0; i < slice.length; i++) slice[i] = from + i;
		const pieces = table.read('json', slice);
		const read = pieces && rowsOf<T>(pieces, citation);
		if (!read) return null;
		for (const row of read) rows.push(row);
	}

	return rows;
}

/** The rows of a list's `--json` pieces (see `listRows`); null if a piece is not one. */
function rowsOf<T>(pieces: readonly Buffer[], citation: string): T[] | null {
	// The element's own keys are indented by four spaces (`writeJson`'s two, and two more in the table), those of
	// anything inside it by more; a string holds no raw newline.
	const cut = Buffer.from(`,\n    "${citation}": `);
	const close = Buffer.from('\n  }');
	const texts: string[] = [];
	for (const piece of pieces) {
		// No citation (a row without one leaves the key out): all but the closing brace.
		const at = piece.lastIndexOf(cut);
		if (at < 0 && !piece.subarray(piece.length - close.length).equals(close)) return null;
		texts.push(piece.toString('utf8', 0, at >= 0 ? at : piece.length - close.length));
	}
	if (texts.length === 0) return [];
	try {
		return JSON.parse(`[${texts.join('\n},')}\n}]`) as T[];
	} catch {
		return null;
	}
}

/** The head of a list (`ListHead`), or null if none is of `key`. */
function listHead<R>(store: string, table: string, key: string | null, facets: readonly Facet<R>[]): ListHead<R> | null {
	const head = key === null ? undefined : (RowTable.open(store, table, key)?.data as ListHead<R> | undefined);
	const counts = savedCountsOf(head?.counts, facets);
	if (!head || !counts || !Number.isSafeInteger(head.total) || !Array.isArray(head.rows) || head.rows.length > head.total || typeof head.widest !== 'object' || head.widest === null) return null;
	return head;
}

/** The saved views of the store at `store`, each read when first asked for. Never throws. */
export function savedViews(store: string): SavedViews {
	let key: string | null | undefined;
	const keyNow = () => (key === undefined ? (key = tableKey(store)) : key);
	let slices: ArticleSlices | null | undefined;
	return {
		articles: () => listRows<ArticleView>(store, 'articles', keyNow(), 'citation'),
		articlesHead: () => listHead(store, headTables.articles, keyNow(), articleFacets),
		articlesInTurns: async (wanted) => listRowsInTurns<ArticleView>(store, 'articles', keyNow(), 'citation', wanted).catch(() => null),
		people: () => listRows<PersonView>(store, 'people', keyNow(), 'citations'),
		peopleHead: () => listHead(store, headTables.people, keyNow(), personFacets),
		peopleInTurns: async (wanted) => listRowsInTurns<PersonView>(store, 'people', keyNow(), 'citations', wanted).catch(() => null),
		article(id) {
			const k = keyNow();
			if (k === null) return null;
			slices ??= ArticleSlices.open(store, k);
			try {
				return slices?.slice(id) ?? null;
			} catch {
				return null;
			}
		},
		compare: async () => (await import('./saved-compare.js')).savedCompare(store).catch(() => null),
	};
}
