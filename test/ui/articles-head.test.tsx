/**
 * The articles list's head (saved beside its row table): the list's first screen before its rows are read. What
 * it holds is what the store gives (size, widest cells, first rows in the first order, counts by column); the
 * list, `F` and the reader are drawn from it through the real input path as from the store; a sort waits for
 * the rows; a head of another state of the store file, or a window past its rows, is not drawn from.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {saveTables, tableKey} from '../../source/cli/row-tables/table-answer.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {articleFacets} from '../../source/corpus/frequency-facets.js';
import {frequency} from '../../source/corpus/frequency.js';
import {listArticles} from '../../source/corpus/queries.js';
import {savedViews, type ArticlesHead} from '../../source/corpus/records/saved-views.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {appLayout} from '../../source/ui/layout.js';
import {freshScreen, type ArticlesScreen} from '../../source/ui/state.js';
import {articleCells, articleSortColumns, articleSpecs, headRows} from '../../source/ui/views/articles-model.js';
import {articlesWhileReading} from '../../source/ui/views/articles-view.js';
import {shownList} from '../../source/ui/views/shown-list.js';
import {sortRows, widestCells} from '../../source/ui/views/table-model.js';
import type {ViewEnv} from '../../source/ui/views/view-types.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {later} from '../helpers/later.js';
import {bundledData, commandKey, keys, renderApp, waitUntil} from './harness.js';

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
let dir: string;
let file: string;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-ui-articles-head-'));
	file = path.join(dir, 'store.json');
	writeFileSync(file, JSON.stringify(data));
	expect(await saveTables(file, data, tableKey(file), ['articles'])).toBe(true);
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

const first = (freshScreen('articles') as ArticlesScreen).sort;

describe('the articles list’s head', () => {
	it('is the list the store gives: its size, widest cells, first rows in the first order and every column’s counts', () => {
		const head = savedViews(file).articlesHead();
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
		const other = path.join(dir, 'other.json');
		writeFileSync(other, JSON.stringify(data));
		expect(await saveTables(other, data, tableKey(other), ['articles'])).toBe(true);
		const headFile = path.join(`${other}.lists`, 'articles-head.index');
		const stale = readFileSync(headFile);
		// The same bytes written again: another file (its identity changes), as after any save; its tables made again.
		writeFileSync(other, readFileSync(other));
		expect(await saveTables(other, data, tableKey(other), ['articles'])).toBe(true);
		expect(savedViews(other).articlesHead()).not.toBeNull();
		writeFileSync(headFile, stale);
		expect(savedViews(other).articlesHead()).toBeNull();
		expect(savedViews(other).articles()).toHaveLength(data.articles.length);
	});

	it('draws only a window among its rows, and takes only the moves that stay among them', () => {
		const rows = sortRows(listArticles(data), first, articleSortColumns);
		const full = savedViews(file).articlesHead()!;
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

type Step = CommandName | {key: string};

/** The frame of a session that had the store from the start, after `steps`. */
async function fromTheStore(steps: readonly Step[], columns = 100): Promise<string> {
	const app = await renderApp(data, {columns});
	await app.waitForText('Authorities');
	for (const s of steps) await (typeof s === 'string' ? app.pressCommand(s) : app.press(s.key));
	const frame = app.frame();
	cleanup();
	return frame;
}

/** A session whose store is being read, with the articles list's head and never its rows. */
async function headOnly(columns = 100) {
	const loading = later<StoreData>();
	const views = {...savedViews(file), articles: () => null, articlesInTurns: async () => null};
	const app = await renderApp(emptyStore(data.name), {columns, pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, views}});
	await app.waitForText('Authorities');
	return {app, release: () => loading.resolve(data)};
}

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

	for (const [held, next] of [
		['sort', 'move-down'],
		['bottom', 'move-up'],
	] as const) {
		it(`${held} (not among the head's rows) waits, with the keys after it, and is done once the store is read`, async () => {
			// Wide enough for the copies' titles to differ on screen.
			const expected = await fromTheStore(['view-articles', held, next], 200);
			const {app, release} = await headOnly(200);
			await app.pressCommand('view-articles');
			const before = app.frame();
			await app.pressQuietly(commandKey(held));
			await app.pressQuietly(commandKey(next));
			expect(app.frame()).toBe(before);
			expect(expected).not.toBe(before);
			release();
			await waitUntil(() => app.frame() === expected, () => `the frame after the read:\n${app.frame()}\nnot\n${expected}`);
		});
	}
});
