/**
 * A speaker's statement of what was done or decided, told after another sentence of the same quotation, when the
 * paragraph is the quotation alone (its span takes in its opening mark): each sentence is read on its own, so a
 * first sentence of opinion ("we still need to get better") no longer hides the fact after it. The near-misses are
 * quotations whose later sentence hopes, supposes or denies. Each sentence was written for this test.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each event as "type date(~ if approximate) [status]", sorted. */
const events = (date: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: Stockport\n\nThe director of children's services, Ann Lowe, spoke after the inspection.\n\n${text}\n`, {today})
		.events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'other')
		.map((e) => `${e.type} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}${e.status ? ` [${e.status}]` : ''}`)
		.sort();

type Case = [date: string, text: string, want: string[]];
const check = (cases: Case[]) => {
	for (const [date, text, want] of cases) it(text.slice(0, 100), () => expect(events(date, text)).toEqual(want));
};

describe('a fact after an opinion in one quotation', () => {
	check([
		['2024-06-21', '"There are things we need to get better at. Those points will shape our revised improvement plan, which goes to cabinet on 11 July."', ['improvement-plan 2024-07-11 [planned]']],
		['2024-06-21', '"We think the report is fair. The cabinet approved our improvement plan on 3 June."', ['improvement-plan 2024-06-03']],
		['2024-06-21', '"I believe we are on the right track. We set up an improvement board in March with an independent chair."', ['improvement-board 2024-03']],
	]);
});

describe('a later sentence that is itself opinion', () => {
	check([
		['2024-06-21', '"There are things we need to get better at. We hope the improvement plan will be approved soon."', []],
		['2024-06-21', '"We think the report is fair. We would like an improvement board to be set up."', []],
		['2024-06-21', '"The report is fair. It may be that an improvement board is set up later in the year."', []],
	]);
});
