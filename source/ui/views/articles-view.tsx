/**
 * Articles (6): every article (or one authority's, from the dashboard) with date, authority, title and counts,
 * in a table sorted by a key (`s` the next column, `S` reverse). Enter opens the reader. The rules are in
 * articles-model.ts.
 */
import {Box, Text} from 'ink';
import type {ArticleView} from '../../corpus/queries.js';
import {safeLine} from '../../text/terminal-safety.js';
import {DataTable} from '../components/data-table.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import {readerScreen, type ArticlesScreen} from '../state.js';
import {truncate} from '../text-layout.js';
import {articleCells, articleList, articleSortColumns, articleSpecs} from './articles-model.js';
import {takenFromHead, windowRead} from './head-list.js';
import {nextSort, reverseSort, tableColumns} from './table-model.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';

export {articleRows} from './articles-model.js';

/** The saved list's authorities: an authority named otherwise is resolved against the store, once it is read. */
const savedAuthorities = memoLast((rows: readonly ArticleView[]) => new Set(rows.flatMap((a) => a.authorities)));

function tableHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 3);
}

/**
 * While the store is read, the list draws from the saved rows, or before those are read from the list's head
 * (its first screen in its first order); Enter opens the reader, which may wait for the store.
 */
export const articlesWhileReading: WhileReading<ArticlesScreen> = {
	draws: (screen, env) => {
		const saved = env.saved?.articles;
		if (saved) return screen.authority === null || savedAuthorities(saved).has(screen.authority);
		const list = articleList(env, screen);
		return list.counts !== null && windowRead(list, screen.pos, tableHeight(env));
	},
	takes: (screen, input, env) => {
		const list = articleList(env, screen);
		return list.counts === null || takenFromHead(screen.pos, input, tableHeight(env), list);
	},
};

export const articlesController: Controller<ArticlesScreen> = (screen, input, env) => {
	const list = articleList(env, screen);
	const h = tableHeight(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, list.total, h)}};
	if (isCommand(input, 'sort')) return {screen: {...screen, sort: nextSort(screen.sort, articleSortColumns), pos: startPos}};
	if (isCommand(input, 'sort-reverse')) return {screen: {...screen, sort: reverseSort(screen.sort), pos: startPos}};
	if (isCommand(input, 'open')) {
		const a = list.rows[clampPos(screen.pos, list.total, h).selected];
		return a ? {open: readerScreen(a.id, 1)} : {};
	}
	return undefined;
};

export function ArticlesView({screen, env}: ViewProps<ArticlesScreen>) {
	const {width} = env.layout.body;
	const {rows, total, widest} = articleList(env, screen);
	const scope = screen.authority ? ` about ${safeLine(screen.authority)}` : '';
	if (total === 0) {
		return (
			<Box flexDirection="column">
				<Text bold>Articles{scope}</Text>
				<Text>No articles{scope} in this store yet: import some with `scrutiny import PATH`.</Text>
			</Box>
		);
	}
	const h = tableHeight(env);
	const pos = clampPos(screen.pos, total, h);
	const {start, end} = visibleRange(pos, total, h);
	const columns = tableColumns(articleSpecs, widest, width, screen.sort);
	const sel = rows[pos.selected]!;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Articles{scope} · {total} · sorted by {screen.sort.column} {screen.sort.descending ? '(high to low)' : '(low to high)'}
			</Text>
			<DataTable columns={columns} rows={rows.slice(start, end).map(articleCells)} selected={pos.selected - start} />
			<Text dimColor wrap="truncate">
				{truncate(`${safeLine(sel.title)} · ${safeLine(sel.file)}`, width)}
			</Text>
		</Box>
	);
}
