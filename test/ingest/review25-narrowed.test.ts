/**
 * Over-reaches the review of session 25 found in the day's rules, each narrowed: the sentence a rule read wrongly
 * and what a reader takes from it (no judgement where another service was rated or the outcome is denied; the
 * commissioner's report only where the pronoun is the commissioner's; a resignation call only where one is made;
 * page dates, quotes' speakers and event dates as a reader gives them). Sentences written for this review.
 */
import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/ingest/dates/resolve.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const read = (date: string, authority: string, text: string) => extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today});
/** Each event of a type as "type:rating/service date(~ if approximate) authority", sorted. */
const events = (date: string, authority: string, text: string, type: string) =>
	read(date, authority, text)
		.events.filter((e) => e.type === type)
		.map((e) => `${e.type}${e.rating ? `:${e.rating}` : ''}${e.service ? `/${e.service}` : ''} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''} ${e.authority ?? ''}`)
		.sort();

type Case = [date: string, authority: string, text: string, want: string[]];
const check = (type: string, cases: Case[]) => {
	for (const [date, authority, text, want] of cases) it(text.slice(0, 90), () => expect(events(date, authority, text, type)).toEqual(want));
};

describe('a written statement of action: denied, with no inspection, or after another service’s inspection', () => {
	check('inspection-judgement', [
		['2022-05-10', 'Norfolk', 'Councillors denied that the inspection had led to a written statement of action, saying the area had only been given advice.', []],
		['2022-05-10', 'Norfolk', 'The council has been told to write a written statement of action on its SEND services, but no inspection has yet taken place.', []],
		['2022-05-10', 'Norfolk', 'Norfolk’s youth offending service inspection did not require a written statement of action.', []],
		// The area named by its own name is required to write one as much as "the area" is.
		['2022-05-10', 'Norfolk', 'A joint inspection by Ofsted and the CQC in 2019 required Norfolk to produce a written statement of action on its SEND services.', ['inspection-judgement/send 2019~ Norfolk']],
	]);
});

describe('stars another service was given, or denied to have been given', () => {
	check('inspection-judgement', [
		['2008-12-03', 'Stockport', 'The Audit Commission’s annual assessment of the council’s leisure services gave the swimming baths two stars.', []],
		['2008-12-03', 'Stockport', 'Stockport’s housing benefit service was rated one star in the Audit Commission’s annual assessment of housing services.', []],
		['2008-12-03', 'Stockport', 'Care homes in Stockport were given two stars by the Commission for Social Care Inspection, which checks adult residential care.', []],
		['2008-12-03', 'Stockport', 'The opposition leader denied that the Audit Commission had ever given the council’s children’s services one star.', []],
	]);
});

describe('a numbered grade glossed with its word: only the annual performance assessment’s', () => {
	check('inspection-judgement', [
		['2009-01-10', 'Salford', 'The council’s roads were graded 3, or good, by the highways inspector last year.', []],
		['2009-01-10', 'Salford', 'Ofsted graded Salford’s Oakwood Academy 1, or outstanding, in its inspection last year.', []],
		['2009-01-10', 'Salford', 'Ofsted rated the council’s children’s services 3, or good, in the annual performance assessment published last month.', ['inspection-judgement:good 2008-12 Salford']],
	]);
});

describe('a pronoun’s report after a sentence that names a commissioner: only the commissioner’s', () => {
	check('commissioner-report', [
		// No commissioner yet to write one.
		['2025-02-07', 'Birmingham', 'The council said a commissioner may be appointed if progress stalls. Her report, published on Wednesday, sets out the director’s plans.', []],
		// "Their" is the inspectors'.
		['2025-02-07', 'Birmingham', 'Inspectors met the commissioner during their visit in November. Their report, published on Wednesday, rated the council inadequate.', []],
		// "Her" may be the director's.
		['2025-02-07', 'Birmingham', 'The commissioner met the new director, Sue Harrison, in January. Her report, published on Wednesday, sets out a plan for recruitment.', []],
	]);
});

