/**
 * A leaving the article schedules ("will leave at the end of March", "is to retire in the summer", "is leaving at the
 * end of the year") is planned, and its date is only as sure as the words: a month, a season or a year is approximate;
 * a day the text names stays exact. A going told as done ("resigned in January", "left at the end of February") keeps
 * its date, and a resignation told in the past on a named day is not made a plan by the leaving that follows it.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const goings = (text: string, published = '2025-03-12') =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Stockport Council\n\n${text}\n`, {today}).events.filter((e) => e.type === 'resignation');
const only = (text: string, published?: string) => {
	const all = goings(text, published);
	expect(all.length).toBeGreaterThan(0);
	return all;
};

describe('a scheduled leaving is planned, approximately dated unless its day is named', () => {
	it.each([
		["Jane Holt, Stockport's director of children's services, will leave at the end of March.", '2025-03'],
		["Jane Holt, Stockport's director of children's services, is to retire in the summer.", '2025'],
		["Stockport's children's services director is to stand down in June.", '2025-06'],
		["Stockport Council's director of children's services is leaving the authority at the end of the year.", '2025'],
		["The director of children's services at Stockport Council, Jane Holt, is due to leave her post in the autumn.", '2025'],
		["Jane Holt will retire as Stockport's director of children's services later this year.", '2025'],
		["Stockport's director of children's services Jane Holt announced she would retire in July.", '2025-07'],
		["Stockport Council confirmed its director of children's services will leave the authority next month.", '2025-04'],
		["Jane Holt, who is to retire in the summer, said Stockport's children's services had improved.", '2025'],
	])('%s', (text, value) => {
		const e = only(text).find((x) => x.date.value === value);
		expect(e, JSON.stringify(goings(text).map((x) => x.date))).toBeDefined();
		expect(e!.status).toBe('planned');
		expect(e!.date.approximate).toBe(true);
	});
	it('keeps a named day exact', () => {
		const e = only("Jane Holt, director of children's services at Stockport Council, will step down on 30 April.")[0]!;
		expect(e.date).toMatchObject({value: '2025-04-30', approximate: false});
		expect(e.status).toBe('planned');
	});
	it('in an article of October, leaving at the end of December', () => {
		const e = only("Karen Pell has resigned as Stockport's director of children's services. She will leave the council at the end of December.", '2019-10-11').find((x) => x.date.value === '2019-12');
		expect(e?.status).toBe('planned');
		expect(e?.date.approximate).toBe(true);
	});
});

describe('near misses keep their dates and status', () => {
	it.each([
		["Stockport's director of children's services Jane Holt resigned in January.", '2025-01'],
		["Stockport's director of children's services left the council at the end of February.", '2025-02'],
		["Stockport's director of children's services Jane Holt resigned on Monday and will leave at the end of March.", '2025-03-10'],
		["Stockport's director of children's services stepped down on 3 March after the inspection.", '2025-03-03'],
	])('%s', (text, value) => {
		const e = only(text).find((x) => x.date.value === value);
		expect(e, JSON.stringify(goings(text).map((x) => [x.date, x.status]))).toBeDefined();
		expect(e!.date.approximate).toBe(false);
		expect(e!.status ?? 'happened').toBe('happened');
	});
	it.each([
		["Jane Holt, who resigned as Stockport's director of children's services this month, will leave in June.", '2025-03'],
		["Stockport's director of children's services resigned earlier this month and will leave at the end of June.", '2025-03'],
		["Stockport's director of children's services quit in March and is to leave the council in the summer.", '2025-03'],
	])('the going done keeps its status: %s', (text, value) => {
		const e = only(text).find((x) => x.date.value === value);
		expect(e, JSON.stringify(goings(text).map((x) => [x.date, x.status]))).toBeDefined();
		// (A date counted from the article may be approximate by its own reckoning: only not made so as a leaving.)
		expect(e!.date.basis).not.toMatch(/a leaving scheduled/);
		expect(e!.status ?? 'happened').toBe('happened');
	});
	it('an inspection scheduled beside a leaving keeps its exact month', () => {
		const all = extractArticle("title: Council news\ndate: 2025-03-12\nauthority: Stockport Council\n\nInspectors will return to Stockport in June, after the director of children's services leaves in May.\n", {today}).events;
		const visit = all.find((e) => e.type === 'inspection-visit');
		expect(visit?.date).toMatchObject({value: '2025-06', approximate: false});
	});
	it('a refusal to leave is not made a plan', () => {
		const all = extractArticle("title: Council news\ndate: 2025-03-12\nauthority: Stockport Council\n\nStockport's director of children's services said she would not step down and would stay in post until the improvement work was done.\n", {today}).events;
		expect(all.filter((e) => e.type === 'resignation' && e.status === 'planned')).toEqual([]);
	});
});
