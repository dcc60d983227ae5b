/**
 * The heads of the articles and people lists beside their row tables (`<store>.lists/articles-head.index`,
 * `people-head.index`, read by corpus/records/saved-views.ts): tables of no rows whose data is the list's size,
 * widest cells, first rows in its first order and counts (ui/views/articles-model.ts, people-model.ts), keyed as
 * the other tables.
 */
import type {ArticleView, PersonView} from '../../corpus/queries.js';
import {headTables, type ListHead} from '../../corpus/records/saved-views.js';
import {TableWriter, tableKey} from '../../corpus/records/row-table-file.js';
import {articlesHeadOf} from '../../ui/views/articles-model.js';
import {peopleHeadOf} from '../../ui/views/people-model.js';

/** The lists with a head, and how each head is made from the list's rows (its table's, in its order). */
const heads: {readonly [L in keyof typeof headTables]: (rows: readonly never[]) => ListHead<unknown>} = {
	articles: (rows: readonly ArticleView[]) => articlesHeadOf(rows),
	people: (rows: readonly PersonView[]) => peopleHeadOf(rows),
};

/** Saves the head of `rows` (the list's table's rows, in its order) of the store file `key`; false if it could not. */
export function saveListHead(store: string, list: keyof typeof headTables, rows: readonly unknown[], key: string): boolean {
	let writer: TableWriter | null = null;
	try {
		writer = new TableWriter(store, headTables[list], []);
		const head = heads[list](rows as readonly never[]);
		if (tableKey(store) !== key) throw new Error('the store changed while its tables were made');
		writer.finish(key, head);
		return true;
	} catch {
		writer?.abandon();
		return false;
	}
}
