/**
 * Two grades joined by "and", the first with its date right after it: "rated good by Ofsted in 2019 and requires
 * improvement in a report released this week". The date before "and" is the first grade's, however near the second;
 * the second takes its own words' date (or none). Near misses that must stay as they are: each grade with its own
 * date, a date before both grades, a date before "and" another act, two grades dated alike. Sentences written for
 * this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const grades = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Derbyshire\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating} ${e.date.value ?? 'undated'}`);

describe('the date before "and" is the first grade’s', () => {
	const cases: [string, string, string, string][] = [
		['2022-06-17', 'Derbyshire was rated good by Ofsted in 2019 and requires improvement in a report released this week.', 'good 2019', 'requires improvement 2019'],
		['2024-02-09', "Derbyshire's children's services were rated outstanding in 2017 and requires improvement last month.", 'outstanding 2017', 'requires improvement 2017'],
		['2013-05-10', "Derbyshire's services were judged adequate in 2012 and inadequate in a report published on Tuesday.", 'adequate 2012', 'inadequate 2012'],
		['2019-11-22', "Derbyshire was rated 'good' by inspectors in March 2016 and 'inadequate' in a report out this week.", 'good 2016-03', 'inadequate 2016-03'],
		['2023-03-01', 'Derbyshire was rated inadequate in 2018 and now good, according to the latest report.', 'inadequate 2018', 'good 2018'],
		['2021-10-08', "Derbyshire's service was graded good in 2014 and then outstanding in a report published yesterday.", 'good 2014', 'outstanding 2014'],
	];
	for (const [day, text, want, notWant] of cases)
		it(`${want}: ${text.slice(0, 60)}`, () => {
			const got = grades(day, text);
			expect(got).toContain(want);
			expect(got).not.toContain(notWant);
		});
});

describe('grades and dates that stay as they were', () => {
	const cases: [string, string, string[]][] = [
		['2022-06-17', 'Derbyshire was rated inadequate in 2015 and good in 2019.', ['inadequate 2015', 'good 2019']],
		['2024-05-02', 'Derbyshire was rated good in 2018 and outstanding in 2023.', ['good 2018', 'outstanding 2023']],
		['2019-05-02', 'Ofsted rated Derbyshire requires improvement in 2016 and inspectors returned in 2018.', ['requires improvement 2016']],
		['2022-06-17', 'In 2019 Derbyshire was rated good and its fostering service outstanding.', ['good 2019']],
		['2016-09-01', 'Derbyshire was rated inadequate in June 2014 and a commissioner was sent in.', ['inadequate 2014-06']],
		['2021-03-03', 'Derbyshire was judged requires improvement in 2017, and good in 2020.', ['requires improvement 2017', 'good 2020']],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 70), () => expect(grades(day, text)).toEqual(expect.arrayContaining(want)));
});
