/**
 * The first timeline while a large store is read: drawn from the lines saved beside the store (the same list and
 * chart as from the store itself), taking moves and the search within at once and holding the keys that need the
 * store (and those after them) until it is read; then drawing from the store, where an edit shows. On a store
 * with more lines than the file's first chunk, the first frame is drawn from the first lines and the digest of
 * all, before the rest are read: the same frame; moves among them are taken at once, and `F` (the lines' counts
 * are saved with them), the others wait.
 */
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
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
import {storeState} from '../../source/corpus/store/file-identity.js';
import {firstChunkLines, loadTimelineSnapshot, openTimelineSnapshot, saveTimelineSnapshot, timelinePath, type TimelineReading, type TimelineSnapshot} from '../../source/corpus/timeline-snapshot.js';
import type {AppProps} from '../../source/ui/app.js';
import {bundledData, bundledStorePath, renderApp, waitUntil, type AppHarness} from './harness.js';
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
async function reading(opts: {timeline?: () => TimelineReading | null; curate?: AppProps['curate']; data?: StoreData} = {}) {
	const loading = later<StoreData>();
	const asked: number[] = [];
	const shown = opts.data ?? data;
	const app = await renderApp(emptyStore(shown.name), {
		today: () => today,
		pending: {
			start: startSnapshot(shown, dashboardLimits),
			data: loading.promise,
			timeline: opts.timeline ?? (() => (asked.push(1), {first: snapshot, rest: async () => snapshot})),
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
		await app.waitForText('Timeline · 21 events in date order');
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
		await app.waitForText('Timeline · 21 events in date order');
		const first = app.lines().find((l) => l.startsWith('›'));
		await app.pressCommand('move-down');
		expect(app.lines().find((l) => l.startsWith('›'))).not.toBe(first);
		await app.pressCommand('timeline-find');
		await app.type('blackpool');
		await app.waitForText(/find in timeline: blackpool\s+· \d+ of 21 lines/);
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
		const {app, loading} = await reading({timeline: () => null});
		await app.pressCommand('view-timeline');
		await app.waitForText('Reading the store');
		loading.resolve(data);
		await app.waitForText('Timeline · 21 events in date order');
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
		await app.waitForText('Timeline · 21 events in date order');
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
		expect(app.frame()).toContain('Timeline · 22 events in date order');
		expect(app.frame()).toMatch(/›✎ Mar 2019\s+\S.*Board met for the first time/);
	});
});

/**
 * The bundled store's events again and again, a year apart (each copy its own event): more lines than a chunk of
 * the file, so the first timeline is drawn before most of them are read.
 */
function manyLines(): StoreData {
	const big = structuredClone(data);
	big.events = [];
	for (let k = 0; k < 90; k++) {
		for (const e of data.events) {
			const value = e.date.value === null || e.date.value.slice(4, 10) === '-02-29' ? e.date.value : `${1930 + k}${e.date.value.slice(4)}`;
			big.events.push({...structuredClone(e), id: `${e.id}-copy${k}`, date: {...e.date, value}, summary: `${e.summary} (copy ${k})`});
		}
	}
	return big;
}

