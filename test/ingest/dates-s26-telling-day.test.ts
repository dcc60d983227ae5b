/**
 * The day an act was made known is not the day it was done. "The improvement notice, which the council revealed on
 * Tuesday, was issued in January" is January's notice (event-telling-aside.ts); "The council confirmed on Thursday
 * it had received an improvement notice" tells a notice received before the Thursday, so the Thursday is only a
 * reading of its day (event-date-calibration.ts: a complement told in the past perfect). Near misses keep the day
 * as the act's own: an aside of telling with no other date, a telling of the present perfect, a report's publication
 * (the judgement's own day), a resignation made by its telling. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** 2023-11-17 was a Friday. */
const events = (text: string) =>
	extractArticle(`title: Council news\ndate: 2023-11-17\nauthority: Calderdale\n\n${text.replace(/ \/ /g, '\n\n')}\n`, {today}).events.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('the day of the telling is not taken for the act', () => {
	const cases: [string, string][] = [
		["Calderdale's improvement notice, which the council revealed on Tuesday, was issued in September.", 'improvement-notice 2023-09'],
		["The commissioner, whose appointment was announced on Monday, was appointed in October after a damning report.", 'commissioner-appointed 2023-10'],
		["The extra £2m, confirmed on Tuesday, was agreed by the cabinet in October.", 'funding 2023-10'],
		['The council confirmed on Thursday it had received an improvement notice from the Department for Education.', 'improvement-notice 2023-11-16~'],
		['Calderdale Council said on Wednesday the government had appointed a commissioner to oversee its children’s services.', 'commissioner-appointed 2023-11-15~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 80)}`, () => expect(events(text)).toContain(want));
	it("a board first announced on Wednesday and set up in June 2022 is not Wednesday's", () => expect(events("Calderdale's improvement board, first announced on Wednesday, was set up in June 2022.").join()).not.toContain('2023-11-15'));
});

describe('near misses: the day stays the act’s', () => {
	const cases: [string, string][] = [
		["Calderdale's improvement notice, which the council revealed on Tuesday, was issued by the children's minister.", 'improvement-notice 2023-11-14'],
		['The council confirmed on Thursday it has received an improvement notice from the Department for Education.', 'improvement-notice 2023-11-16'],
		["Ofsted's report, published on Tuesday, rated Calderdale's children's services inadequate after a visit in September.", 'inspection-judgement 2023-11-14'],
		["Calderdale's director of children's services, who announced her resignation on Monday, resigned in a letter to staff.", 'resignation 2023-11-13'],
		['On Tuesday the council confirmed that an improvement notice had been served on Monday.', 'improvement-notice 2023-11-13~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 80)}`, () => expect(events(text)).toContain(want));
});
