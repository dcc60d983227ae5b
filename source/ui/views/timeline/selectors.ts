/**
 * The timeline's derived data, remembered for the last arguments: the controller and the view ask for the same
 * lines, rows and layout on every key and every frame. While the store is read, the lines come from the
 * snapshot saved beside it (`env.timeline`), unfiltered but for the search within; until all of them are read,
 * the first of them, drawn with the digest of all (saved with them) for the title, year headers, chart and
 * column widths.
 */
import {storeAuthorities, type EventView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import {timelineDigest, type TimelineDigest} from '../../../corpus/timeline-digest.js';
import {storeTimeline, timelineItems} from '../../../corpus/timeline-items.js';
import type {TimelineSnapshot} from '../../../corpus/timeline-snapshot.js';
import type {EventType} from '../../../corpus/vocabulary.js';
import {memoLast} from '../../memo.js';
import type {ViewEnv} from '../view-types.js';
import type {TimelineFilters} from './filters.js';
import {filterItems, type TimelineItem} from './items.js';
import type {OriginMode} from './labels.js';
import {filterPickerItems, pickerItems, type PickerItem, type PickerPanel} from './panels.js';
import {timelineLayout, timelineRows, type TimelineLayout, type TimelineRow} from './rows.js';

// Typing in the search box changes only the query: the lines before it are kept, and only filtered again.
const baseOf = memoLast((data: StoreData, authorities: readonly string[], types: readonly EventType[], origin: OriginMode): readonly TimelineItem[] =>
	timelineItems(data, {authorities, types, origin}),
);
const queried = memoLast((base: readonly TimelineItem[], query: string): TimelineItem[] => filterItems(base, query));

/** Whether the filters are ones the snapshot can answer: none but the search within. */
export function snapshotAnswers(f: TimelineFilters): boolean {
	return f.authorities.length === 0 && f.types.length === 0 && f.origin === 'all';
}

/**
 * The lines the timeline lists and what it draws from all of them. `items` is every line listed, except while
 * only the head of the saved lines is read (`complete` false): then the first of them, and `digest` and the year
 * headers of `rows` count them all.
 */
export type TimelineLines = {
	readonly items: readonly TimelineItem[];
	readonly digest: TimelineDigest;
	readonly rows: readonly TimelineRow[];
	readonly complete: boolean;
};

const linesOfItems = memoLast((items: TimelineItem[]): TimelineLines => ({items, digest: timelineDigest(items), rows: timelineRows(items), complete: true}));
const linesOfSnapshot = memoLast(
	(snapshot: TimelineSnapshot): TimelineLines => ({items: snapshot.items, digest: snapshot.digest, rows: timelineRows(snapshot.items, snapshot.digest.groups), complete: snapshot.complete}),
);

export function linesOf(env: Pick<ViewEnv, 'data' | 'timeline'>, f: TimelineFilters): TimelineLines {
	if (env.timeline && snapshotAnswers(f)) {
		if (f.query.trim() === '') return linesOfSnapshot(env.timeline);
		// The search within is taken only once every line is read (controller.ts): a part would count wrong.
		if (env.timeline.complete) return linesOfItems(queried(env.timeline.items, f.query));
	}

	return linesOfItems(queried(baseOf(env.data, f.authorities, f.types, f.origin), f.query));
}

/** The lines listed (see `linesOf`). */
export function itemsOf(env: Pick<ViewEnv, 'data' | 'timeline'>, f: TimelineFilters): readonly TimelineItem[] {
	return linesOf(env, f).items;
}

export const allLines = (data: StoreData): readonly EventView[] => storeTimeline(data);
const liveTotal = memoLast((data: StoreData, withHidden: boolean): number => timelineItems(data, {authorities: [], types: [], origin: withHidden ? 'wrong' : 'all'}).length);
/** Lines without filters: with the hidden ones when they are shown, so that "n of total" never has n > total. */
export function totalOf(env: Pick<ViewEnv, 'data' | 'timeline'>, withHidden: boolean): number {
	return env.timeline && !withHidden ? env.timeline.digest.total : liveTotal(env.data, withHidden);
}
export const authoritiesOf = memoLast((data: StoreData): string[] => storeAuthorities(data));
/** A picker's items, every one and those its filter lets through. */
export const pickerChoicesOf = memoLast((data: StoreData, of: PickerPanel['of']): PickerItem[] => pickerItems(data, of, allLines(data)));
export const pickerFilteredOf = memoLast(filterPickerItems);


/** The body's layout for these lines (the chart has a row per authority listed). */
export function layoutOf(env: ViewEnv, lines: TimelineLines): TimelineLayout {
	return timelineLayout(env.layout.body, lines.digest.chart.authorities.length);
}

/** Rows of the picker's list: the list's rows less the picker's title. */
export function pickerHeight(env: ViewEnv, lines: TimelineLines): number {
	return Math.max(1, layoutOf(env, lines).listRows - 1);
}
