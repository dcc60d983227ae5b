/**
 * Review of session 25's judgement rules (branch judge25): star ratings of the old assessments, an area SEND
 * inspection's outcome told by its written statement of action, an earlier grade after a dash, a BBC link label in a
 * run of grades, joint area reviews and critical reports, the inspectorate's verdict quoted with its date, and the
 * annual performance assessment's numbered grades. Each sentence here is one the rules read as a careful reader
 * would; the sentences they over-reach on are listed in the review's report, not here. Sentences written for this
 * review.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each event as "type:rating date(~ if approximate) authority [status]", sorted. */
const events = (date: string, authority: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today})
		.events.map((e) => `${e.type}${e.rating ? `:${e.rating}` : ''} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''} ${e.authority ?? ''}${e.status ? ` [${e.status}]` : ''}`)
		.sort();
const judgements = (date: string, authority: string, text: string) => events(date, authority, text).filter((e) => e.startsWith('inspection-judgement'));

type Case = [date: string, authority: string, text: string, want: string[]];
const check = (cases: Case[]) => {
	for (const [date, authority, text, want] of cases) it(text.slice(0, 90), () => expect(judgements(date, authority, text)).toEqual(want));
};

describe('star ratings', () => {
	check([
		['2008-12-03', 'Stockport', 'Stockport’s children’s services were awarded three stars in the annual performance assessment published by Ofsted last week.', ['inspection-judgement:good 2008-11~ Stockport']],
		['2007-11-29', 'Haringey', 'The Commission for Social Care Inspection gave Haringey’s social services for children just one star in 2006.', ['inspection-judgement:inadequate 2006 Haringey']],
		['2008-12-03', 'Stockport', 'In the 2007 annual performance assessment, Stockport’s services for children and young people were rated two stars.', ['inspection-judgement:adequate 2007 Stockport']],
		['2008-12-03', 'Stockport', 'Council leaders said they were aiming for three stars when the Audit Commission publishes its annual assessment in December.', []],
		['2008-12-03', 'Stockport', 'Could the Audit Commission strip Stockport of its three stars for children’s services?', []],
		['2008-12-03', 'Stockport', 'The Audit Commission’s star ratings were scrapped this year; a one-star council could once lose control of its budget.', []],
		// The restaurant's stars add nothing to the assessment's own word.
		['2008-12-03', 'Stockport', 'Ofsted’s annual performance assessment found the council’s children’s services adequate, though a Michelin two-star restaurant opened in the town the same week.', ['inspection-judgement:adequate 2008-12-03~ Stockport']],
		// Another council's stars are that council's.
		['2008-12-03', 'Stockport', 'The Audit Commission said the neighbouring borough of Trafford had been awarded four stars, while Stockport’s rating would follow next month.', ['inspection-judgement:outstanding - Trafford']],
	]);
});

describe('an area SEND inspection told by its written statement of action', () => {
	check([
		['2022-05-10', 'Norfolk', 'Norfolk was ordered to draw up a written statement of action after inspectors found serious weaknesses in support for children with special educational needs.', ['inspection-judgement 2022-05-10~ Norfolk']],
		['2022-05-10', 'Norfolk', 'The local area SEND inspection last year did not require a written statement of action, the council said.', ['inspection-judgement 2021~ Norfolk']],
		['2022-05-10', 'Norfolk', 'Parents fear the next SEND inspection could require Norfolk to write a written statement of action.', []],
		['2022-05-10', 'Norfolk', 'Inspectors will decide in the spring whether the area needs a written statement of action.', []],
		['2022-05-10', 'Norfolk', 'The council is still working through the written statement of action it was told to produce after the 2016 inspection, and a revisit is due in June.', []],
		['2022-05-10', 'Norfolk', 'Neighbouring Suffolk was required by the inspection to produce a written statement of action, while Norfolk was not inspected.', []],
		['2022-05-10', 'Norfolk', 'The school’s inspection required its governors to produce a written statement of action on attendance.', []],
	]);
});

describe('an earlier grade after a dash', () => {
	check([
		['2024-03-14', 'Rochdale', 'Ofsted rated Rochdale’s children’s services good overall in a report published on Tuesday – the same grade the council received in 2020.', ['inspection-judgement:good 2020 Rochdale', 'inspection-judgement:good 2024-03-12 Rochdale']],
		['2024-03-14', 'Rochdale', 'Inspectors judged the service inadequate — the same rating it was given in 2017.', ['inspection-judgement:inadequate 2017 Rochdale', 'inspection-judgement:inadequate 2024-03-14~ Rochdale']],
		['2024-03-14', 'Rochdale', 'Ofsted rated Rochdale’s children’s services good on Tuesday - the same day the council’s new director started work after leaving Bury in 2021.', ['inspection-judgement:good 2024-03-12 Rochdale']],
		['2024-03-14', 'Rochdale', 'Rochdale was rated good this week - the same rating its adoption agency has held since 2019.', ['inspection-judgement:good 2024-03-14~ Rochdale']],
		['2024-03-14', 'Rochdale', 'Rochdale was rated good this week - is it the same grade the council would have received in 2019?', ['inspection-judgement:good 2024-03-14~ Rochdale']],
	]);
});

