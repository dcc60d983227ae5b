/**
 * The timeline made to scale (indexes built once, no per-report scans) gives the same lines as it gave before,
 * in the same order with the same fields, on stores made up to exercise every merge: the reference is the
 * timeline as it was (test/helpers/timeline-reference.ts).
 */
import {describe, expect, test} from 'vitest';
import {cohort} from '../source/corpus/cohort.js';
import {allTimelineItems, computedTimelineItems, storeTimeline, storeTimelineMade, timelineItemsOf} from '../source/corpus/timeline-items.js';
import {timeline} from '../source/corpus/timeline.js';
import {eventStore} from './helpers/event-store.js';
import {referenceTimeline} from './helpers/timeline-reference.js';

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

describe('the timeline made to scale', () => {
	test.each(seeds)('gives the lines it gave before (store %i)', (seed) => {
		const data = eventStore(seed);
		const lines = timeline(data);
		// A store that exercises the merges: reports joined to lines, undated reports attached.
		expect(lines.length).toBeLessThan(data.events.length);
		expect(lines.some((l) => l.date.value === null)).toBe(true);
		expect(lines.some((l) => l.date.value !== null && (l.merged?.length ?? 0) > 1)).toBe(true);
		expect(lines).toEqual(referenceTimeline(data));
		expect(JSON.stringify(lines)).toBe(JSON.stringify(referenceTimeline(data)));
	});

	test.each(seeds)('and with filters and the hidden lines (store %i)', (seed) => {
		const data = eventStore(seed, 300);
		for (const opts of [{includeHidden: true}, {authorities: ['Slough']}, {types: ['inspection-judgement', 'resignation-call']}, {origins: ['ofsted' as const]}, {from: '2017-03', to: '2019'}]) {
			expect(JSON.stringify(timeline(data, opts))).toBe(JSON.stringify(referenceTimeline(data, opts)));
		}
	});

	test('attaches undated reports where names are shared, as before', () => {
		// Many undated reports over few names: the attachment is exercised, not only the merging of dated ones.
		let attached = 0;
		for (const seed of seeds) {
			const data = eventStore(seed);
			const undated = new Set(data.events.filter((e) => e.date.value === null && e.origin === 'extracted').map((e) => e.id));
			attached += timeline(data).filter((l) => l.date.value !== null && (l.merged ?? []).some((id) => undated.has(id))).length;
		}
		expect(attached).toBeGreaterThan(0);
	});

	test('the store\'s lines are made once per data and shared by the timeline\'s items and the cohort', () => {
		const data = eventStore(3);
		const lines = storeTimeline(data);
		expect(storeTimeline(data)).toBe(lines);
		expect(JSON.stringify(lines)).toBe(JSON.stringify(timeline(data)));
		expect(allTimelineItems(data).map((i) => i.line)).toEqual(lines);
		expect(allTimelineItems(data)[0]!.line).toBe(lines[0]);
		expect(cohort(data, lines)).toEqual(cohort(data));
		// Other data (a reload, an edit) gets its own.
		const other = eventStore(3);
		expect(storeTimeline(other)).not.toBe(lines);
	});

	test('the import\'s items are the view\'s, made without keeping them with the data', () => {
		const data = eventStore(5);
		const once = timelineItemsOf(data, timeline(data));
		expect(computedTimelineItems(data)).toBeUndefined();
		expect(storeTimelineMade(data)).toBe(false);
		expect(JSON.stringify(once)).toBe(JSON.stringify(allTimelineItems(eventStore(5))));
	});
});
