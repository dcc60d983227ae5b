/**
 * Improvement plans named by what they are for ("a plan to improve children's services has been published", "a plan
 * setting out how it will tackle the failings", "a post-inspection plan will go to cabinet"), asked for ("I have asked
 * for a plan to be in front of me within days"), and a speaker's plan told after another sentence of the same
 * quotation. The near-misses are plans of roads, budgets, schools, care homes and police forces, plans hoped for or
 * asked about. Each sentence was written for this test.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each plan as "date(~ if approximate) authority [status]", sorted. */
const plans = (date: string, authority: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'improvement-plan')
		.map((e) => `${e.date.value ?? '-'}${e.date.approximate ? '~' : ''} ${e.authority}${e.status ? ` [${e.status}]` : ''}`)
		.sort();

type Case = [date: string, authority: string, text: string, want: string[]];
const check = (cases: Case[]) => {
	for (const [date, authority, text, want] of cases) it(text.slice(0, 100), () => expect(plans(date, authority, text)).toEqual(want));
};

describe('a plan named by its purpose, asked for, or told in a quotation', () => {
	check([
		['2024-03-02', 'Rochdale', 'The council has drawn up a plan setting out how it will tackle the failings inspectors found in children’s social care.', ['2024-03~ Rochdale']],
		['2024-03-02', 'Rochdale', 'A plan to improve Rochdale’s children’s services has been published ahead of next week’s scrutiny meeting.', ['2024-03~ Rochdale']],
		['2024-03-02', 'Rochdale', 'A post-inspection plan for children’s services will go to cabinet next month.', ['2024-04 Rochdale [planned]']],
		['2024-03-02', 'Rochdale', 'The council’s plan to turn around children’s services was agreed in February.', ['2024-02 Rochdale']],
		['2024-03-02', 'Rochdale', 'The leader said she had asked officers for a plan within weeks, after Ofsted rated children’s services inadequate.', ['2024-03-02~ Rochdale [planned]']],
		['2024-03-02', 'Rochdale', 'The director said: "I have asked for a full plan to be on my desk by Easter after this inspection of children’s services."', ['2024-03~ Rochdale [planned]']],
		// The plan is the quotation's second sentence; the first, with its "need", is the speaker's view.
		['2024-06-21', 'Rochdale', 'The director of children’s services said:\n\n"Inspectors have said where we need to get better. Those points will shape our revised improvement plan, which goes to cabinet on 11 July."', ['2024-07-11 Rochdale [planned]']],
		['2024-03-02', 'Rochdale', 'Rochdale’s youth justice service drew up a plan setting out the changes it would make after the probation inspectorate’s report.', ['2024-03~ Rochdale']],
	]);
});

describe('plans that are not the council’s improvement plan', () => {
	check([
		['2024-03-02', 'Rochdale', 'The council has drawn up a plan to resurface the town’s roads.', []],
		['2024-03-02', 'Rochdale', 'Councillors approved the budget plan for next year on Tuesday.', []],
		['2024-03-02', 'Rochdale', 'The primary school has drawn up an action plan after its Ofsted inspection.', []],
		['2024-03-02', 'Rochdale', 'The care home must produce an action plan within 28 days.', []],
		['2024-03-02', 'Rochdale', 'The police force has published an improvement plan after its inspection.', []],
		['2024-03-02', 'Rochdale', 'Parents hope the council will draw up a plan for new special schools.', []],
		['2024-03-02', 'Rochdale', 'Opposition councillors asked whether the improvement plan would ever be published.', []],
		['2024-03-02', 'Rochdale', 'Will the council publish a plan to improve children’s services before the summer?', []],
		['2024-03-02', 'Rochdale', 'Campaigners called for a plan to improve support for children with special educational needs.', []],
		['2024-03-02', 'Rochdale', 'The director said: "We need to get better. We hope a plan to improve children’s services will follow."', []],
	]);
});
