/**
 * Articles (6): every article (or one authority's, from the dashboard) with date, authority, title and counts,
 * in a table sorted by a key (`s` the next column, `S` reverse). Enter opens the reader.
 */
import {Box, Text} from 'ink';
import {compareDates, formatDate} from '../../corpus/date-value.js';
import {listArticles, type ArticleView} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/terminal-safety.js';
import {DataTable} from '../components/data-table.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import {readerScreen, type ArticlesScreen, type SortState} from '../state.js';
import {truncate} from '../text-layout.js';
import {nextSort, reverseSort, sortRows, tableColumns, widestCells, type Cells, type SortColumn, type TableSpec} from './table-model.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';

export const articleSortColumns: readonly SortColumn<ArticleView>[] = [
	{key: 'date', label: 'date', compare: (a, b) => compareDates(a.published, b.published)},
	{key: 'authority', label: 'authority', compare: (a, b) => (a.authorities[0] ?? '~').localeCompare(b.authorities[0] ?? '~')},
	{key: 'title', label: 'title', compare: (a, b) => a.title.localeCompare(b.title)},
	{key: 'quotes', label: 'quotes', compare: (a, b) => a.quotes - b.quotes, descendingFirst: true},
	{key: 'paragraphs', label: 'paragraphs', compare: (a, b) => a.paragraphs - b.paragraphs, descendingFirst: true},
];

const sortedRows = memoLast((data: StoreData, saved: readonly ArticleView[] | null, authority: string | null, sort: SortState): ArticleView[] =>
	sortRows(saved ? (authority ? saved.filter((a) => a.authorities.includes(authority)) : saved) : listArticles(data, authority ? {authority} : {}), sort, articleSortColumns),
);

/** The rows of the screen: from the store, or while it is read from the list saved beside it (the same rows). */
export function articleRows(env: Pick<ViewEnv, 'data' | 'saved'>, screen: Pick<ArticlesScreen, 'authority' | 'sort'>): ArticleView[] {
	return sortedRows(env.data, env.saved?.articles ?? null, screen.authority, screen.sort);
}

/** The saved list's authorities: an authority named otherwise is resolved against the store, once it is read. */
const savedAuthorities = memoLast((rows: readonly ArticleView[]) => new Set(rows.flatMap((a) => a.authorities)));

/** While the store is read, the list draws from the saved rows; Enter opens the reader, which may wait for the store. */
export const articlesWhileReading: WhileReading<ArticlesScreen> = {
	draws: (screen, env) => {
		const saved = env.saved?.articles;
		return Boolean(saved) && (screen.authority === null || savedAuthorities(saved!).has(screen.authority));
	},
	takes: () => true,
};

const articleSpecs: readonly TableSpec[] = [
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

/** The widest cells of the list: once per list (a new store, scope or sort), never per key press. */
const widest = memoLast((rows: readonly ArticleView[]) => widestCells(rows, articleCells, articleSpecs));

function tableHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 3);
}

export const articlesController: Controller<ArticlesScreen> = (screen, input, env) => {
	const rows = articleRows(env, screen);
	const h = tableHeight(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, rows.length, h)}};
	if (isCommand(input, 'sort')) return {screen: {...screen, sort: nextSort(screen.sort, articleSortColumns), pos: startPos}};
	if (isCommand(input, 'sort-reverse')) return {screen: {...screen, sort: reverseSort(screen.sort), pos: startPos}};
	if (isCommand(input, 'open')) {
		const a = rows[clampPos(screen.pos, rows.length, h).selected];
		return a ? {open: readerScreen(a.id, 1)} : {};
	}
	return undefined;
};

export function ArticlesView({screen, env}: ViewProps<ArticlesScreen>) {
	const {width} = env.layout.body;
	const rows = articleRows(env, screen);
	const scope = screen.authority ? ` about ${safeLine(screen.authority)}` : '';
	if (rows.length === 0) {
		return (
			<Box flexDirection="column">
				<Text bold>Articles{scope}</Text>
				<Text>No articles{scope} in this store yet: import some with `scrutiny import PATH`.</Text>
			</Box>
		);
	}
	const h = tableHeight(env);
	const pos = clampPos(screen.pos, rows.length, h);
	const {start, end} = visibleRange(pos, rows.length, h);
	const columns = tableColumns(articleSpecs, widest(rows), width, screen.sort);
	const sel = rows[pos.selected]!;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Articles{scope} · {rows.length} · sorted by {screen.sort.column} {screen.sort.descending ? '(high to low)' : '(low to high)'}
			</Text>
			<DataTable columns={columns} rows={rows.slice(start, end).map(articleCells)} selected={pos.selected - start} />
			<Text dimColor wrap="truncate">
				{truncate(`${safeLine(sel.title)} · ${safeLine(sel.file)}`, width)}
			</Text>
		</Box>
	);
}
