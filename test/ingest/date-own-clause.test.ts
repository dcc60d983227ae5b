/**
 * A date read from the text is confident only in the event's own clause (source/ingest/dates/own-clause.ts): the same
 * date words are sure of one event and a reading for another, by where they stand. Sentences written for this project
 * (the article is Bury's of Thursday 14 March 2024).
 */
import {describe, expect, test} from 'vitest';
import {brief} from './events-brief.js';

describe('the date and the event in one clause: confident', () => {
	test.each([
		['a when-clause told of the date', 'Bury’s children’s services were last inspected in 2019, when they were judged good.', ['inspection-judgement/good 2019']],
		['a date set beside the event’s words', 'A focused visit to Bury, in July 2023, looked at care leavers.', ['inspection-visit 2023-07']],
		['a date that ends a coordination reaches all of it', 'Ministers appointed a commissioner and issued a statutory direction to Bury in May 2019.', ['improvement-notice 2019-05', 'commissioner-appointed 2019-05']],
		['a grade told by its inspectorate', 'Bury’s children’s services have been rated requires improvement, Ofsted said on Tuesday.', ['inspection-judgement/requires improvement 2024-03-12']],
		['a participle aside on the event’s noun, and the predicate after it', 'The improvement notice, issued in 2021, was lifted on Friday.', ['improvement-notice-lifted 2024-03-08', 'improvement-notice 2021']],
	])('%s', (_, sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('the date in another clause: approximate', () => {
	test.each([
		['the first conjunct’s date, the event in the second', 'Bury was placed under an improvement notice in March and set up an improvement board, which met for the first time on Monday.', ['improvement-notice 2024-03', 'improvement-board ~2024-03']],
		['the grade in an aside, the date the main verb’s', 'Bury’s improvement board, set up in 2020 after an inadequate rating, met for the last time on Tuesday.', ['improvement-board ~2024-03-14', 'inspection-judgement/inadequate ~2024-03-12']],
		['a telling before "that"', 'Bury’s leader said on Monday that the council had been issued with an improvement notice.', ['improvement-notice ~2024-03-11']],
		['the main clause’s date, the grade in a relative clause beyond "since"', 'Ofsted inspectors will return to Bury in November to check on progress made since the 2021 inspection, which rated the council requires improvement.', ['inspection-judgement/requires improvement ~2024-11', 'inspection-visit ~2024-11']],
		['a grade told by the council, not its inspectorate', 'Bury’s children’s services have been rated requires improvement, the council said on Tuesday.', ['inspection-judgement/requires improvement ~2024-03-12']],
	])('%s', (_, sentence, expected) => expect(brief(sentence)).toEqual(expected));
});