describe('a renewed call for something else, beside a call to go that is denied', () => {
	check('resignation-call', [
		['2025-05-01', 'Reading', 'The union renewed its call for better pay for social workers, but did not call for anyone to resign.', []],
		['2025-05-01', 'Reading', 'Parents renewed their calls for an independent inquiry into the children’s home, though none called for the director to resign.', []],
	]);
});

describe('a document dated, then out this week after years, or on a day of its own: the page is not dated near it', () => {
	const page = (text: string) => extractArticle(`Council children's services news\n\n${text}\n`, {today}).published;
	for (const text of [
		'An internal memo, dated 12 June 2019, was released yesterday under freedom of information laws after a four-year battle by campaigners.',
		'The review, dated 3 March 2019 and published on Thursday 7 March 2019, was ignored by the council for five years, campaigners told the inquiry this week.',
	])
		it(text.slice(0, 90), () => expect(page(text).value?.slice(0, 4) ?? null).not.toBe('2019'));
});

describe('a report presented for its author: the author speaks for it', () => {
	const speakers = (text: string) => read('2025-11-10', 'Reading', text).quotes.map((q) => q.speaker);
	it('a report by another, presented by the director, is its author’s', () =>
		expect(speakers('Jane Moss, the director of children’s services, will present a report by the independent reviewer, Dr Alan Finch, to cabinet. The report says: "Managers ignored warnings."')).toEqual(['Alan Finch']));
	it('a report a member will table is the member’s', () =>
		expect(speakers('Councillor Tom Reid, lead member for children, will table a report to full council next week. The report says: "We accept every one of Ofsted’s recommendations."')).toEqual(['Tom Reid']));
});

describe('a month of "this year" on a page dated only approximately, after the page’s latest day', () => {
	it('December this year on a page of about 3 January is the December before', () => {
		const ref = {value: '2021-01-03', precision: 'day', approximate: true, basis: 'test'} as const;
		const dates = findDates('The council was rated inadequate in December this year.', ref, {today}).map((d) => `${d.date.value}${d.date.approximate ? '~' : ''}`);
		expect(dates).toEqual(['2020-12~']);
	});
});

describe('"the year after" opening a clause of its own time, and "the year before" a later clause', () => {
	check('improvement-board', [
		['2024-03-16', 'Thurrock', 'The council was rated inadequate in 2019, and the year after the inspection an improvement board was set up.', ['improvement-board 2020~ Thurrock']],
	]);
	check('inspection-judgement', [
		['2024-03-16', 'Thurrock', 'The board was scrapped in 2021, the year before Ofsted rated the service good.', ['inspection-judgement:good 2022~ Thurrock']],
	]);
});

describe('"the same grade" another council received, or one hoped for, is no earlier grade of the council’s', () => {
	check('inspection-judgement', [
		['2024-03-14', 'Rochdale', 'Rochdale was judged requires improvement to be good - the same grade Oldham had hoped for in 2022.', ['inspection-judgement:requires improvement 2024-03-14~ Rochdale']],
		['2024-03-14', 'Rochdale', 'Rochdale’s children’s services were rated good this week - the same verdict Bury received in 2018.', ['inspection-judgement:good 2024-03-14~ Rochdale']],
		['2024-03-14', 'Rochdale', 'Rochdale’s children’s services were rated good this week, the same verdict Bury received in 2018.', ['inspection-judgement:good 2024-03-14~ Rochdale']],
	]);
});

describe('a critical report of a month that is not the inspectorate’s', () => {
	check('inspection-judgement', [
		['2009-06-10', 'Haringey', 'The council’s director published a critical March report on the state of the town’s roads.', []],
		['2009-06-10', 'Haringey', 'The council was handed a notice to improve two months after Ofsted’s critical March report.', ['inspection-judgement 2009-03~ Haringey']],
	]);
});

describe('a short page’s comment block: its dates are readers’', () => {
	const lead = 'Ofsted said the council’s children’s services had improved since the last inspection.';
	const page = `Council children's services news\n\n${lead}\n\nThe council is due to publish its plan.\n\nIt has hired new staff.\n\nMore to follow.\n\nComments\n\n15/03/22\n\nGreat news for the town.\n`;
	it('the comment’s date is not the page’s', () => expect(extractArticle(page, {today}).published.value).not.toBe('2022-03-15'));
});
