/**
 * Dates' confidence by how they were found (source/ingest/event-date-calibration.ts): a date reckoned from another is
 * approximate; a date read from the text stays confident where it is told of the event's own words, and becomes
 * approximate where it belongs to another predicate joined by "and", or, counted from the article's date, is told
 * across another verb. Only the flag changes. Sentences written for this project (the article is Bury's of Thursday
 * 14 March 2024).
 */
import {describe, expect, test} from 'vitest';
import {statedDate} from '../../source/corpus/date-value.js';
import {dateKind} from '../../source/ingest/dates/kind.js';
import {calibrateDates, dateTie} from '../../source/ingest/event-date-calibration.js';
import {brief} from './events-brief.js';

describe('the kind of a date, read from its basis', () => {
	test.each([
		['stated', 'stated'],
		["'in May', before the article's date 2024-03-14", 'day or month without a year'],
		["'on Tuesday', the last Tuesday on or before the article's date 2024-03-14", 'weekday from the article'],
		["'yesterday', counted from the article's date 2024-03-14", 'counted from the article'],
		["'a month after' the 2023-06 event in the previous sentence", 'the date named before it'],
		["'two years later' than 2019", 'reckoned from an earlier date'],
		['no date in the text; reported in the article of 2024-03-14', 'reported in the article of'],
		["'in May', before the article's date 2024-03-14; the nearest of 2 dates in the clause", 'nearest of several in the clause'],
		["'on Tuesday', the last Tuesday on or before the article's date 2024-03-14; the report's publication", "the report's publication"],
		['set by a researcher', 'other'],
	])('%s: %s', (basis, kind) => expect(dateKind(basis)).toBe(kind));
});

describe('a date reckoned from another date is approximate', () => {
	test('reckoned from the event told in the sentence before', () => {
		expect(brief('An improvement notice was issued in March 2022. A month after that, the council set up an improvement board.')).toEqual(['improvement-notice 2022-03', 'improvement-board ~2022-04']);
	});
	test('a stated date beside the event stays confident', () => {
		expect(brief('Bury has been under an improvement notice since June 2022.')).toEqual(['improvement-notice 2022-06']);
	});
	test('only the flag changes: value, precision and basis stay', () => {
		const date = {...statedDate('2022-04'), basis: "'a month after' the 2022-03 event in the previous sentence"};
		const [e] = calibrateDates([{type: 'improvement-board', date}]);
		expect(e!.date).toEqual({...date, approximate: true});
	});
});

describe('a date of another predicate joined by "and" is approximate', () => {
	test('"has resigned and will leave at the end of April": April is the leaving’s', () => {
		expect(brief('The director of children’s services has resigned and will leave the council at the end of April.')).toEqual(['resignation ~2024-04']);
		// A scheduled leaving is dated only roughly unless its day is named (dates-s27-scheduled-leaving.test.ts).
		expect(brief('The director of children’s services will leave the council at the end of April.')).toEqual(['resignation ~2024-04']);
	});
	test('"rated inadequate in May 2022 and has been under an improvement notice since": May is the rating’s', () => {
		expect(brief('Bury was judged inadequate in May 2022 and was placed under an improvement notice.')).toEqual(['inspection-judgement/inadequate 2022-05', 'improvement-notice ~2022-05']);
		expect(brief('Bury was judged inadequate in May 2022 and was issued with an improvement notice in June 2022.')).toEqual(['inspection-judgement/inadequate 2022-05', 'improvement-notice 2022-06']);
	});
	test('the stated date found is the one with its month, not the first of its year', () => {
		const sentence = 'Bury was judged inadequate in May 2022 and was issued with an improvement notice in June 2022.';
		expect(dateTie(statedDate('2022-06'), {sentence, cue: 'issued with an improvement notice'})).toMatchObject({where: 'after', between: ' in June '});
	});
});

