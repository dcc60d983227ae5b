import {describe, expect, it} from 'vitest';
import type {SearchResults} from '../../source/search/run-search.js';
import {createUiStore, currentScreen, freshScreen, initialState, maxStack, readerScreen, uiReducer, type ArticlesScreen, type PeopleScreen, type SearchScreen, type UiState} from '../../source/ui/state.js';

const apply = (state: UiState, ...actions: Parameters<typeof uiReducer>[1][]) => actions.reduce(uiReducer, state);
const views = (s: UiState) => s.stack.map((x) => x.view);

describe('the screen state', () => {
	it('starts on the dashboard', () => {
		expect(currentScreen(initialState).view).toBe('dashboard');
	});

	it('goes back like a browser', () => {
		const s = apply(initialState, {type: 'show', view: 'people'}, {type: 'open', screen: {view: 'person-quotes', personId: 'p', pos: {selected: 0, top: 0}}}, {type: 'open', screen: readerScreen('a', 3)});
		expect(views(s)).toEqual(['dashboard', 'people', 'person-quotes', 'reader']);
		const back = apply(s, {type: 'back'}, {type: 'back'});
		expect(currentScreen(back).view).toBe('people');
		expect(views(apply(back, {type: 'back'}, {type: 'back'}, {type: 'back'}))).toEqual(['dashboard']);
	});

	it('remembers each tab where it was left', () => {
		let s = apply(initialState, {type: 'show', view: 'people'});
		const people = currentScreen(s) as PeopleScreen;
		s = apply(s, {type: 'replace', screen: {...people, pos: {selected: 4, top: 0}, sort: {column: 'name', descending: false}}});
		s = apply(s, {type: 'show', view: 'timeline'}, {type: 'show', view: 'people'});
		expect(currentScreen(s)).toMatchObject({view: 'people', pos: {selected: 4}, sort: {column: 'name'}});
	});

	it('shows every article again on 6 after "Articles about X" from the dashboard', () => {
		const about = {view: 'articles', pos: {selected: 2, top: 0}, sort: {column: 'date', descending: false}, authority: 'North East Lincolnshire'} as const;
		// 6 while the scoped list is shown
		let s = apply(initialState, {type: 'open', screen: about}, {type: 'show', view: 'articles'});
		expect(currentScreen(s)).toMatchObject({view: 'articles', authority: null});
		// 6 after leaving it for another tab (it was not remembered as the tab's own)
		s = apply(initialState, {type: 'open', screen: about}, {type: 'show', view: 'people'}, {type: 'show', view: 'articles'});
		expect(currentScreen(s)).toMatchObject({view: 'articles', authority: null});
		// and after going back from it
		s = apply(initialState, {type: 'open', screen: about}, {type: 'back'}, {type: 'show', view: 'articles'});
		expect(currentScreen(s)).toMatchObject({view: 'articles', authority: null});
		// The tab's own list is still remembered where it was left.
		s = apply(initialState, {type: 'show', view: 'articles'});
		s = apply(s, {type: 'replace', screen: {...(freshScreen('articles') as ArticlesScreen), pos: {selected: 3, top: 0}}}, {type: 'show', view: 'dashboard'}, {type: 'open', screen: about}, {type: 'show', view: 'articles'});
		expect(currentScreen(s)).toMatchObject({view: 'articles', authority: null, pos: {selected: 3}});
	});

	it('ignores a tab key for the view already shown, and a replace for another view', () => {
		const s = apply(initialState, {type: 'show', view: 'dashboard'}, {type: 'replace', screen: freshScreen('people')});
		expect(s).toBe(initialState);
	});

	it('jumps into the search box from anywhere, keeping the last query', () => {
		let s = apply(initialState, {type: 'open', screen: readerScreen('a')}, {type: 'focus-search'});
		expect(currentScreen(s)).toMatchObject({view: 'search', typing: true, query: ''});
		s = apply(s, {type: 'replace', screen: {...(currentScreen(s) as SearchScreen), query: 'poundland', typing: false}}, {type: 'back'}, {type: 'focus-search'});
		expect(currentScreen(s)).toMatchObject({view: 'search', typing: true, query: 'poundland'});
		expect(currentScreen(apply(s, {type: 'focus-search'}))).toMatchObject({typing: true});
	});

	it('keeps the back stack bounded', () => {
		let s = initialState;
		for (let i = 0; i < maxStack + 20; i++) s = apply(s, {type: 'open', screen: readerScreen(`a${i}`)});
		expect(s.stack).toHaveLength(maxStack);
	});
});

describe('search results', () => {
	const results = (query: string, scope: SearchResults['scope'] = 'all'): SearchResults => ({query, scope, rows: [], problems: [], filters: [], recent: false});
	const typing = (query: string) => {
		const s = apply(initialState, {type: 'focus-search'});
		return apply(s, {type: 'replace', screen: {...(currentScreen(s) as SearchScreen), query}});
	};

	it('keeps results for what the box says', () => {
		const s = apply(typing('pound'), {type: 'search-results', results: results('pound')});
		expect((currentScreen(s) as SearchScreen).results?.query).toBe('pound');
	});

	it('drops a stale result: the box changed, or the scope', () => {
		const s = typing('poundland');
		expect(apply(s, {type: 'search-results', results: results('pound')})).toBe(s);
		expect(apply(s, {type: 'search-results', results: results('poundland', 'quotes')})).toBe(s);
		expect(apply(initialState, {type: 'search-results', results: results('')})).toBe(initialState);
	});

	it('forgets results when the store is reloaded, on every search screen', () => {
		const s = apply(typing('pound'), {type: 'search-results', results: results('pound')}, {type: 'show', view: 'people'}, {type: 'reloaded'});
		expect((s.saved.search as SearchScreen).results).toBeNull();
		expect((s.stack.find((x) => x.view === 'search') as SearchScreen).results).toBeNull();
	});

	it('notifies subscribers once per change, synchronously', () => {
		const store = createUiStore();
		let calls = 0;
		const off = store.subscribe(() => calls++);
		store.dispatch({type: 'show', view: 'timeline'});
		expect(currentScreen(store.getState()).view).toBe('timeline');
		store.dispatch({type: 'show', view: 'timeline'});
		off();
		store.dispatch({type: 'back'});
		expect(calls).toBe(1);
	});
});
