/**
 * While a large store is read, each key holds the read until the frame it leads to is drawn (use-key-hold.ts):
 * the hold is taken in the key's handler, before the view answers, and released once the frame is drawn; a key
 * that changes nothing lets it go at its limit. Once the store is read, keys hold nothing.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {cohort} from '../../source/corpus/cohort.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {bundledData, commandKey, renderApp, waitUntil} from './harness.js';
import {later} from '../helpers/later.js';

afterEach(() => cleanup());

const data = bundledData();

/** A session whose store is being read, its holds on the read counted: taken, and released. */
async function reading(opts: {cohort?: boolean} = {}) {
	const loading = later<StoreData>();
	const fromTheStore = {frames: 0};
	const holds = {taken: 0, released: 0, drawnWhenTaken: [] as boolean[]};
	let app: Awaited<ReturnType<typeof renderApp>> | null = null;
	app = await renderApp(emptyStore(data.name), {
		onFrame: () => fromTheStore.frames++,
		pending: {
			start: startSnapshot(data, dashboardLimits),
			data: loading.promise,
			cohort: {load: () => (opts.cohort === false ? null : cohort(data)), holds: () => true},
			holdRead: () => {
				holds.taken++;
				holds.drawnWhenTaken.push(app?.frame().includes('Cohort · ') ?? false);
				let done = false;
				return () => {
					if (!done) holds.released++;
					done = true;
				};
			},
		},
	});
	await app.waitForText('Authorities');
	return {app, holds, loading, fromTheStore};
}

describe('a key while the store is read', () => {
	it('holds the read from its handler until its frame is drawn, then lets it go', async () => {
		const {app, holds} = await reading();
		await app.pressCommand('view-cohort');
		await app.waitForText('Cohort · ');
		// Taken before the cohort was drawn: in the key's handler.
		expect(holds.taken).toBe(1);
		expect(holds.drawnWhenTaken).toEqual([false]);
		await waitUntil(() => holds.released === 1, () => `released ${holds.released} of ${holds.taken}`);
		await app.pressCommand('move-down');
		await waitUntil(() => holds.taken === 2 && holds.released === 2, () => `taken ${holds.taken}, released ${holds.released}`);
	});

	it('lets the read go at once for a key that waits for the store', async () => {
		// No saved cohort: the cohort waits for the store, and so do the keys sent to it.
		const {app, holds} = await reading({cohort: false});
		await app.pressCommand('view-cohort');
		await app.waitForText('Reading the store');
		await waitUntil(() => holds.released === holds.taken, () => `released ${holds.released} of ${holds.taken}`);
		const taken = holds.taken;
		await app.pressQuietly(commandKey('move-down'));
		expect(holds.taken).toBe(taken + 1);
		expect(holds.released).toBe(holds.taken);
	});

	it('holds nothing once the store is read', async () => {
		const {app, holds, loading, fromTheStore} = await reading();
		loading.resolve(data);
		await waitUntil(() => fromTheStore.frames > 0, () => 'no frame drawn from the store');
		await app.pressCommand('view-cohort');
		await app.waitForText('Cohort · ');
		expect(holds.taken).toBe(0);
	});
});
