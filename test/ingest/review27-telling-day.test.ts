/**
 * review27: a day after a verb of telling is the telling's; 'reported'/'disclosed' are tellings (2fdb99d, ab42878, 88829f3).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {run, show, today} from '../helpers/review-events.js';

describe('fine: telling days', () => {
	it.each([
		['Stockport Council said on Monday it would appeal against the inadequate rating.', 'inspection-judgement:inadequate@2019-06-17~'],
		["The BBC reported on Monday that Stockport's director of children's services had resigned.", 'resignation@2019-06-17~'],
		["The Manchester Evening News reported on Monday that Trafford's director of children's services had resigned.", 'resignation@2019-06-17~[Trafford]'],
		["Stockport Council said on Monday that its director of children's services has resigned.", 'resignation@2019-06-17'],
		["Jane Holt, Stockport's director of children's services, said on Monday she had resigned in April.", 'resignation@2019-04'],
		['Stockport disclosed on Tuesday that it had been issued with an improvement notice on 2 May.', 'improvement-notice@2019-05-02'],
		["Inspectors reported on Monday that Stockport's children's services were inadequate.", 'inspection-judgement:inadequate@2019-06-17'],
		['It was reported last year that Jane Holt had resigned.', 'resignation@2018~'],
		['Asked on Monday whether she would resign, Jane Holt said she would not.', ''],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});
