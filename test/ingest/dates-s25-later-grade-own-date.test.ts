/**
 * Two grades, each with its date after it, the second in a clause of its own after "and" ("were rated good at their
 * previous full inspection in 2019, and had been judged to require improvement in 2016"): the first grade's date,
 * though nearer the second grade's verb, is the first grade's (event-grade-own-date.ts, read in gradeApart). Near
 * misses that keep their dates: grades each right beside their dates, a list of grades, a date before both grades,
 * another service's grade after "and". Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const grades = (text: string) =>
	extractArticle(`title: Council news\ndate: 2023-07-21\nauthority: Derbyshire\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating} ${e.date.value ?? 'undated'}`);

describe("a date before 'and' and a later grade with its own date is the first grade's", () => {
	const cases: [string, string[]][] = [
		[`Derbyshire's children's services were rated "good" at their previous full inspection in 2019, and had been judged to require improvement in 2016.`, ['good 2019', 'requires improvement 2016']],
		["Derbyshire's children's services were rated good at their previous inspection in 2019 and were judged to require improvement in 2016.", ['good 2019', 'requires improvement 2016']],
		['Derbyshire was rated outstanding at its most recent full inspection in 2022, and was judged inadequate in 2017.', ['outstanding 2022', 'inadequate 2017']],
		['Derbyshire was rated good at its previous inspection in 2019, and was judged inadequate in a report published today.', ['good 2019', 'inadequate 2023-07-21']],
		['Derbyshire was rated good at its previous inspection in 2019, and was judged inadequate last year.', ['good 2019', 'inadequate 2022']],
		['Derbyshire was graded requires improvement after a three-week inspection in March 2018, and was later rated inadequate in 2021.', ['requires improvement 2018-03', 'inadequate 2021']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(grades(text)).toEqual(expect.arrayContaining(want)));
});

describe('grades and dates that stay as they were', () => {
	const cases: [string, string[]][] = [
		['Derbyshire was rated inadequate at a full inspection in 2015 and was found to be good in 2019.', ['inadequate 2015', 'good 2019']],
		['Derbyshire was rated good at its last inspection in 2019 and inadequate in 2016.', ['good 2019', 'inadequate 2016']],
		['Derbyshire was judged outstanding in 2021, good in 2018 and requires improvement in 2014.', ['outstanding 2021', 'good 2018', 'requires improvement 2014']],
		['In 2019 Derbyshire was rated good, and was judged to require improvement in 2016.', ['good 2019', 'requires improvement 2016']],
		['Derbyshire was rated good in 2019, and its fostering service was judged outstanding in 2020.', ['good 2019']],
		['Derbyshire was rated inadequate in 2015 and was judged good after an inspection in 2019.', ['inadequate 2015', 'good 2019']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(grades(text)).toEqual(expect.arrayContaining(want)));
});
