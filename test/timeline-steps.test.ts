/**
 * The store's timeline made a step at a time (the UI makes it behind its other views once the store is read):
 * the steps hand back control every few thousand records, and the lines are the ones `timeline()` makes, made
 * once whether the build behind the views or a view asking first finishes them.
 */
import {describe, expect, test} from 'vitest';
import {buildStoreTimeline, computedTimelineItems, storeTimeline} from '../source/corpus/timeline-items.js';
import {finish, timeline, timelineSteps} from '../source/corpus/timeline.js';
import {prepareViews} from '../source/ui/prepare-views.js';
import {eventStore} from './helpers/event-store.js';

describe('the timeline a step at a time', () => {
	test('yields between steps and ends with the lines timeline() makes', () => {
		const data = eventStore(5, 9000);
		const steps = timelineSteps(data);
		let yields = 0;
		for (let step = steps.next(); !step.done; step = steps.next()) yields++;
		expect(yields).toBeGreaterThan(4);
		expect(JSON.stringify(finish(timelineSteps(data)))).toBe(JSON.stringify(timeline(data)));
	});

	test('built behind the views, with turns between slices, gives the store its lines once', async () => {
		const data = eventStore(6, 6000);
		let turns = 0;
		await buildStoreTimeline(data, async () => {
			turns++;
		}, 0);
		expect(turns).toBeGreaterThan(2);
		const lines = storeTimeline(data);
		expect(JSON.stringify(lines)).toBe(JSON.stringify(timeline(data)));
		// Asked again: nothing more to build, the same lines.
		await buildStoreTimeline(data, async () => {
			throw new Error('no turn is needed');
		});
		expect(storeTimeline(data)).toBe(lines);
	});

	test('a view asking while the build waits for its turn finishes it at once', async () => {
		const data = eventStore(7, 6000);
		let asked: readonly unknown[] | null = null;
		await buildStoreTimeline(data, async () => {
			// The timeline opened between two slices.
			asked ??= storeTimeline(data);
		}, 0);
		expect(asked).not.toBeNull();
		expect(storeTimeline(data)).toBe(asked);
		expect(JSON.stringify(asked)).toBe(JSON.stringify(timeline(data)));
	});

	test('the views prepared behind the others make the items, unless no longer wanted', async () => {
		const data = eventStore(8, 3000);
		await prepareViews(data, () => true);
		expect(computedTimelineItems(data)?.map((i) => i.line)).toEqual(storeTimeline(data));
		// Given up part way through the lines (a reload, an edit, quit): stops, and makes nothing more.
		const other = eventStore(8, 20_000);
		let asked = 0;
		await prepareViews(other, () => ++asked < 8);
		expect(asked).toBe(8);
		expect(computedTimelineItems(other)).toBeUndefined();
	});
});
