/**
 * Search (2): a modal search box (while it has the keyboard, letters are text), Tab for the scope, filters in the
 * box, results as you type, each with its kind, speaker or title, date and the match in context; a preview of the
 * selected result; Enter opens the reader at the paragraph (or a person's quotes).
 *
 * Typing never waits for a search: the search runs a moment after the last key, and a result that comes back
 * for a query the box no longer holds is dropped (by the reducer, which compares the query and scope).
 *
 * While a large store is read, the box is answered from the index and documents saved beside it (the same rows);
 * Enter, the filters and the empty box's recent quotes wait for the store, and the results are searched again
 * from the store once it is read.
 */
import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {nextScope, runSearchSliced, scopes, searchLimit, type ResultRow, type SearchResults} from '../../search/run-search.js';
import {safeLine} from '../../text/terminal-safety.js';
import {SpanLineText} from '../components/span-line.js';
import {hint, keysFor} from '../key-hints.js';
import {kwic} from '../kwic.js';
import {searchLayout} from '../layout.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import {currentScreen, readerScreen, reportsScreen, type SearchScreen, type UiStore} from '../state.js';
import {displayWidth, fit, truncate, type SpanLine} from '../text-layout.js';
import {previewLines} from './search-preview.js';
import {allLines} from './timeline/selectors.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';

/** Each result takes two rows: kind, who and date; then the match in context. */
const rowsPerResult = 2;

function visibleResults(env: ViewEnv): number {
	return Math.max(1, Math.floor(searchLayout(env.layout.body).panes.first.height / rowsPerResult));
}

/** The rows on screen: the last results, which may still be those of an earlier query while a search runs. */
function rowsOf(screen: SearchScreen): readonly ResultRow[] {
	return screen.results?.rows ?? [];
}

/** Results for the box as it is; results from the saved documents are current only while the store is read. */
function isCurrent(screen: SearchScreen, results: SearchResults | null, reading: boolean): boolean {
	return results !== null && results.query === screen.query && results.scope === screen.scope && (results.early === undefined || reading);
}

/** Commands that need only the results on screen, not the store: typing in the box, the scope, moving. */
const onResults = new Set<string>(['search-delete', 'search-clear', 'search-scope', 'search-leave']);

/** While the store is read, with its saved search: the box, the scope and moving; Enter and the rest wait. */
export const searchWhileReading: WhileReading<SearchScreen> = {
	draws: (_screen, env) => env.savedSearch !== null,
	takes: (_screen, input) => !('command' in input) || moveOf(input) !== null || onResults.has(input.command),
};

export const searchController: Controller<SearchScreen> = (screen, input, env) => {
	if ('text' in input) return {screen: {...screen, query: screen.query + input.text, pos: startPos}};
	const rows = rowsOf(screen);
	const h = visibleResults(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, rows.length, h)}};
	switch (input.command) {
		case 'search-delete':
			return {screen: {...screen, query: [...screen.query].slice(0, -1).join(''), pos: startPos}};
		case 'search-clear':
			return {screen: {...screen, query: '', pos: startPos}};
		case 'search-scope':
			return {screen: {...screen, scope: nextScope(screen.scope), pos: startPos}};
		case 'search-leave':
			return {screen: {...screen, typing: false}};
		case 'open': {
			const row = rows[clampPos(screen.pos, rows.length, h).selected];
			if (!row) return {};
			// Coming back (Esc) lands in the results, where j/k move.
			const left = {...screen, typing: false};
			if (row.kind === 'person') return {screen: left, open: {view: 'person-quotes', personId: row.id, pos: startPos}};
			if (row.articleId) return {screen: left, open: readerScreen(row.articleId, row.paragraph ?? 1)};
			return {};
		}
		case 'line-reports': {
			// An event result is a timeline line, its reports merged: every one of them, as the timeline's R lists.
			const row = rows[clampPos(screen.pos, rows.length, h).selected];
			if (!row) return {notice: 'no result selected'};
			if (row.kind !== 'event') return {notice: `${keysFor('line-reports')} lists the reports of an event; this result is ${row.kind === 'article' ? 'an' : 'a'} ${row.kind}`};
			const line = allLines(env.data).find((l) => l.id === row.id || l.merged?.includes(row.id));
			if (!line || !line.sources.length) return {notice: 'no article reports this event: it is official data or your own'};
			return {screen: {...screen, typing: false}, open: reportsScreen(line)};
		}
		default:
			return undefined;
	}
};

