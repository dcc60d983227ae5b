/**
 * The people list's head (saved beside its row table): the list's first screen before its rows are read. What
 * it holds is what the store gives (size, widest cells, first rows in the first order, counts by column); the
 * list and `F` are drawn from it through the real input path as from the store, and Enter (a person's quotes)
 * waits for the store; a sort waits for the rows; a head of another state of the store file is not drawn from.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {saveTables, tableKey} from '../../source/cli/row-tables/table-answer.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {personFacets} from '../../source/corpus/frequency-facets.js';
import {frequency} from '../../source/corpus/frequency.js';
import {listPeople} from '../../source/corpus/queries.js';
import {savedViews} from '../../source/corpus/records/saved-views.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {freshScreen, type PeopleScreen} from '../../source/ui/state.js';
import {headRows} from '../../source/ui/views/head-list.js';
import {peopleSortColumns, peopleSpecs, personCells} from '../../source/ui/views/people-model.js';
import {shownList} from '../../source/ui/views/shown-list.js';
import {sortRows, widestCells} from '../../source/ui/views/table-model.js';
import {later} from '../helpers/later.js';
import {bundledData, commandKey, keys, renderApp, waitUntil} from './harness.js';

afterEach(() => cleanup());

/**
 * The bundled store with more people than the head keeps: each of its people again under invented names, some
 * with a party, and one more with a longer role than anyone's, so that the widest cells and the counts are not
 * the first rows'.
 */
function manyPeople(): StoreData {
	const data = structuredClone(bundledData());
	const parties = ['Green', 'Independent', null];
	for (let k = 1; k <= 30; k++) {
		for (const p of bundledData().people) {
			data.people.push({...structuredClone(p), id: `${p.id}-again${k}`, name: `${p.name} Tenby-${String(k).padStart(2, '0')}`, party: parties[k % 3]!, articleIds: []});
		}
	}
	// Last in the first order (no quotes, the name last): past the head's rows.
	data.people.push({...structuredClone(data.people[0]!), id: 'zora', name: 'Zora Quillfeather', roles: ['cabinet member for children, young people, families, schools, skills, adult learning and the improvement board of the council'], articleIds: []});
	return data;
}

const data = manyPeople();
let dir: string;
let file: string;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-ui-people-head-'));
	file = path.join(dir, 'store.json');
	writeFileSync(file, JSON.stringify(data));
	expect(await saveTables(file, data, tableKey(file), ['people'])).toBe(true);
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

const first = (freshScreen('people') as PeopleScreen).sort;

describe('the people list’s head', () => {
	it('is the list the store gives: its size, widest cells, first rows in the first order and every column’s counts', () => {
		const head = savedViews(file).peopleHead();
		expect(head).not.toBeNull();
		const rows = sortRows(listPeople(data), first, peopleSortColumns);
		expect(head!.total).toBe(rows.length);
		expect(rows.length).toBeGreaterThan(headRows);
		expect(head!.rows).toEqual(rows.slice(0, headRows));
		expect(head!.widest).toEqual(widestCells(rows, personCells, peopleSpecs));
		// The long role is past the head's rows: the widest cells are every row's.
		expect(head!.widest['roles']).toBeGreaterThan(widestCells(head!.rows, personCells, peopleSpecs)['roles']!);
		const fromStore = shownList(freshScreen('people') as PeopleScreen, {data, timeline: null, saved: null});
		for (const facet of personFacets) {
			expect(head!.counts[facet.name]).toEqual(fromStore.count(facet.name));
			expect(head!.counts[facet.name]).toEqual(frequency(rows, facet));
		}
	});

	it('of another state of the store file is none', async () => {
		const other = path.join(dir, 'other.json');
		writeFileSync(other, JSON.stringify(data));
		expect(await saveTables(other, data, tableKey(other), ['people'])).toBe(true);
		const headFile = path.join(`${other}.lists`, 'people-head.index');
		const stale = readFileSync(headFile);
		// The same bytes written again: another file (its identity changes), as after any save; its tables made again.
		writeFileSync(other, readFileSync(other));
		expect(await saveTables(other, data, tableKey(other), ['people'])).toBe(true);
		expect(savedViews(other).peopleHead()).not.toBeNull();
		writeFileSync(headFile, stale);
		expect(savedViews(other).peopleHead()).toBeNull();
		expect(savedViews(other).people()).toHaveLength(data.people.length);
	});
});

type Step = CommandName | {key: string};

/** The frame of a session that had the store from the start, after `steps`. */
async function fromTheStore(steps: readonly Step[], columns = 100): Promise<string> {
	const app = await renderApp(data, {columns});
	await app.waitForText('Authorities');
	for (const s of steps) await (typeof s === 'string' ? app.pressCommand(s) : app.press(s.key));
	const frame = app.frame();
	cleanup();
	return frame;
}

/** A session whose store is being read, with the people list's head and never its rows. */
async function headOnly(columns = 100) {
	const loading = later<StoreData>();
	const views = {...savedViews(file), people: () => null, peopleInTurns: async () => null};
	const app = await renderApp(emptyStore(data.name), {columns, pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, views}});
	await app.waitForText('Authorities');
	return {app, release: () => loading.resolve(data)};
}

describe('the people list drawn from its head while the store is read', () => {
	for (const steps of [
		['view-people', 'move-down', 'move-down', 'page-down'],
		['view-people', 'move-down', 'frequency', 'frequency-column-next', 'move-down'],
	] satisfies CommandName[][]) {
		it(`${steps.join(', ')}: the frames of the store`, async () => {
			const expected = await fromTheStore(steps);
			const {app} = await headOnly();
			for (const s of steps) await app.pressCommand(s);
			expect(app.frame()).not.toContain('Reading the store');
			expect(app.frame()).toEqual(expected);
		});
	}

	it('Enter on a person waits for the store, then lists the quotes of the person the head drew', async () => {
		const steps: Step[] = ['view-people', 'move-down', {key: keys.enter}];
		const expected = await fromTheStore(steps);
		expect(expected).toContain('Quotes');
		const {app, release} = await headOnly();
		await app.pressCommand('view-people');
		await app.pressCommand('move-down');
		await app.pressQuietly(keys.enter);
		release();
		await waitUntil(() => app.frame() === expected, () => `the frame after the read:\n${app.frame()}\nnot\n${expected}`);
	});

	for (const [held, next] of [
		['sort', 'move-down'],
		['bottom', 'move-up'],
	] as const) {
		it(`${held} (not among the head's rows) waits, with the keys after it, and is done once the store is read`, async () => {
			const expected = await fromTheStore(['view-people', held, next], 200);
			const {app, release} = await headOnly(200);
			await app.pressCommand('view-people');
			const before = app.frame();
			await app.pressQuietly(commandKey(held));
			await app.pressQuietly(commandKey(next));
			expect(app.frame()).toBe(before);
			expect(expected).not.toBe(before);
			release();
			await waitUntil(() => app.frame() === expected, () => `the frame after the read:\n${app.frame()}\nnot\n${expected}`);
		});
	}
});
