/**
 * A day right after a verb of telling ("said on Friday", "announced on Monday", "confirmed yesterday") is the day of
 * the telling. Where what was told is still to come ("said on Friday it would appeal against the inadequate rating")
 * or came before it ("announced on Monday that its director had resigned"), the day is not sure to be the event's: it
 * stays, approximate. A going or a refusal made by telling it ("told staff on Thursday she was resigning", "said on
 * Monday she would not step down") and an act done on the day keep it exact.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (text: string) => extractArticle(`title: Council news\ndate: 2025-03-12\nauthority: Stockport Council\n\n${text}\n`, {today}).events;
const show = (text: string) => JSON.stringify(events(text).map((e) => [e.type, e.status ?? 'happened', e.date.value, e.date.approximate]));

describe('the day of a telling is not confidently the day of what it told', () => {
	it.each([
		['Stockport Council said on Friday it would appeal against the inadequate rating given by Ofsted.', 'inspection-judgement', '2025-03-07'],
		['Stockport Council said on Friday that it would appeal against the inadequate rating given by Ofsted.', 'inspection-judgement', '2025-03-07'],
		["Stockport Council announced on Monday that its director of children's services had resigned.", 'resignation', '2025-03-10'],
		["Stockport confirmed yesterday that its director of children's services had stepped down.", 'resignation', '2025-03-11'],
		["The council revealed on Tuesday that Jane Holt had quit as Stockport's director of children's services.", 'resignation', '2025-03-11'],
		['The council said on Thursday it would challenge the requires improvement rating Ofsted gave its children\'s services.', 'inspection-judgement', '2025-03-06'],
		["Stockport's leader said on Monday the council would accept the improvement notice.", 'improvement-notice', '2025-03-10'],
		["The BBC reported on Monday that Stockport's director of children's services had resigned.", 'resignation', '2025-03-10'],
		["Local papers disclosed on Tuesday that Jane Holt had stepped down as Stockport's director of children's services.", 'resignation', '2025-03-11'],
	])('%s', (text, type, value) => {
		expect(events(text).filter((e) => e.type === type && e.date.value === value && !e.date.approximate), show(text)).toEqual([]);
	});
});

describe('near misses keep their exact day', () => {
	it.each([
		["Stockport's director of children's services resigned on Monday.", 'resignation', '2025-03-10'],
		["Stockport Council announced on Monday that its director of children's services has resigned.", 'resignation', '2025-03-10'],
		["Stockport's director of children's services said on Monday she would not step down.", 'resignation-refused', '2025-03-10'],
		["Stockport's director of children's services announced on Monday that she planned to retire.", 'resignation', '2025-03-10'],
		["Ofsted rated Stockport's children's services inadequate in a report published on Tuesday.", 'inspection-judgement', '2025-03-11'],
		['The government issued an improvement notice to Stockport on Friday, the council said.', 'improvement-notice', '2025-03-07'],
		["Stockport Council's cabinet approved the improvement plan for children's services on Tuesday.", 'improvement-plan', '2025-03-11'],
		["Stockport councillors said on Tuesday that the director of children's services should resign.", 'resignation-call', '2025-03-11'],
	])('%s', (text, type, value) => {
		const e = events(text).find((x) => x.type === type && x.date.value === value);
		expect(e, show(text)).toBeDefined();
		expect(e!.date.approximate).toBe(false);
	});
});
