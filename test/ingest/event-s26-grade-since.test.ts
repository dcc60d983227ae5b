/**
 * A grade held since a year, told with no verb of grading: "Its children's services have been inadequate since
 * 2016", "The service, inadequate since 2016, is now good". The grade was given that year. Near misses: the weather,
 * staff morale, a director in post, a hope, a question, another council's services told as a share. Sentences
 * written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-04-10\nauthority: Rochdale\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('a grade held since a year', () => {
	const cases: [string, string[]][] = [
		['Rochdale’s children’s services have been inadequate since 2016.', ['inadequate 2016']],
		['The service, inadequate since 2016, is now good.', ['good 2024-04-10', 'inadequate 2016']],
		['The department, ‘requires improvement’ since 2018, hopes to be rated good next year.', ['requires improvement 2018']],
		['Its children’s services have been good ever since 2019, Ofsted said.', ['good 2019']],
		['Rochdale has been outstanding since March 2022, inspectors confirmed.', ['outstanding 2022-03']],
		['The council’s social care, inadequate since 2013, was taken over by a trust.', ['inadequate 2013']],
		['They have been inadequate since 2015, and the minister has lost patience.', ['inadequate 2015']],
		['Rochdale’s services had been ‘good’ since 2014 when the new framework began.', ['good 2014']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});

describe('near misses', () => {
	const cases: [string, string[]][] = [
		['The weather has been good since 2019.', []],
		['Staff morale has been good since 2019.', []],
		['Rochdale’s director has been in post since 2016.', []],
		['Attendance has been good since 2019, the headteacher said.', []],
		['Councillors hope services, inadequate for years, will soon be good.', []],
		['Have its services been good since 2019?', []],
		['Relations with the police have been good since 2018.', []],
		['The council has been in the top ten since 2017 for recycling.', []],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});
