/**
 * The articles and people lists and the reader while a large store is read: drawn from the tables saved beside
 * the store (the CLI's row tables and the reader's), with keys sent before the store's read is released; the
 * same frames as a session that had the store from the start, before the read ends and after it. A table made
 * from another state of the store file is not used: the view waits for the store, as without tables.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {saveTables, tableKey} from '../../source/cli/row-tables/table-answer.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {savedViews} from '../../source/corpus/records/saved-views.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {openStore} from '../../source/corpus/store/index.js';
import {allTimelineItems} from '../../source/corpus/timeline-items.js';
import {openTimelineSnapshot, saveTimelineSnapshot} from '../../source/corpus/timeline-snapshot.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';
import {later} from '../helpers/later.js';
import {importedStore} from '../search/corpus.js';
import {bundledData, commandKey, keys, renderApp, waitUntil, type AppHarness} from './harness.js';

afterEach(() => cleanup());

let dir: string;
/** The bundled corpus and a syndicated story (two printings of one article), as store files with their tables. */
const stores: Record<'bundled' | 'syndicated', {file: string; data: StoreData}> = {} as never;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-ui-lists-'));
	const corpus = path.join(dir, 'syndicated');
	writeSyndicatedCorpus(corpus);
	for (const [name, data] of [
		['bundled', bundledData()],
		['syndicated', importedStore([corpus])],
	] as const) {
		const file = path.join(dir, `${name}.json`);
		writeFileSync(file, JSON.stringify(data));
		expect(await saveTables(file, data, tableKey(file), ['articles', 'people'])).toBe(true);
		const store = await openStore(file, {readOnly: true});
		await saveTimelineSnapshot(file, allTimelineItems(store.data), store.state);
		stores[name] = {file, data};
	}
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

type Step = {command: CommandName} | {key: string};

async function send(app: AppHarness, steps: readonly Step[]): Promise<void> {
	for (const step of steps) {
		if ('command' in step) await app.pressCommand(step.command);
		else await app.press(step.key);
	}
}

/** The frame of a session that had the store from the start, after `steps`. */
async function fromTheStore(data: StoreData, steps: readonly Step[]): Promise<string> {
	const app = await renderApp(data);
	await app.waitForText('Authorities');
	await send(app, steps);
	const frame = app.frame();
	cleanup();
	return frame;
}

/** A session whose store is still being read, with the views saved beside `file`; `steps` sent at once. */
async function reading(name: keyof typeof stores, steps: readonly Step[]) {
	const {file, data} = stores[name];
	const loading = later<StoreData>();
	const pending = {start: startSnapshot(data, dashboardLimits), data: loading.promise, views: savedViews(file), timeline: () => openTimelineSnapshot(file)};
	const app = await renderApp(emptyStore(data.name), {pending});
	await app.waitForText('Authorities');
	await send(app, steps);
	return {app, release: () => loading.resolve(data)};
}

const listSteps: Array<[string, Step[], CommandName]> = [
	['articles', [{command: 'view-articles'}, {command: 'move-down'}, {command: 'move-down'}, {command: 'sort'}, {command: 'sort'}, {command: 'move-down'}], 'move-down'],
	['people', [{command: 'view-people'}, {command: 'move-down'}, {command: 'sort'}, {command: 'sort-reverse'}, {command: 'move-down'}], 'move-up'],
];

describe('the lists and the reader while the store is read', () => {
	for (const [list, steps, next] of listSteps) {
		it(`the ${list} list is drawn from its table before the read ends, the same rows, and stays put once it ends`, async () => {
			const expected = await fromTheStore(stores.bundled.data, steps);
			const {app, release} = await reading('bundled', steps);
			expect(app.frame()).not.toContain('Reading the store');
			expect(app.frame()).toEqual(expected);
			release();
			await app.pressCommand(next);
			const after = await fromTheStore(stores.bundled.data, [...steps, {command: next}]);
			await waitUntil(() => app.frame() === after, () => `the frame after the read:\n${app.frame()}\nnot\n${after}`);
		});
	}

	it('the reader opened from the list shows the article and its other printing, its quotes marked, as from the store', async () => {
		for (const row of [0, 1, 2]) {
			const steps: Step[] = [{command: 'view-articles'}, ...Array.from({length: row}, () => ({command: 'move-down' as const})), {key: keys.enter}, {command: 'next-quote'}];
			const expected = await fromTheStore(stores.syndicated.data, steps);
			expect(expected).toContain('› Reader');
			const {app, release} = await reading('syndicated', steps);
			expect(app.frame()).toEqual(expected);
			// The raw text is the store's: `f` waits for the read, then shows it.
			await app.pressQuietly(commandKey('toggle-raw'));
			expect(app.frame()).toEqual(expected);
			release();
			const raw = await fromTheStore(stores.syndicated.data, [...steps, {command: 'toggle-raw'}]);
			await waitUntil(() => app.frame() === raw, () => `the raw text after the read:\n${app.frame()}`);
			cleanup();
		}
		expect(stores.syndicated.data.articles.some((a) => a.copies?.length)).toBe(true);
	});

	it('the frequency tables of the timeline and the articles are drawn from what is saved, as from the store', async () => {
		for (const steps of [
			[{command: 'view-timeline'}, {command: 'frequency'}, {command: 'frequency-column-next'}, {command: 'move-down'}],
			[{command: 'view-articles'}, {command: 'frequency'}, {command: 'frequency-column-next'}],
			[{command: 'view-people'}, {command: 'sort'}, {command: 'frequency'}],
		] satisfies Step[][]) {
			const expected = await fromTheStore(stores.bundled.data, steps);
			expect(expected).toContain('› Frequency');
			const {app, release} = await reading('bundled', steps);
			await waitUntil(() => app.frame() === expected, () => `the frame before the read:\n${app.frame()}\nnot\n${expected}`);
			release();
			await app.pressCommand('frequency-column-previous');
			const after = await fromTheStore(stores.bundled.data, [...steps, {command: 'frequency-column-previous'}]);
			await waitUntil(() => app.frame() === after, () => `the frame after the read:\n${app.frame()}\nnot\n${after}`);
			cleanup();
		}
	});

	it('keys sent in one write, as a terminal sends them at once: the reader opens on the row the list drew', async () => {
		const {app} = await reading('syndicated', []);
		await app.press(commandKey('view-articles') + commandKey('move-down') + keys.enter);
		await app.waitForText('› Reader');
		expect(app.frame()).toEqual(await fromTheStore(stores.syndicated.data, [{command: 'view-articles'}, {command: 'move-down'}, {key: keys.enter}]));
	});

	it('a table made from another state of the store file is not used: the list waits for the store', async () => {
		const {file, data} = stores.bundled;
		// The same bytes written again: another file (its identity changes), as after any save.
		writeFileSync(file, readFileSync(file));
		const {app, release} = await reading('bundled', [{command: 'view-articles'}]);
		expect(app.frame()).toContain('Reading the store');
		release();
		await app.waitForText(`Articles · ${data.articles.length}`);
	});
});
