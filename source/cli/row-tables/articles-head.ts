/**
 * The articles list's head beside its row table (`<store>.lists/articles-head.index`, read by
 * corpus/records/saved-views.ts): a table of no rows whose data is the list's size, widest cells, first rows in
 * its first order and counts (ui/views/articles-model.ts), keyed as the other tables.
 */
import type {ArticleView} from '../../corpus/queries.js';
import {articlesHeadTable} from '../../corpus/records/saved-views.js';
import {TableWriter, tableKey} from '../../corpus/records/row-table-file.js';
import {articlesHeadOf} from '../../ui/views/articles-model.js';

/** Saves the head of `rows` (the articles table's rows, in its order) of the store file `key`; false if it could not. */
export function saveArticlesHead(store: string, rows: readonly ArticleView[], key: string): boolean {
	let writer: TableWriter | null = null;
	try {
		writer = new TableWriter(store, articlesHeadTable, []);
		const head = articlesHeadOf(rows);
		if (tableKey(store) !== key) throw new Error('the store changed while its tables were made');
		writer.finish(key, head);
		return true;
	} catch {
		writer?.abandon();
		return false;
	}
}
