/**
 * The frequency view's rules, pure: the table for its screen, the column chooser, and the filter a chosen value
 * makes of the list it counts (where the list has such a filter).
 */
import type {FrequencyRow, FrequencyTable} from '../../corpus/frequency.js';
import type {StoreData} from '../../corpus/schema.js';
import type {Scope} from '../../search/run-search.js';
import type {EventType} from '../../corpus/vocabulary.js';
import {startPos} from '../list-window.js';
import {memoLast} from '../memo.js';
import type {CountedScreen, FrequencyScreen} from '../state.js';
import {shownList, type ShownList} from './shown-list.js';
import {withFilter} from './timeline/filters.js';

/** The list counted: its rows are those of the screen below, as they were when the table was opened. */
export const listOfScreen = memoLast((of: CountedScreen, data: StoreData): ShownList => shownList(of, data));
const counted = memoLast((list: ShownList, column: string): FrequencyTable => list.count(column));

export function tableOf(screen: FrequencyScreen, data: StoreData): {list: ShownList; table: FrequencyTable} {
	const list = listOfScreen(screen.of, data);
	return {list, table: counted(list, screen.column)};
}

/** The next (or previous) column, round. */
export function cycleColumn(columns: readonly string[], column: string, step: 1 | -1): string {
	const i = columns.indexOf(column);
	const n = columns.length;
	return n === 0 ? column : columns[(((i < 0 ? 0 : i + step) % n) + n) % n]!;
}

const scopeOfKind: Readonly<Record<string, Scope>> = {quote: 'quotes', article: 'articles', person: 'people', event: 'events'};

/**
 * The list filtered to a value, or why it cannot be: the timeline filters by type and authority, the articles
 * by authority, the search by kind (its scope); the bucket of the rows without a value is no filter.
 */
export function filteredTo(of: CountedScreen, column: string, row: FrequencyRow): CountedScreen | string {
	if (row.value === null) return `'${row.label}' is no value to filter by`;
	if (of.view === 'timeline' && column === 'type') return {...of, filters: withFilter(of.filters, 'types', [row.value as EventType]), panel: null, pos: startPos, selectedId: null};
	if (of.view === 'timeline' && column === 'authority') return {...of, filters: withFilter(of.filters, 'authorities', [row.value]), panel: null, pos: startPos, selectedId: null};
	if (of.view === 'articles' && column === 'authority') return {...of, authority: row.value, pos: startPos};
	// The search's scope is a kind: the search runs again in it.
	const scope = scopeOfKind[row.value];
	if (of.view === 'search' && column === 'kind' && scope) return {...of, scope, typing: false, pos: startPos};
	return `this list is not filtered by ${column}`;
}