describe('a link label in a run of grades', () => {
	check([
		['2024-03-14', 'Stoke-on-Trent', 'Ofsted rated the council’s children’s services inadequate in 2015, external and again in 2019, external.', ['inspection-judgement:inadequate 2015 Stoke-on-Trent', 'inspection-judgement:inadequate 2019 Stoke-on-Trent']],
		['2024-03-14', 'Stoke-on-Trent', 'Ofsted rated Stoke-on-Trent’s children’s services inadequate in 2015, external and then requires improvement in 2019, external.', ['inspection-judgement:inadequate 2015 Stoke-on-Trent', 'inspection-judgement:requires improvement 2019 Stoke-on-Trent']],
		['2024-03-14', 'Stoke-on-Trent', 'The service was judged good in 2018, external, but inadequate in 2022, external.', ['inspection-judgement:good 2018 Stoke-on-Trent', 'inspection-judgement:inadequate 2022 Stoke-on-Trent']],
		['2024-03-14', 'Stoke-on-Trent', 'Ofsted rated the service inadequate in 2015, external and internal reviews agreed.', ['inspection-judgement:inadequate 2015 Stoke-on-Trent']],
		['2024-03-14', 'Stoke-on-Trent', 'Ofsted rated it requires improvement in 2019, external and independent experts were brought in afterwards.', ['inspection-judgement:requires improvement 2019 Stoke-on-Trent']],
	]);
});

describe('joint area reviews and critical reports', () => {
	check([
		['2009-06-10', 'Haringey', 'Haringey has been under intense scrutiny since 2008, when a joint area review triggered government intervention.', ['inspection-judgement 2008~ Haringey']],
		['2009-06-10', 'Haringey', 'The council was handed a notice to improve two months after Ofsted’s critical March report.', ['inspection-judgement 2009-03~ Haringey']],
		['2009-06-10', 'Haringey', 'A joint area review is expected to take place in Haringey in the autumn.', []],
		['2009-06-10', 'Haringey', 'Council officers said a joint area review would probably lead to a notice to improve if failings were found.', []],
		['2009-06-10', 'Haringey', 'The joint area review in Enfield prompted a rethink of how the two boroughs share services.', []],
		['2009-06-10', 'Haringey', 'Did the joint area review lead to the notice to improve, councillors asked?', []],
		['2009-06-10', 'Haringey', 'The joint area review of Haringey’s children’s services is due to be published in the autumn, and could lead to intervention.', []],
	]);
});

describe('the inspectorate’s verdict quoted with when it was given', () => {
	check([
		['2024-03-14', 'Swindon', 'In her letter the minister wrote: "I note that Ofsted in June 2022 judged children’s services in Swindon to be inadequate."', ['inspection-judgement:inadequate 2022-06 Swindon']],
		['2024-03-14', 'Swindon', 'The report states: "Inspectors last summer rated the council’s services for children requires improvement to be good."', ['inspection-judgement:requires improvement 2023~ Swindon']],
		['2024-03-14', 'Swindon', 'The campaigner said: "Ofsted in 2019 rated the service good, but parents were never asked."', ['inspection-judgement:good 2019 Swindon']],
		['2024-03-14', 'Swindon', 'The council leader said: "I hope Ofsted in the spring will judge our services good."', []],
		['2024-03-14', 'Swindon', 'A campaigner said: "If inspectors in March rated the service good, they were looking at a different council."', []],
		['2024-03-14', 'Swindon', 'The director said: "Ofsted in 2023 rated Wiltshire outstanding, and we want to learn from them."', []],
		['2024-03-14', 'Swindon', 'The letter says: "The CQC last autumn rated the hospital’s maternity unit inadequate."', []],
		['2024-03-14', 'Swindon', 'A councillor said: "Nobody believes Ofsted last year judged us good because we deserved it."', []],
	]);
});

describe('the annual performance assessment’s numbered grades', () => {
	check([
		['2009-01-10', 'Salford', 'Salford’s children’s services were graded 4, or outstanding, in the 2008 annual performance assessment.', ['inspection-judgement:outstanding 2008 Salford']],
		['2009-01-10', 'Salford', 'The council was rated 2 (adequate) for staying safe in the annual performance assessment of 2007.', ['inspection-judgement:adequate 2007 Salford']],
		['2009-01-10', 'Salford', 'Neighbouring Bolton was graded 4, or outstanding, in the 2008 annual performance assessment, while Salford scored less.', ['inspection-judgement:outstanding 2008 Bolton']],
		['2009-01-10', 'Salford', 'Pupils graded their new school meals 4, or good, in a survey run by the council.', []],
		['2009-01-10', 'Salford', 'The council hopes to be graded 3, or good, in next year’s annual performance assessment.', []],
		['2009-01-10', 'Salford', 'The bid was scored 3 out of 4, or good value, by the council’s procurement panel.', []],
		['2009-01-10', 'Salford', 'The Care Quality Commission scored the hospital’s children’s ward 2 out of 4, or adequate, last year.', []],
	]);
});
