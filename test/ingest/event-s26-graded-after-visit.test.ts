/**
 * A background grade told in the sentence after the one that dates its inspection: "Inspectors visited in 2016.
 * Rochdale's children's services were rated inadequate." is a grade of about 2016, not the article's news. The near
 * misses: a recent visit's grade stays the news, another service's or body's inspection dates nothing, an opinion, a
 * plan. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-04-10\nauthority: Rochdale\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('a grade in the sentence after its dated visit', () => {
	const cases: [string, string[]][] = [
		['Ofsted inspected the council in October 2012 and did not like what it found. Child protection arrangements were judged inadequate.', ['inadequate 2012-10']],
		['Inspectors visited in 2016. They rated Rochdale’s children’s services inadequate.', ['inadequate 2016']],
		['Inspectors visited in 2016. Rochdale’s children’s services were rated inadequate.', ['inadequate 2016']],
		['Inspectors returned in 2019. Rochdale’s children’s services were then judged good.', ['good 2019']],
		['Inspectors spent three weeks in the borough in 2015. Its children’s services were judged to require improvement.', ['requires improvement 2015']],
		['Ofsted visited in March 2017. The council’s safeguarding arrangements were found to be inadequate.', ['inadequate 2017-03']],
		['Inspectors came back in 2021. This time inspectors found Rochdale’s children’s services to be good.', ['good 2021']],
		['Inspectors arrived in 2018. The department was branded inadequate.', ['inadequate 2018']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});

describe('near misses', () => {
	const cases: [string, string[]][] = [
		// A recent visit: the grade is the article's news.
		['Inspectors visited in February. Rochdale’s children’s services were rated inadequate.', ['inadequate 2024-04-10']],
		// An opinion, not the inspectors' grade.
		['Inspectors visited in 2016. Parents said the service was considered good.', []],
		// A plan.
		['Inspectors visited in 2016. Rochdale’s director said services would be rated good next time.', ['good undated']],
		// Another inspectorate's visit dates no grade of the council's services.
		['Inspectors from the Care Quality Commission visited in 2016. The hospital’s services were rated good.', []],
		// The visit told with no date: nothing to date the grade by (a background grade stays undated).
		['Inspectors visited the council. Rochdale’s children’s services had been rated inadequate.', ['inadequate undated']],
		// A sentence that opens elsewhere keeps its own date.
		['Inspectors visited in 2016. In 2018 Rochdale’s children’s services were rated good.', ['good 2018']],
		// Another council's visit.
		['Inspectors visited Oldham in 2016. Rochdale’s children’s services were rated inadequate.', ['inadequate 2024-04-10']],
		// A visit of schools.
		['Inspectors visited the borough’s schools in 2016. Most were rated good.', []],
		// Not the sentence's opening clause.
		['Inspectors visited in 2016. The council appointed a new director, and in 2019 its children’s services were rated good.', ['good 2019']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});
