/**
 * The area SEND framework's outcomes told without their full wording ("typically have positive experiences", "have
 * inconsistent experiences", "the highest of three possible outcomes"), and a grade told with an aside before the
 * inspectors' verb ("are good, with some outstanding features, inspectors have concluded"). Each beside ordinary
 * sentences with the same words that give no grade. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {graded} from './pb4-rows.js';

const judgements = (published: string, text: string) => graded(published, text).filter((r) => r.startsWith('inspection-judgement '));

test('children with SEND who typically have positive or inconsistent experiences: the area’s outcome', () => {
	expect(judgements('2024-04-25', 'Young people with special educational needs in Barnsley typically have positive experiences, inspectors said on Tuesday.')).toEqual(['inspection-judgement good 2024-04-23']);
	expect(judgements('2024-10-16', 'Children with special educational needs and disabilities in Rotherham have inconsistent experiences, a report published today says.')).toEqual(['inspection-judgement requires improvement 2024-10-16']);
});

test('the highest of three possible outcomes is the SEND framework’s top one', () => {
	expect(judgements('2024-04-25', 'Gateshead’s local area partnership for SEND received the highest of three possible outcomes, Ofsted said.')).toEqual(['inspection-judgement good 2024-04-25~']);
});

test('patients’, passengers’ and pupils’ positive or inconsistent experiences are no grade', () => {
	expect(judgements('2024-04-25', 'Patients at Barnsley hospital typically have positive experiences, the latest NHS survey found.')).toEqual([]);
	expect(judgements('2024-04-25', 'Passengers on Rotherham’s buses have inconsistent experiences, the transport watchdog said.')).toEqual([]);
	expect(judgements('2024-04-25', 'The football club said fans had positive experiences at the new stadium, according to its own report.')).toEqual([]);
});

test('the highest of three prizes or bands is no outcome of an inspection', () => {
	expect(judgements('2024-04-25', 'Gateshead’s brass band won the highest of three possible awards at the contest.')).toEqual([]);
});

test('"are good, with some outstanding features, inspectors have concluded": the grade, not the features', () => {
	expect(judgements('2019-05-01', 'Children’s services in Stockport are good, with some outstanding features, inspectors have concluded.')).toEqual(['inspection-judgement good 2019-05-01~']);
	expect(judgements('2019-05-01', 'The food at Stockport’s new market is good, with some outstanding stalls, reviewers have concluded.')).toEqual([]);
});
