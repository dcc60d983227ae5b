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

const typed = (published: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs).events.map((e) => `${e.type}${e.rating ? ` ${e.rating}` : ''}${e.status ? ` ${e.status}` : ''} ${e.authority} ${e.date.value === null ? 'undated' : (e.date.approximate ? '~' : '') + e.date.value}`);

test('"The visit did not give a rating of good or requires improvement", "would not be a judgement of": no grade', () => {
	expect(typed('2022-05-05', 'Ofsted had carried out a focused visit to Rutland County Council. The visit did not give a rating of \'Good\' or \'Requires Improvement\'.').filter((e) => e.startsWith('inspection-judgement'))).toEqual([]);
	expect(typed('2022-05-05', 'Rutland County Council was told this would not be a judgement of the usual ratings of \'Requires Improvement\' and \'Good\'.')).toEqual([]);
});

test('"Of the 20 services we inspected in 2022, four were rated inadequate", "10 of the 17 reports found services inadequate": counts, not a grade', () => {
	expect(typed('2023-03-01', 'Of the 20 youth justice services we inspected in 2022, four were rated inadequate.', 'Particular congratulations go to Rutland’s youth justice service, which was rated outstanding.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['inspection-judgement outstanding']);
	expect(typed('2023-03-01', 'In 2022, 10 of the 17 reports we published found Rutland’s neighbours’ services inadequate.')).toEqual([]);
});

test('"had seriously declined since the last inspection in 2015": a fall, not a refusal, and not the new grade’s year', () => {
	const events = typed('2019-03-01', 'Rutland County Council’s children’s services, now rated inadequate, had seriously declined since the last inspection in 2015, Ofsted said.');
	expect(events.some((e) => e.includes('refused'))).toBe(false);
	expect(events.some((e) => e.includes(' 2015'))).toBe(false);
});

test('"Following the inadequate judgement in May 2016, the government appointed a commissioner": not the judgement’s month', () => {
	const events = typed('2016-07-20', 'Following the inadequate judgement in May 2016, the government appointed a commissioner for Rutland County Council.');
	expect(events).toContain('inspection-judgement inadequate Rutland 2016-05');
	expect(events.find((e) => e.startsWith('commissioner-appointed'))).toBe('commissioner-appointed Rutland ~2016-07-20');
});

test('"a plan drawn up in response to today\'s report": the day is the report\'s, the plan\'s only approximately', () => {
	expect(typed('2016-05-12', 'Rutland County Council said a new improvement plan was being drawn up in response to today’s report.')).toEqual(['improvement-plan Rutland ~2016-05-12']);
});

test('"Ofsted had carried out a focused visit and its letter would be published in June": the visit happened', () => {
	expect(typed('2022-05-05', 'The director said Ofsted had carried out a focused visit to Rutland County Council and its letter would be published in June 2022.')[0]).toBe('inspection-visit Rutland ~2022-05-05');
});

test('a meeting’s venue in the county town names the county, not the council the minutes are about', () => {
	const x = extractArticle(
		['title: Children’s Scrutiny Committee - Wednesday, 9th March, 2022', '', 'Venue: Council Chamber, Civic Offices, New Road, Oakham, Leicestershire, LE15 6HP', '', 'The director said Ofsted had visited the service. Ofsted had said that Rutland County Council was a good authority.', ''].join('\n'),
		{today: new Date('2026-11-22T12:00:00Z')},
	);
	expect(x.authorities[0]).toBe('Rutland');
});

test('departures: "has decided to move on", "planned to take early retirement", the director named after a comma', () => {
	expect(typed('2020-05-10', 'After six years at Rutland County Council, director of children’s services Ansel Moor has decided to move on.')).toEqual(['resignation Rutland ~2020-05-10']);
	expect(typed('2020-05-10', 'The director of children’s services at Rutland County Council announced in March that he planned to take early retirement.')).toEqual(['resignation Rutland 2020-03']);
	// Two people named after their roles, two departures on their own dates.
	const two = article('2020-02-10', 'Rutland County Council’s director of children’s services, Idris Fenwick, has decided to step down.', 'The deputy director, Lorna Pike, was sacked in December after a disciplinary panel.').events;
	expect(two.map((e) => `${e.participants?.[0]?.name} ${e.date.value}`)).toEqual(['Idris Fenwick 2020-02-10', 'Lorna Pike 2019-12']);
});

test('"A revised direction was issued alongside the June 2021 report. The first direction was closed in 2022."', () => {
	expect(typed('2024-03-01', 'Rutland County Council is under government intervention.', 'A revised direction was issued alongside the June 2021 report. The first direction was closed in 2022.').filter((e) => e.startsWith('improvement'))).toEqual(['improvement-notice Rutland 2021-06', 'improvement-notice-lifted Rutland 2022']);
});

test('"Two more monitoring visits were planned, the first in November 2022 and the second in February 2023": two visits', () => {
	expect(typed('2022-10-04', 'Two more monitoring visits to Rutland County Council were planned, the first in November 2022 and the second in February 2023.')).toEqual(['inspection-visit planned Rutland 2022-11', 'inspection-visit planned Rutland 2023-02']);
});

test('"Ofsted inspectors looking at its help for children in need in April found", "In 2019, inspectors said": visits', () => {
	expect(typed('2023-06-14', 'Ofsted inspectors looking at Rutland County Council’s help for children in need in April found that plans were now clearer.')).toEqual(['inspection-visit Rutland 2023-04']);
	expect(typed('2023-06-14', 'Rutland County Council was judged inadequate in 2021.', 'In 2019, inspectors said the council’s front door had been rebuilt.')).toContain('inspection-visit Rutland 2019');
	// Inspectors' words with no date of their own are the report's, not a visit.
	expect(typed('2023-06-14', 'Rutland County Council was judged inadequate in 2021. Inspectors said the front door had been rebuilt.').filter((e) => e.startsWith('inspection-visit'))).toEqual([]);
});

test('"(a factor in the Council receiving its inadequate grading in March 2020)": a grading is a grade', () => {
	expect(typed('2022-10-04', 'Rutland County Council’s next visit would focus on permanence (which was a significant factor in the Council receiving its inadequate grading in March 2020).')).toContain('inspection-judgement inadequate Rutland 2020-03');
});

test('"A petition demands the cabinet member’s resignation and will be debated in July": a call made now, debated later', () => {
	expect(typed('2020-06-24', 'A petition signed by more than 1,200 residents demands the resignation of Rutland County Council’s cabinet member for children and will be debated in July.')).toEqual(['resignation-call Rutland ~2020-06-24']);
	// A plan "which will be discussed by the cabinet on March 5" keeps that meeting's date.
	expect(typed('2024-02-09', 'Rutland County Council now has 35 working days to send Ofsted a priority action plan, which will be discussed by the council’s cabinet on March 5.')).toContain('improvement-plan planned Rutland 2024-03-05');
});
