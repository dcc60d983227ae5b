/**
 * review27: a grade left behind takes the last inspection's year (031d6a8).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {run, show, today} from '../helpers/review-events.js';

describe('fine: the grade left behind', () => {
	it.each([
		["Stockport's children's services were rated good, up from requires improvement. Ofsted had last inspected the service in 2016.", 'inspection-judgement:good@2019-06-20~ | inspection-judgement:requires improvement@2016~'],
		["Stockport's children's services were rated good, up from inadequate. The previous full inspection was in 2015.", 'inspection-judgement:good@2019-06-20~ | inspection-judgement:inadequate@2015~ | inspection-visit@2015'],
		["Stockport's children's services were rated good, up from requires improvement. Ofsted had last inspected Trafford's children's services in 2016.", 'inspection-judgement:good@2019-06-20~ | inspection-judgement:requires improvement@null'],
		["Stockport's children's services were rated good, up from inadequate. A school in the borough was last inspected in 2016.", 'inspection-judgement:good@2019-06-20~ | inspection-judgement:inadequate@null'],
		["Stockport's children's services were rated good, up from inadequate. The next inspection will be in 2022.", 'inspection-judgement:good@2019-06-20~ | inspection-judgement:inadequate@null | inspection-visit/planned@2022'],
		["Stockport's children's services were rated good, up from inadequate. Ofsted last made a focused visit in 2018.", 'inspection-judgement:good@2019-06-20~ | inspection-judgement:inadequate@null | inspection-visit@2018'],
		["Stockport's children's services were rated good, up from 14th in the league table.", 'inspection-judgement:good@2019-06-20~'],
		["Stockport's children's services were rated good, up from inadequate in 2014. The previous full inspection was in 2016.", 'inspection-judgement:good@2019-06-20~ | inspection-judgement:inadequate@2014 | inspection-visit@2016'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
	it('a previous inspection of schools does not date the grade left behind', () => {
		const text = "Stockport's children's services were rated good, up from inadequate. Stockport's previous full inspection of schools was in 2015.";
		expect(run(text).find((e) => e.rating === 'inadequate')?.date.value, show(text)).toBeNull();
	});
});
