/**
 * The timeline's rows (year headers and lines), moving and jumping by year, the window of rows on screen, and
 * the layout of the body (chart, list, detail). Pure; no Ink.
 */
import type {Area} from '../../layout.js';
import {clampPos, type Move} from '../../list-window.js';
import type {TimelineItem} from './items.js';

/** A row of the list: a year's header, or a line. */
export type TimelineRow = {readonly kind: 'year'; readonly year: number | null; readonly count: number} | {readonly kind: 'event'; readonly item: number};

/**
 * The rows: each year group (the undated last) under its header. With `groups` (every line's year groups, in
 * order, as the digest saved with the lines has them), `items` may be the first lines only: the headers count
 * every line of their year.
 */
export function timelineRows(items: readonly TimelineItem[], groups?: readonly (readonly [year: number | null, count: number])[]): TimelineRow[] {
	const rows: TimelineRow[] = [];
	// Each header's row and its lines: the header is made once its group is counted, not copied at every line.
	const headers: {at: number; year: number | null; count: number}[] = [];
	for (let i = 0; i < items.length; i++) {
		const {year} = items[i]!;
		if (i === 0 || items[i - 1]!.year !== year) {
			headers.push({at: rows.length, year, count: 0});
			rows.push({kind: 'year', year, count: 0});
		}
		headers.at(-1)!.count++;
		rows.push({kind: 'event', item: i});
	}
	headers.forEach(({at, year, count}, g) => {
		rows[at] = {kind: 'year', year, count: groups?.[g]?.[1] ?? count};
	});
	return rows;
}

/** A year header's text. */
export function yearHeader(row: Extract<TimelineRow, {kind: 'year'}>): string {
	const n = `${row.count} event${row.count === 1 ? '' : 's'}`;
	return row.year === null ? `Undated · ${n}, each with the article that mentions it` : `${row.year} · ${n}`;
}

/** The row a line is on. */
export function rowOfItem(rows: readonly TimelineRow[], item: number): number {
	const r = rows.findIndex((row) => row.kind === 'event' && row.item === item);
	return r < 0 ? 0 : r;
}

/** The selection after a move; a page is `page` lines. */
export function moveItem(index: number, move: Move, count: number, page: number): number {
	if (count <= 0) return 0;
	const step = Math.max(1, page);
	const to = {down: index + 1, up: index - 1, top: 0, bottom: count - 1, 'page-down': index + step, 'page-up': index - step}[move];
	return Math.min(count - 1, Math.max(0, to));
}

/** The first line of the next (`1`) or previous (`-1`) year group; the undated group counts as the last. */
export function yearJump(items: readonly TimelineItem[], index: number, dir: 1 | -1): number {
	if (items.length === 0) return 0;
	const i = Math.min(items.length - 1, Math.max(0, index));
	const year = items[i]!.year;
	let start = i;
	while (start > 0 && items[start - 1]!.year === year) start--;
	if (dir === 1) {
		let j = i;
		while (j < items.length && items[j]!.year === year) j++;
		return j < items.length ? j : i;
	}
	if (start === 0) return 0;
	const prevYear = items[start - 1]!.year;
	let p = start - 1;
	while (p > 0 && items[p - 1]!.year === prevYear) p--;
	return p;
}

/**
 * The first row on screen: moved only as far as needed to show the selected line, and its year's header too
 * when the line is the first of its year.
 */
export function windowTop(rows: readonly TimelineRow[], selectedRow: number, top: number, height: number): number {
	const h = Math.max(1, height);
	const p = clampPos({selected: selectedRow, top}, rows.length, h);
	let t = p.top;
	if (h >= 2 && selectedRow > 0 && rows[selectedRow - 1]?.kind === 'year' && selectedRow - 1 < t) t = selectedRow - 1;
	return t;
}

/** The line selected: the one with `selectedId` if it is still listed, else the remembered index, kept in range. */
export function resolveSelection(items: readonly TimelineItem[], selectedId: string | null, fallback: number): number {
	if (selectedId !== null) {
		const i = items.findIndex((it) => it.line.id === selectedId);
		if (i >= 0) return i;
	}
	return Math.min(Math.max(0, items.length - 1), Math.max(0, fallback));
}

// ---------------------------------------------------------------------------------------------------------------
// Layout

export type TimelineLayout = {
	/** Strip rows of the chart (the axis row comes on top of them); 0 for no chart. */
	readonly chartRows: number;
	readonly listRows: number;
	/** Rows for the selected line's detail under the list (a rule above them); 0 for none. */
	readonly detailRows: number;
};

/**
 * Fits the timeline into the body: the title, the chart (its axis and a row per authority, fewer on short
 * terminals), the list, and the selected line's detail with its source paragraph.
 */
export function timelineLayout(body: Area, authorities: number): TimelineLayout {
	const h = body.height;
	const cap = h >= 24 ? 4 : h >= 18 ? 2 : h >= 12 ? 1 : 0;
	const chartRows = Math.min(cap, authorities);
	const detailRows = h >= 24 ? 4 : h >= 16 ? 3 : h >= 10 ? 2 : 0;
	const used = 1 + (chartRows ? chartRows + 1 : 0) + (detailRows ? detailRows + 1 : 0);
	return {chartRows, listRows: Math.max(1, h - used), detailRows};
}
