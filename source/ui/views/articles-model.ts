/**
 * The articles table's rules, pure: its columns and sorts, a row's cells, and the list a screen shows. While the
 * store is read the list comes from the rows saved beside it, or before those are read from the list's head
 * (corpus/records/saved-views.ts): its size, widest cells, counts and first rows in its first order, made at
 * import by `articlesHeadOf` from the same rows, so that its first screen is the one the rows would draw.
 */
import {compareDates, formatDate} from '../../corpus/date-value.js';
import {articleFacets} from '../../corpus/frequency-facets.js';
import {countEvery, type SavedCounts} from '../../corpus/frequency.js';
import {listArticles, type ArticleView} from '../../corpus/queries.js';
import type {ArticlesHead} from '../../corpus/records/saved-views.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/terminal-safety.js';
import {memoLast} from '../memo.js';
import {freshScreen, type ArticlesScreen, type SortState} from '../state.js';
import {headRows, rowsList, sameSort, type TableList} from './head-list.js';
import {sortRows, widestCells, type Cells, type SortColumn, type TableSpec} from './table-model.js';
import type {ViewEnv} from './view-types.js';

export const articleSortColumns: readonly SortColumn<ArticleView>[] = [
	{key: 'date', label: 'date', compare: (a, b) => compareDates(a.published, b.published)},
	{key: 'authority', label: 'authority', compare: (a, b) => (a.authorities[0] ?? '~').localeCompare(b.authorities[0] ?? '~')},
	{key: 'title', label: 'title', compare: (a, b) => a.title.localeCompare(b.title)},
	{key: 'quotes', label: 'quotes', compare: (a, b) => a.quotes - b.quotes, descendingFirst: true},
	{key: 'paragraphs', label: 'paragraphs', compare: (a, b) => a.paragraphs - b.paragraphs, descendingFirst: true},
];

export const articleSpecs: readonly TableSpec[] = [
	{key: 'date', header: 'date', min: 8, priority: 10},
	{key: 'title', header: 'title', min: 16, priority: 9, grow: true},
	{key: 'authority', header: 'authority', min: 9, priority: 8},
	{key: 'quotes', header: 'quotes', min: 6, priority: 7, align: 'right'},
	{key: 'paragraphs', header: 'paras', min: 5, priority: 6, align: 'right'},
];

/** An article's cells, cleaned for display. */
export function articleCells(a: ArticleView): Cells {
	return {
		date: formatDate(a.published),
		authority: safeLine(a.authorities.join(', ')) || 'unknown',
		title: safeLine(a.title),
		paragraphs: String(a.paragraphs),
		quotes: String(a.quotes),
	};
}

/** The order the list opens in: the head's first rows are in it. */
const firstSort: SortState = (freshScreen('articles') as ArticlesScreen).sort;

export {headRows};

/** The head of the list `rows` (every article, as its table holds them), as saved beside the store. */
export function articlesHeadOf(rows: readonly ArticleView[]): ArticlesHead {
	return {total: rows.length, widest: widestCells(rows, articleCells, articleSpecs), rows: sortRows(rows, firstSort, articleSortColumns).slice(0, headRows), counts: countEvery(rows, articleFacets)};
}

const sortedRows = memoLast((data: StoreData, saved: readonly ArticleView[] | null, authority: string | null, sort: SortState): ArticleView[] =>
	sortRows(saved ? (authority ? saved.filter((a) => a.authorities.includes(authority)) : saved) : listArticles(data, authority ? {authority} : {}), sort, articleSortColumns),
);

/** The rows of the screen: from the store, or while it is read from the list saved beside it (the same rows). */
export function articleRows(env: Pick<ViewEnv, 'data' | 'saved'>, screen: Pick<ArticlesScreen, 'authority' | 'sort'>): ArticleView[] {
	return sortedRows(env.data, env.saved?.articles ?? null, screen.authority, screen.sort);
}

const fromRows = rowsList((rows: readonly ArticleView[]) => widestCells(rows, articleCells, articleSpecs));

export type ArticleList = TableList<ArticleView>;

/** The list a screen shows: every row, or its head while neither the store nor the rows are read. */
export function articleList(env: Pick<ViewEnv, 'data' | 'saved'>, screen: Pick<ArticlesScreen, 'authority' | 'sort'>): ArticleList {
	const head = env.saved?.articles ? null : env.saved?.articlesHead;
	if (head && screen.authority === null && sameSort(screen.sort, firstSort)) return head;
	return fromRows(articleRows(env, screen));
}