/**
 * Runs the search for the box a moment after the last key. The timer is cancelled by the next key (the effect
 * re-runs); a search already started ranks in slices and gives up as soon as the box changes, so typing never
 * waits for it; a result that arrives for an old box is dropped by the reducer too.
 */
function useSearchRunner(screen: SearchScreen, env: ViewEnv, store: UiStore): void {
	const {query, scope, results} = screen;
	const saved = env.savedSearch;
	const fresh = isCurrent(screen, results, saved !== null);
	useEffect(() => {
		if (fresh) return;
		let cancelled = false;
		const stillAsked = () => {
			const cur = currentScreen(store.getState());
			return !cancelled && cur.view === 'search' && cur.query === query && cur.scope === scope;
		};
		const timer = setTimeout(
			() => {
				if (!stillAsked()) return;
				const search = saved
					? saved.answer(query, scope, () => !stillAsked()).then((a): SearchResults | null => (a === 'needs-store' ? {query, scope, rows: [], problems: [], filters: [], recent: false, early: 'needs-store'} : a && {...a, early: 'saved'}))
					: runSearchSliced(env.data, env.searcher(), query, scope, () => !stillAsked());
				search
					.catch((error: unknown): SearchResults => ({query, scope, rows: [], problems: [`search failed: ${safeLine((error as Error)?.message ?? String(error))}`], filters: [], recent: false}))
					.then((r) => {
						if (r && stillAsked()) store.dispatch({type: 'search-results', results: r});
					});
			},
			query.trim() === '' ? 0 : env.searchDelayMs,
		);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	}, [query, scope, fresh, saved, env.data, env.searchDelayMs, env.searcher, store]);
}

/** The line under the box: searching, a problem with the query, or what the rows are. */
export function statusLine(scope: SearchScreen['scope'], r: SearchResults | null): string {
	if (!r) return 'searching…';
	if (r.early === 'needs-store') return 'reading the store: the recent quotes and the filters answer once it is read…';
	if (r.problems.length) return r.problems[0]!;
	if (r.recent) return `most recent ${scope === 'all' || scope === 'quotes' ? 'quotes' : scope} · type to search; filters speaker: authority: year: type:`;
	const n = r.rows.length;
	const early = r.early === 'saved' ? ` · from the saved index while the store is read (${hint('open', 'opens once it is')})` : '';
	return `${n}${n >= searchLimit ? '+' : ''} result${n === 1 ? '' : 's'}${r.filters.length ? ` · ${r.filters.join(' ')}` : ''}${early}`;
}

