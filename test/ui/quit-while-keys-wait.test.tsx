/**
 * Keys typed while a large store is read wait for it (a view that needs the whole store, an edit's `x`): a `q` then
 * would drop them unseen, so the first says so and a second quits; Ctrl+C quits at once; with nothing waiting `q`
 * quits at once, as ever.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {later} from '../helpers/later.js';
import {bundledData, commandKey, keys, renderApp} from './harness.js';

afterEach(() => cleanup());

async function reading() {
	const data = bundledData();
	const loading = later<StoreData>();
	const app = await renderApp(emptyStore(data.name), {pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise}});
	await app.waitForText('Authorities');
	return {app, release: () => loading.resolve(data)};
}

describe('quitting while the store is read', () => {
	it('with a key waiting for the store, the first q says so and stays; the second quits', async () => {
		const {app} = await reading();
		await app.pressCommand('view-people');
		// The people list needs the store: the move waits for it.
		await app.pressQuietly(commandKey('move-down'));
		await app.press('q');
		expect(app.frame()).toContain('a key you typed waits for the store to be read: q again quits without it');
		expect(app.quitCount()).toBe(0);
		await app.pressQuietly('q');
		expect(app.quitCount()).toBe(1);
	});

	it('Ctrl+C quits at once, keys waiting or not', async () => {
		const {app} = await reading();
		await app.pressCommand('view-people');
		await app.pressQuietly(commandKey('move-down'));
		await app.pressQuietly(keys.ctrlC);
		expect(app.quitCount()).toBe(1);
	});

	it('with nothing waiting, q quits at once', async () => {
		const {app} = await reading();
		await app.pressQuietly('q');
		expect(app.quitCount()).toBe(1);
	});

	it('once the store is read the waiting keys run and q quits at once', async () => {
		const {app, release} = await reading();
		await app.pressCommand('view-people');
		await app.pressQuietly(commandKey('move-down'));
		release();
		await app.waitForText('Blackburn');
		await app.pressQuietly('q');
		expect(app.quitCount()).toBe(1);
	});
});