describe('a date counted from the article’s, told across another verb, is approximate', () => {
	test('"..., the council announced yesterday": the day it was made known', () => {
		expect(brief('A £3m boost for the fostering service, agreed by the cabinet, will help recruit carers, the council announced yesterday.')).toEqual(['funding ~2024-03-13']);
	});
	test('"... must set up a board": the day it was required', () => {
		expect(brief('Last week, the council must set up an improvement board, the minister said.')).toEqual(['improvement-board ~2024-03']);
	});
	test('the event’s own predicate, and the dated act done to it, stay confident', () => {
		expect(brief('A £3m boost for the fostering service was agreed by the cabinet yesterday.')).toEqual(['funding 2024-03-13']);
		expect(brief('The improvement plan was approved by the cabinet on Tuesday.')).toEqual(['improvement-plan 2024-03-12']);
		expect(brief('On Tuesday the cabinet approved the improvement plan.')).toEqual(['improvement-plan 2024-03-12']);
	});
	test('a judgement’s grade is told through its own verb: it stays confident', () => {
		expect(brief('Ofsted rated Bury’s children’s services good in a report published on Tuesday.')).toEqual(['inspection-judgement/good 2024-03-12']);
	});
	test('a stated date is not weighed by the verbs between', () => {
		expect(brief('The improvement board, which councillors had asked for, met for the first time on 4 March 2024.')).toEqual(['improvement-board 2024-03-04']);
	});
});

describe('a date counted from the article’s: the telling’s day, or the event’s (written for the review of issue 11)', () => {
	test('"told on Tuesday that inspectors had visited": the telling’s; a refusal is made by its telling', () => {
		expect(brief('The cabinet was told on Tuesday that Ofsted inspectors had visited the children’s services.')).toEqual(['inspection-visit ~2024-03-12']);
		expect(brief('Ofsted inspectors visited the children’s services on Tuesday.')).toEqual(['inspection-visit 2024-03-12']);
		expect(brief('The council leader said on Tuesday that he would not resign.')).toEqual(['resignation-refused 2024-03-12']);
	});
	test('a grade told in a that-clause: the telling’s only where the clause says it came before', () => {
		expect(brief('The scrutiny committee heard on Monday that Ofsted had rated the children’s services inadequate.')).toEqual(['inspection-judgement/inadequate ~2024-03-11']);
		expect(brief('Ofsted said on Monday that the children’s services were inadequate.')).toEqual(['inspection-judgement/inadequate 2024-03-11']);
	});
	test('present-tense and infinitive verbs are verbs: "gives the council six months to show progress against its plan"', () => {
		expect(brief('The improvement notice, published by the minister on Monday, gives the council six months to show progress against its improvement plan.')).toEqual(['improvement-notice 2024-03-11', 'improvement-plan ~2024-03-11']);
		expect(brief('On Monday the council published its improvement plan.')).toEqual(['improvement-plan 2024-03-11']);
	});
	test('a relative clause set off by commas is an aside: the predicate after it is the event’s, unless it only says something', () => {
		expect(brief('The improvement board, which reports to the minister, met on Tuesday.')).toEqual(['improvement-board 2024-03-12']);
		expect(brief('The improvement board, which oversees the plan, said yesterday that progress was too slow.')).toEqual(['improvement-board ~2024-03-13']);
		expect(brief('The improvement board, which oversees the plan, yesterday heard that progress was too slow.')).toEqual(['improvement-board ~2024-03-13']);
	});
	test('event words that hold their own verb: a verb between is another predicate’s', () => {
		expect(brief('The minister who placed the council under an improvement notice visited the town yesterday.')).toEqual(['improvement-notice ~2024-03-13']);
		expect(brief('The minister placed the council under an improvement notice yesterday.')).toEqual(['improvement-notice 2024-03-13']);
	});
	test('a grade whose words run on past a comma to the next verb’s date', () => {
		expect(brief('Inspectors, who judged the children’s services inadequate, returned on Tuesday for a monitoring visit.')).toEqual(['inspection-judgement/inadequate ~2024-03-12', 'inspection-visit 2024-03-12']);
	});
});
