/**
 * review27: a date opening the clause after a comma; a grade kept (ed4a906, b1bc6f5).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {run, show, today} from '../helpers/review-events.js';

describe('fine: the date after the comma is the next clause\'s', () => {
	it.each([
		["Stockport's children's services were rated inadequate in 2012, but in 2015 Ofsted found the service good.", 'inspection-judgement:inadequate@2012 | inspection-judgement:good@2015'],
		["Stockport's children's services were rated inadequate in 2012, but in 2015 Ofsted found Trafford's service good.", 'inspection-judgement:inadequate@2012 | inspection-judgement:good@2015[Trafford]'],
		["Stockport's children's services were rated inadequate, and in March 2016 inspectors visited the county's schools.", 'inspection-judgement:inadequate@2019-06-20~ | inspection-visit@2016-03'],
		["Stockport's children's services were rated inadequate, but on Tuesday the council said it would appeal.", 'inspection-judgement:inadequate@2019-06-20~'],
		['Stockport was rated inadequate in 2012, but in 2015 Ofsted found its schools good.', 'inspection-judgement:inadequate@2012'],
		['Stockport was rated inadequate in 2012, but in 2015 Ofsted found Stockport Hospital good.', 'inspection-judgement:inadequate@2012'],
		["Stockport was rated inadequate in 2012, but in 2015 inspectors found the police force's child protection good.", 'inspection-judgement:inadequate@2012'],
		['Stockport was rated inadequate in 2012, but in 2015 the council hoped inspectors would rate it good.', 'inspection-judgement:inadequate@2012'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});

describe('a hospital\'s grade after the comma', () => {
	// The build before today already gave this hospital's grade as an event; a grading verb's object that is another
	// body is now that body's grade, not the council's.
	it('no grade of the council from a hospital rated after the comma', () => {
		const text = "Stockport's children's services were rated inadequate in 2012, but in 2015 Ofsted rated Stepping Hill Hospital good.";
		expect(show(text)).toBe('inspection-judgement:inadequate@2012');
	});
});

describe('fine: a grade kept', () => {
	it.each([
		['Stockport was rated good in 2014. This September it held on to that grade.', 'inspection-judgement:good@2014 | inspection-judgement:good@2019-06-20~'],
		['Stockport was rated good in 2014. Stockport County held on to that title this season.', 'inspection-judgement:good@2014'],
		['Stockport was rated good in 2014. Stockport County retained the title in May.', 'inspection-judgement:good@2014'],
		['Stockport was rated good in 2014. It hopes to retain that rating at its next inspection.', 'inspection-judgement:good@2014'],
		['Stockport was rated good in 2014. Did it retain that rating this year?', 'inspection-judgement:good@2014'],
		['Stockport was rated good in 2014. It failed to hold on to that grade in March.', 'inspection-judgement:good@2014'],
		["Stockport's children's services were rated good in 2014. It did not hold on to that grade in March.", 'inspection-judgement:good@2014'],
		["Stockport's children's services were rated good in 2014. Inspectors said it may not retain that rating.", 'inspection-judgement:good@2014'],
		["Stockport's children's services were rated good in 2014. \"We are confident we will retain that rating,\" the director said.", 'inspection-judgement:good@2014'],
		["Stockport's children's services were rated good in 2014. The council retained its AA rating from Moody's in March.", 'inspection-judgement:good@2014'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
	for (const text of [
		"Stockport's children's services were rated good in 2014. Stepping Hill Hospital held on to that rating in 2018.",
		"Stockport's children's services were rated good in 2014. The hospital trust retained that rating in 2018.",
	]) {
		it(text, () => {
			expect(show(text)).toBe('inspection-judgement:good@2014');
		});
	}
	it("a school's kept grade is no grade of the council's", () => {
		const text = "Stockport's children's services were rated good in 2014. Stockport Grammar School held on to that grade this year.";
		expect(show(text)).toBe('inspection-judgement:good@2014');
	});
});
