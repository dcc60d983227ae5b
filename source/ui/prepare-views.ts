/**
 * What the slowest views need, made behind the others once the store is read: what the search's empty box shows
 * (the most recent quotes) and the look-ups its rows make; the store's timeline lines, a step at a time (the
 * event loop takes keys between steps, so that q quits at once); then the timeline's items, what it draws from
 * them, and the cohort, each in a turn of its own. At 50,000 articles the lines take seconds to make: the
 * timeline and the cohort then open on them rather than make them after the key. A view opened first finishes
 * the build itself.
 */
import {lookupMakers} from '../corpus/lookups.js';
import type {StoreData} from '../corpus/schema.js';
import {allTimelineItems, buildStoreTimeline} from '../corpus/timeline-items.js';
import {prepareRecent} from '../search/run-search.js';
import {cohortOf} from './views/cohort-view.js';
import {noFilters} from './views/timeline/filters.js';
import {linesOf} from './views/timeline/selectors.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Makes them for `data` while `wanted()` (the data is still the one shown, the UI still running); stops when not. */
export async function prepareViews(data: StoreData, wanted: () => boolean): Promise<void> {
	try {
		await prepare(data, wanted);
	} catch (error) {
		if (!(error instanceof Stopped)) throw error;
	}
}

async function prepare(data: StoreData, wanted: () => boolean): Promise<void> {
	await nextTurn();
	if (!wanted()) return;
	prepareRecent(data);
	for (const make of lookupMakers) {
		await nextTurn();
		if (!wanted()) return;
		make(data);
	}
	await nextTurn();
	if (!wanted()) return;
	await buildStoreTimeline(data, async () => {
		await nextTurn();
		// Given up (a reload, an edit, quit): the part made is dropped with the data.
		if (!wanted()) throw new Stopped();
	});
	// The timeline's items, then its digest, year headers and rows as it first opens (no filters), then the cohort.
	for (const make of [() => allTimelineItems(data), () => linesOf({data, timeline: null}, noFilters), () => cohortOf(data)]) {
		await nextTurn();
		if (!wanted()) return;
		make();
	}
}

class Stopped extends Error {}
