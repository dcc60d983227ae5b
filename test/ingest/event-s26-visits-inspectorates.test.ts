/**
 * Visits told by who came when that is the probation inspectorate ("In 2019 HM Inspectorate of Probation inspected
 * the youth justice service"), and the inspection team "on site". The near-misses are other bodies' inspections, a
 * visit hoped for, asked about or denied. Each sentence was written for this test.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const visits = (date: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: Wigan\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-visit')
		.map((e) => `${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}${e.status ? ` [${e.status}]` : ''}`)
		.sort();

type Case = [date: string, text: string, want: string[]];
const check = (cases: Case[]) => {
	for (const [date, text, want] of cases) it(text.slice(0, 100), () => expect(visits(date, text)).toEqual(want));
};

describe('the probation inspectorate came, or the team was on site', () => {
	check([
		['2024-06-02', 'In 2019 HM Inspectorate of Probation inspected Wigan’s youth justice service.', ['2019']],
		['2024-06-02', 'The probation inspectorate visited the youth offending team in January and read 40 case files.', ['2024-01']],
		['2024-06-02', 'HMI Probation last visited the borough’s youth justice service in 2021.', ['2021']],
		['2024-06-02', 'Ofsted inspectors were on site at the council’s children’s services for two weeks in March.', ['2024-03']],
	]);
});

describe('no visit of the council’s services', () => {
	check([
		['2024-06-02', 'HM Inspectorate of Probation inspected the prison in January.', []],
		['2024-06-02', 'Inspectors were on site at the primary school for two days in March.', []],
		['2024-06-02', 'The youth offending team hopes HM Inspectorate of Probation visited enough cases to see the change.', []],
		['2024-06-02', 'Has the probation inspectorate visited the youth justice service since 2019?', []],
		['2024-06-02', 'The probation inspectorate has not visited the youth justice service since the pandemic.', []],
	]);
});
