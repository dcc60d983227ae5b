/**
 * A part of the service named after "with" and then graded ("rated good in 2016, with leadership graded
 * outstanding"): the part's grade is no judgement of its own and does not take the overall grade's date from it.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const judgements = (body: string) =>
	extractArticle(`title: Council news\ndate: 2022-09-20\nauthority: Rotherham\n\n${body}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating} ${e.date.value}`);

test('the overall grade keeps the date told before the part graded after "with"', () => {
	expect(judgements('The authority had been rated good at its previous full inspection in 2016, with leadership graded outstanding.')).toEqual(['Rotherham good 2016']);
	expect(judgements('Ofsted rated the service requires improvement at its previous inspection in 2017, with help and protection judged inadequate.')).toEqual(['Rotherham requires improvement 2017']);
	expect(judgements('The council was judged good at its last inspection, in March 2019, with the experience of children in care also rated outstanding.')).toEqual(['Rotherham good 2019-03']);
});

test('a grade after "with" of a named council, or with no comma closing a grade before it, is not a part', () => {
	// (The named council's grade is set beside this one's and not filed as it: event-judgements.ts leaves it out.)
	expect(judgements('Barnsley was rated inadequate in 2018, with neighbouring Wigan rated outstanding in 2019.').map((j) => j.split(' ').slice(1).join(' '))).toEqual(['inadequate 2018']);
	expect(judgements('Barnsley was rated inadequate in 2018, with leadership rated outstanding in 2019.').map((j) => j.split(' ').slice(1).join(' '))).toEqual(['inadequate 2018']);
	expect(judgements('The council, with its new director, was rated good in 2021.')).toEqual(['Rotherham good 2021']);
});
