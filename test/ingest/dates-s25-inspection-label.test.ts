/**
 * A timeline's entry that opens with an inspection's name and its date as a label ("• Ofsted ILACS inspection,
 * October 2019 – Southampton found inadequate"): the date is the inspection's, and the grade the entry gives came
 * out after it (weeks later), so the grade's date is approximate while a visit's stays exact. Near misses that keep
 * an exact date: a grade dated in its own words, another act's label ("Improvement notice, January 2020 –"), a
 * report's label, a date with no label's dash or colon after it. Entries written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (line: string, type: string) =>
	extractArticle(`title: Council news\ndate: 2024-06-12\nauthority: Southampton\n\nWhat has happened to the council’s children’s services.\n\n${line}\n`, {today}).events.filter((e) => e.type === type);

describe('a grade in an entry labelled with its inspection’s date is approximate', () => {
	const cases: [string, string][] = [
		['• Ofsted ILACS inspection, October 2019 – Southampton found inadequate.', '2019-10'],
		['• Ofsted re-inspection, September 2023 – no longer inadequate; judged requires improvement to be good.', '2023-09'],
		['Full inspection (ILACS), March 2018 – the council was rated good overall.', '2018-03'],
		['Inspection, June 2015: services rated requires improvement.', '2015-06'],
		['• SIF inspection, January 2014 — children’s services judged inadequate.', '2014-01'],
		['Ofsted inspection (single inspection framework) July 2014 – requires improvement overall.', '2014-07'],
	];
	for (const [line, month] of cases)
		it(line.slice(0, 60), () => {
			const got = events(line, 'inspection-judgement');
			expect(got.length).toBeGreaterThan(0);
			for (const e of got) if (e.date.value?.startsWith(month)) expect(e.date.approximate).toBe(true);
		});
	it('the visit of such an entry keeps its day', () => {
		const got = events('• Focused visit, 12 and 13 March 2019 – inspectors found drift and delay for some children.', 'inspection-visit');
		expect(got.map((e) => [e.date.value, e.date.approximate])).toContainEqual(['2019-03-12', false]);
	});
});

describe('dates that are not an inspection’s label keep their certainty', () => {
	const exact: [string, string, string][] = [
		['The council was rated inadequate in October 2019 – its first such rating.', 'inspection-judgement', '2019-10'],
		['The council was rated good in March 2018 – a year after its last inspection.', 'inspection-judgement', '2018-03'],
		['• The DfE issued an improvement notice in January 2020 – the council accepted it.', 'improvement-notice', '2020-01'],
		['• Report published, 6 December 2019 – Southampton found inadequate.', 'inspection-judgement', '2019-12-06'],
		['• Improvement notice lifted, December 2023 – the minister wrote to the council.', 'improvement-notice-lifted', '2023-12'],
		['• Inadequate rating, October 2019 – the council accepted the findings.', 'inspection-judgement', '2019-10'],
	];
	for (const [line, type, value] of exact)
		it(line.slice(0, 60), () => expect(events(line, type).map((e) => [e.date.value, e.date.approximate])).toContainEqual([value, false]));
});
