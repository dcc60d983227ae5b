/**
 * Review of improvement plans named by purpose or asked for (event-plan-purposes.ts): a plan to cut an overspend,
 * a national reform, a counterfactual plan, a pension fund's or parks' plan is not the council's improvement plan.
 * Sentences written for this review; the ones marked fail today.
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

describe('plans named by purpose or asked for', () => {
	const plans = (text: string) => events('2024-03-02', 'Rochdale', text, 'improvement-plan');
	const overReach = [
		"The leader asked officers for a plan to cut the overspend in children's services.",
		'The minister has asked for a plan setting out how social care reform will work across England.',
		"A plan to improve children's services would have been published in March had the inspection not been delayed.",
		'The council has drawn up a plan setting out how it will tackle the failings the auditors found in its pension fund.',
		"A plan to improve the council's parks has been published ahead of next week's scrutiny meeting.",
	];
	for (const text of overReach) it(`no plan: ${text.slice(0, 90)}`, () => expect(plans(text)).toEqual([]));
	const fine: [string, string[]][] = [
		['The NHS trust has published a plan setting out how it will tackle the failings inspectors found in its maternity unit.', []],
		["The council said it had no plan to close children's centres.", []],
		['The academy trust has asked for a plan to be in front of it within days.', []],
		['The leader said she had asked the chief constable for a plan within weeks, after the police force was rated inadequate.', []],
		["A plan to improve children's services was agreed in 2019, the council said, but it was never carried out.", ['improvement-plan 2019']],
		["Rochdale's cabinet has approved a plan setting out how it will respond to Ofsted's findings on children's services.", ['improvement-plan 2024-03~']],
		["The children's commissioner has asked the council for a plan to improve its children's services by June.", ['improvement-plan 2024-03~ [planned]']],
	];
	for (const [text, want] of fine) it(text.slice(0, 90), () => expect(plans(text)).toEqual(want));
});

describe('plans of other matters in a story about children\'s services', () => {
	const lead = "Rochdale's children's services were rated inadequate by Ofsted last month.\n\n";
	const plans = (text: string) => events('2024-03-02', 'Rochdale', lead + text, 'improvement-plan');
	const overReach = [
		'Separately, a plan to tackle knife crime in the town centre was approved by the community safety partnership.',
		'A ten-year plan to tackle homelessness was approved by cabinet on the same evening.',
		'The council commissioned consultants for a plan to regenerate the high street.',
		"The council's plan setting out how it will spend the government's levelling-up grant was published on Tuesday.",
		"The government published its plan setting out how children's social care will be reformed nationally.",
		"The leader said a plan to improve children's services would be drawn up only if the government paid for it.",
	];
	for (const text of overReach) it(`no plan: ${text.slice(0, 90)}`, () => expect(plans(text)).toEqual([]));
	it('another council\'s plan keeps the month it was published in', () => {
		expect(plans("Oldham's plan to improve its children's services was published in January.")).toEqual(['improvement-plan 2024-01 {Oldham}']);
	});
	const fine: [string, string[]][] = [
		['A plan to improve air quality near schools was also agreed.', []],
		["A plan to improve children's mental health services, drawn up by the NHS, was published last week.", []],
		['A plan setting out how the council will respond to the inspection has been sent to Ofsted.', ['improvement-plan 2024-03~']],
	];
	for (const [text, want] of fine) it(text.slice(0, 90), () => expect(plans(text)).toEqual(want));
});
