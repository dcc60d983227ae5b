/**
 * Sentences session 21's review wrote against the rules of phrasebook 5's development half: a count of visits since
 * a grade keeps the grade its date, and "can" in an If-sentence is no hypothetical. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const judgements = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-03-14\nauthority: Stockport\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating} ${e.date.value}${e.date.approximate ? '~' : ''}`);

test('a count of visits or checks since a grade is no count of grades: the grade keeps the date', () => {
	expect(judgements('Inspectors have visited twice since January 2023, when the service was judged inadequate.')).toEqual(['inadequate 2023-01']);
	expect(judgements('Stockport’s children’s services have been monitored four times since March 2023, when they were rated inadequate by Ofsted.')).toEqual(['inadequate 2023-03']);
});

test('"you can contact" in an If-sentence does not make its grade hypothetical', () => {
	expect(judgements('If you need help, you can contact the children’s services team, which Ofsted rated good in January.')).toEqual(['good 2024-01']);
});
