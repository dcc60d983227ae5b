/**
 * One article as the reader needs it, without the store: a row table beside the store (`<store>.lists/reader.*`,
 * row-table-file.ts) with a row per article, in store order, holding the article (its raw text left out: that
 * stays in the store file) and its quotes. The reader shows the other printings of the story and marks the
 * quotes another printing repeats (copies.ts), so a slice is the article's copy group: the articles its `copies`
 * links reach, each with its quotes, in store order. Made from the store file's data alone, as the other tables
 * (curated records change events only), keyed by the store file's identity; anything that does not match is no
 * slice, and the reader waits for the store.
 */
import type {Article, Quote, StoreData} from '../schema.js';
import {emptyStore} from '../vocabulary.js';
import {RowTable, TableWriter, tableKey} from './row-table-file.js';

export const articleSlicesTable = 'reader';

type SliceRow = {readonly article: Record<string, unknown>; readonly quotes: readonly Quote[]};
type SlicesIndex = {readonly name: string; readonly ids: readonly string[]};

/** Records by a key of theirs, each group in the records' order, the groups in the order of their first record. */
export function groupedBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const r of records) {
		const group = groups.get(key(r));
		if (group) group.push(r);
		else groups.set(key(r), [r]);
	}
	return groups;
}

/** The article's fields but its raw text (read without calling the getter a store or its records put there). */
function withoutRaw(article: Article): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(article)) if (key !== 'raw') out[key] = (article as Record<string, unknown>)[key];
	return out;
}

/**
 * Saves the reader's table from `extracted` (the store file's data without curated records, read when the store
 * file had identity `key`). False if it could not (it is then absent, and the reader waits for the store).
 */
export function saveArticleSlices(store: string, extracted: StoreData, key: string, afterRow?: () => void): boolean {
	let writer: TableWriter | null = null;
	try {
		const quotes = groupedBy(extracted.quotes, (q) => q.articleId);

		writer = new TableWriter(store, articleSlicesTable, ['json'], afterRow);
		for (const a of extracted.articles) writer.add([JSON.stringify({article: withoutRaw(a), quotes: quotes.get(a.id) ?? []} satisfies SliceRow)]);
		if (tableKey(store) !== key) throw new Error('the store changed while its tables were made');
		writer.finish(key, {name: extracted.name, ids: extracted.articles.map((a) => a.id)} satisfies SlicesIndex);
		return true;
	} catch {
		writer?.abandon();
		return false;
	}
}

/** The reader's table of the store file with identity `key`, opened once, and where each article's row is. */
export class ArticleSlices {
	private constructor(
		private readonly table: RowTable,
		private readonly index: SlicesIndex,
	) {}

	/**
	 * Where the article `id`'s row is. Looked up in the ids each time, not through a map of every id made when the
	 * table is opened: the reader asks for a handful of articles while the store is read, and that map took longer
	 * to make than the lookups it spares.
	 */
	#rowOf(id: string): number | undefined {
		const row = this.index.ids.indexOf(id);
		return row < 0 ? undefined : row;
	}

	/** The table made from the store file with identity `key`; null if there is none such. Never throws. */
	static open(store: string, key: string): ArticleSlices | null {
		const table = RowTable.open(store, articleSlicesTable, key);
		const index = table?.data as SlicesIndex | undefined;
		if (!table || !Array.isArray(index?.ids) || index.ids.length !== table.rows) return null;
		return new ArticleSlices(table, index);
	}

	/**
	 * A store holding the article `id` and the other printings of its story, with their quotes, in store order:
	 * what the reader reads of the store for that article. Null if the table has no such article or a piece fails
	 * its check. Asking for an article's raw text throws: the store has it.
	 */
	slice(id: string): StoreData | null {
		const first = this.#rowOf(id);
		if (first === undefined) return null;
		const rows = new Map<number, SliceRow>();
		const next = [first];
		while (next.length > 0) {
			const row = next.pop()!;
			if (rows.has(row)) continue;
			const piece = this.table.read('json', [row])?.[0];
			if (!piece) return null;
			const read = JSON.parse(piece.toString('utf8')) as SliceRow;
			rows.set(row, read);
			// The links of every printing reached: a copy group joins printings that only neighbours overlap.
			for (const other of (read.article['copies'] as string[] | undefined) ?? []) {
				const at = this.#rowOf(other);
				if (at !== undefined && !rows.has(at)) next.push(at);
			}
		}

		const inOrder = [...rows].sort(([a], [b]) => a - b).map(([, r]) => r);
		const articles = inOrder.map((r) => {
			Object.defineProperty(r.article, 'raw', {
				enumerable: false,
				get() {
					throw new Error('an article’s raw text is read with the store');
				},
			});
			return r.article as unknown as Article;
		});
		return {...emptyStore(this.index.name), articles, quotes: inOrder.flatMap((r) => r.quotes)};
	}
}
