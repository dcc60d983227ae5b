/**
 * Starting on a large store: the dashboard is drawn from the start snapshot saved beside the store while the
 * store is read, keys for other views wait and then run in order, and a store that fails to load ends the
 * session with its error.
 */
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {loadStartSnapshot, saveStartSnapshot, startPath, startSnapshot} from '../../source/corpus/start-snapshot.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {bundledData, bundledStorePath, renderApp} from './harness.js';
import {later} from '../helpers/later.js';

afterEach(() => cleanup());

const data = bundledData();


describe('the first frame from the start snapshot', () => {
	it('draws the dashboard and the counts before the store is read', async () => {
		const loading = later<StoreData>();
		const app = await renderApp(emptyStore(data.name), {pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise}});
		await app.waitForText('North East Lincolnshire');
		const early = app.frame();
		app.unmount();
		// The same frame as the one drawn from the store itself.
		const loaded = await renderApp(data);
		await loaded.waitForText('North East Lincolnshire');
		expect(early).toBe(loaded.frame());
		expect(early).toContain('Simon Blackburn');
	});

	it('holds keys for the search until the store is read, then runs them in order', async () => {
		const loading = later<StoreData>();
		const app = await renderApp(emptyStore(data.name), {pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise}});
		await app.press('/poundland');
		await app.waitForText('Reading the store');
		expect(app.frame()).not.toContain('Poundland Donald Trump');
		loading.resolve(data);
		await app.waitForText('Poundland Donald Trump');
		expect(app.frame()).toContain('› poundland');
	});
});

describe('the start snapshot file', () => {
	it('is used only while the store is the one it was made from, with the same list lengths', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-start-'));
		try {
			const store = path.join(dir, 'corpus.json');
			copyFileSync(bundledStorePath, store);
			expect(loadStartSnapshot(store, dashboardLimits)).toBeNull();
			expect(saveStartSnapshot(store, data, dashboardLimits)).toBe(true);
			expect(loadStartSnapshot(store, dashboardLimits)).toEqual(JSON.parse(JSON.stringify(startSnapshot(data, dashboardLimits))));
			expect(loadStartSnapshot(store, {people: 3, events: 3})).toBeNull();

			writeFileSync(startPath(store), '{"format": "scrutiny-start 1", "state"');
			expect(loadStartSnapshot(store, dashboardLimits)).toBeNull();

			expect(saveStartSnapshot(store, data, dashboardLimits)).toBe(true);
			// Any save of the store renames a new file into place: another state, so the snapshot no longer counts.
			copyFileSync(bundledStorePath, `${store}.new`);
			rmSync(store);
			copyFileSync(`${store}.new`, store);
			writeFileSync(store, `${JSON.stringify(data)}\n`);
			expect(loadStartSnapshot(store, dashboardLimits)).toBeNull();
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
