/**
 * A search typed at the start after a curated edit made in the UI: answered from the files saved beside the store
 * (the quotes, articles and people keyed to the store file, which the edit left as they were; the timeline's lines
 * saved by the UI after the edit), with the rows the store gives once it is read: the event added shows, the line
 * marked wrong does not.
 */
import {copyFileSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {saveCuration} from '../../source/corpus/curation.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {curatedPath} from '../../source/corpus/store/curated-path.js';
import {openStore} from '../../source/corpus/store/index.js';
import {saveSidecars, timelineSaver} from '../../source/importer/sidecars.js';
import {SavedSearch} from '../../source/search/docs-file-search.js';
import {docsPath} from '../../source/search/docs-file.js';
import {indexPath, searcherFor} from '../../source/search/index-cache.js';
import {staleParts} from '../../source/search/search-files.js';
import {later} from '../helpers/later.js';
import {bundledStorePath, commandKey, renderApp, waitUntil, type AppHarness} from './harness.js';

afterEach(() => cleanup());

const today = '2026-11-22';
const size = {columns: 90, rows: 30};
const added = 'Children panel convened by the commissioner';
let dir: string;
let file: string;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-ui-search-edit-'));
	file = path.join(dir, 'corpus.json');
	copyFileSync(bundledStorePath, file);
	const store = await openStore(file, {readOnly: true});
	// What an import leaves beside the store.
	await saveSidecars(file, store.data, store.state, store.extracted);
	expect(staleParts(file)).toEqual([]);
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

function identity(f: string): string {
	const s = statSync(f);
	return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
}

const marks = (): number => {
	try {
		return (JSON.parse(readFileSync(curatedPath(file), 'utf8')) as {marks: unknown[]}).marks.length;
	} catch {
		return 0;
	}
};

/** The results: the lines between the status line and the preview's rule. */
function resultsPart(app: AppHarness): string {
	const lines = app.lines();
	const status = lines.findIndex((l) => /^\s*\d+\+? results?/.test(l));
	const rule = lines.findIndex((l, i) => i > status && /^─{20,}/.test(l));
	return lines.slice(status + 1, rule).join('\n');
}

/** A session on the store read, as the program runs it: its edits saved to the curated file, its caches saved after the frames that show them. */
async function editSession(): Promise<string> {
	const store = await openStore(file, {readOnly: true, editCurated: true});
	const saver = timelineSaver(file);
	saver.read(store.data, store.state);
	const app = await renderApp(store.data, {
		today: () => today,
		searcherFor: (data) => searcherFor(file, data),
		curate: async (edit) => {
			const saved = await saveCuration(file, edit, {today, store});
			saver.read(saved.data, store.state);
			return {data: saved.data, id: saved.id};
		},
		onFrame: saver.afterFrame,
	});
	await app.pressCommand('view-timeline');
	await app.waitForText(/Timeline · \d+ events in date order/);
	await app.pressCommand('add-event');
	await app.waitForText('Add an event of your own');
	await app.type('2019-03');
	for (let i = 0; i < 5; i++) await app.pressCommand('form-next', {typing: true});
	await app.type(added);
	await app.pressCommand('form-save', {typing: true});
	await app.waitForText('saved to the store');
	// `x` on the first press line there is (on another it says only press lines are marked).
	for (let tries = 0; marks() === 0 && tries < 15; tries++) {
		const line = app.lines().find((l) => l.startsWith('›'));
		await app.pressCommand('mark-wrong');
		await waitUntil(() => marks() > 0 || app.frame().includes('only press events'), () => `x on ${line}:\n${app.frame()}`);
		if (marks() === 0) await app.pressCommand('move-down');
	}
	expect(marks()).toBeGreaterThan(0);
	const wrong = (JSON.parse(readFileSync(curatedPath(file), 'utf8')) as {marks: {eventId: string}[]}).marks[0]!.eventId;
	// The caches of the state the edits left, saved behind the frames (the timeline's lines, and the search's).
	await waitUntil(() => staleParts(file).length === 0, () => `the search's parts saved after the edits: stale ${staleParts(file).join(', ')}`, 30_000);
	app.unmount();
	return store.data.events.find((e) => e.id === wrong)!.summary;
}

async function searchWhileReading(query: string): Promise<{early: string; late: string}> {
	const loading = later<StoreData>();
	const start = await openStore(file, {readOnly: true});
	const app = await renderApp(emptyStore(start.data.name), {
		...size,
		pending: {start: startSnapshot(start.data, dashboardLimits), data: loading.promise, search: async () => SavedSearch.load(file)},
		searcherFor: (data) => searcherFor(file, data),
	});
	await app.waitForText('North East Lincolnshire');
	app.instance.stdin.write(`${commandKey('search')}${query}`);
	await app.waitForText(/\d+\+? results? · from the saved index while the store is read/);
	const early = resultsPart(app);
	loading.resolve((await openStore(file, {readOnly: true})).data);
	await app.waitForText(/\d+\+? results?\s*$/m);
	expect(app.frame()).not.toContain('from the saved index');
	const late = resultsPart(app);
	app.unmount();
	return {early, late};
}

describe('a search at the start after an edit in the UI', () => {
	it('is answered from the saved files, with the rows the store gives once read; the edit left the store file\'s part as it was', async () => {
		const before = [identity(indexPath(file)), identity(docsPath(file))];
		const wrong = await editSession();
		expect([identity(indexPath(file)), identity(docsPath(file))]).toEqual(before);

		const found = await searchWhileReading('panel convened');
		expect(found.early).toContain('Children panel convened');
		expect(found.early).toBe(found.late);

		// The line marked wrong is not found, from the files as from the store.
		const words = wrong.split(/\s+/).slice(0, 4).join(' ');
		const hidden = await searchWhileReading(words);
		expect(hidden.early).toBe(hidden.late);
		expect(hidden.early).not.toContain(wrong.slice(0, 40));
	}, 120_000);
});
