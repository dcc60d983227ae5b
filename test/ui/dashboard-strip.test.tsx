/**
 * The dashboard's judgement strip at 80, 100 and 120 columns: the years shown and the heading over them are a
 * pure function of the width, so the heading always names the first and last year of the cells under it.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {AuthorityRow} from '../../source/corpus/dashboard.js';
import type {CorpusEvent} from '../../source/corpus/schema.js';
import {stripCells, stripWindow} from '../../source/ui/rating-strip.js';
import {dashboardColumns} from '../../source/ui/views/dashboard-columns.js';
import {event, manyAuthorities} from './fixtures.js';
import {lineOf, renderApp} from './harness.js';

afterEach(() => cleanup());

describe('the strip window', () => {
	it('shows every year when they fit, and names them', () => {
		expect(stripWindow({from: 2012, to: 2021}, 12)).toEqual({from: 2012, to: 2021, label: '2012–21'});
		expect(stripWindow({from: 2019, to: 2019}, 4)).toEqual({from: 2019, to: 2019, label: '2019'});
	});

	it('keeps the latest years when they do not, and the heading names only those', () => {
		expect(stripWindow({from: 2005, to: 2026}, 12)).toEqual({from: 2015, to: 2026, label: '2015–26'});
		expect(stripWindow({from: 2005, to: 2026}, 6)).toEqual({from: 2021, to: 2026, label: '21–26'});
		expect(stripWindow({from: 2005, to: 2026}, 3)).toEqual({from: 2024, to: 2026, label: '24–'});
		expect(stripWindow(null, 10)).toBeNull();
	});

	it('never has a heading wider than the strip', () => {
		for (let w = 1; w <= 25; w++) expect(stripWindow({from: 2005, to: 2026}, w)!.label.length).toBeLessThanOrEqual(w);
	});
});

function row(authority: string, judgements: {year: number; rating: string}[]): AuthorityRow {
	return {authority, latestRating: null, judgements: judgements.map((j) => ({...j, origin: 'ofsted'})), articles: 1, quotes: 0, events: judgements.length, coverage: null} as AuthorityRow;
}

describe('the dashboard columns', () => {
	const rows = [
		row('Blackpool', [
			{year: 2005, rating: 'inadequate'},
			{year: 2014, rating: 'requires improvement'},
			{year: 2019, rating: 'inadequate'},
			{year: 2026, rating: 'good'},
		]),
		row('North East Lincolnshire', [{year: 2021, rating: 'inadequate'}]),
	];

	it.each([80, 100, 120])('at %i columns the strip heading names the cells it heads', (columns) => {
		const {cols, headers, strip} = dashboardColumns(rows, columns);
		const width = cols.find((c) => c.key === 'strip')!.width;
		expect(strip).not.toBeNull();
		expect(strip!.to).toBe(2026);
		expect(strip!.to - strip!.from + 1).toBe(Math.min(width, 22));
		expect(headers.strip).toBe(strip!.label);
		const cells = stripCells(rows[0]!.judgements, strip!.from, strip!.to, width);
		expect(cells[0]!.year).toBe(strip!.from);
		expect(cells.at(-1)!.letter).toBe('G');
		expect(cols.reduce((n, c) => n + c.width, 0) + cols.length - 1).toBeLessThanOrEqual(columns - 2);
	});

	it('is the same for the same width', () => {
		expect(dashboardColumns(rows, 80)).toEqual(dashboardColumns(rows, 80));
	});
});

/** Two authorities with judgements from 2005 to 2026: more years than the strip has room for at 80 columns. */
function longHistory() {
	const data = manyAuthorities(2);
	const judged: [string, string, CorpusEvent['rating']][] = [
		['Council 01', '2005-03', 'inadequate'],
		['Council 01', '2014-06', 'requires improvement'],
		['Council 01', '2019-01', 'inadequate'],
		['Council 01', '2026-02', 'good'],
		['Council 02', '2021-11', 'inadequate'],
	];
	data.events = judged.map(([authority, date, rating], i) => event(`j${i}`, {authority, type: 'inspection-judgement', rating, date: {value: date, precision: 'month', approximate: false, basis: 'stated'}}));
	return data;
}

describe('the strip through the UI', () => {
	it.each([
		[80, 24],
		[100, 30],
		[120, 30],
	])('at %ix%i its heading names the first and last year of its cells', async (columns, rows) => {
		const app = await renderApp(longHistory(), {columns, rows});
		const header = app.lines()[lineOf(app, 'Latest rating')]!;
		const label = /(\d{4}|\d{2})–(\d{2})/.exec(header);
		expect(label).not.toBeNull();
		const first = Number(label![1]!.length === 4 ? label![1] : `20${label![1]}`);
		const last = 2000 + Number(label![2]);
		expect(last).toBe(2026);
		// The strip sits under its heading: as many cells as years named, the last one 2026's G.
		const at = header.indexOf(label![0]);
		const cells = app.lines()[lineOf(app, '› Council 01')]!.slice(at, at + (last - first + 1));
		expect(cells).toMatch(/^[IRGO?·]+$/);
		expect(cells.at(-1)).toBe('G');
		// The 2019 'inadequate' seven cells before it, whenever 2019 is on the strip.
		if (first <= 2019) expect(cells.at(-8)).toBe('I');
		if (first <= 2014) expect(cells.at(-13)).toBe('R');
		expect(app.lines()[lineOf(app, '› Council 01')]!.slice(at + (last - first + 1), at + (last - first + 2))).toMatch(/^ ?$/);
	});
});
