/**
 * The first timeline while a large store is read: drawn from the lines saved beside the store (the same list and
 * chart as from the store itself), taking moves and the search within at once and holding the keys that need the
 * store (and those after them) until it is read; then drawing from the store, where an edit shows.
 */
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {applyCuration} from '../../source/corpus/curation.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {openStore} from '../../source/corpus/store/index.js';
import {allTimelineItems} from '../../source/corpus/timeline-items.js';
import {loadTimelineSnapshot, saveTimelineSnapshot, type TimelineSnapshot} from '../../source/corpus/timeline-snapshot.js';
import type {AppProps} from '../../source/ui/app.js';
import {bundledData, bundledStorePath, renderApp, type AppHarness} from './harness.js';
import {later} from '../helpers/later.js';

afterEach(() => cleanup());

const data = bundledData();
const today = '2026-11-22';
let dir: string;
let snapshot: TimelineSnapshot;

beforeAll(async () => {
	// The lines as the file gives them back: what a real session draws from.
	dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-ui-timeline-'));
	const file = path.join(dir, 'corpus.json');
	copyFileSync(bundledStorePath, file);
	const store = await openStore(file, {readOnly: true});
	await saveTimelineSnapshot(file, allTimelineItems(store.data), store.state);
	snapshot = (await loadTimelineSnapshot(file))!;
	expect(snapshot).not.toBeNull();
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));


/** A session whose store is still being read, with the timeline's lines saved beside it. */
async function reading(opts: {timeline?: () => AsyncIterable<TimelineSnapshot | null>; curate?: AppProps['curate']} = {}) {
	const loading = later<StoreData>();
	const asked: number[] = [];
	const app = await renderApp(emptyStore(data.name), {
		today: () => today,
		pending: {
			start: startSnapshot(data, dashboardLimits),
			data: loading.promise,
			timeline:
				opts.timeline ??
				async function* () {
					asked.push(1);
					yield snapshot;
				},
		},
		...(opts.curate ? {curate: opts.curate} : {}),
	});
	await app.waitForText('North East Lincolnshire');
	return {app, loading, asked};
}

/** The title, chart and list: everything above the detail's rule. */
function listPart(app: AppHarness): string {
	const lines = app.lines();
	const rule = lines.findIndex((l) => /^─{20,}/.test(l));
	return lines.slice(0, rule).join('\n');
}

describe('the first timeline while the store is read', () => {
	it('draws the lines saved beside the store, as the store itself would, and asks for them once', async () => {
		const {app, asked} = await reading();
		await app.pressCommand('view-timeline');
		await app.waitForText('Timeline · 20 events in date order');
		const early = listPart(app);
		expect(app.frame()).toContain('the source paragraph shows once the store is read');
		expect(app.frame()).not.toContain('Reading the store');
		await app.pressCommand('view-dashboard');
		await app.pressCommand('view-timeline');
		expect(asked).toHaveLength(1);
		app.unmount();

		const live = await renderApp(data);
		await live.pressCommand('view-timeline');
		expect(early).toBe(listPart(live));
	});

	it('moves and finds at once; keys that need the store wait, in order, and run once it is read', async () => {
		const {app, loading} = await reading();
		await app.pressCommand('view-timeline');
		await app.waitForText('Timeline · 20 events in date order');
		const first = app.lines().find((l) => l.startsWith('›'));
		await app.pressCommand('move-down');
		expect(app.lines().find((l) => l.startsWith('›'))).not.toBe(first);
		await app.pressCommand('timeline-find');
		await app.type('blackpool');
		await app.waitForText(/find in timeline: blackpool\s+· \d+ of 20 lines/);
		await app.pressCommand('find-done');
		// `o` (the origins) needs the store; the move typed after it waits behind it.
		const before = app.frame();
		await app.pressQuietly('o');
		await app.pressQuietly('j');
		expect(app.frame()).toBe(before);
		loading.resolve(data);
		await app.waitForText('press only');
		// The detail now reads the paragraph from the store.
		await app.waitForText(/¶\d+ of “/);
		expect(app.frame()).not.toContain('shows once the store is read');
	});

	it('waits for the store when no lines were saved', async () => {
		const {app, loading} = await reading({timeline: async function* () {}});
		await app.pressCommand('view-timeline');
		await app.waitForText('Reading the store');
		loading.resolve(data);
		await app.waitForText('Timeline · 20 events in date order');
	});

	it('draws from the store once it is read: an edit then shows', async () => {
		const {app, loading} = await reading({
			curate: async (edit) => {
				const next = structuredClone(data);
				const {id} = applyCuration(next, edit, {today});
				return {data: next, id};
			},
		});
		await app.pressCommand('view-timeline');
		await app.waitForText('Timeline · 20 events in date order');
		loading.resolve(data);
		await app.waitForText(/¶\d+ of “/);
		await app.pressCommand('add-event');
		await app.waitForText('Add an event of your own');
		await app.type('2019-03');
		// Date, type, rating, authority, status, then the summary.
		for (let i = 0; i < 5; i++) await app.pressCommand('form-next', {typing: true});
		await app.type('Board met for the first time');
		await app.pressCommand('form-save', {typing: true});
		await app.waitForText('saved to the store');
		expect(app.frame()).toContain('Timeline · 21 events in date order');
		expect(app.frame()).toMatch(/›✎ Mar 2019\s+\S.*Board met for the first time/);
	});
});
