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
import {bundledData, renderApp, waitUntil} from './harness.js';
import {later} from '../helpers/later.js';

afterEach(() => cleanup());

const data = bundledData();

/** A session whose store is being read, its holds on the read counted: taken, and released. */
async function reading() {
	const loading = later<StoreData>();
	const fromTheStore = {frames: 0};
	const holds = {taken: 0, released: 0, drawnWhenTaken: [] as boolean[]};
	let app: Awaited<ReturnType<typeof renderApp>> | null = null;
	app = await renderApp(emptyStore(data.name), {
		onFrame: () => fromTheStore.frames++,
		pending: {
			start: startSnapshot(data, dashboardLimits),
			data: loading.promise,
			cohort: {load: () => cohort(data), holds: () => true},
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

	it('holds nothing once the store is read', async () => {
		const {app, holds, loading, fromTheStore} = await reading();
		loading.resolve(data);
		await waitUntil(() => fromTheStore.frames > 0, () => 'no frame drawn from the store');
		await app.pressCommand('view-cohort');
		await app.waitForText('Cohort · ');
		expect(holds.taken).toBe(0);
	});
});
