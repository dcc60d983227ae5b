/**
 * review27: a plain-past grade after a sentence opening on a year; a history as a list of grades; capacity to improve (289d625, f3c6e74, 75d92c1).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * over-reaches review27 found, guarded since by narrow27b (they were marked it.fails).
 */
import {describe, expect, it} from 'vitest';
import {run, show} from '../helpers/review-events.js';

describe('fine: a grade after a sentence that opens on a year', () => {
	it.each([
		["By the summer of 2014 things looked up. Ofsted rated the county's children's services good overall.", 'inspection-judgement:good@2014~'],
		["In 2014 the council appointed a new director. Ofsted rated Stockport's children's services inadequate last week.", 'other@2014 | inspection-judgement:inadequate@2019-06~'],
		["In 2014 the council appointed a new director. Ofsted rated Stockport's children's services inadequate, the report published on Tuesday said.", 'other@2014 | inspection-judgement:inadequate@2019-06-18'],
		["In 2014 the council appointed a new director. Ofsted rated Stockport's children's services inadequate in its latest report.", 'other@2014 | inspection-judgement:inadequate@2019-06-20~'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
	it('a report dated in the next sentence keeps its date (a month)', () => {
		const text = "In 2014 the council appointed a new director. Ofsted rated Stockport's children's services inadequate. The report was published in March 2019.";
		expect(run(text).find((e) => e.rating === 'inadequate')?.date.value, show(text)).toBe('2019-03');
	});
	it('a report dated in the next sentence keeps its date (a weekday)', () => {
		const text = "In 2014 the council appointed a new director. Ofsted rated Stockport's children's services inadequate. The report was published on Tuesday.";
		expect(run(text).find((e) => e.rating === 'inadequate')?.date.value, show(text)).toBe('2019-06-18');
	});
	it("a year that dated another council's grade does not date the next", () => {
		const text = "In 2014 Trafford was rated good. Ofsted rated Stockport's children's services inadequate.";
		expect(run(text).find((e) => e.rating === 'inadequate')?.date.value, show(text)).not.toBe('2014');
	});
});

describe('fine: a history as a list of grades', () => {
	it.each([
		["Stockport's children's services were rated inadequate in 2010, adequate in 2012 and good the following year.", 'inspection-judgement:inadequate@2010 | inspection-judgement:adequate@2012 | inspection-judgement:good@2013~'],
		["Stockport's children's services were rated inadequate in 2010, adequate in 2012 and good two years later.", 'inspection-judgement:inadequate@2010 | inspection-judgement:adequate@2012 | inspection-judgement:good@2014~'],
		["Stockport's children's services were rated inadequate in 2010 and adequate in 2012; the council's schools were good the following year.", 'inspection-judgement:inadequate@2010 | inspection-judgement:adequate@2012'],
		["Stockport's children's services were rated inadequate in 2010, adequate in 2012, and the council hopes to be good the following year.", 'inspection-judgement:inadequate@2010 | inspection-judgement:adequate@2012'],
		["Stockport's children's services were rated inadequate in 2010, adequate in 2012 and the council's schools good the following year.", 'inspection-judgement:inadequate@2010 | inspection-judgement:adequate@2012'],
		["Stockport's children's services were rated inadequate in 2016 and requires improvement in 2018 and, the council hopes, good the following year.", 'inspection-judgement:inadequate@2016 | inspection-judgement:requires improvement@2018'],
		["Stockport's children's services were rated inadequate in 2016, requires improvement in 2018 and could be good the following year.", 'inspection-judgement:inadequate@2016 | inspection-judgement:requires improvement@2018'],
		["Stockport's children's services were rated inadequate in 2016, requires improvement in 2018 and Stepping Hill Hospital good the following year.", 'inspection-judgement:inadequate@2016 | inspection-judgement:requires improvement@2018'],
		['Stockport County were relegated in 2010, promoted in 2012 and good the following year.', ''],
		["By the summer of 2014 things looked up. Would Ofsted rate the county's children's services good?", ''],
		["By the summer of 2014 things looked up. The council hoped Ofsted would rate its children's services good.", ''],
		["In 2014 the council appointed a new director.\n\nOfsted rated Stockport's children's services inadequate.", 'other@2014 | inspection-judgement:inadequate@2019-06-20~'],
		["In 2014 the council appointed a new director. Ofsted now rates Stockport's children's services good.", 'other@2014 | inspection-judgement:good@2019-06-20~'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
	it("another council's list gives Stockport no good", () => {
		const text = "Stockport's children's services were rated inadequate in 2010, and Trafford's adequate in 2012 and good the following year.";
		expect(run(text).filter((e) => e.rating === 'good' && e.authority === 'Stockport'), show(text)).toEqual([]);
	});
	it("a list of the schools' grades adds no good", () => {
		const text = "Stockport's schools were rated inadequate in 2010, adequate in 2012 and good the following year.";
		expect(run(text).filter((e) => e.rating === 'good'), show(text)).toEqual([]);
	});
});

describe('fine: capacity to improve; a question', () => {
	it.each([
		["Stockport's children's services were judged adequate and its capacity to improve good in 2009.", 'inspection-judgement:adequate@2009'],
		["Stockport's children's services were judged adequate in 2009 and its capacity to improve good.", 'inspection-judgement:adequate@2009'],
		["Stockport's children's services were judged inadequate and its capacity to improve adequate in 2010; the council appealed.", 'inspection-judgement:inadequate@2010'],
		["In 2009 Stockport's capacity to improve was judged good, and its children's services adequate in 2011.", 'inspection-judgement:adequate@2011'],
		['Will Stockport be judged good at its next inspection?', ''],
		["Stockport's children's services were judged adequate in 2009. Will the council be judged good this time?", 'inspection-judgement:adequate@2009'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});
