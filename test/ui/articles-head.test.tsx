/**
 * The articles list's head (saved beside its row table): the list's first screen before its rows are read. What
 * it holds is what the store gives (size, widest cells, first rows in the first order, counts by column); the
 * list, `F` and the reader are drawn from it through the real input path as from the store; a sort waits for
 * the rows; a head of another state of the store file, or a window past its rows, is not drawn from.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {articleFacets} from '../../source/corpus/frequency-facets.js';
import {frequency} from '../../source/corpus/frequency.js';
import {listArticles} from '../../source/corpus/queries.js';
import {savedViews, type ArticlesHead} from '../../source/corpus/records/saved-views.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {appLayout} from '../../source/ui/layout.js';
import {freshScreen, type ArticlesScreen} from '../../source/ui/state.js';
import {articleCells, articleSortColumns, articleSpecs, headRows} from '../../source/ui/views/articles-model.js';
import {articlesWhileReading} from '../../source/ui/views/articles-view.js';
import {shownList} from '../../source/ui/views/shown-list.js';
import {sortRows, widestCells} from '../../source/ui/views/table-model.js';
import type {ViewEnv} from '../../source/ui/views/view-types.js';
import {bundledData, keys} from './harness.js';
import {fromTheStore as frameOf, headOfAnotherState, headOnly as reading, keysPastTheHead, storeWithTables, type Step} from './list-head-session.js';

afterEach(() => cleanup());

/**
 * The bundled store's articles again and again, each copy its own article a year earlier: more rows than the
 * head keeps, so that a window past them is not the head's.
 */
function manyArticles(): StoreData {
	const bundled = bundledData();
	const big = structuredClone(bundled);
	for (let k = 1; k < 50; k++) {
		for (const a of bundled.articles) {
			const value = a.published.value === null || a.published.value.slice(4, 10) === '-02-29' ? a.published.value : `${Number(a.published.value.slice(0, 4)) - k}${a.published.value.slice(4)}`;
			big.articles.push({...structuredClone(a), id: `${a.id}-copy${k}`, file: `${a.file} (copy ${k})`, title: `${a.title} (copy ${k})`, published: {...a.published, value}, copies: []});
		}
	}
	return big;
}

const data = manyArticles();
const saved = storeWithTables(data, 'articles');
const file = () => saved.file();

const first = (freshScreen('articles') as ArticlesScreen).sort;

describe('the articles list’s head', () => {
	it('is the list the store gives: its size, widest cells, first rows in the first order and every column’s counts', () => {
		const head = savedViews(file()).articlesHead();
		expect(head).not.toBeNull();
		const rows = sortRows(listArticles(data), first, articleSortColumns);
		expect(head!.total).toBe(rows.length);
		expect(rows.length).toBeGreaterThan(headRows);
		expect(head!.rows).toEqual(rows.slice(0, headRows));
		expect(head!.widest).toEqual(widestCells(rows, articleCells, articleSpecs));
		// The counts the frequency view makes from the store's list, column by column.
		const fromStore = shownList(freshScreen('articles') as ArticlesScreen, {data, timeline: null, saved: null});
		for (const facet of articleFacets) {
			expect(head!.counts[facet.name]).toEqual(fromStore.count(facet.name));
			expect(head!.counts[facet.name]).toEqual(frequency(rows, facet));
		}
	});

	it('of another state of the store file is none, while the list’s rows are of this state', async () => {
		const {before, after, file: other} = await headOfAnotherState(saved.dir(), data, 'articles', (f) => savedViews(f).articlesHead());
		expect(before).not.toBeNull();
		expect(after).toBeNull();
		expect(savedViews(other).articles()).toHaveLength(data.articles.length);
	});

	it('draws only a window among its rows, and takes only the moves that stay among them', () => {
		const rows = sortRows(listArticles(data), first, articleSortColumns);
		const full = savedViews(file()).articlesHead()!;
		const head: ArticlesHead = {...full, rows: full.rows.slice(0, 30)};
		const env = {data: emptyStore(data.name), saved: {articles: null, articlesHead: head, people: null, compare: null, article: () => null}, layout: appLayout({columns: 100, rows: 30})} as unknown as ViewEnv;
		const screen = freshScreen('articles') as ArticlesScreen;
		expect(rows.length).toBeGreaterThan(30);
		expect(articlesWhileReading.draws(screen, env)).toBe(true);
		expect(articlesWhileReading.takes(screen, {command: 'move-down'}, env)).toBe(true);
		expect(articlesWhileReading.takes(screen, {command: 'page-down'}, env)).toBe(false);
		expect(articlesWhileReading.takes(screen, {command: 'bottom'}, env)).toBe(false);
		expect(articlesWhileReading.takes(screen, {command: 'sort'}, env)).toBe(false);
		expect(articlesWhileReading.draws({...screen, pos: {selected: 40, top: 20}}, env)).toBe(false);
		// Another sort, or one authority's articles, are not the head's.
		expect(articlesWhileReading.draws({...screen, sort: {column: 'title', descending: false}}, env)).toBe(false);
		expect(articlesWhileReading.draws({...screen, authority: 'Blackpool'}, env)).toBe(false);
	});
});

const fromTheStore = (steps: readonly Step[], columns = 100) => frameOf(data, steps, columns);

/** A session whose store is being read, with the articles list's head and never its rows. */
const headOnly = (columns = 100) => reading(data, {...savedViews(file()), articles: () => null, articlesInTurns: async () => null}, columns);

describe('the list drawn from its head while the store is read', () => {
	for (const steps of [
		['view-articles', 'move-down', 'move-down'],
		['view-articles', 'move-down', 'frequency', 'frequency-column-next', 'move-down'],
		['view-articles', 'move-down', {key: keys.enter}],
	] satisfies Step[][]) {
		it(`${steps.map((s) => (typeof s === 'string' ? s : 'Enter')).join(', ')}: the frames of the store`, async () => {
			const expected = await fromTheStore(steps);
			const {app, release} = await headOnly();
			for (const s of steps) await (typeof s === 'string' ? app.pressCommand(s) : app.press(s.key));
			expect(app.frame()).not.toContain('Reading the store');
			expect(app.frame()).toEqual(expected);
			release();
		});
	}

	keysPastTheHead(data, 'view-articles', () => ({...savedViews(file()), articles: () => null, articlesInTurns: async () => null}));
});
