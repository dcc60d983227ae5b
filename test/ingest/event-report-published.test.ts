/**
 * Judgements told by an inspection's findings or its report's publication, with no grade (event-report-published.ts):
 * "An inspection in 2019 found serious weaknesses", "a re-inspection report published today", "days before an Ofsted
 * report is due to be published". Beside them, a visit's findings, an inspection that found none, another body's report
 * and a condition, which give none. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

const judgements = (published: string, ...text: string[]) =>
	article(published, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`);

test('an inspection that found faults gave a verdict, dated by the inspection', () => {
	expect(judgements('2021-06-02', 'Wigan Council’s new director starts next week.', 'An inspection in 2019 found serious weaknesses in the help given to children in need.')).toEqual(['ungraded 2019']);
	expect(judgements('2023-06-02', 'Oldham Council’s leader defended the department.', 'A joint inspection last year had identified failings in how agencies shared information.')).toEqual(['ungraded 2022']);
});

test('a report published, and one still to come, are judgements', () => {
	expect(judgements('2022-10-21', 'Lancashire Constabulary has improved its child protection work since an inspection last year found weaknesses in how it records children’s views, according to a re-inspection report published today.')).toEqual(['ungraded 2021', 'ungraded 2022-10-21']);
	expect(judgements('2017-01-24', 'Bury Council’s cabinet member for children has resigned, days before an Ofsted report on the borough’s services is due to be published.').map((r) => r.split(' ')[0])).toEqual(['ungraded']);
	expect(judgements('2010-03-16', 'Salford’s director has stepped down.', 'Ofsted is expected to publish its report next week.').map((r) => r.split(' ')[0])).toEqual(['ungraded']);
	expect(judgements('2016-10-18', 'Rochdale’s senior leaders resigned before the report was published in August.')).toEqual(['ungraded 2016-08']);
});

test('a visit’s findings, an inspection that found none, another body’s report and a condition give no judgement', () => {
	expect(judgements('2021-06-02', 'A focused visit to Wigan in March found weaknesses in planning for children in care.')).toEqual([]);
	expect(judgements('2021-06-02', 'An inspection of Wigan in 2019 found no weaknesses in the council’s fostering panel.')).toEqual([]);
	expect(judgements('2021-06-02', 'Bury Council’s cabinet will meet before the commissioner’s report is due to be published.')).toEqual([]);
	expect(judgements('2021-06-02', 'Stockport’s scrutiny panel report on road safety is due to be published next month.')).toEqual([]);
	expect(judgements('2021-06-02', 'If an inspection found failings in Oldham, ministers could send in a commissioner.')).toEqual([]);
});

test('a council’s support for schools judged ineffective is a failing grade of that service, beside the children’s services’ own', () => {
	const got = (published: string, ...text: string[]) =>
		article(published, ...text)
			.events.filter((e) => e.type === 'inspection-judgement')
			.map((e) => `${e.rating} ${e.date.value} ${e.service ?? 'children'}`);
	expect(got('2014-07-02', 'Wigan Council’s director is leaving.', 'Inspectors said this month that the council’s support for school improvement was ineffective.')).toEqual(['inadequate 2014-07 other']);
	expect(got('2014-09-02', 'Oldham’s child protection services were judged good by Ofsted in March 2014, and inspectors have now described its support for struggling schools as ‘ineffective’.')).toEqual(['good 2014-03 children', 'inadequate 2014-09-02 other']);
	// ("ineffective" of anything else is no grade: a school's own leaders, a council's parking policy.)
	expect(got('2014-07-02', 'Inspectors said the leadership of Oakfield Primary School was ineffective.')).toEqual([]);
	expect(got('2014-07-02', 'Wigan Council’s support for town centre shops has been ineffective, traders said.')).toEqual([]);
});

test('the last inspection, dated, gave a grade the sentence does not tell', () => {
	expect(judgements('2024-06-20', 'Wigan Council, last inspected in 2019, expects Ofsted to return within months.')).toEqual(['ungraded 2019']);
	expect(judgements('2024-04-10', 'Bury Council’s scrutiny committee met on Monday.', 'Councillors heard that practice had strengthened since the council’s last full inspection in 2021.')).toEqual(['ungraded 2021']);
	// (Graded in the sentence, it is that grade; a focused visit, a school's inspection and the next inspection are none.)
	expect(judgements('2024-04-10', 'Oldham was judged good at its last inspection in 2018.')).toEqual(['good 2018']);
	expect(judgements('2024-04-10', 'Oldham’s last focused visit, in 2022, looked at care leavers.')).toEqual([]);
	expect(judgements('2024-04-10', 'Oakfield Primary School, in Wigan, was last inspected in 2017.')).toEqual([]);
});

test('the last inspection, dated, is not the undated report of now: each keeps its own date', () => {
	// (A page with no date: the report of now has none to take.)
	const got = extractArticle('Wigan’s youth justice service requires improvement, according to a report published by HM Inspectorate of Probation.\n\nThe youth justice service was last inspected in 2016, when inspectors judged most of its work satisfactory.\n', {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`);
	expect(got.sort()).toEqual(['requires improvement undated', 'ungraded 2016']);
});
