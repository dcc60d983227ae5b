/**
 * The day of the news told after the news: a lede tells what happened with no day ("has survived a vote of no
 * confidence", "has been issued with an improvement notice"), and a sentence or two later the story retells it with
 * the day it was done, announced or confirmed ("The motion was defeated at last night's full council meeting", "The
 * Department for Education announced the appointment on Tuesday", "Councillors were told of the move last night").
 * The event takes that day, approximately (event-news-day.ts). So does an act whose body's meeting is dated in an
 * aside ("The cabinet, meeting on Wednesday evening, agreed ..."), and an act told after a day named in the sentence
 * before it, across the turn of a month.
 *
 * Near misses keep the article's day: a meeting still to come, "every Monday", another council's day, a day inside
 * a quotation, a hope, a day weeks old, another event's day, a telling of something else, two events the retelling
 * could be; on a page with no date nothing is dated. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** 2023-11-17 was a Friday. */
const events = (text: string, published: string | null = '2023-11-17') =>
	extractArticle(`title: Council news\n${published ? `date: ${published}\n` : ''}authority: Calderdale\n\n${text.replace(/ \/ /g, '\n\n')}\n`, {today})
		.events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'inspection-visit')
		.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('the news takes the day a later sentence gives it', () => {
	const cases: [string, string][] = [
		["Calderdale Council's cabinet member for children has survived a vote of no confidence. / The motion was defeated at last night's full council meeting by 31 votes to 22.", 'no-confidence-vote 2023-11-16~'],
		["The director of children's services at Calderdale Council has resigned. / The council confirmed the news on Wednesday.", 'resignation 2023-11-15~'],
		["A commissioner has been appointed to oversee children's services at Calderdale Council. / The Department for Education announced the appointment on Tuesday, weeks after the service was rated inadequate.", 'commissioner-appointed 2023-11-14~'],
		["Opposition councillors in Calderdale have called on the cabinet member for children to resign. / The calls were made at Monday's meeting of the full council.", 'resignation-call 2023-11-13~'],
		["Calderdale has set up a cross-party improvement board for children's services. / It was announced on Tuesday.", 'improvement-board 2023-11-14~'],
		["The leader of Calderdale Council has stood down over the children's services failings. / Councillors were told of the move last night.", 'resignation 2023-11-16~'],
		["Calderdale Council's improvement plan for children's services has been approved by Ofsted. / The watchdog signed off the plan on Monday, the council said.", 'improvement-plan 2023-11-13~'],
		["Calderdale's cabinet has agreed to set up an improvement board for children's services. / Councillors approved the proposal at a cabinet meeting on Wednesday. / The board will be chaired by a former director.", 'improvement-board 2023-11-15~'],
		["Calderdale Council has been issued with an improvement notice for its children's services. / The notice was confirmed by the Department for Education yesterday after Ofsted judged the service inadequate.", 'improvement-notice 2023-11-16~'],
		["Calderdale's director of children's services has quit. / The council confirmed on Wednesday that she had resigned.", 'resignation 2023-11-15'],
		["The children's services director at Calderdale Council has resigned. / The council confirmed the resignation on Tuesday.", 'resignation 2023-11-28'],
	];
	for (const [text, want] of cases.slice(0, -1)) it(`${want}: ${text.slice(0, 70)}`, () => expect(events(text)).toContain(want));
	const [text, want] = cases.at(-1)!;
	it(`across a month's turn, ${want}: ${text.slice(0, 60)}`, () => expect(events(text, '2023-12-01')).toContain(want));
});

describe('an act dated by its body meeting or by the sentence before it', () => {
	it("the cabinet, meeting on Wednesday evening, agreed", () => expect(events("Calderdale's cabinet, meeting on Wednesday evening, agreed to set up an improvement board for children's services.")).toContain('improvement-board 2023-11-15~'));
	it('councillors, who met on Thursday, called', () => expect(events('Conservative councillors in Calderdale, who met on Thursday, called for the cabinet member for children to resign.')).toContain('resignation-call 2023-11-16~'));
	it('the day of the sentence before, across a month', () => expect(events("Calderdale's cabinet met on Tuesday. / Members voted to set up an improvement board for children's services.", '2023-12-01')).toContain('improvement-board 2023-11-28~'));
});

