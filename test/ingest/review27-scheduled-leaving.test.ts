/**
 * review27: a scheduled leaving is planned (87c96b8).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {run, show, today} from '../helpers/review-events.js';

describe('fine: a scheduled leaving', () => {
	it.each([
		["Jane Holt, Stockport's director of children's services, resigned on 3 March and will leave at the end of April.", 'resignation@2019-03-03'],
		["Trafford's director of children's services will leave at the end of March, Trafford Council said.", 'resignation/planned@2020-03~[Trafford]'],
		["Jane Holt is leaving Stockport at the end of the year to become Trafford's director.", 'resignation/planned@2019~'],
		["Jane Holt said she would not leave at the end of March despite calls to go.", ''],
		["Stockport County's manager will leave at the end of the season.", ''],
		['The head teacher of Stockport Grammar School is to retire in the summer.', ''],
		['Jane Holt was due to leave at the end of March, but agreed to stay.', ''],
		["Will Jane Holt, Stockport's director of children's services, leave at the end of March?", ''],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});
