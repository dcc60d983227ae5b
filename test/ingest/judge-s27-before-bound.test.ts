/**
 * "Before the three councils merged in April 2019, services in Poole had been judged to require improvement": a date
 * in an opening "Before ..." clause bounds what the main clause tells (it came earlier), it does not date it. The
 * grade stays undated rather than take a date that is not its own. Near misses: an opening "After"/"Following" clause
 * (the event came after, dated approximately as before), a "before" that is not the opening, and a main clause that
 * dates itself. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const lead = 'Councillors met on Monday to discuss the latest monitoring letter on the council’s children’s services.';
const events = (text: string) =>
	extractArticle(`title: Council news\ndate: 2022-06-10\nauthority: Poole\n\n${lead}\n\n${text}\n`, {today})
		.events.filter((e) => e.authority === 'Poole' && e.type !== 'inspection-visit')
		.map((e) => `${e.type} ${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('an opening Before-clause bounds the event, it does not date it', () => {
	const cases: [string, string][] = [
		['Before the three councils merged in April 2019, services in Poole had been judged to require improvement.', 'inspection-judgement requires improvement 2019-04'],
		['Before the merger in April 2019, Poole’s children’s services had been rated good.', 'inspection-judgement good 2019-04'],
		['Before its inspection in March 2018, Poole had drawn up an improvement plan.', 'improvement-plan - 2018-03'],
		['Before the new director arrived in 2017, Poole’s services had been judged inadequate.', 'inspection-judgement inadequate 2017'],
		['Before the pandemic struck in March 2020, the council had set up an improvement board.', 'improvement-board - 2020-03'],
		['Before ministers lifted the notice in 2016, Poole’s services had been rated adequate.', 'inspection-judgement adequate 2016'],
		['Before Ofsted’s visit in May 2021, a commissioner had been appointed.', 'commissioner-appointed - 2021-05'],
		['Before the election in May 2019, the council had been judged inadequate.', 'inspection-judgement inadequate 2019-05'],
	];
	for (const [text, never] of cases) it(text.slice(0, 80), () => expect(events(text)).not.toContain(never));
});

describe('near misses: dates that stay', () => {
	const cases: [string, string][] = [
		['After the inspection in March 2018, Poole was rated inadequate.', 'inspection-judgement inadequate 2018-03'],
		['Poole was rated inadequate in March 2018, before the merger.', 'inspection-judgement inadequate 2018-03'],
		['Before the merger, Poole was rated inadequate in March 2018.', 'inspection-judgement inadequate 2018-03'],
		['Following the inspection in 2017, ministers issued an improvement notice in January 2018.', 'improvement-notice - 2018-01'],
		['Poole’s services were judged inadequate in 2017, long before the merger in 2019.', 'inspection-judgement inadequate 2017'],
		['Before the merger in April 2019, Poole was rated requires improvement in 2016.', 'inspection-judgement requires improvement 2016'],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(events(text)).toContain(want));
});
