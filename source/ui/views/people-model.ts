/**
 * The people table's rules, pure: its columns and sorts, a person's cells, and the list a screen shows. While the
 * store is read the list comes from the rows saved beside it, or before those are read from the list's head
 * (corpus/records/saved-views.ts), made at import by `peopleHeadOf` from the same rows, so that its first screen
 * is the one the rows would draw.
 */
import {quoteCountCell} from '../../corpus/counts.js';
import {personFacets} from '../../corpus/frequency-facets.js';
import {countEvery} from '../../corpus/frequency.js';
import {listPeople, type PersonView} from '../../corpus/queries.js';
import type {PeopleHead} from '../../corpus/records/saved-views.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/terminal-safety.js';
import {memoLast} from '../memo.js';
import {freshScreen, type PeopleScreen, type SortState} from '../state.js';
import {headRows, rowsList, sameSort, type TableList} from './head-list.js';
import {sortRows, widestCells, type Cells, type SortColumn, type TableSpec} from './table-model.js';
import type {ViewEnv} from './view-types.js';

const text = (xs: readonly string[]) => xs.join(', ');

export const peopleSortColumns: readonly SortColumn<PersonView>[] = [
	{key: 'quotes', label: 'quotes', compare: (a, b) => a.quotes - b.quotes, descendingFirst: true},
	{key: 'name', label: 'name', compare: (a, b) => a.name.localeCompare(b.name)},
	{key: 'party', label: 'party', compare: (a, b) => (a.party ?? '~').localeCompare(b.party ?? '~')},
	{key: 'authority', label: 'authority', compare: (a, b) => text(a.authorities).localeCompare(text(b.authorities))},
	{key: 'roles', label: 'roles', compare: (a, b) => (text(a.roles) || '~').localeCompare(text(b.roles) || '~')},
];

export const peopleSpecs: readonly TableSpec[] = [
	{key: 'name', header: 'name', min: 10, priority: 10},
	{key: 'quotes', header: 'quotes', min: 6, priority: 9, align: 'right'},
	{key: 'roles', header: 'roles', min: 8, priority: 7, grow: true},
	{key: 'authority', header: 'authority', min: 9, priority: 6},
	{key: 'party', header: 'party', min: 6, priority: 5},
	{key: 'titles', header: 'titles', min: 6, priority: 4},
];

/** A person's cells, cleaned for display. */
export function personCells(p: PersonView): Cells {
	return {
		name: safeLine(p.name),
		titles: safeLine(text(p.titles)),
		roles: safeLine(text(p.roles)),
		party: safeLine(p.party ?? ''),
		authority: safeLine(text(p.authorities)),
		// Quotes leave fragments out; someone quoted only in fragments shows how many, marked (corpus/counts.ts).
		// Quotes leave fragments out; someone quoted only in fragments shows how many, marked (corpus/counts.ts).
		quotes: quoteCountCell(p),
	};
}

/** The person's line under the table. */
export function personDetail(p: PersonView, tally: string): string {
	return [safeLine(p.name), text(p.titles), text(p.roles), p.party, text(p.authorities), tally].filter(Boolean).join(' · ');
}

/** The order the list opens in: the head's first rows are in it. */
const firstSort: SortState = (freshScreen('people') as PeopleScreen).sort;

/** The head of the list `rows` (everyone, as the people table holds them), as saved beside the store. */
export function peopleHeadOf(rows: readonly PersonView[]): PeopleHead {
	return {total: rows.length, widest: widestCells(rows, personCells, peopleSpecs), rows: sortRows(rows, firstSort, peopleSortColumns).slice(0, headRows), counts: countEvery(rows, personFacets)};
}

const sortedRows = memoLast((data: StoreData, saved: readonly PersonView[] | null, sort: SortState): PersonView[] => sortRows(saved ?? listPeople(data), sort, peopleSortColumns));

/** The rows of the screen: from the store, or while it is read from the list saved beside it (the same rows). */
export function peopleRows(env: Pick<ViewEnv, 'data' | 'saved'>, sort: SortState): PersonView[] {
	return sortedRows(env.data, env.saved?.people ?? null, sort);
}

const fromRows = rowsList((rows: readonly PersonView[]) => widestCells(rows, personCells, peopleSpecs));

export type PeopleList = TableList<PersonView>;

/** The list a screen shows: every row, or its head while neither the store nor the rows are read. */
export function peopleList(env: Pick<ViewEnv, 'data' | 'saved'>, sort: SortState): PeopleList {
	const head = env.saved?.people ? null : env.saved?.peopleHead;
	if (head && sameSort(sort, firstSort)) return head;
	return fromRows(peopleRows(env, sort));
}