export function SearchView({screen, env, store}: ViewProps<SearchScreen>) {
	useSearchRunner(screen, env, store);
	const {theme} = env;
	const {width} = env.layout.body;
	const {panes} = searchLayout(env.layout.body);
	const rows = rowsOf(screen);
	const h = visibleResults(env);
	const pos = clampPos(screen.pos, rows.length, h);
	const {start, end} = visibleRange(pos, rows.length, h);
	const reading = env.savedSearch !== null;
	const current = isCurrent(screen, screen.results, reading);
	const r = current ? screen.results : null;
	const status = statusLine(screen.scope, r);
	const scopeText = scopes.map((s) => (s === screen.scope ? `[${s}]` : s)).join(' ');
	const boxWidth = Math.max(10, width - displayWidth(scopeText) - 3);
	// The end of a long query stays visible: that is where one types.
	const q = safeLine(screen.query);
	const shownQuery = displayWidth(q) > boxWidth - 4 ? `…${[...q].slice(-(boxWidth - 5)).join('')}` : q;
	const list = panes.first;
	const selectedRow = rows[pos.selected];
	const preview = reading ? readingPreview(selectedRow) : previewLines(env.data, selectedRow, panes.second.width, panes.second.height);
	return (
		<Box flexDirection="column" width={width}>
			<Box width={width} height={1} justifyContent="space-between">
				<Text wrap="truncate">
					<Text bold>{screen.typing ? '› ' : '  '}</Text>
					<Text inverse={!screen.typing && screen.query === ''}>{shownQuery || (screen.typing ? '' : ' ')}</Text>
					{screen.typing ? <Text inverse> </Text> : null}
					{!screen.query && screen.typing ? <Text dimColor> search quotes, articles, people, events</Text> : null}
				</Text>
				<Text dimColor wrap="truncate">
					{scopeText}
				</Text>
			</Box>
			<Text dimColor={!r?.problems.length} {...(r?.problems.length && theme.color ? {color: 'yellow'} : {})} wrap="truncate">
				{truncate(status, width)}
			</Text>
			<Box flexDirection={panes.direction} width={width}>
				<Box flexDirection="column" width={list.width} height={list.height} overflow="hidden">
					{rows.length === 0 && r && r.early !== 'needs-store' ? <NoResults results={r} width={list.width} /> : null}
					{rows.slice(start, end).map((row, i) => {
						const isSel = start + i === pos.selected;
						// One result stands for a quote every title printed (corpus/copies.ts): it names the others.
						const meta = `${fit(row.kind, 7)} ${safeLine(row.label)}${row.alsoIn ? ` · also in ${safeLine(row.alsoIn)}` : ''}`;
						const date = row.date ? ` ${row.date}` : '';
						return (
							<Box key={`${row.kind}:${row.id}`} flexDirection="column" height={rowsPerResult}>
								<Text inverse={isSel} wrap="truncate">
									{isSel ? '› ' : '  '}
									{fit(meta, Math.max(0, list.width - 2 - displayWidth(date)))}
									{date}
								</Text>
								<Box>
									<Text>{'    '}</Text>
									<SpanLineText line={kwic(safeLine(row.text), row.matches, Math.max(0, list.width - 4))} theme={theme} base={current ? undefined : 'dim'} />
								</Box>
							</Box>
						);
					})}
				</Box>
				{panes.direction === 'row' ? (
					<Box width={1} height={list.height} flexDirection="column">
						{Array.from({length: list.height}, (_, i) => (
							<Text key={i} dimColor>
								│
							</Text>
						))}
					</Box>
				) : (
					<Text dimColor>{'─'.repeat(width)}</Text>
				)}
				<Box flexDirection="column" width={panes.second.width} height={panes.second.height} overflow="hidden">
					{preview.map((l, i) => (
						<SpanLineText key={i} line={l} theme={theme} />
					))}
				</Box>
			</Box>
		</Box>
	);
}

/** The preview while the store is read: the result's paragraph and article show once it is. */
function readingPreview(row: ResultRow | undefined): SpanLine[] {
	return row ? [[{text: 'The preview shows once the store is read…', tone: 'dim'}]] : [];
}

type NoResultsProps = {readonly results: SearchResults; readonly width: number};

/** Says there is nothing, and what to try: drop a filter, widen the scope, or fewer words. */
function NoResults({results, width}: NoResultsProps) {
	const q = truncate(safeLine(results.query), Math.max(4, width - 20));
	const advice = results.filters.length
		? `Try dropping a filter: ${results.filters.join(', ')}.`
		: results.scope !== 'all'
			? `Try ${keysFor('search-scope')} to search all kinds, or fewer words.`
			: 'Try fewer or shorter words; prefix a word with \' for an exact match.';
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				No results for “{q}” in {results.scope}.
			</Text>
			<Text wrap="wrap">{advice}</Text>
		</Box>
	);
}
