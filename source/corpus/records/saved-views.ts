/**
 * What the terminal UI's tables, comparison and reader draw from while a large store is read (the comparison:
 * saved-compare.ts): the rows of the articles and people lists from the row tables the list commands print from (`<store>.lists/`, each row's `--json` element is
 * the list's row with its citation), and an article's slice from the reader's table (article-slices.ts). These
 * tables are made from the store file alone, and the articles and people lists, like an article and its quotes,
 * do not depend on curated records. Everything is of the store file as it was when first asked for (its identity,
 * as the tables are keyed): a table made from another state of it is none.
 */
import type {ArticleView, PersonView} from '../queries.js';
import type {StoreData} from '../schema.js';
import {ArticleSlices} from './article-slices.js';
import {RowTable, tableKey} from './row-table-file.js';
import type {SavedCompare} from './saved-compare.js';

export type SavedViews = {
	/** The articles list's rows in the list's order (`listArticles`), or null if no current table has them. */
	readonly articles: () => ArticleView[] | null;
	/** The people list's rows in the list's order (`listPeople`), or null. */
	readonly people: () => PersonView[] | null;
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
	if (!pieces) return null;
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

/** The saved views of the store at `store`, each read when first asked for. Never throws. */
export function savedViews(store: string): SavedViews {
	let key: string | null | undefined;
	const keyNow = () => (key === undefined ? (key = tableKey(store)) : key);
	let slices: ArticleSlices | null | undefined;
	return {
		articles: () => listRows<ArticleView>(store, 'articles', keyNow(), 'citation'),
		people: () => listRows<PersonView>(store, 'people', keyNow(), 'citations'),
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
