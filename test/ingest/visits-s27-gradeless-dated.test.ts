/**
 * A focused or monitoring visit a clause dates after another inspection's words ("since the last full inspection in
 * 2016 ... raised again during a focused visit in 2019", "rated good at its last inspection in 2018, was found wanting
 * in a monitoring visit in May 2021"): such a visit gives no grade, so it is a visit of its own on its own date, though
 * the clause's one visit rule read the other inspection. The near-misses are a minister's or a councillor's visit, a
 * school's or a children's home's inspection told without such a visit, a visit hoped for and a visit with no date of
 * its own. Each sentence was written for this test.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each dated visit as "date(~ if approximate)", sorted. */
const visits = (date: string, authority: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-visit' && e.date.value !== null && !e.date.approximate)
		.map((e) => e.date.value!)
		.sort();

type Case = [date: string, authority: string, text: string, want: string[]];
const check = (cases: Case[]) => {
	for (const [date, authority, text, want] of cases) it(text.slice(0, 100), () => expect(visits(date, authority, text)).toContain(want[0]));
};
const checkNone = (cases: [string, string, string][]) => {
	for (const [date, authority, text] of cases) it(text.slice(0, 100), () => expect(visits(date, authority, text)).toEqual([]));
};

describe('a dated focused or monitoring visit beside another inspection', () => {
	check([
		['2023-03-14', 'Rutland', 'Since the last full inspection in 2016, when Rutland was judged to require improvement, leaders had not acted on the weaknesses raised again during a focused visit in 2019.', ['2019']],
		['2022-02-01', 'Halton', 'The service, which was rated good at its last inspection in 2018, was found wanting in a monitoring visit in May 2021.', ['2021-05']],
		['2020-10-12', 'Bury', 'Since the inspection in 2017 found it inadequate, progress was first seen during a monitoring visit in March 2018.', ['2018-03']],
		['2024-06-20', 'Wirral', 'The weaknesses identified at the previous inspection in 2022 were still there at a focused visit in January 2024.', ['2024-01']],
		['2019-07-03', 'Knowsley', 'Inspectors who carried out the full inspection in 2015 came back and found faster progress at the third monitoring visit in May 2017.', ['2017-05']],
		['2021-11-30', 'Salford', 'Leaders had acted on every recommendation of the 2018 inspection, as inspectors noted during a focused visit in October 2021.', ['2021-10']],
		['2025-02-11', 'Oldham', 'The last inspection in 2022 rated the council inadequate, and progress was slow at the first monitoring visit in July 2023.', ['2023-07']],
		['2018-09-05', 'Torbay', 'After the re-inspection in 2016 the council’s front door improved, as inspectors found during a monitoring visit on 12 June 2018.', ['2018-06-12']],
	]);
});

describe('what is no such visit', () => {
	checkNone([
		['2023-03-14', 'Rutland', 'The children’s minister made a visit to the family hub in March, months after the inspection.'],
		['2023-03-14', 'Rutland', 'Councillors paid a visit to the children’s home in January, after its inspection.'],
		['2023-03-14', 'Rutland', 'The council hopes a focused visit will show progress.'],
		['2023-03-14', 'Rutland', 'The primary school was rated good at its last inspection, and a visit by the mayor followed.'],
		['2023-03-14', 'Rutland', 'Social workers made a visit to every child in care in February.'],
		['2023-03-14', 'Rutland', 'A focused visit, the report said, would follow the inspection.'],
		['2023-03-14', 'Rutland', 'The prince’s visit in May came after the inspection of the children’s centre.'],
		['2023-03-14', 'Rutland', 'The monitoring visits every three months were ended by Ofsted.'],
	]);
});
