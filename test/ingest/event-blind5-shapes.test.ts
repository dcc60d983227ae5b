/**
 * Shapes a fifth blind reading of real pages showed: grades nobody was given ("no areas judged inadequate", "no
 * local authorities in the region rated outstanding"), a part's grade beside the overall one, the grade a council
 * turned into another, and a council named only as someone's employer. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article} from './article.js';

const grades = (published: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${e.date.value === null ? 'undated' : e.date.value}`);

test('"There were no areas judged to be inadequate", "no local authorities in the North West currently rated outstanding": no grade', () => {
	expect(grades('2020-03-02', 'Rutland County Council’s children’s services were rated good by Ofsted this week.', 'There were no areas judged to be inadequate.')).toEqual(['good 2020-03-02']);
	expect(grades('2022-03-02', 'Rutland County Council’s children’s services were rated good by Ofsted this week. There are no East Midlands local authorities currently rated outstanding.')).toEqual(['good 2022-03-02']);
	// A council named with its grade is still graded.
	expect(grades('2022-03-02', 'No council in the region had been rated outstanding before, but Rutland County Council was rated outstanding this week.').map((g) => g.split(' ')[0])).toEqual(['outstanding']);
});

test('"required improvement, with a few areas judged to be good": the overall grade only', () => {
	expect(grades('2020-03-02', 'The overall judgement was that Rutland County Council’s services required improvement to be good, with a few areas judged to be good.').map((g) => g.split(' ')[0])).toEqual(['requires']);
});

test('"has spun its inadequate rating to good": the inadequate grade is the one it left, not news of today', () => {
	expect(grades('2025-03-02', 'Rutland County Council has spun its inadequate rating to good in just three years.')).toEqual(['inadequate undated', 'good 2025-03-02']);
});

test('a council named as the commissioner’s employer is not the story’s council', () => {
	const x = extractArticle(
		[
			'title: Commissioner named for children’s services',
			'date: 2018-03-02',
			'',
			'Buckinghamshire County Council’s children’s services were rated inadequate by Ofsted in November.',
			'',
			'The Department for Education has appointed Jo Bloggs (Chief Executive of Rutland County Council) as commissioner to review the service.',
			'',
			'Rutland County Council, where Ms Bloggs is chief executive, has lent two advisers.',
			'',
		].join('\n'),
		{today: new Date('2026-11-22T12:00:00Z')},
	);
	expect(x.authorities[0]).toBe('Buckinghamshire');
	expect(x.events.map((e) => `${e.type} ${e.authority}`)).toEqual(['inspection-judgement Buckinghamshire', 'commissioner-appointed Buckinghamshire']);
});