describe('the first lines before the rest, on a store with many lines', () => {
	const big = manyLines();
	const total = allTimelineItems(big).length;
	let file: string;
	let gate: ReturnType<typeof later<void>>;

	beforeAll(async () => {
		expect(total).toBeGreaterThan(firstChunkLines + 100);
		file = path.join(dir, 'many.json');
		writeFileSync(file, JSON.stringify(big));
		expect(await saveTimelineSnapshot(file, allTimelineItems(big), storeState(file))).toBe(true);
	});

	/** The file's lines as the program reads them, the rest held until the test opens the gate. */
	function held(): TimelineReading | null {
		const reading = openTimelineSnapshot(file);
		if (!reading) return null;
		expect(reading.first.complete).toBe(false);
		expect(reading.first.items).toHaveLength(firstChunkLines);
		return {first: reading.first, rest: async (wanted) => (await gate.promise, reading.rest(wanted))};
	}

	async function liveAfter(...keys: string[]): Promise<string> {
		const live = await renderApp(big);
		await live.pressCommand('view-timeline');
		for (const key of keys) await live.pressQuietly(key);
		const part = listPart(live);
		live.unmount();
		return part;
	}

	it('draws the first frame from the first lines, as the store itself would: title, year headers, chart and columns of every line', async () => {
		gate = later();
		const {app, loading} = await reading({data: big, timeline: held});
		await app.pressCommand('view-timeline');
		await app.waitForText(`Timeline · ${total} events in date order`);
		expect(listPart(app)).toBe(await liveAfter());
		gate.resolve();
		loading.resolve(big);
	});

	it('takes moves among the first lines at once; a move past them waits, with the keys after it, until every line is read', async () => {
		gate = later();
		const {app, loading} = await reading({data: big, timeline: held});
		await app.pressCommand('view-timeline');
		await app.waitForText(`Timeline · ${total} events in date order`);
		await app.press('j');
		expect(listPart(app)).toBe(await liveAfter('j'));
		// To the last line and back one: not among the first lines.
		const before = app.frame();
		await app.pressQuietly('G');
		await app.pressQuietly('k');
		expect(app.frame()).toBe(before);
		const expected = await liveAfter('j', 'G', 'k');
		expect(expected).not.toBe(listPart(app));
		gate.resolve();
		await waitUntil(() => listPart(app) === expected, () => `the last line but one, in:\n${app.frame()}`);
		// All read: the search within is taken at once, still before the store is.
		await app.pressCommand('timeline-find');
		await app.type('copy 7');
		await app.waitForText(/find in timeline: copy 7\s+· \d+ of \d+ lines/);
		loading.resolve(big);
	});

	it('opens the search within at once, and holds what is typed into it until every line is read', async () => {
		gate = later();
		const {app, loading} = await reading({data: big, timeline: held});
		await app.pressCommand('view-timeline');
		await app.waitForText(`Timeline · ${total} events in date order`);
		await app.pressCommand('timeline-find');
		await app.waitForText(`find in timeline:   · ${total} of ${total} lines`);
		const before = app.frame();
		await app.pressQuietly('x');
		await app.pressQuietly('1');
		expect(app.frame()).toBe(before);
		gate.resolve();
		await app.waitForText(/find in timeline: x1\s+· 0 of \d+ lines/);
		loading.resolve(big);
	});

	it('counts every line at once (F), from the counts saved with them, column by column as the store itself would', async () => {
		gate = later();
		const live = await renderApp(big);
		await live.pressCommand('view-timeline');
		const {app, loading} = await reading({data: big, timeline: held});
		await app.pressCommand('view-timeline');
		await app.waitForText(`Timeline · ${total} events in date order`);
		for (const command of ['frequency', 'frequency-column-next', 'frequency-column-next', 'move-down', 'frequency-column-next'] as const) {
			await live.pressCommand(command);
			await app.pressCommand(command);
			expect(app.frame()).toContain(`${total} events by`);
			expect(app.frame()).toBe(live.frame());
		}
		live.unmount();
		gate.resolve();
		loading.resolve(big);
	});

	it('shows nothing from the file once the rest proves it damaged, and waits for the store', async () => {
		const good = readFileSync(timelinePath(file));
		const text = good.toString('latin1');
		const last = text.lastIndexOf('\n', text.length - 2);
		writeFileSync(timelinePath(file), `${text.slice(0, last + 1)}[[1]]\n`);
		try {
			gate = later();
			const {app, loading} = await reading({data: big, timeline: held});
			await app.pressCommand('view-timeline');
			await app.waitForText(`Timeline · ${total} events in date order`);
			gate.resolve();
			await app.waitForText('Reading the store');
			loading.resolve(big);
			await app.waitForText(`Timeline · ${total} events in date order`);
		} finally {
			writeFileSync(timelinePath(file), good);
		}
	});
});