describe("news that keeps the article's day", () => {
	const cases: [string, string][] = [
		["The director of children's services at Calderdale Council has resigned. / The council will meet on Thursday to discuss a replacement.", 'resignation 2023-11-17~'],
		["Calderdale Council has been issued with an improvement notice for its children's services. / Scrutiny councillors meet every Monday to review progress.", 'improvement-notice 2023-11-17~'],
		["Calderdale Council has been issued with an improvement notice for its children's services. / Neighbouring Kirklees Council received a notice on Tuesday.", 'improvement-notice 2023-11-17~'],
		["The director of children's services at Calderdale Council has resigned. / \"I told my team on Monday that it was time to go,\" she said.", 'resignation 2023-11-17~'],
		["The director of children's services at Calderdale Council has resigned. / Opposition councillors hope a replacement will be named on Monday.", 'resignation 2023-11-17~'],
		["Calderdale Council has agreed to set up an improvement board. / The decision was made at a meeting on 2 October.", 'improvement-board 2023-11-17~'],
		["The director of children's services at Calderdale Council has resigned. / Ofsted rated the service inadequate on Tuesday.", 'resignation 2023-11-17~'],
		["Calderdale Council has been issued with an improvement notice for its children's services. / The cabinet met on Monday to discuss the budget.", 'improvement-notice 2023-11-17~'],
		["The director of children's services at Calderdale Council has resigned. / The council confirmed on Wednesday that a new head of fostering had been hired.", 'resignation 2023-11-17~'],
		["Calderdale has set up an improvement board and its director of children's services has resigned. / The news was announced on Tuesday.", 'resignation 2023-11-17~'],
		["Calderdale Council has been issued with an improvement notice for its children's services. / Did ministers know on Monday? / Nobody has said.", 'improvement-notice 2023-11-17~'],
		["Calderdale's cabinet has agreed to set up an improvement board. / The decision on school transport was taken on Tuesday.", 'improvement-board 2023-11-17~'],
		["A commissioner has been appointed to oversee children's services at Calderdale Council. / It was announced on Tuesday, a union official claimed.", 'commissioner-appointed 2023-11-17~'],
		["The leader of Calderdale Council has stood down over the children's services failings. / Separately, the council confirmed on Monday that a library would close.", 'resignation 2023-11-17~'],
		["Calls for the cabinet member to resign were rejected at a special meeting of Calderdale's full council. / In 2019 the leader told the meeting on Monday that he would stay.", 'resignation-call 2023-11-17~'],
		["Calls for the cabinet member to resign were rejected at a special meeting of Calderdale's full council. / The cabinet meeting, held on Tuesday, agreed the budget.", 'resignation-call 2023-11-17~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 80)}`, () => expect(events(text)).toContain(want));
	it('a page with no date leaves the news undated', () => expect(events("The director of children's services at Calderdale Council has resigned. / The council confirmed the news on Wednesday.", null)).toContain('resignation undated'));
	it('a meeting still to come in an aside is not the act', () => expect(events("Calderdale's cabinet, which will meet on Tuesday, has agreed to set up an improvement board for children's services.")).toContain('improvement-board 2023-11-17~'));
});

describe('a day the sentence opens with dates its main clause, across a phrase set between them', () => {
	const cases: [string, string][] = [
		['Last night, after a heated three-hour debate, Calderdale councillors voted to set up an improvement board.', 'improvement-board 2023-11-16~'],
		["Yesterday, following a damning Ofsted report, the Department for Education appointed a commissioner to run Calderdale's children's services.", 'commissioner-appointed 2023-11-16'],
		['On Thursday, after a debate lasting most of the evening, councillors rejected a motion of no confidence in the cabinet member.', 'no-confidence-vote 2023-11-16'],
		["On Wednesday evening, amid protests outside the town hall, Calderdale's cabinet member for children resigned.", 'resignation 2023-11-15'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 70)}`, () => expect(events(text)).toContain(want));
	const near: [string, string][] = [
		// A day to come, and a day of another council.
		["On Monday, after a consultation, Calderdale's cabinet will decide whether to set up an improvement board.", 'improvement-board 2023-11~'],
		["On Thursday, after a long debate, Kirklees councillors voted to set up an improvement board, and Calderdale has set one up too.", 'improvement-board 2023-11-17~'],
	];
	for (const [text, want] of near) it(`near: ${want}: ${text.slice(0, 70)}`, () => expect(events(text)).toContain(want));
});

describe('a retelling further on in the story', () => {
	it('a few paragraphs after the lede', () =>
		expect(
			events(
				"Calderdale's written statement of action for special educational needs has been approved. / Inspectors found weaknesses in the area's support earlier this year. / Parents had complained about delays for many months. / The plan sets out how waiting times will be cut. / Ofsted signed off the plan on Monday, the council said.",
			),
		).toContain('improvement-plan 2023-11-13~'));
});
