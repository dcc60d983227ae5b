/**
 * Grade words that give no grade and dates that are no grade's: a grade wished for at the end of a long aim, a grade
 * compared against ("rated above adequate"), a count of grades bounded by "since" ("twice since 2013"), and the
 * powers a government "can" use if services fail, told as a general rule. Each beside the ordinary sentences where
 * the same words do report a grade. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {graded} from './pb4-rows.js';

const judgements = (published: string, text: string) => graded(published, text).filter((r) => r.startsWith('inspection-judgement '));

test('a grade at the end of a long aim is wished for, not given', () => {
	expect(judgements('2016-03-02', 'Gateshead Council wants its social workers to stay longer, its caseloads to fall and, in time, to be judged outstanding.')).toEqual([]);
	expect(judgements('2016-03-02', 'Barnsley hopes its children’s services will become a model for the region and one day to be rated good.')).toEqual([]);
});

test('a grade given after an aim was told is still given', () => {
	expect(judgements('2016-03-02', 'Gateshead Council’s children’s services have been judged outstanding by Ofsted.')).toEqual(['inspection-judgement outstanding 2016-03-02~']);
	expect(judgements('2016-03-02', 'Barnsley wanted a better result but its children’s services were rated requires improvement on Tuesday.')).toEqual(['inspection-judgement requires improvement 2016-03-01']);
});

test('a grade compared against is no grade given', () => {
	expect(judgements('2016-03-02', 'It is the first time since 2009 that Barnsley’s children’s services have been rated above adequate.')).toEqual([]);
	expect(judgements('2016-03-02', 'Few councils in the region have been judged higher than requires improvement.')).toEqual([]);
});

test('"twice since 2013" counts grades: the year bounds them and dates neither', () => {
	const got = judgements('2017-01-11', 'Rotherham’s children’s services have twice been rated inadequate by Ofsted since 2013.');
	expect(got.some((r) => / 2013$/.test(r))).toBe(false);
	expect(judgements('2017-01-11', 'Rotherham’s children’s services have been rated inadequate three times since the start of 2012.').some((r) => / 2012$/.test(r))).toBe(false);
});

test('a grade given once in a year named after "since" keeps other years', () => {
	expect(judgements('2017-01-11', 'Rotherham’s children’s services were rated inadequate in 2014.')).toEqual(['inspection-judgement inadequate 2014']);
	// A count with no "since" is no bound: "twice, in 2013 and 2015".
	expect(judgements('2017-01-11', 'Rotherham’s children’s services were rated inadequate twice, in 2013 and in 2015.')).toEqual(['inspection-judgement inadequate 2013', 'inspection-judgement inadequate 2015']);
});

test('what the government can do if services fail is a rule told, not an event', () => {
	const rule = graded('2019-05-01', 'If a council’s children’s services are judged inadequate, the education secretary can issue an improvement notice or send in a commissioner.');
	expect(rule).toEqual([]);
	// A condition with no modal is a plain report.
	expect(graded('2019-05-01', 'Stockport Council was issued with an improvement notice in March after Ofsted rated it inadequate.').some((r) => r.startsWith('improvement-notice '))).toBe(true);
	// "If" that opens no condition of the sentence's events: the event still told.
	expect(graded('2019-05-01', 'Stockport can now move on, the council said, after an improvement notice was issued in March.').some((r) => r.startsWith('improvement-notice '))).toBe(true);
});

