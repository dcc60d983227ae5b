/**
 * The timeline's lines as the terminal UI lists them: each event line with its status (shown, marked wrong, or
 * set aside by an edit), its year group, how many articles report it and the article it is shown with. Here in
 * the corpus layer, not the UI, because the import saves them beside the store (timeline-snapshot.ts) for the
 * UI's first timeline to be drawn before the store is read.
 */
import {formatDate} from './date-value.js';
import {findArticle} from './lookups.js';
import {storeAuthorities, timeline, type EventView} from './queries.js';
import {finish, timelineSteps} from './timeline.js';
import type {StoreData} from './schema.js';
import type {EventType, Origin} from './vocabulary.js';

/** Where a line stands: shown as is, marked wrong, an original an edit replaced, or a report merged into an edit. */
export type LineStatus = 'current' | 'wrong' | 'replaced' | 'absorbed';

/** Which origins are listed: all, one, or all with the lines marked wrong (and the originals edits replaced). */
export type OriginMode = 'all' | Origin | 'wrong';

/** A line of the timeline as the view shows it. */
export type TimelineItem = {
	readonly line: EventView;
	readonly status: LineStatus;
	/** The year group: the year, or null for the undated group at the end. */
	readonly year: number | null;
	/** Distinct articles that report it. */
	readonly articles: number;
	/** The article the line's source paragraph is in, if any. */
	readonly articleTitle: string | null;
	readonly articlePublished: string | null;
};

/** What the lines are chosen by (the UI's search within filters them further). */
export type ItemFilters = {
	readonly authorities: readonly string[];
	readonly types: readonly EventType[];
	readonly origin: OriginMode;
};

export const allItems: ItemFilters = {authorities: [], types: [], origin: 'all'};

function statusOf(line: EventView, replacedBy: ReadonlyMap<string, boolean>): LineStatus {
	if (line.hidden) return replacedBy.get(line.id) === true ? 'absorbed' : 'wrong';
	return replacedBy.has(line.id) ? 'replaced' : 'current';
}

/**
 * The lines the filters let through, in date order with the undated last (as `timeline()` orders them). In
 * `wrong` mode the hidden lines come back, marked; the curated markers that hide them are not lines of their own.
 */
export function timelineItems(data: StoreData, f: ItemFilters): TimelineItem[] {
	if (f.authorities.length === 0 && f.types.length === 0 && f.origin === 'all') return [...allTimelineItems(data)];
	return computeItems(data, f);
}

const unfiltered = new WeakMap<StoreData, readonly TimelineItem[]>();
const storeLines = new WeakMap<StoreData, readonly EventView[]>();
/** Builds begun by `buildStoreTimeline` and not finished yet. */
const building = new WeakMap<StoreData, Generator<void, EventView[]>>();

/**
 * The store's lines without filters (`timeline(data)`), made once per data and shared, read-only: the timeline
 * view, the cohort and the pickers all start from them, and at 50,000 articles they take seconds to make. A
 * build begun behind the views is finished here rather than begun again.
 */
export function storeTimeline(data: StoreData): readonly EventView[] {
	let lines = storeLines.get(data);
	if (!lines) {
		lines = finish(building.get(data) ?? timelineSteps(data));
		building.delete(data);
		storeLines.set(data, lines);
	}

	return lines;
}

/** Whether the store's lines (`storeTimeline`) are made for this data (never makes them). */
export function storeTimelineMade(data: StoreData): boolean {
	return storeLines.has(data);
}

/**
 * Makes the store's lines (`storeTimeline`) a step at a time, awaiting `turn()` after each `sliceMs` of work so
 * that the caller's event loop takes keys meanwhile; resolves once they are made (here, or by `storeTimeline`
 * asked meanwhile, which finishes the build at once). The terminal UI starts it when the store is read, so that
 * the timeline and the cohort open on lines already made.
 */
export async function buildStoreTimeline(data: StoreData, turn: () => Promise<void>, sliceMs = 15): Promise<void> {
	if (storeLines.has(data)) return;
	let steps = building.get(data);
	if (!steps) building.set(data, (steps = timelineSteps(data)));
	for (;;) {
		const until = performance.now() + sliceMs;
		let step = steps.next();
		while (!step.done && performance.now() < until) step = steps.next();
		if (step.done) {
			storeLines.set(data, step.value);
			building.delete(data);
			return;
		}
		await turn();
		// Finished by `storeTimeline` while this waited for its turn.
		if (storeLines.has(data)) return;
	}
}

/**
 * Every line without filters, computed once per data: the view lists them and the UI saves them beside the store
 * after an edit, and at 50,000 articles they take seconds to make.
 */
export function allTimelineItems(data: StoreData): readonly TimelineItem[] {
	let items = unfiltered.get(data);
	if (!items) {
		items = computeItems(data, allItems);
		unfiltered.set(data, items);
	}

	return items;
}

/** The unfiltered lines if they have been computed for this data already; else undefined (never computes). */
export function computedTimelineItems(data: StoreData): readonly TimelineItem[] | undefined {
	return unfiltered.get(data);
}

function computeItems(data: StoreData, f: ItemFilters): TimelineItem[] {
	const known = new Set(storeAuthorities(data));
	const authorities = f.authorities.filter((a) => known.has(a));
	const origins = f.origin === 'all' || f.origin === 'wrong' ? undefined : [f.origin];
	const unfiltered = authorities.length === 0 && f.types.length === 0 && !origins && f.origin !== 'wrong';
	const lines = unfiltered
		? storeTimeline(data)
		: timeline(data, {
				...(authorities.length ? {authorities} : {}),
				...(f.types.length ? {types: f.types} : {}),
				...(origins ? {origins} : {}),
				includeHidden: f.origin === 'wrong',
			});
	return timelineItemsOf(data, lines);
}

/**
 * The items of `lines` (lines of `data`), the curated markers that hide press records left out. Given the store's
 * lines unfiltered (`timeline(data)`), these are `allTimelineItems(data)`, but not kept with the data: the import
 * writes them out once and goes on with other work, and they are collected once written rather than stay in
 * memory beside the store's records.
 */
export function timelineItemsOf(data: StoreData, lines: readonly EventView[]): TimelineItem[] {
	// Which press records are set aside, and whether by an edit that absorbed them (true) or replaced them (false).
	const replacedBy = new Map<string, boolean>();
	for (const e of data.events) if (e.origin === 'curated' && e.replaces !== undefined && !(e.hidden && e['absorbedInto'] === undefined)) replacedBy.set(e.replaces, e.hidden === true);
	// The curated markers that hide a press record, by id (as `findEvent` finds a record: the last of an id), rather
	// than every line's record looked up: that index of every event would outlive the import's caches step.
	const markers = new Set<string>();
	for (const e of data.events) {
		if (e.origin === 'curated' && e.hidden && e.replaces !== undefined) markers.add(e.id);
		else if (markers.size > 0) markers.delete(e.id);
	}
	const items: TimelineItem[] = [];
	for (const line of lines) {
		if (markers.has(line.id)) continue;
		const source = line.articleId ?? line.sources[0]?.articleId;
		const article = source ? findArticle(data, source) : undefined;
		items.push({
			line,
			status: statusOf(line, replacedBy),
			year: line.date.value === null ? null : Number(line.date.value.slice(0, 4)),
			articles: new Set(line.sources.map((s) => s.articleId)).size,
			articleTitle: article?.title ?? null,
			articlePublished: article ? formatDate(article.published) : null,
		});
	}

	return items;
}
