/**
 * "a commissioner was appointed in September and an improvement board met for the first time in October 2017": the
 * date before "and" (another subject's clause) is that clause's, so the event after "and" with a date of its own
 * after its words takes its own, exactly. Near misses: an event after "and" with no date of its own keeps the earlier
 * date only approximately; "and" with no subject of its own ("issued in March and lifted in November"); a grade.
 * Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Wirral\n\n${text}\n`, {today}).events.map((e) => `${e.type} ${e.rating ? `${e.rating} ` : ''}${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('the event after "and" takes its own date', () => {
	const cases: [string, string, string][] = [
		['2018-04-12', 'Wirral was rated inadequate in June 2017; a commissioner was appointed in September and an improvement board met for the first time in October 2017.', 'improvement-board 2017-10'],
		['2019-05-10', 'Ofsted rated Wirral inadequate in January and an improvement board chaired by a former director met for the first time in March.', 'improvement-board 2019-03'],
		['2021-09-10', "Wirral's director left in March 2021 and an improvement notice issued by the department followed in June 2021.", 'improvement-notice 2021-06'],
		['2016-01-10', "A commissioner was sent to Wirral in June 2015 and the council's improvement plan was approved by cabinet in August 2015.", 'improvement-plan 2015-08'],
		['2020-07-10', "Wirral's leader resigned in April and a commissioner was appointed by the minister in May.", 'commissioner-appointed 2020-05'],
		['2019-04-10', 'Inspectors visited Wirral in November and an improvement notice was issued by the minister in February.', 'improvement-notice 2019-02'],
	];
	for (const [day, text, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(events(day, text)).toContain(want));
});

describe('what keeps the earlier date, or its own', () => {
	const cases: [string, string, string][] = [
		['2014-04-10', "Professor Mills published her review of Wirral in 2013 and the council's senior leadership team stepped down.", 'resignation 2013~'],
		['2018-04-12', 'A commissioner was appointed to Wirral in September and an improvement board was set up.', 'improvement-board 2017-09~'],
		['2018-04-12', "Wirral's improvement notice was issued in March 2017 and lifted in November 2017.", 'improvement-notice-lifted 2017-11'],
		['2018-04-12', 'Wirral was placed under an improvement notice in March 2017 and was rated inadequate in June 2017.', 'inspection-judgement inadequate 2017-06'],
		['2018-04-12', 'A commissioner was appointed to Wirral in September 2017 and the council said in October 2017 it welcomed the decision.', 'commissioner-appointed 2017-09'],
		['2019-05-10', 'An improvement board met in Wirral in January and the council was rated inadequate in March.', 'improvement-board 2019-01'],
	];
	for (const [day, text, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(events(day, text)).toContain(want));
});
