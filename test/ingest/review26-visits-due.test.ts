/**
 * Review of inspections due, expected or awaited (event-visits-due.ts): a report or an outcome awaited after the
 * inspection is no visit to come, nor an inspection of bridges, a royal visit or safety inspectors at a depot. Sentences written for this review; the ones marked fail today.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each event of `type` (or each but grades and others) as "type date(~ if approximate) [status] {other authority}", sorted. */
const events = (date: string, authority: string, text: string, type?: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today})
		.events.filter((e) => (type ? e.type === type : e.type !== 'inspection-judgement' && e.type !== 'other'))
		.map((e) => `${e.type} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}${e.status ? ` [${e.status}]` : ''}${e.authority !== authority ? ` {${e.authority}}` : ''}`)
		.sort();

describe('inspections due, expected or awaited', () => {
	const visits = (text: string) => events('2024-06-02', 'Trafford', text, 'inspection-visit');
	it('a report awaited after the inspection is no visit', () => {
		expect(visits("Ofsted's report on the inspection is expected in the autumn.")).toEqual([]);
	});
	it('an outcome due after the inspection is no visit to come', () => {
		expect(visits("The outcome of the inspection of children's services is due later this year.")).toEqual([]);
	});
	const overReach = [
		"An inspection of the council's bridges is due in the spring.",
		"A visit by the King to the borough's new family hub is expected in July.",
		'The council expects inspectors from the Health and Safety Executive at its depot next week.',
	];
	for (const text of overReach) it(`no inspection of children's services: ${text.slice(0, 80)}`, () => expect(visits(text)).toEqual([]));
	const fine: [string, string[]][] = [
		["An Ofsted inspection of the council's nurseries is due later this year.", []],
		["Children's services were due to be inspected in 2020, but the visit was cancelled because of the pandemic.", []],
		["The council said it was not expecting inspectors at children's services this year.", []],
		["The government's review of children's social care is expected in the spring.", []],
		['An inspection of the young offender institution is expected in the autumn.', []],
		["Inspections of councils' children's services across England are due to resume in January.", []],
		["The council's annual conversation with Ofsted is expected in June.", []],
		['The academy expects Ofsted inspectors back within the next 12 months.', []],
		["An inspection of the council's adult social care services by the Care Quality Commission is due later this year.", []],
		["The judgement from Ofsted is expected in the spring, following last month's inspection of children's services.", []],
		["An inspection of Stockport's children's services is due later this year, a year after Trafford's.", ['inspection-visit 2024 [planned] {Stockport}']],
		["A fire safety inspection of the council's offices is due next month.", []],
		["The next visit from the council's external auditors is due in September.", []],
		['The council-run school is braced for Ofsted after a string of complaints.', []],
		["The council's nurseries expect Ofsted inspectors within weeks.", []],
		["An inspection of the council's housing repairs by the regulator is due later this year.", []],
		["The county's fire service expects inspectors in the autumn.", []],
		["A joint inspection of the council's adult services is expected in the spring.", []],
		['Kirklees Council expects Ofsted inspectors back within the next 12 months.', ['inspection-visit 2025~ [planned] {Kirklees}']],
		["A focused visit to the council's children's services is due in September.", ['inspection-visit 2024-09 [planned]']],
	];
	for (const [text, want] of fine) it(text.slice(0, 90), () => expect(visits(text)).toEqual(want));
});
