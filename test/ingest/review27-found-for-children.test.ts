/**
 * review27: 'found X's services for children good' (db0f404).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {run, show, today} from '../helpers/review-events.js';

describe('fine: services for children', () => {
	it.each([
		["Inspectors found Stockport's services for children good.", 'inspection-judgement:good@2019-06-20~'],
		["Inspectors found Trafford's services for children good, Trafford Council said.", 'inspection-judgement:good@2019-06-20~[Trafford]'],
		["Inspectors found the police force's services for children good.", ''],
		["Inspectors found Stockport Hospital's services for children good.", ''],
		["Inspectors found Stockport Grammar School's services for children good.", ''],
		["Inspectors found the NHS trust's services for children and young people good.", ''],
		["Did inspectors find Stockport's services for children good?", ''],
		['Stockport Council hopes inspectors will find its services for children good next year.', ''],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});

// The found frame (with "children's services" too) reads a finding only as made: not denied, hoped for or claimed.
describe('over-reach: no grade from a denial, a hope or a claim', () => {
	for (const text of [
		"Inspectors did not find Stockport's services for children good.",
		"The council hopes inspectors will find Stockport's services for children good.",
		"Inspectors found Stockport's services for children good, a leaked draft claimed.",
	]) {
		it(text, () => {
			expect(show(text)).toBe('');
		});
	}
});
