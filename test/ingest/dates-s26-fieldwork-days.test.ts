/**
 * A grade dated by the first of a span of days is dated by the inspection's fieldwork, not by the report: days on
 * end are the visit's, and its report comes out weeks later, so the grade's date is approximate (never a confident
 * wrong day). The visit keeps the first day, confidently. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string, type: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Barnsley\n\n${text}\n`, {today}).events.filter((e) => e.type === type);

describe('a grade dated by a span of days is only approximately dated', () => {
	const cases: [string, string][] = [
		['2019-09-20', 'The inspection, carried out on 12 and 13 March, rated Barnsley inadequate.'],
		['2019-09-20', 'Barnsley was rated inadequate by Ofsted inspectors who visited on 12 and 13 March.'],
		['2019-09-20', 'Ofsted judged Barnsley inadequate on 12 and 13 March.'],
		['2019-09-20', 'Barnsley, inspected from 3 to 14 June 2019, was rated inadequate.'],
	];
	for (const [day, text] of cases)
		it(text.slice(0, 70), () => {
			const grades = events(day, text, 'inspection-judgement');
			expect(grades.length).toBeGreaterThan(0);
			for (const g of grades) expect(g.date.value === null || g.date.approximate).toBe(true);
		});
});

describe('a visit keeps the first day of its span, and a grade its own day', () => {
	it('the visit: the first day, confidently', () => {
		const visits = events('2021-03-04', 'Ofsted carried out a focused visit to Barnsley on 24 and 25 November 2020.', 'inspection-visit');
		expect(visits.map((v) => [v.date.value, v.date.approximate])).toContainEqual(['2020-11-24', false]);
	});
	it('a grade published on a single day stays confident', () => {
		const grades = events('2019-07-20', 'In a report published on 18 July 2019, Ofsted rated Barnsley’s children’s services inadequate.', 'inspection-judgement');
		expect(grades.map((g) => [g.date.value, g.date.approximate])).toContainEqual(['2019-07-18', false]);
	});
});
