/**
 * Grades told with the inspectorate after them ("are good, says Ofsted", "are outstanding, according to inspectors")
 * and the bottom grade named as a category or as the lowest of the scale ("in its lowest category", "the lowest of four
 * ratings"): judgements (event-facets.ts). Beside them, a good word said by someone else and a category that is no
 * grade. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const grades = (...text: string[]) =>
	article('2023-05-10', ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => e.rating ?? 'ungraded');

test('a grade with the inspectorate told after it', () => {
	expect(grades('Bolton’s children’s services are outstanding, say inspectors.')).toEqual(['outstanding']);
	expect(grades('Children’s services in Oldham are good, according to a new Ofsted report.')).toEqual(['good']);
	expect(grades('Rochdale’s fostering service is good, says Ofsted.')).toEqual(['good']);
});

test('the bottom grade named as a category or as the lowest of the scale', () => {
	expect(grades('The watchdog has put Bury’s children’s services in its lowest category.')).toEqual(['inadequate']);
	expect(grades('Ofsted gave Wigan’s children’s services the lowest of four ratings.')).toEqual(['inadequate']);
});

test('a good word someone else says, and a lowest band that is no grade, give none', () => {
	expect(grades('The new park in Bolton is good, says the council’s leader.')).toEqual([]);
	expect(grades('Most homes in Oldham are in the lowest council tax band, according to the council.')).toEqual([]);
});

test('the area SEND framework’s outcome sentence judges; adult social care the CQC rates is the council’s other service’s grade', () => {
	expect(grades('The local area partnership’s arrangements lead to inconsistent experiences and outcomes for children and young people with SEND in Bolton.')).toEqual(['requires improvement']);
	// (As it is told in the passive, "Oldham’s adult social care was rated good by the CQC": a grade of the council’s other service.)
	expect(grades('The CQC rated Oldham’s adult social care as requiring improvement.')).toEqual(['requires improvement']);
	expect(grades('The CQC rated Oldham’s hospital as requiring improvement.')).toEqual([]);
});

test('"found to be good" with the inspectorate or its inspection told before it', () => {
	expect(grades('Bury Council’s children’s services are under scrutiny.', 'When Ofsted last visited, in 2019, the service was found to be outstanding.')).toEqual(['outstanding']);
	expect(grades('Oldham’s social workers are stretched.', 'Practice has slipped since the previous inspection, when services were found to be good.')).toEqual(['good']);
	// (A part of a service found good is no grade of it; nor is anything found good with no inspectorate in the sentence.)
	expect(grades('Wigan’s residents were found to be good at recycling, the council said.')).toEqual([]);
});

test('the report’s overall effectiveness sentence gives the grade', () => {
	expect(grades('Bury Council’s children’s services were inspected in March.', 'The overall effectiveness of children’s services in Bury is outstanding.')).toEqual(['outstanding']);
	expect(grades('Oldham’s report was published today.', 'Overall effectiveness - good.')).toEqual(['good']);
	// (Effectiveness told of anything but the report's overall judgement is no grade.)
	expect(grades('The council said the overall effectiveness of its new bin collections was good for residents.')).toEqual([]);
});
