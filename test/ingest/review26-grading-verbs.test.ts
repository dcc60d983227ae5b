/**
 * Review of grading verbs and frames not read before (the judgements commit 411d41f): a grade from someone who is
 * no inspectorate (opposition councillors, parents, a scrutiny committee, campaigners, critics, a former director, a
 * judge's verdict) is no judgement, nor is a grade of adults', housing, library, police or hospital services.
 * Sentences written for this review; the ones marked fail today.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each judgement as "rating date(~ if approximate)", sorted. */
const grades = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-04-10\nauthority: Wigan\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}`)
		.sort();

describe('grading verbs and frames', () => {
	const overReach = [
		"Wigan's children's services were condemned as inadequate by opposition councillors.",
		"Wigan's children's services were criticised as inadequate by parents at the meeting.",
		"Wigan's children's services were assessed as performing well by the council's own scrutiny committee in 2009.",
		"Campaigners gave Wigan's children's services a good verdict in 2019.",
		'The judge delivered a good verdict for the family in 2019.',
		"Wigan's children's services were considered good by the former director, who left in 2019.",
		"Wigan's children's services were categorised as requires improvement by the council's critics in 2018.",
	];
	for (const text of overReach) it(`no grade: ${text.slice(0, 90)}`, () => expect(grades(text)).toEqual([]));
	// Another service's grade: adults', housing's, a library's, the police's, a hospital's.
	const otherServices = [
		"Inspectors found Wigan's adult social care services good.",
		"Inspectors found Wigan's housing services good.",
		"The report found Wigan's library services outstanding.",
		"HM Inspectorate of Constabulary found Wigan's police services good.",
		"Wigan's adult social care was condemned as inadequate by the Care Quality Commission in 2016.",
		"Wigan's maternity services were given a good verdict by the Care Quality Commission in 2019.",
	];
	for (const text of otherServices) it(`no grade of children's services: ${text.slice(0, 80)}`, () => expect(grades(text)).toEqual([]));
	const fine: [string, string[]][] = [
		["Inspectors found Wigan's services good value for money.", []],
		["Inspectors found the hospital's children's ward good.", []],
		["Inspectors found Wigan's services good enough to lift the notice.", []],
		["The funding was classed as inadequate by the council's finance chief.", []],
		['The proposal was considered good by the cabinet in March.', []],
		["In 2017 Wigan's children's services slipped to second place in the regional league table.", []],
		['Councillors hope for a good verdict from Ofsted next year.', []],
		["Wigan's children's services were not classed as inadequate in 2013, despite reports.", []],
		["Were Wigan's children's services ever classed as inadequate?", []],
		["Inspectors found Wigan's services good for children in care and poor for care leavers.", []],
		["Wigan's services for children slipped to inadequate in 2019.", ['inadequate 2019']],
		["The Care Quality Commission found Wigan's services good.", []],
		["The auditors' report found Wigan's financial controls good.", []],
		["The peer review found Wigan's services good.", []],
		["Wigan's bin collections were classed as inadequate by residents in a survey in 2016.", []],
		["In 2017 Wigan's hospital slipped to requires improvement.", []],
		["A review commissioned by the council found Wigan's services good.", []],
		["The council's own self-assessment found the service good.", []],
		["Wigan's children's services risk being condemned as inadequate if nothing changes, the union warned.", []],
		["Wigan's children's services could slip to inadequate next year, the director warned.", []],
	];
	for (const [text, want] of fine) it(text.slice(0, 90), () => expect(grades(text)).toEqual(want));
});
