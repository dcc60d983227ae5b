/**
 * An event told in the plain past with no date of its own, right before "after" or "following" and an earlier event
 * dated a year or more before the article, came after that one: it takes that year, approximately
 * (event-after-dated.ts). Near misses: the present perfect (the news of the day), "since", an anchor within months
 * of the article, a date of the event's own, a plan. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Derbyshire\n\n${text}\n`, {today})
		.events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'inspection-visit')
		.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('an event told after a dated earlier one takes its year, approximately', () => {
	const cases: [string, string, string][] = [
		['2024-05-01', 'Calls for the director to resign were made by the Green group after the 2019 SEND inspection.', 'resignation-call 2019~'],
		['2014-05-23', "Derbyshire's improvement board was set up after Ofsted rated the county's services inadequate in 2013.", 'improvement-board 2013~'],
		['2024-05-01', 'An improvement board was set up following the 2021 inspection.', 'improvement-board 2021~'],
		['2024-05-01', "The improvement notice was issued after Ofsted's 2018 inspection found widespread failings.", 'improvement-notice 2018~'],
		['2024-05-01', 'The director resigned after the 2019 inspection.', 'resignation 2019~'],
		['2024-05-01', 'Councillors called for the cabinet member to resign following a damning report in 2017.', 'resignation-call 2017~'],
		['2025-09-04', 'Derbyshire, which was issued with an improvement notice after being rated inadequate last year, said it expected a better grade.', 'improvement-notice 2024~'],
	];
	for (const [day, text, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(events(day, text)).toContain(want));
});

describe('events that keep their dates', () => {
	const cases: [string, string, string][] = [
		['2024-05-01', 'Councillors have called for the director to resign after the 2019 inspection.', 'resignation-call 2024-05-01~'],
		['2024-05-01', 'The council has been under an improvement notice since the 2019 inspection.', 'improvement-notice 2019~'],
		['2024-05-01', 'An improvement board was set up after the inspection in January.', 'improvement-board 2024-05-01~'],
		['2024-05-01', 'The director resigned in March 2021 after the 2019 inspection.', 'resignation 2021-03'],
		['2024-05-01', 'An improvement board will be set up following the 2021 inspection.', 'improvement-board 2024-05~'],
		['2024-05-01', 'The director resigned last week, five years after the 2019 inspection.', 'resignation 2024-04~'],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 90), () => expect(events(day, text)).toContain(want));
});

describe('on a page with no date, only a stated year dates an event told after it', () => {
	const undatedPage = (text: string) =>
		extractArticle(`title: Council news\nauthority: Derbyshire\n\n${text}\n`, {today})
			.events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'inspection-visit')
			.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);
	it('a call made after the 2019 SEND inspection', () => expect(undatedPage('Calls for the director to resign were made by opposition councillors after the 2019 SEND inspection.')).toContain('resignation-call 2019~'));
	it('a board set up after the inspection last year stays undated', () => expect(undatedPage('An improvement board was set up after the inspection last year.')).toContain('improvement-board undated'));
});
