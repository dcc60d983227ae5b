/**
 * review27: the day's report named by its grade word (dd31d8e).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {run, show, today} from '../helpers/review-events.js';

const grade = "Stockport's children's services have been rated good by Ofsted.\n\n";

describe('fine: a rating published', () => {
	it.each([
		[grade + 'The new rating, published yesterday, places Trafford in the top band.', 'inspection-judgement:good@2019-06-20~'],
		[grade + 'The previous rating, published in 2016, was inadequate.', 'inspection-judgement:good@2019-06-20~ | inspection-judgement:inadequate@2016'],
		[grade + 'The exam results, published yesterday, were the best in the region.', 'inspection-judgement:good@2019-06-20~'],
		["Stockport's children's services have been rated good by Ofsted, according to ratings published yesterday.", 'inspection-judgement:good@2019-06-19'],
		['The court\'s verdict, released on Tuesday, criticised Stockport\'s children\'s services.', ''],
		['The hygiene rating, published yesterday, places Stockport\'s council canteen among the worst.', ''],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
	it("a school's rating published yesterday does not date the council's grade", () => {
		const text = grade + "The school's new rating, published yesterday, is outstanding.";
		expect(run(text).find((e) => e.rating === 'good')?.date.value, show(text)).toBe('2019-06-20');
	});
	it('grades to be made public next week leave the grade its reading of the day', () => {
		const text = grade + 'The grades, which will be made public next week, are expected to be confirmed.';
		expect(run(text).find((e) => e.rating === 'good')?.date.value, show(text)).toBe('2019-06-20');
	});
});
