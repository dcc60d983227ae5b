import {describe, expect, it} from 'vitest';
import {appLayout, dashboardLayout, fitColumns, searchLayout, split} from '../../source/ui/layout.js';

describe('appLayout', () => {
	it.each([
		// columns, rows, frame height, body height, narrow, too small
		[100, 30, 29, 26, false, false],
		[80, 24, 23, 20, false, false],
		[79, 24, 23, 20, true, false],
		[60, 20, 19, 16, true, false],
		[200, 60, 59, 56, false, false],
		[39, 24, 23, 20, true, true],
		[80, 9, 8, 5, false, true],
	])('%ix%i: frame %i rows, body %i, narrow %s, too small %s', (columns, rows, frame, body, narrow, tooSmall) => {
		const l = appLayout({columns, rows});
		expect(l.frame).toEqual({width: columns, height: frame});
		expect(l.body).toEqual({width: columns, height: body});
		expect(l.narrow).toBe(narrow);
		expect(l.tooSmall).toBe(tooSmall);
	});

	it('never makes a frame as tall as the terminal (Ink would clear the screen on every frame)', () => {
		for (let rows = 1; rows < 80; rows++) expect(appLayout({columns: 80, rows}).frame.height).toBeLessThan(Math.max(2, rows));
	});
});

describe('split', () => {
	it.each([
		[{width: 100, height: 20}, 100, 0.55, 'row', {width: 54, height: 20}, {width: 45, height: 20}],
		[{width: 99, height: 20}, 100, 0.55, 'column', {width: 99, height: 11}, {width: 99, height: 8}],
		[{width: 80, height: 6}, 80, 0.5, 'row', {width: 40, height: 6}, {width: 39, height: 6}],
		[{width: 79, height: 13}, 80, 0.5, 'column', {width: 79, height: 6}, {width: 79, height: 6}],
	] as const)('%j from %i columns at %f: %s', (area, from, share, direction, first, second) => {
		const s = split(area, {sideBySideFrom: from, share});
		expect(s).toEqual({direction, first, second});
		if (s.direction === 'row') expect(s.first.width + 1 + s.second.width).toBe(area.width);
		else expect(s.first.height + 1 + s.second.height).toBe(area.height);
	});
});

describe('searchLayout', () => {
	it('puts the preview beside the results from 100 columns and below them under', () => {
		expect(searchLayout({width: 100, height: 26}).panes.direction).toBe('row');
		expect(searchLayout({width: 80, height: 20}).panes.direction).toBe('column');
		const narrow = searchLayout({width: 80, height: 20}).panes;
		expect(narrow.first.height + 1 + narrow.second.height).toBe(18);
	});
});

describe('dashboardLayout', () => {
	it.each([
		// body, authorities → table rows, list items, lists direction
		[{width: 100, height: 26}, 2, 2, 10, 'row'],
		[{width: 80, height: 20}, 2, 2, 10, 'row'],
		[{width: 79, height: 20}, 2, 2, 5, 'column'],
		[{width: 60, height: 16}, 2, 2, 3, 'column'],
		[{width: 100, height: 26}, 150, 14, 5, 'row'],
		[{width: 80, height: 20}, 150, 8, 5, 'row'],
		[{width: 60, height: 12}, 150, 3, 1, 'column'],
	] as const)('%j with %i authorities: %i table rows, %i list items, %s', (body, n, tableRows, items, direction) => {
		const l = dashboardLayout(body, n);
		expect(l.tableRows).toBe(tableRows);
		expect(l.listItems).toBe(items);
		expect(l.lists.direction).toBe(direction);
		// Everything fits: heading, table header, rows, detail, blank line, lists.
		expect(2 + l.tableRows + l.detailRows + 1 + (direction === 'row' ? l.lists.first.height : l.lists.first.height + 1 + l.lists.second.height)).toBeLessThanOrEqual(body.height);
	});
});

describe('fitColumns', () => {
	const cols = [
		{key: 'name', min: 10, want: 30, priority: 10},
		{key: 'count', min: 3, want: 5, priority: 8},
		{key: 'notes', min: 10, want: 10, priority: 5, grow: true},
		{key: 'extra', min: 8, want: 12, priority: 1},
	];
	it.each([
		[100, {name: 30, count: 5, notes: 50, extra: 12}],
		[60, {name: 30, count: 5, notes: 10, extra: 12}],
		[40, {name: 16, count: 3, notes: 10, extra: 8}],
		[30, {name: 15, count: 3, notes: 10}],
		[20, {name: 16, count: 3}],
	])('%i cells: %j', (width, expected) => {
		const fitted = fitColumns(cols, width);
		expect(Object.fromEntries(fitted.map((c) => [c.key, c.width]))).toEqual(expected);
		expect(fitted.reduce((n, c) => n + c.width, 0) + fitted.length - 1).toBeLessThanOrEqual(width);
	});

	it('cuts the last column left to the width rather than overflow', () => {
		expect(fitColumns(cols, 6)).toEqual([{key: 'name', width: 6}]);
	});
});
