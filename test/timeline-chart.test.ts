/** The timeline's strip chart and the aligned timelines of the comparison: pure functions over timeline lines. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {timeline, type EventView} from '../source/corpus/queries.js';
import {storeSchema, type EventType} from '../source/corpus/schema.js';
import {alignTimelines, calendarSlot, judgementSlot} from '../source/corpus/timeline-align.js';
import {asciiGlyphs, blockGlyphs, chartAxis, timelineChart, yearCell, type ChartSegment} from '../source/corpus/timeline-chart.js';
import {repoRoot} from './helpers/cli.js';

function ev(date: string | null, o: {type?: EventType; rating?: string; authority?: string; approximate?: boolean} = {}): EventView {
	const precision = date === null ? 'unknown' : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
	return {
		id: `${o.authority ?? 'A'}-${date}-${o.type ?? 'other'}-${Math.random()}`,
		date: {value: date, precision, approximate: o.approximate ?? false, basis: 'stated'},
		authority: o.authority ?? 'Blackpool',
		type: o.type ?? 'other',
		...(o.rating ? {rating: o.rating} : {}),
		summary: 's',
		sources: [],
		origin: 'extracted',
	};
}
const judgement = (date: string | null, rating?: string, authority?: string) => ev(date, {type: 'inspection-judgement', ...(rating ? {rating} : {}), ...(authority ? {authority} : {})});
const text = (segments: readonly ChartSegment[]) => segments.map((s) => s.text).join('');

describe('a year of the strip', () => {
	it.each([
		['no events', [], 4, '·   '],
		['a judgement', [judgement('2019', 'inadequate')], 4, 'I   '],
		['a judgement and events', [judgement('2019', 'inadequate'), ev('2019'), ev('2019')], 5, 'I██  '],
		['more than fit: the last cell says so', [judgement('2019', 'good'), ev('2019'), ev('2019'), ev('2019'), ev('2019')], 4, 'G█+ '],
		['two judgements keep their letters', [judgement('2019', 'inadequate'), judgement('2019', 'good'), ev('2019'), ev('2019')], 4, 'IG+ '],
		['a judgement without a rating', [judgement('2019')], 3, '?  '],
		['one cell: the latest judgement', [judgement('2019', 'inadequate'), judgement('2019', 'good')], 1, 'G'],
		['one cell: events by density', [ev('2019'), ev('2019'), ev('2019')], 1, '▃'],
		['one cell: many events', Array.from({length: 20}, () => ev('2019')), 1, '█'],
	] as const)('%s', (_name, events, width, expected) => {
		expect(text(yearCell(events, width, blockGlyphs))).toBe(expected);
		expect(text(yearCell(events, width, blockGlyphs)).length).toBe(width);
	});

	it('carries the rating with each judgement for colour, and the letter for no colour', () => {
		const cell = yearCell([judgement('2019', 'requires improvement'), ev('2019')], 4, blockGlyphs);
		expect(cell[0]).toEqual({kind: 'judgement', text: 'R', rating: 'requires improvement'});
		expect(cell[1]).toEqual({kind: 'event', text: '█'});
	});

	it('draws in ASCII with --ascii', () => {
		expect(text(yearCell([judgement('2019', 'inadequate'), ev('2019'), ev('2019')], 4, asciiGlyphs))).toBe('I## ');
		expect(text(yearCell([], 3, asciiGlyphs))).toBe('.  ');
		expect(text(yearCell([ev('2019'), ev('2019')], 1, asciiGlyphs))).toBe('2');
	});
});

describe('the axis', () => {
	it.each([
		[2012, 2015, 5, '2012 2013 2014 2015'],
		[2012, 2015, 4, "'12 '13 '14 '15"],
		[2012, 2022, 2, '2012  2015  2018  2021'],
		[2012, 2022, 1, '2012  2018'],
		[2012, 2013, 1, ''],
	])('%i-%i in cells of %i', (from, to, cell, expected) => {
		const axis = chartAxis(from, to, cell);
		expect(axis).toBe(expected);
		expect(axis.length).toBeLessThanOrEqual((to - from + 1) * cell);
	});
});

describe('the chart', () => {
	const events = [judgement('2012', 'inadequate'), ev('2015'), ev('2015'), judgement('2019-01', 'inadequate'), ev('2019-02'), ev(null), judgement('2021-11', 'inadequate', 'North East Lincolnshire'), ev('2022-01', {authority: 'North East Lincolnshire'})];

	it('has a row per authority, the most events first, over the years covered', () => {
		const chart = timelineChart(events, {width: 60, maxRows: 4, glyphs: blockGlyphs})!;
		expect(chart).toMatchObject({from: 2012, to: 2022, cellWidth: 5, more: 0});
		expect(chart.rows.map((r) => r.authority)).toEqual(['Blackpool', 'North East Lincolnshire']);
		expect(text(chart.rows[0]!.segments)).toBe('I    ·    ·    ██   ·    ·    ·    I█   ·    ·    ·     ?1');
		expect(text(chart.rows[1]!.segments)).toBe('·    ·    ·    ·    ·    ·    ·    ·    ·    I    █    ');
		expect(chart.axis.startsWith('2012 2013')).toBe(true);
	});

	it('says how many authorities are left out, and keeps the most recent years when narrow', () => {
		const chart = timelineChart(events, {width: 8, maxRows: 1, glyphs: blockGlyphs})!;
		expect(chart.rows).toHaveLength(1);
		expect(chart.more).toBe(1);
		// 8 cells less the undated count leave 5 one-cell years: 2018 to 2022.
		expect([chart.from, chart.to, chart.cellWidth]).toEqual([2018, 2022, 1]);
	});

	it('draws the lines of a 50,000-article corpus (150,000 and more) without overflowing the stack', () => {
		const many = Array.from({length: 200_000}, (_, i) => ev(`${2012 + (i % 14)}`, {authority: `A${i % 150}`}));
		const chart = timelineChart(many, {width: 100, maxRows: 4, glyphs: blockGlyphs})!;
		expect([chart.from, chart.to]).toEqual([2012, 2025]);
	});

	it('is null without events or rows', () => {
		expect(timelineChart([], {width: 60, maxRows: 4, glyphs: blockGlyphs})).toBeNull();
		expect(timelineChart(events, {width: 60, maxRows: 0, glyphs: blockGlyphs})).toBeNull();
	});
});

describe('aligned timelines', () => {
	const left = [judgement('2012', 'inadequate'), ev('2015', {approximate: true}), judgement('2019-01-17', 'inadequate'), ev('2019-02', {type: 'resignation-call'}), ev('2019-04', {type: 'commissioner-appointed'}), ev(null)];
	const right = [judgement('2021-11', 'inadequate', 'NEL'), ev('2022-01-26', {type: 'resignation-call', authority: 'NEL'}), ev('2022-02', {type: 'commissioner-appointed', authority: 'NEL'})];

	it.each([
		['2019-01-17', '2019-01', 'Jan 2019'],
		['2015', '2015', '2015'],
		[null, 'undated', 'undated'],
	])('puts %j in the calendar slot %s', (date, key, label) => {
		expect(calendarSlot(ev(date))).toMatchObject({key, label});
	});

	it.each([
		// Exact days: a count of months; a month or a year: the range compare says (ALIGN-1).
		['2019-04-17', 'm3', '3 months after'],
		['2018-12-17', 'm-1', '1 month before'],
		['2019-01-30', 'm0', 'at the judgement'],
		['2019-04', 'm3', '2-3 months after'],
		['2019-02', 'm1', '2-6 weeks after'],
		['2018-12', 'm-1', '2-7 weeks before'],
		['2022', 'y3', '3-4 years after'],
		['2019', 'y0', 'about the same time (within 11 months)'],
	])('counts %s from a January 2019 judgement: %s', (date, key, label) => {
		expect(judgementSlot(ev(date), judgement('2019-01-17', 'inadequate'))).toMatchObject({key, label});
	});

	it('by calendar, in date order with the undated last', () => {
		const a = alignTimelines(left, right, 'calendar');
		expect(a.rows.map((r) => r.label)).toEqual(['2012', '2015', 'Jan 2019', 'Feb 2019', 'Apr 2019', 'Nov 2021', 'Jan 2022', 'Feb 2022', 'undated']);
		expect(a.anchors).toEqual([null, null]);
	});

	it("by months since each side's judgement: what happened 3 months after reads across one row", () => {
		const a = alignTimelines(left, right, 'judgement');
		expect(a.anchors).toEqual(['2019-01-17', 'Nov 2021']);
		const row = (label: string) => a.rows.find((r) => r.label === label)!;
		expect(row('at the judgement').left.map((e) => e.type)).toEqual(['inspection-judgement']);
		expect(row('at the judgement').right.map((e) => e.type)).toEqual(['inspection-judgement']);
		// Month-dated lines read as the range compare gives (ALIGN-1): both commissioners on the third month's row.
		expect(row('2-4 months after').left.map((e) => e.type)).toEqual(['commissioner-appointed']);
		expect(row('2-4 months after').right.map((e) => e.type)).toEqual(['commissioner-appointed']);
		expect(row('2-6 weeks after').left.map((e) => e.type)).toEqual(['resignation-call']);
		expect(row('2-3 months after').right.map((e) => e.type)).toEqual(['resignation-call']);
		// Year-only dates count in years, before the months, with their uncertainty; the undated come last.
		expect(a.rows.map((r) => r.label)).toEqual(['6-7 years before', '~3-4 years before', 'at the judgement', '2-6 weeks after', '2-3 months after', '2-4 months after', 'undated']);
	});

	it("leaves a side without an 'inadequate' judgement unaligned", () => {
		const a = alignTimelines(left, [ev('2020-01', {authority: 'Slough'})], 'judgement');
		expect(a.anchors[1]).toBeNull();
		expect(a.rows.at(-1)).toMatchObject({key: 'unaligned', right: [expect.objectContaining({authority: 'Slough'})]});
	});

	it('aligns the bundled corpus: both commissioners on their rows after the judgement', () => {
		const data = storeSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'data', 'corpus.json'), 'utf8')));
		const a = alignTimelines(timeline(data, {authorities: ['Blackpool']}), timeline(data, {authorities: ['North East Lincolnshire']}), 'judgement');
		const commissioner = (side: 'left' | 'right') => a.rows.find((r) => r[side].some((e) => e.type === 'commissioner-appointed'))!.label;
		// Approximate month dates: never an exact '1 month after' (ALIGN-1).
		expect(commissioner('left')).toBe('~1 day-8 weeks after');
		expect(commissioner('right')).toBe('~1-3 months after');
	});
});
