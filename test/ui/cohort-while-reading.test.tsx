/**
 * The cohort view while a large store is read: drawn from the cohort saved beside the store (asked for once, when
 * the view is first shown), scrolled meanwhile; kept once the store is read while it is of that store, and the
 * store's own cohort otherwise.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {cohort} from '../../source/corpus/cohort.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {emptyStore, type CorpusEvent, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {cohortLines} from '../../source/ui/views/cohort-lines.js';
import {day, event} from './fixtures.js';
import {bundledData, renderApp, waitUntil} from './harness.js';
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

/**
 * A hundred and twenty councils rated inadequate, each with a call to resign, and every third with a commissioner and a board in
 * the same month as the call (letters stacked under the strip): several screens of strips.
 */
function manyEpisodes(): StoreData {
	const data = emptyStore('Many episodes');
	const official = (id: string, authority: string, date: string, rating: CorpusEvent['rating']): CorpusEvent => ({id, date: day(date), authority, type: 'inspection-judgement', rating, summary: 'Ofsted judgement', sources: [], origin: 'ofsted'});
	for (let i = 0; i < 120; i++) {
		const a = `Council ${String(i + 1).padStart(3, '0')}`;
		const year = 2010 + (i % 9);
		const month = String(1 + (i % 12)).padStart(2, '0');
		data.events.push(official(`${i}-j`, a, `${year}-${month}-01`, 'inadequate'));
		data.events.push(event(`${i}-c`, {authority: a, type: 'resignation-call', date: day(`${year}-${month}-${String(10 + (i % 15)).padStart(2, '0')}`)}));
		if (i % 3 === 0) {
			data.events.push(event(`${i}-m`, {authority: a, type: 'commissioner-appointed', date: day(`${year}-${month}-26`)}));
			data.events.push(event(`${i}-b`, {authority: a, type: 'improvement-board', date: day(`${year}-${month}-27`)}));
		}
		if (i % 2 === 0) data.events.push(official(`${i}-g`, a, `${year + 2}-${month}-01`, 'good'));
	}
	return data;
}

/**
 * Waits until the frame is no message of work in progress ("Making the timeline's lines from the store, which the
 * cohort is built on") and has stayed the same for a fifth of a second.
 */
async function settled(app: {frame: () => string}): Promise<void> {
	await waitUntil(() => !/\bMaking the\b/.test(app.frame()), () => `the work in progress done; it is:\n${app.frame()}`);
	let last = app.frame();
	let since = Date.now();
	await waitUntil(() => {
		const now = app.frame();
		if (now !== last) [last, since] = [now, Date.now()];
		return Date.now() - since >= 200;
	}, () => `a frame that stops changing; it is:\n${app.frame()}`);
}

describe('the cohort of many episodes', () => {
	const big = manyEpisodes();
	const bigCohort = cohort(big);

	it('makes the lines of any window as the whole list has them', () => {
		const lines = cohortLines(bigCohort, 100);
		const all = lines.slice(0, lines.length);
		expect(all).toHaveLength(lines.length);
		// Stacked letters: more lines than one a strip.
		expect(lines.length).toBeGreaterThan(bigCohort.episodes.length + bigCohort.rows.length + 4);
		expect(new Set(all.map((l) => l.key)).size).toBe(all.length);
		// Each episode's strip once, in the cohort's order.
		expect(all.filter((l) => l.key.startsWith('e') && l.key.endsWith('-0')).map((l) => l.text.slice(0, 'Council 001'.length))).toEqual(bigCohort.episodes.map((e) => e.authority));
		for (let from = 0; from < lines.length; from += 7) expect(lines.slice(from, from + 11)).toEqual(all.slice(from, from + 11));
		expect(lines.slice(lines.length - 3, lines.length + 5)).toEqual(all.slice(-3));
	});

	const steps: CommandName[] = ['view-cohort', 'page-down', 'page-down', 'move-down', 'page-down'];

	/**
	 * The frame of a session that had the store from the start, after `steps`. Each key's frame is taken once it has
	 * stopped changing: a key may draw twice (the views' lines prepared behind the first frame), and on a loaded machine
	 * the frame right after the first change was "Making the timeline's lines from the store", which the session drawn
	 * from the saved cohort never shows.
	 */
	async function fromTheStore(n: number): Promise<string> {
		const app = await renderApp(big);
		await app.waitForText('Authorities');
		await settled(app);
		for (const c of steps.slice(0, n)) {
			await app.pressCommand(c);
			await settled(app);
		}
		const frame = app.frame();
		cleanup();
		return frame;
	}

	it('draws the same frames from the saved cohort before the read as from the store, scrolled, and after the read', async () => {
		const expected: string[] = [];
		for (let n = 1; n <= steps.length; n++) expected.push(await fromTheStore(n));
		const loading = later<StoreData>();
		// As the file beside the store gives it: the cohort through JSON.
		const saved = JSON.parse(JSON.stringify(bigCohort)) as typeof bigCohort;
		const app = await renderApp(emptyStore(big.name), {pending: {start: startSnapshot(big, dashboardLimits), data: loading.promise, cohort: {load: () => saved, holds: () => true}}});
		await app.waitForText('Authorities');
		for (let n = 0; n < steps.length; n++) {
			await app.pressCommand(steps[n]!);
			// (The frame a key draws may come a turn later on a loaded machine: the same frame is awaited, not assumed.)
			await waitUntil(() => app.frame() === expected[n], () => `step ${n + 1}:\n${app.frame()}\nnot\n${expected[n]}`);
		}
		expect(expected.at(-1)).toMatch(/· lines \d+-\d+ of/);
		expect(expected.at(-1)).toMatch(/^Council 046 2010-10-01 …\s+C·M·+$/m);
		loading.resolve(big);
		await app.pressCommand('move-up');
		await app.pressCommand('move-down');
		await waitUntil(() => app.frame() === expected.at(-1), () => `the frame after the read:\n${app.frame()}\nnot\n${expected.at(-1)}`);
	});
});
