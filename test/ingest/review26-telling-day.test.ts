/**
 * Review of the day an act was made known versus done (event-telling-aside.ts, event-date-calibration.ts): a date
 * set apart from the act (an earlier notice the new one replaces, a director's appointment in an aside) is not the
 * act's, and must not push aside the day the telling gives. Sentences written for this review; the ones marked
 * fail today.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** 2023-11-17 was a Friday. */
const events = (text: string) =>
	extractArticle(`title: Council news\ndate: 2023-11-17\nauthority: Calderdale\n\n${text}\n`, {today})
		.events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'inspection-visit')
		.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('another date in the clause that is not the act\'s', () => {
	it('an earlier notice the new one replaces does not date the new one', () => {
		expect(events('The improvement notice, which the council confirmed on Tuesday, replaces one issued in 2019.')).toEqual(['improvement-notice 2023-11-14']);
	});
	it('a date in an aside about the director does not take the resignation off the day it was confirmed', () => {
		expect(events("On Tuesday the council confirmed that the director of children's services, appointed in 2019, had resigned.")).toEqual(['resignation 2023-11-14~']);
	});
	it('"the first since 2015" does not take the notice off the day it was told', () => {
		expect(events('The council on Tuesday said the improvement notice, the first since 2015, had been issued because of slow progress.')).toEqual(['improvement-notice 2023-11-14~']);
	});
});

describe('a date of something else in a relative clause or aside', () => {
	it('the year the director joined is not the year she resigned', () => {
		expect(events('The council on Wednesday confirmed the resignation of the director, who joined in 2019.')).toEqual(['resignation 2023-11-15']);
	});
	it('the year of the inspection behind the notice does not take the notice off the day it was revealed', () => {
		expect(events('The improvement notice, which the council revealed on Tuesday, was the first to be issued since the 2022 inspection.')).toEqual(['improvement-notice 2023-11-14']);
	});
	it('the month of the board\'s first meeting is not the day it was announced', () => {
		expect(events('The improvement board, which the council announced on Monday, will meet for the first time in December.')).toEqual(['improvement-board 2023-11-13~']);
	});
	it('the month meetings start from does not take the board off the day it was announced', () => {
		expect(events('On Monday the council announced that an improvement board would be set up, meeting monthly from January.')).toEqual(['improvement-board 2023-11-13~']);
	});
});

describe('what the rules leave or read rightly', () => {
	const cases: [string, string[]][] = [
		['The improvement notice, which the council disclosed on Tuesday, was issued on 2 October.', ['improvement-notice 2023-10-02']],
		["On Tuesday the council confirmed that the director of children's services had resigned, after eight years in the post since 2015.", ['resignation 2023-11-14~']],
		["The council confirmed on Thursday it had appointed a new director of children's services.", ['other 2023-11-16~']],
		['On Tuesday the minister said that in 2019 she had warned the council about its children\'s services.', []],
	];
	for (const [text, want] of cases) it(text.slice(0, 90), () => expect(events(text)).toEqual(want));
});
