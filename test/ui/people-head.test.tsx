/**
 * The people list's head (saved beside its row table): the list's first screen before its rows are read. What
 * it holds is what the store gives (size, widest cells, first rows in the first order, counts by column); the
 * list and `F` are drawn from it through the real input path as from the store, and Enter (a person's quotes)
 * waits for the store; a sort waits for the rows; a head of another state of the store file is not drawn from.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {personFacets} from '../../source/corpus/frequency-facets.js';
import {frequency} from '../../source/corpus/frequency.js';
import {listPeople} from '../../source/corpus/queries.js';
import {savedViews} from '../../source/corpus/records/saved-views.js';
import type {StoreData} from '../../source/corpus/schema.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {freshScreen, type PeopleScreen} from '../../source/ui/state.js';
import {headRows} from '../../source/ui/views/head-list.js';
import {peopleSortColumns, peopleSpecs, personCells} from '../../source/ui/views/people-model.js';
import {shownList} from '../../source/ui/views/shown-list.js';
import {sortRows, widestCells} from '../../source/ui/views/table-model.js';
import {bundledData, keys, waitUntil} from './harness.js';
import {fromTheStore as frameOf, headOfAnotherState, headOnly as reading, keysPastTheHead, storeWithTables, type Step} from './list-head-session.js';

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
const saved = storeWithTables(data, 'people');

const first = (freshScreen('people') as PeopleScreen).sort;

describe('the people list’s head', () => {
	it('is the list the store gives: its size, widest cells, first rows in the first order and every column’s counts', () => {
		const head = savedViews(saved.file()).peopleHead();
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
		const {before, after, file: other} = await headOfAnotherState(saved.dir(), data, 'people', (f) => savedViews(f).peopleHead());
		expect(before).not.toBeNull();
		expect(after).toBeNull();
		expect(savedViews(other).people()).toHaveLength(data.people.length);
	});
});

const fromTheStore = (steps: readonly Step[], columns = 100) => frameOf(data, steps, columns);

/** A session whose store is being read, with the people list's head and never its rows. */
const headOnly = (columns = 100) => reading(data, {...savedViews(saved.file()), people: () => null, peopleInTurns: async () => null}, columns);

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

	keysPastTheHead(data, 'view-people', () => ({...savedViews(saved.file()), people: () => null, peopleInTurns: async () => null}));
});
