/**
 * The cohort view while a large store is read: drawn from the cohort saved beside the store (asked for once, when
 * the view is first shown), scrolled meanwhile; kept once the store is read while it is of that store, and the
 * store's own cohort otherwise.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {cohort} from '../../source/corpus/cohort.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {bundledData, renderApp} from './harness.js';
import {later} from '../helpers/later.js';

afterEach(() => cleanup());

const data = bundledData();
const made = cohort(data);

/** A session whose store is still being read, the saved cohort told apart from the store's by its count. */
async function reading(holds: boolean) {
	const loading = later<StoreData>();
	const asked: number[] = [];
	const saved = {...made, authorities: 42};
	const app = await renderApp(emptyStore(data.name), {
		pending: {
			start: startSnapshot(data, dashboardLimits),
			data: loading.promise,
			cohort: {load: () => (asked.push(1), saved), holds: () => holds},
		},
	});
	await app.waitForText('North East Lincolnshire');
	return {app, loading, asked};
}

describe('the cohort while the store is read', () => {
	it('is drawn from the saved cohort at once, asked for once, and kept once the store is read if it is of it', async () => {
		const {app, loading, asked} = await reading(true);
		await app.pressCommand('view-cohort');
		await app.waitForText('Cohort · 42 authorities');
		expect(app.frame()).not.toContain('Reading the store');
		await app.pressCommand('view-dashboard');
		await app.pressCommand('view-cohort');
		expect(asked).toEqual([1]);
		loading.resolve(data);
		await app.pressCommand('view-dashboard');
		await app.pressCommand('view-cohort');
		await app.waitForText('Cohort · 42 authorities');
	});

	it('gives way to the store’s cohort once the store is read if the read store is another state', async () => {
		const {app, loading} = await reading(false);
		await app.pressCommand('view-cohort');
		await app.waitForText('Cohort · 42 authorities');
		loading.resolve(data);
		await app.waitForText(`Cohort · ${made.authorities} authorities`);
	});
});
