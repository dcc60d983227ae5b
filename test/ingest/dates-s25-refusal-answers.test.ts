/**
 * A refusal told after "but", answering a call its sentence dates before "but" ("Calls for her to go grew louder
 * yesterday, but she told the paper she had no intention of resigning"): dated only by the article, it takes the
 * call's day, approximately (event-refusal-answers.ts). Near misses: a call of years before, a refusal with date
 * words of its own after "but", a refusal with its own date, a refusal in the next sentence. Sentences written for
 * this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const refusals = (text: string) =>
	extractArticle(`title: Council news\ndate: 2019-06-18\nauthority: Derbyshire\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'resignation-refused')
		.map((e) => `${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe("a refusal after 'but' takes the day of the call it answered", () => {
	const cases: [string, string][] = [
		['Calls for Cllr Rita Dunmore to go grew louder yesterday, but she told the paper she had no intention of resigning.', '2019-06-17~'],
		['Opposition councillors called for the cabinet member to resign yesterday, but she said she had no intention of quitting.', '2019-06-17~'],
		["Labour councillors demanded the director's resignation last night, but she rejected the calls.", '2019-06-17~'],
		['The Liberal Democrat group called on Friday for the portfolio holder to go, but he insisted he would not resign.', '2019-06-14~'],
		["The Conservative group demanded the leader's resignation at Tuesday's meeting, but he said he would not step down.", '2019-06-18~'],
		['Calls for the council leader to resign grew on Monday, but he said he was going nowhere.', '2019-06-17~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 70)}`, () => expect(refusals(text)).toContain(want));
});

describe('refusals that keep their dates', () => {
	const cases: [string, string][] = [
		['Calls for the leader to resign were made in 2019, but he refused to go.', '2019-06-18~'],
		['Calls for the leader to resign grew yesterday, but he has repeatedly refused to go since the report in March.', '2019-06-18~'],
		['The cabinet member refused to resign yesterday, despite calls from the opposition.', '2019-06-17'],
		['Calls for the leader to resign were made in January, but he refused to go.', '2019-06-18~'],
		['Calls for the leader to resign grew last year, but he refused to go.', '2019-06-18~'],
		['Councillors called for the director to resign yesterday, but she had refused to go in March.', '2019-03'],
	];
	for (const [text, want] of cases) it(text.slice(0, 90), () => expect(refusals(text)).toContain(want));
});
