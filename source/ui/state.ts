/**
 * What the UI shows: the current screen as a discriminated union, a back stack for Esc (like a browser), and
 * the last state of each tab so that switching views comes back to where one was. One reducer changes it; the
 * store around it is synchronous, so a burst of keys that arrives before React renders is applied in order,
 * each key to the state the previous one left.
 */
import type {EventView} from '../corpus/queries.js';
import type {Scope, SearchResults} from '../search/run-search.js';
import type {ViewName} from './keymap.js';
import {startPos, type ListPos} from './list-window.js';
import type {AlignMode, ComparePanel, EpisodeChoice} from './views/compare/model.js';
import type {ReaderFind} from './views/reader-find.js';
import {noFilters, type TimelineFilters} from './views/timeline/filters.js';
import type {TimelinePanel} from './views/timeline/panels.js';

export const tabViews = ['dashboard', 'search', 'timeline', 'compare', 'people', 'articles', 'cohort'] as const;
/** The views with a number key and a tab. */
export type TabView = (typeof tabViews)[number];

/** A table's sort: the column's key and the direction. */
export type SortState = {readonly column: string; readonly descending: boolean};

/** A citation the reader or the Reports screen made with `y`: whether it went to the clipboard (OSC 52) or is shown to copy by hand. */
export type Citation = {readonly text: string; readonly copied: boolean};

export type DashboardScreen = {readonly view: 'dashboard'; readonly pos: ListPos};
export type SearchScreen = {
	readonly view: 'search';
	readonly query: string;
	readonly scope: Scope;
	/** The search box has the keyboard: printable keys are text. */
	readonly typing: boolean;
	readonly pos: ListPos;
	/** The last results, possibly for an earlier query while a newer one runs. */
	readonly results: SearchResults | null;
};
export type TimelineScreen = {
	readonly view: 'timeline';
	/** The selected line (an index into the lines) and the first row on screen (rows include year headers). */
	readonly pos: ListPos;
	/** The selected line's id: the selection follows the line when filters or the data change. */
	readonly selectedId: string | null;
	readonly filters: TimelineFilters;
	/** The search box, a picker or the event form, when open. */
	readonly panel: TimelinePanel | null;
	/** A change is being written to the store. */
	readonly busy: boolean;
};
export type CompareScreen = {
	readonly view: 'compare';
	/** First line on screen. */
	readonly top: number;
	/** The two authorities; null for the default pair (the two with the most press events). */
	readonly pair: readonly [string, string] | null;
	readonly align: AlignMode;
	/** Each side's episode (an index, oldest 0), null for the latest. */
	readonly episodes: EpisodeChoice;
	/** The authority chooser or the quote panel, when open. */
	readonly panel: ComparePanel | null;
};
export type PeopleScreen = {readonly view: 'people'; readonly pos: ListPos; readonly sort: SortState};
export type PersonQuotesScreen = {readonly view: 'person-quotes'; readonly personId: string; readonly pos: ListPos};
export type ArticlesScreen = {readonly view: 'articles'; readonly pos: ListPos; readonly sort: SortState; readonly authority: string | null};
export type ReaderScreen = {
	readonly view: 'reader';
	readonly articleId: string;
	/** The selected paragraph, 1-based. */
	readonly paragraph: number;
	/** First visible line; null until first laid out (then the selected paragraph is brought into view). */
	readonly top: number | null;
	/** Showing the raw text, furniture included. */
	readonly raw: boolean;
	readonly rawTop: number;
	readonly citation: Citation | null;
	/** The find within the article, while one is open. */
	readonly find: ReaderFind | null;
};
/** Every article that reports one timeline line (its merged reports), to open any of them. */
export type ReportsScreen = {readonly view: 'reports'; readonly line: EventView; readonly pos: ListPos; readonly citation: Citation | null};
export type HelpScreen = {readonly view: 'help'; readonly top: number};
export type CohortScreen = {readonly view: 'cohort'; readonly top: number};
/** The lists a frequency table can be made of: the screen as it was, filters and all (Esc goes back to it). */
export type CountedScreen = TimelineScreen | SearchScreen | PeopleScreen | PersonQuotesScreen | ArticlesScreen;
/** A frequency table of the list `of` shows, counted by one of its columns. */
export type FrequencyScreen = {readonly view: 'frequency'; readonly of: CountedScreen; readonly column: string; readonly pos: ListPos};

/** Every screen, told apart by `view`. */
export type Screen =
	| DashboardScreen
	| SearchScreen
	| TimelineScreen
	| CompareScreen
	| PeopleScreen
	| PersonQuotesScreen
	| ArticlesScreen
	| ReaderScreen
	| CohortScreen
	| HelpScreen
	| ReportsScreen
	| FrequencyScreen;

export type ScreenOf<V extends ViewName> = Extract<Screen, {view: V}>;

/** A tab's screen as first opened. */
export function freshScreen(view: TabView): Screen {
	switch (view) {
		case 'dashboard':
			return {view, pos: startPos};
		case 'search':
			return {view, query: '', scope: 'all', typing: true, pos: startPos, results: null};
		case 'timeline':
			return {view, pos: startPos, selectedId: null, filters: noFilters, panel: null, busy: false};
		case 'compare':
			return {view, top: 0, pair: null, align: 'calendar', episodes: [null, null], panel: null};
		case 'people':
			return {view, pos: startPos, sort: {column: 'quotes', descending: true}};
		case 'articles':
			return {view, pos: startPos, sort: {column: 'date', descending: false}, authority: null};
		case 'cohort':
			return {view, top: 0};
	}
}

