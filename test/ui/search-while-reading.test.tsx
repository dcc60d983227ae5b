/**
 * A search typed while a large store is read: answered from the index and documents saved beside the store (the
 * rows the store itself gives), keys typed at once included, with the store's read held while it answers; Enter
 * waits, with the keys after it, until the store is read; then the view searches the store again and draws from it.
 */
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {openStore} from '../../source/corpus/store/index.js';
import {saveSidecars} from '../../source/importer/sidecars.js';
import {SavedSearch} from '../../source/search/docs-file-search.js';
import {bundledData, bundledStorePath, commandKey, renderApp, type AppHarness} from './harness.js';
import {later} from '../helpers/later.js';

afterEach(() => cleanup());

const data = bundledData();
// Narrower than 100 columns: the preview goes under the list, so a result's lines hold nothing else.
const size = {columns: 90, rows: 30};
let dir: string;
let file: string;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-ui-search-'));
	file = path.join(dir, 'corpus.json');
	copyFileSync(bundledStorePath, file);
	const store = await openStore(file, {readOnly: true});
	await saveSidecars(file, store.data, store.state);
	expect(SavedSearch.load(file)).not.toBeNull();
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));


/** A session whose store is still being read, with the search index and documents saved beside it. */
async function reading() {
	const loading = later<StoreData>();
	const asked: number[] = [];
	const app = await renderApp(emptyStore(data.name), {
		...size,
		pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, search: async () => (asked.push(1), SavedSearch.load(file))},
	});
	await app.waitForText('North East Lincolnshire');
	return {app, loading, asked};
}

/** The results: the lines between the status line and the preview's rule. */
function resultsPart(app: AppHarness): string {
	const lines = app.lines();
	const status = lines.findIndex((l) => /^\s*\d+\+? results?/.test(l));
	const rule = lines.findIndex((l, i) => i > status && /^─{20,}/.test(l));
	return lines.slice(status + 1, rule).join('\n');
}

describe('a search typed while the store is read', () => {
	it('is answered from the saved documents, keys typed at once, with the rows the store gives; then from the store', async () => {
		const {app, loading, asked} = await reading();
		// The way the launch benchmark types: the box opened and the query in one burst, before anything is drawn.
		app.instance.stdin.write(`${commandKey('search')}ofsted inadequate`);
		await app.waitForText(/\d+\+? results? · from the saved index while the store is read/);
		expect(app.frame()).toContain('› ofsted inadequate');
		expect(app.frame()).toContain('The preview shows once the store is read');
		expect(app.frame()).not.toContain('Reading the store');
		const early = resultsPart(app);
		expect(early).toMatch(/Ofsted|inadequate/i);
		expect(asked).toHaveLength(1);

		loading.resolve(data);
		// Searched again in the store: the same rows, the status without the note, the preview from the store.
		await app.waitForText(/\d+\+? results?\s*$/m);
		expect(app.frame()).not.toContain('from the saved index');
		expect(app.frame()).not.toContain('The preview shows once the store is read');
		expect(resultsPart(app)).toBe(early);
		app.unmount();

		const live = await renderApp(data, size);
		await live.press(commandKey('search'));
		await live.type('ofsted inadequate');
		await live.waitForText(/\d+\+? results?\s*$/m);
		expect(resultsPart(live)).toBe(early);
	});

	it('holds Enter, and the keys after it, until the store is read; the empty box says it waits for the store', async () => {
		const {app, loading} = await reading();
		await app.press(commandKey('search'));
		await app.waitForText('reading the store: the recent quotes and the filters answer once it is read');
		await app.type('poundland');
		await app.waitForText(/\d+ results? · from the saved index/);
		await app.pressCommand('search-leave', {typing: true});
		const before = app.frame();
		await app.pressQuietly(commandKey('open'));
		await app.pressQuietly(commandKey('move-down'));
		expect(app.frame()).toBe(before);
		loading.resolve(data);
		// The reader opens at the result's paragraph, then the move runs in it.
		await app.waitForText(/¶\d+/);
		expect(app.frame()).not.toContain('from the saved index');
	});

	it("holds the store's read from the key that opens the search until its answer is drawn, and closes the saved files once the store is read", async () => {
		const loading = later<StoreData>();
		const holds: {maxMs: number; released: boolean}[] = [];
		const holdRead = (maxMs: number) => {
			const hold = {maxMs, released: false};
			holds.push(hold);
			return () => void (hold.released = true);
		};
		const opened: SavedSearch[] = [];
		const app = await renderApp(emptyStore(data.name), {
			...size,
			// Opened in the key's handler, as the program does once the search module is loaded.
			pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, search: () => opened[opened.push(SavedSearch.load(file)!) - 1]!, holdRead},
		});
		await app.waitForText('North East Lincolnshire');
		// Any key holds the read until its frame is drawn (use-key-hold.ts), then lets it go.
		await app.press(commandKey('help'));
		await app.press(commandKey('back'));
		await vi.waitFor(() => expect(holds.every((h) => h.released)).toBe(true));
		const beforeSearch = holds.length;
		app.instance.stdin.write(`${commandKey('search')}ofsted inadequate`);
		await app.waitForText(/\d+\+? results? · from the saved index while the store is read/);
		expect(opened).toHaveLength(1);
		expect(holds.length).toBeGreaterThan(beforeSearch);
		expect(holds.every((h) => h.maxMs > 0 && h.maxMs <= 5000)).toBe(true);
		// Let go once the answer is drawn.
		await vi.waitFor(() => expect(holds.every((h) => h.released)).toBe(true));
		const close = vi.spyOn(opened[0]!, 'close');
		loading.resolve(data);
		await app.waitForText(/\d+\+? results?\s*$/m);
		await vi.waitFor(() => expect(close).toHaveBeenCalled());
	});

	it('waits for the store, as before, when nothing is saved beside it', async () => {
		const loading = later<StoreData>();
		const app = await renderApp(emptyStore(data.name), {...size, pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, search: async () => null}});
		await app.waitForText('North East Lincolnshire');
		app.instance.stdin.write(`${commandKey('search')}poundland`);
		await app.waitForText('Reading the store');
		loading.resolve(data);
		await app.waitForText(/\d+ results?\s*$/m);
		expect(app.frame()).toContain('› poundland');
	});
});
