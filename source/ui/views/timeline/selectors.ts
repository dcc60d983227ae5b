/**
 * The timeline's derived data, remembered for the last arguments: the controller and the view ask for the same
 * lines, rows and layout on every key and every frame.
 */
import {storeAuthorities, timeline, type EventView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import type {EventType} from '../../../corpus/vocabulary.js';
import {memoLast} from '../../memo.js';
import type {ViewEnv} from '../view-types.js';
import {noFilters, type TimelineFilters} from './filters.js';
import {filterItems, timelineItems, type TimelineItem} from './items.js';
import type {OriginMode} from './labels.js';
import {filterPickerItems, pickerItems, type PickerItem, type PickerPanel} from './panels.js';
import {timelineLayout, timelineRows, type TimelineLayout, type TimelineRow} from './rows.js';

// Typing in the search box changes only the query: the lines before it are kept, and only filtered again.
const baseOf = memoLast((data: StoreData, authorities: readonly string[], types: readonly EventType[], origin: OriginMode): TimelineItem[] =>
	timelineItems(data, {...noFilters, authorities, types, origin}),
);
const queried = memoLast((base: TimelineItem[], query: string): TimelineItem[] => filterItems(base, query));
export function itemsOf(data: StoreData, f: TimelineFilters): TimelineItem[] {
	return queried(baseOf(data, f.authorities, f.types, f.origin), f.query);
}
export const rowsOf = memoLast((items: TimelineItem[]): TimelineRow[] => timelineRows(items));
export const allLines = memoLast((data: StoreData): EventView[] => timeline(data));
/** Lines without filters: with the hidden ones when they are shown, so that "n of total" never has n > total. */
export const totalOf = memoLast((data: StoreData, withHidden: boolean): number => timelineItems(data, withHidden ? {...noFilters, origin: 'wrong'} : noFilters).length);
export const authoritiesOf = memoLast((data: StoreData): string[] => storeAuthorities(data));
/** A picker's items, every one and those its filter lets through. */
export const pickerChoicesOf = memoLast((data: StoreData, of: PickerPanel['of']): PickerItem[] => pickerItems(data, of, allLines(data)));
export const pickerFilteredOf = memoLast(filterPickerItems);


/** The body's layout for these lines (the chart has a row per authority listed). */
export function layoutOf(env: ViewEnv, items: readonly TimelineItem[]): TimelineLayout {
	return timelineLayout(env.layout.body, new Set(items.map((i) => i.line.authority)).size);
}

/** Rows of the picker's list: the list's rows less the picker's title. */
export function pickerHeight(env: ViewEnv, items: readonly TimelineItem[]): number {
	return Math.max(1, layoutOf(env, items).listRows - 1);
}