/** The reader opened at a paragraph. */
export function readerScreen(articleId: string, paragraph = 1): ReaderScreen {
	return {view: 'reader', articleId, paragraph: Math.max(1, paragraph), top: null, raw: false, rawTop: 0, citation: null, find: null};
}

/** The reports of a line, the first selected. */
export function reportsScreen(line: EventView): ReportsScreen {
	return {view: 'reports', line, pos: startPos, citation: null};
}

export type UiState = {
	/** Never empty; the last screen is the one shown. */
	readonly stack: readonly Screen[];
	/** The last screen of each tab, restored when its number is pressed. */
	readonly saved: Partial<Record<TabView, Screen>>;
	/** A one-line notice in the header (reloaded, reload failed), cleared by the next key. */
	readonly notice: string | null;
};

export const initialState: UiState = {stack: [freshScreen('dashboard')], saved: {}, notice: null};

export type UiAction =
	/** A view's number key. */
	| {readonly type: 'show'; readonly view: TabView}
	/** Opens a screen on top of the current one (Enter). */
	| {readonly type: 'open'; readonly screen: Screen}
	| {readonly type: 'back'}
	/** The current screen's new state (a view's controller moved, sorted, typed...). */
	| {readonly type: 'replace'; readonly screen: Screen}
	/** `/`: the search box, from anywhere. */
	| {readonly type: 'focus-search'}
	/** A finished search: kept only if the box still says what was searched for. */
	| {readonly type: 'search-results'; readonly results: SearchResults}
	| {readonly type: 'notice'; readonly text: string | null}
	/** The store was reloaded: search results are of the old data, so they go (and the search runs again). */
	| {readonly type: 'reloaded'}
	/**
	 * Work a view started has finished (a save): `update` is applied to every screen of that view, on the back
	 * stack and remembered, since the person may have moved on meanwhile. It returns the screen as is when the
	 * work is not its own.
	 */
	| {readonly type: 'update'; readonly view: ViewName; readonly update: (screen: Screen) => Screen};

/** The back stack keeps this many screens; the oldest go first. */
export const maxStack = 100;

export function currentScreen(state: UiState): Screen {
	return state.stack[state.stack.length - 1]!;
}

function isTab(view: ViewName): view is TabView {
	return (tabViews as readonly string[]).includes(view);
}

/**
 * Whether a screen is its tab's own, to come back to with the tab's number key. "Articles about X" opened from
 * the dashboard is a view of the Articles tab's data, not the tab: 6 shows every article again.
 */
function isTabScreen(sc: Screen): boolean {
	return isTab(sc.view) && !(sc.view === 'articles' && sc.authority !== null);
}

/** The saved tab screens with the current one, when it is its tab's own. */
function savedWith(state: UiState, cur: Screen): UiState['saved'] {
	return isTabScreen(cur) ? {...state.saved, [cur.view]: cur} : state.saved;
}

function push(state: UiState, screen: Screen): UiState {
	const cur = currentScreen(state);
	return {...state, saved: savedWith(state, cur), stack: [...state.stack, screen].slice(-maxStack)};
}

export function uiReducer(state: UiState, action: UiAction): UiState {
	const cur = currentScreen(state);
	switch (action.type) {
		case 'show': {
			if (cur.view === action.view && isTabScreen(cur)) return state;
			return push(state, state.saved[action.view] ?? freshScreen(action.view));
		}
		case 'open':
			return push(state, action.screen);
		case 'back': {
			if (state.stack.length <= 1) return state;
			return {...state, saved: savedWith(state, cur), stack: state.stack.slice(0, -1)};
		}
		case 'replace': {
			if (action.screen.view !== cur.view) return state;
			return {...state, stack: [...state.stack.slice(0, -1), action.screen]};
		}
		case 'focus-search': {
			if (cur.view === 'search') return cur.typing ? state : uiReducer(state, {type: 'replace', screen: {...cur, typing: true}});
			const search = (state.saved.search ?? freshScreen('search')) as SearchScreen;
			return push(state, {...search, typing: true});
		}
		case 'search-results': {
			const r = action.results;
			if (cur.view !== 'search' || cur.query !== r.query || cur.scope !== r.scope) return state;
			return {...state, stack: [...state.stack.slice(0, -1), {...cur, results: r, pos: cur.results?.query === r.query && cur.results.scope === r.scope ? cur.pos : startPos}]};
		}
		case 'notice':
			return state.notice === action.text ? state : {...state, notice: action.text};
		case 'update': {
			const apply = (sc: Screen): Screen => (sc.view === action.view ? action.update(sc) : sc);
			const stack = state.stack.map(apply);
			const saved = Object.fromEntries(Object.entries(state.saved).map(([k, v]) => [k, apply(v)])) as UiState['saved'];
			const changed = stack.some((sc, i) => sc !== state.stack[i]) || Object.entries(saved).some(([k, v]) => v !== state.saved[k as TabView]);
			return changed ? {...state, stack, saved} : state;
		}
		case 'reloaded': {
			const clear = (sc: Screen): Screen => (sc.view === 'search' ? {...sc, results: null} : sc);
			const saved = state.saved.search ? {...state.saved, search: clear(state.saved.search)} : state.saved;
			return {...state, saved, stack: state.stack.map(clear)};
		}
	}
}

/** A synchronous store around {@link uiReducer}: `getState()` is current as soon as `dispatch` returns. */
export type UiStore = {
	getState(): UiState;
	dispatch(action: UiAction): void;
	subscribe(listener: () => void): () => void;
};

export function createUiStore(initial: UiState = initialState): UiStore {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		getState: () => state,
		dispatch(action) {
			const next = uiReducer(state, action);
			if (next === state) return;
			state = next;
			for (const l of [...listeners]) l();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
