/**
 * The news told first, its day told a sentence or two later of "the decision", "the approval", "the announcement" or
 * "the move" ("has agreed to set up an improvement board. The decision was made at a meeting on Tuesday."): the one
 * event dated only by the article in that paragraph or the two before takes that day, approximately
 * (event-decision-day.ts). Near misses: a decision still to be made, one of years or weeks before, two events the
 * decision could be, a meeting's day not told as the decision's. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (text: string) =>
	extractArticle(`title: Council news\ndate: 2025-03-05\nauthority: Derbyshire\n\n${text.replace(/ \/ /g, '\n\n')}\n`, {today})
		.events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'inspection-visit')
		.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe("the news takes the day of the decision told after it", () => {
	const cases: [string, string][] = [
		['Derbyshire County Council has agreed to set up an independently chaired improvement board. / The decision was made at a meeting on Tuesday.', 'improvement-board 2025-03-04~'],
		["Ofsted has approved Derbyshire's written statement of action as fit for purpose. / The statement was drawn up after a joint inspection. / The approval came on Friday last week.", 'improvement-plan 2025-02-28~'],
		["Derbyshire's cabinet has agreed an extra £3m for children's social care. / The decision was taken on Monday.", 'funding 2025-03-03~'],
		["The director of children's services at Derbyshire County Council has resigned. / The announcement was made yesterday.", 'resignation 2025-03-04~'],
		["Derbyshire's cabinet has backed a new improvement plan. / That decision was taken on Tuesday evening.", 'improvement-plan 2025-03-04~'],
		['Derbyshire County Council has agreed to set up an improvement board. / The decision was made on Tuesday, the council said, after a report in January.', 'improvement-board 2025-03-04~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 70)}`, () => expect(events(text)).toContain(want));
});

describe('news that keeps the article’s day', () => {
	const cases: [string, string][] = [
		['Derbyshire County Council will set up an improvement board. / The decision will be made at a meeting on Tuesday.', 'improvement-board 2025-03~'],
		['Derbyshire County Council has agreed to set up an improvement board. / The decision was made in 2019.', 'improvement-board 2025-03-05~'],
		['Derbyshire has set up an improvement board and its director has resigned. / The decision was made on Tuesday.', 'improvement-board 2025-03-05~'],
		['Derbyshire has set up an improvement board and its director has resigned. / The decision was made on Tuesday.', 'resignation 2025-03-05~'],
		['Derbyshire County Council has agreed to set up an improvement board. / Councillors met on Tuesday.', 'improvement-board 2025-03-05~'],
		['Derbyshire County Council has agreed to set up an improvement board. / The decision was made at a meeting on 2 February.', 'improvement-board 2025-03-05~'],
	];
	for (const [text, want] of cases) it(text.slice(0, 90), () => expect(events(text)).toContain(want));
});

describe("events told 'at a meeting' take the day a later sentence gives the meeting", () => {
	const at = (text: string) =>
		extractArticle(`title: Council news\ndate: 2017-04-19\nauthority: Derbyshire\n\n${text.replace(/ \/ /g, '\n\n')}\n`, {today})
			.events.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);
	const cases: [string, string][] = [
		['Calls for the cabinet member to resign were rejected at a special meeting of the full council. / The cabinet member told the meeting on Monday that the work was under way.', 'resignation-refused 2017-04-17~'],
		["The cabinet agreed an extra £2m for children's services at a meeting. / Councillors at the meeting on Monday were told the money would fund more social workers.", 'funding 2017-04-17~'],
		['Calls for the cabinet member to resign were rejected at a special meeting of the full council. / The next meeting on 20 April will discuss the budget.', 'resignation-refused 2017-04-19~'],
		['Calls for the cabinet member to resign were rejected at a special meeting of the full council. / A meeting on Monday discussed the budget.', 'resignation-refused 2017-04-19~'],
		['Calls for the cabinet member to resign were rejected by the full council. / The cabinet member told the meeting on Monday that the work was under way.', 'resignation-refused 2017-04-19~'],
		['Calls for the cabinet member to resign were rejected at a special meeting of the full council. / The cabinet member told the meeting on 2 March that the work was under way.', 'resignation-refused 2017-04-19~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 70)}`, () => expect(at(text)).toContain(want));
});
