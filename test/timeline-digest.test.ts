/**
 * The digest of the timeline's lines (what the first timeline draws before its lines are read): the chart drawn
 * from its tallies, saved and read back, is the chart of the lines; the year headers count every line of their
 * year when only the first lines are listed; a damaged digest is refused.
 */
import {describe, expect, it} from 'vitest';
import {asciiGlyphs, blockGlyphs, chartOfTally, chartTally, timelineChart, yearCell, yearTally, tallyCell} from '../source/corpus/timeline-chart.js';
import {packDigest, timelineDigest, unpackDigest} from '../source/corpus/timeline-digest.js';
import {allTimelineItems} from '../source/corpus/timeline-items.js';
import {timelineRows} from '../source/ui/views/timeline/rows.js';
import {syntheticItems} from './helpers/timeline-lines.js';
import {bundledData} from './ui/harness.js';

const many = syntheticItems(3000, 7);
const sizes = [
	[20, 1],
	[40, 4],
	[79, 4],
	[100, 2],
	[160, 4],
	[400, 12],
] as const;

describe('the chart from the digest', () => {
	it.each([
		['the bundled store', allTimelineItems(bundledData()).map((i) => i.line)],
		['3,000 made-up lines', many.map((i) => i.line)],
		['one authority’s lines', many.filter((i) => i.line.authority === 'Kent').map((i) => i.line)],
		['undated lines only', many.filter((i) => i.year === null).map((i) => i.line)],
	])('is the chart of the lines, saved and read back, at every size: %s', (_name, lines) => {
		const saved = unpackDigest(JSON.parse(JSON.stringify(packDigest({total: 0, groups: [], columns: {dates: [], authorities: [], types: [], ratings: [], reportedRatings: []}, chart: chartTally(lines)}))));
		for (const [width, maxRows] of sizes) {
			for (const glyphs of [blockGlyphs, asciiGlyphs]) {
				const expected = timelineChart(lines, {width, maxRows, glyphs});
				expect(chartOfTally(saved.chart, {width, maxRows, glyphs})).toEqual(expected);
			}
		}
	});

	it('keeps each year small however many judgements it has, and draws them as the lines do', () => {
		const lines = many.filter((i) => i.line.type === 'inspection-judgement').map((i) => ({...i.line, date: {...i.line.date, value: '2019-05-01'}}));
		expect(lines.length).toBeGreaterThan(500);
		const tally = yearTally(lines, 7);
		expect(tally.first).toHaveLength(7);
		for (let width = 0; width <= 8; width++) expect(tallyCell(tally, width, blockGlyphs)).toEqual(yearCell(lines, width, blockGlyphs));
	});

	it('refuses a chart wider than its tallies can draw', () => {
		expect(() => chartOfTally(chartTally(many.map((i) => i.line), 4), {width: 100, maxRows: 4, glyphs: blockGlyphs})).toThrow(/cannot draw/);
	});
});

describe('the digest of the lines', () => {
	it('counts the lines, their year groups in order, and the values the columns are sized by', () => {
		const d = timelineDigest(many);
		expect(d.total).toBe(3000);
		expect(d.groups.reduce((n, [, c]) => n + c, 0)).toBe(3000);
		expect(d.groups.at(-1)?.[0]).toBeNull();
		expect(d.groups.map(([y]) => y).slice(0, -1)).toEqual([...new Set(many.map((i) => i.year))].filter((y) => y !== null));
		expect(new Set(d.columns.authorities)).toEqual(new Set(many.map((i) => i.line.authority)));
		expect(new Set(d.columns.dates.map((t) => t.length)).size).toBe(d.columns.dates.length);
		expect(d.columns.dates).toContain('undated');
		expect(unpackDigest(JSON.parse(JSON.stringify(packDigest(d))))).toEqual(JSON.parse(JSON.stringify(d)));
	});

	it('gives the year headers of the first lines the counts of every line of their year', () => {
		const d = timelineDigest(many);
		const head = many.slice(0, 700);
		const rows = timelineRows(head, d.groups);
		const whole = timelineRows(many);
		expect(rows).toEqual(whole.slice(0, rows.length));
		expect(rows.filter((r) => r.kind === 'event')).toHaveLength(700);
	});

	it('is refused when damaged', () => {
		const packed = JSON.parse(JSON.stringify(packDigest(timelineDigest(many)))) as Record<string, any>;
		const damaged = [
			null,
			{},
			{...packed, total: packed.total + 1},
			{...packed, groups: [...packed.groups, [2030, 0]]},
			{...packed, groups: 'no'},
			{...packed, columns: {...packed.columns, dates: [1]}},
			{...packed, chart: {...packed.chart, ratings: [1]}},
			{...packed, chart: {...packed.chart, years: [2019]}},
			{...packed, chart: {...packed.chart, authorities: [['Kent', 1, 0, [[2019, 1, 0, 99]]]]}},
			{...packed, chart: {...packed.chart, authorities: [['Kent', 1, 0, [[2019, 1]]]]}},
			{...packed, chart: {...packed.chart, authorities: [[3, 1, 0, []]]}},
		];
		for (const value of damaged) expect(() => unpackDigest(value), JSON.stringify(value).slice(0, 120)).toThrow(/not a timeline digest/);
	});
});

