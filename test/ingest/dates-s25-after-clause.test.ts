/**
 * An event told inside "the year after <X happened>" is the earlier one: reckoned back from the date told before it
 * in the sentence ("joined in 2017, the year after it was rated": 2016), approximately. Near misses keep the step
 * forward or the event's own date: "the year after, a commissioner was appointed", "the year after the inspection,
 * the board was set up", "lifted two years later", an event before the after-clause with its own date. Sentences
 * written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dated = (published: string, text: string, type: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Barnsley\n\n${text}\n`, {today}).events.filter((e) => e.type === type).map((e) => e.date.value);

describe('the event inside the after-clause is reckoned back', () => {
	const cases: [string, string, string, string][] = [
		['2022-06-17', "Barnsley's director resigned in 2021, the year after inspectors rated the service requires improvement.", 'inspection-judgement', '2020'],
		['2021-02-23', "Barnsley's director of children's services is to retire. She joined the council in 2017, the year after it was rated requires improvement.", 'inspection-judgement', '2016'],
		['2020-01-10', "Barnsley's leader was elected in 2016, the year after inspectors judged the council inadequate.", 'inspection-judgement', '2015'],
		['2019-05-02', "Barnsley's improvement board was set up in 2015, the year after the council was rated inadequate.", 'inspection-judgement', '2014'],
		['2019-05-02', 'A commissioner was sent to Barnsley in 2018, the year after inspectors found its services inadequate.', 'inspection-judgement', '2017'],
		['2023-04-12', "Barnsley's director took up the post in 2020, the year after Ofsted rated the council good.", 'inspection-judgement', '2019'],
	];
	for (const [day, text, type, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(dated(day, text, type)).toContain(want));
});

describe('steps that run forward, and events with their own dates', () => {
	const cases: [string, string, string, string][] = [
		['2019-05-02', 'Barnsley was rated inadequate in 2015 and, the year after, a commissioner was appointed.', 'commissioner-appointed', '2016'],
		['2019-05-02', 'Inspectors rated Barnsley inadequate in 2014; the year after the inspection, an improvement board was set up.', 'improvement-board', '2015'],
		['2019-05-02', "Barnsley's improvement notice was issued in 2016 and lifted two years later.", 'improvement-notice-lifted', '2018'],
		['2019-05-02', "Barnsley's children's services were rated good in 2019, the year after the council set up an improvement board.", 'inspection-judgement', '2019'],
		['2022-06-17', "Ofsted rated Barnsley's children's services inadequate in May 2021, a month after the director resigned.", 'inspection-judgement', '2021-05'],
		['2020-01-10', 'Barnsley was rated inadequate in March 2017. A commissioner was appointed a month after that.', 'commissioner-appointed', '2017-04'],
	];
	for (const [day, text, type, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(dated(day, text, type)).toContain(want));
});
