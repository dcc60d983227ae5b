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
import type {CountedScreen, FrequencyScreen, Screen} from '../state.js';
import {shownList, type ListSource, type ShownList} from './shown-list.js';
import {withFilter} from './timeline/filters.js';
import {keysFor} from '../key-hints.js';

/** The list counted: its rows are those of the screen below, as they were when the table was opened. */
const listOf = memoLast((of: CountedScreen, data: StoreData, timeline: ListSource['timeline'], saved: ListSource['saved']): ShownList => shownList(of, {data, timeline, saved}));
export const listOfScreen = (of: CountedScreen, source: ListSource): ShownList => listOf(of, source.data, source.timeline, source.saved);
const counted = memoLast((list: ShownList, column: string): FrequencyTable => list.count(column));

export function tableOf(screen: FrequencyScreen, source: ListSource): {list: ShownList; table: FrequencyTable} {
	const list = listOfScreen(screen.of, source);
	return {list, table: counted(list, screen.column)};
}

/** The next (or previous) column, round. */
export function cycleColumn(columns: readonly string[], column: string, step: 1 | -1): string {
	const i = columns.indexOf(column);
	const n = columns.length;
	return n === 0 ? column : columns[(((i < 0 ? 0 : i + step) % n) + n) % n]!;
}

const scopeOfKind: Readonly<Record<string, Scope>> = {quote: 'quotes', article: 'articles', person: 'people', event: 'events'};

/** What becomes of the list below the table (the screen as it is by then: a save may have changed it meanwhile). */
export type ListChange = (list: Screen) => {readonly replace: Screen} | {readonly open: Screen};

/**
 * The list filtered to a value, or why it cannot be: the timeline filters by type and authority (in place:
 * Esc clears it), the search by kind (its scope), and the articles by authority ("Articles about X" opens
 * over the list, as from the dashboard: Esc comes back to every article); the bucket of the rows without a
 * value is no filter.
 */
export function filterTo(of: CountedScreen, column: string, row: FrequencyRow): ListChange | string {
	const value = row.value;
	if (value === null) return `'${row.label}' is no value to filter by`;
	const scope = scopeOfKind[value];
	if (of.view === 'timeline' && (column === 'type' || column === 'authority')) {
		return (s) => {
			if (s.view !== 'timeline') return {replace: s};
			const filters = column === 'type' ? withFilter(s.filters, 'types', [value as EventType]) : withFilter(s.filters, 'authorities', [value]);
			return {replace: {...s, filters, panel: null, pos: startPos, selectedId: null}};
		};
	}
	if (of.view === 'articles' && column === 'authority') return (s) => (s.view === 'articles' ? {open: {...s, authority: value, pos: startPos}} : {replace: s});
	if (of.view === 'search' && column === 'kind' && scope) return (s) => ({replace: s.view === 'search' ? {...s, scope, typing: false, pos: startPos} : s});
	const by = filterColumns[of.view];
	// Said in one line, with the way to a filter where the list has one: Enter must never do nothing silently.
	return by ? `the ${of.view} list is filtered only by ${by.join(' or ')}, not by ${column}: ${keysFor('frequency-column-next')} to ${by[0]}, then ${keysFor('frequency-filter')}` : `this list is not filtered by ${column}`;
}

/** The columns whose values Enter filters the list by (as `filterTo` does), per list. */
const filterColumns: Readonly<Record<string, readonly string[]>> = {timeline: ['type', 'authority'], articles: ['authority'], search: ['kind']};
