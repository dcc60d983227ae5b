/**
 * The further grades of the day's report: a story tells its headline grade as news, then the report's other grades
 * in the plain past with no date ("Services for care leavers were rated requires improvement"). Those take the news
 * grade's date, approximately (event-report-grades.ts). Near misses that stay undated: a grade told as history (past
 * perfect, "previously", "at the last inspection", "first", "before", "under the old framework", "in three of the
 * last four years"), another council's grade, a grade after a news grade of years ago. Sentences written for this
 * project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const grades = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Derbyshire\n\n${text.replace(/ \/ /g, '\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe("a further grade of the day's report takes its date, approximately", () => {
	const cases: [string, string, string][] = [
		["Derbyshire's children's services have been rated inadequate, Ofsted said on Tuesday. / Services for care leavers were rated requires improvement.", 'Derbyshire requires improvement 2022-03-08~'],
		["Children's services in Derbyshire require improvement, inspectors said in a report published today. / Adoption services were judged good.", 'Derbyshire good 2022-03-10~'],
		["Derbyshire's services are inadequate, according to a report released yesterday. / The experiences of children in care were judged to require improvement.", 'Derbyshire requires improvement 2022-03-09~'],
		["Derbyshire County Council's services for children have been rated good by Ofsted in a report published on Monday. / The local safeguarding children board was judged to require improvement.", 'Derbyshire requires improvement 2022-03-07~'],
		["Derbyshire's children's services have been judged to require improvement in a report published on Wednesday. / Inspectors said help for families had improved. / The experiences of care leavers were judged inadequate.", 'Derbyshire inadequate 2022-03-09~'],
		["Ofsted has rated Derbyshire's children's services outstanding, in a report released today. / Help and protection for children was graded good.", 'Derbyshire good 2022-03-10~'],
		["Derbyshire's children's services have been rated good by Ofsted. / Services for children in care were judged outstanding.", 'Derbyshire outstanding 2022-03-10~'],
	].map(([text, want]) => ['2022-03-10', text!, want!]);
	for (const [day, text, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(grades(day, text)).toContain(want));
});

describe('grades told as history, or of another council, stay undated', () => {
	const cases: [string, string, string][] = [
		['2022-03-10', 'Derbyshire has been rated good, Ofsted said on Tuesday. / The service had been judged inadequate.', 'Derbyshire inadequate undated'],
		['2022-03-10', 'Derbyshire has been rated good, Ofsted said on Tuesday. / It was previously rated requires improvement.', 'Derbyshire requires improvement undated'],
		['2022-03-10', 'Derbyshire has been rated good, Ofsted said on Tuesday. / At the last inspection services were rated inadequate.', 'Derbyshire inadequate undated'],
		['2022-03-10', 'Derbyshire has been rated good in a report published today. / Neighbouring Nottinghamshire was judged inadequate.', 'Nottinghamshire inadequate undated'],
		['2022-03-10', 'Derbyshire has been rated good in a report published today. / The service was rated inadequate before the pandemic.', 'Derbyshire inadequate undated'],
		['2022-03-10', 'Derbyshire was rated good in 2017. / Its adoption service was judged outstanding.', 'Derbyshire outstanding undated'],
		['2022-03-10', 'Derbyshire has been rated good in a report published today. / Under the old framework the service was judged adequate.', 'Derbyshire adequate undated'],
		['2022-03-10', 'Derbyshire has been rated good in a report published today. / The service was first judged inadequate.', 'Derbyshire inadequate undated'],
		['2022-03-10', 'Derbyshire has been rated good in a report published today. / The service was judged inadequate in three of the last four years.', 'Derbyshire inadequate undated'],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 90), () => expect(grades(day, text)).toContain(want));
});
