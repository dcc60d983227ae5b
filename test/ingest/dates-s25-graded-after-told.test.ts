/**
 * A sentence opening with the inspection or the inspectorate and an active grading verb ("It rated", "It gave",
 * "Inspectors found", "The inspectorate awarded"), right after a sentence telling of a dated inspection, gives that
 * inspection's grade: the date told before it, approximately (event-graded-after-told.ts, beside the "It was rated"
 * reading in events.ts). Near misses: a grade with its own date, a sentence before with no date, an inspection
 * before that names no date of this council. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const grades = (text: string) =>
	extractArticle(`title: Council news\ndate: 2023-03-14\nauthority: Derbyshire\n\nDerbyshire's director of children's services has resigned.\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('a grade told by the inspection right after it takes its date', () => {
	const cases: [string, string][] = [
		['The last full inspection was in 2019. It rated services good.', 'good 2019~'],
		['Ofsted last inspected the council in 2019. It gave the service a good rating.', 'good 2019~'],
		['Ofsted last inspected the council in 2019. Inspectors found services to be good.', 'good 2019~'],
		['The previous inspection was carried out in March 2018. The inspectorate awarded the council an outstanding grade.', 'outstanding 2018-03~'],
		['An inspection in June 2015 looked at help and protection. It found services to be inadequate.', 'inadequate 2015-06~'],
		["Derbyshire's services were last inspected in 2017. They were found to require improvement.", 'requires improvement 2017~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 70)}`, () => expect(grades(text)).toContain(want));
});

describe('grades that keep their reading', () => {
	const cases: [string, string][] = [
		["The council's director said she welcomed the visit. It rated services good.", 'good undated'],
		['The last full inspection was in 2019. A new report rated services inadequate in 2022.', 'inadequate 2022'],
		['The last full inspection was in 2019. Ofsted rated the service inadequate this week.', 'inadequate 2023-03-14~'],
		['Ofsted has visited many councils this year. It rated most of them good.', 'good undated'],
		['The last full inspection was in 2019. It had rated services good in 2014 as well.', 'good 2014'],
		['The last full inspection was in 2019. Inspectors found services to be good in 2021.', 'good 2021'],
	];
	for (const [text, want] of cases) it(text.slice(0, 90), () => expect(grades(text)).toContain(want));
});
