/**
 * Layout as pure functions of the terminal size: how tall each region is, and whether panels sit side by side
 * or stack. Views render only the rows these functions give them, so the frame is never taller than the terminal.
 */
import {dashboardLimits} from '../corpus/dashboard.js';

/** Terminal size in cells. */
export type Size = {readonly columns: number; readonly rows: number};

/** A rectangle's size in cells. */
export type Area = {readonly width: number; readonly height: number};

/** The smallest terminal the UI draws in; below it a one-line notice says so. */
export const minimumSize: Size = {columns: 40, rows: 10};

/** Below this width panels stack instead of sitting side by side. */
export const narrowBelow = 80;

/** The shell's regions: header, tab bar, the view's body and the footer, one row each apart from the body. */
export type AppLayout = {
	readonly size: Size;
	readonly tooSmall: boolean;
	/** Below 80 columns: panels stack. */
	readonly narrow: boolean;
	readonly frame: Area;
	readonly body: Area;
};

/**
 * The frame is one row shorter than the terminal: Ink treats a frame as tall as the terminal as full screen and
 * clears the whole screen for every frame after it, which defeats incremental rendering (and flickers over SSH).
 */
export function appLayout(size: Size): AppLayout {
	const columns = Math.max(1, Math.floor(size.columns));
	const rows = Math.max(1, Math.floor(size.rows));
	const tooSmall = columns < minimumSize.columns || rows < minimumSize.rows;
	const frame = {width: columns, height: Math.max(1, rows - 1)};
	return {
		size: {columns, rows},
		tooSmall,
		narrow: columns < narrowBelow,
		frame,
		body: {width: columns, height: Math.max(0, frame.height - 3)},
	};
}

/** Two panels: side by side (`row`) or one above the other (`column`), with a one-cell gap or divider row. */
export type Split = {readonly direction: 'row' | 'column'; readonly first: Area; readonly second: Area};

/**
 * Splits an area in two: side by side from `sideBySideFrom` columns, else stacked. `share` is the first panel's
 * part of the space (0-1) once the one-cell gap (or divider row) is taken out.
 */
export function split(area: Area, opts: {readonly sideBySideFrom: number; readonly share: number}): Split {
	if (area.width >= opts.sideBySideFrom) {
		const free = Math.max(0, area.width - 1);
		const first = Math.round(free * opts.share);
		return {direction: 'row', first: {width: first, height: area.height}, second: {width: free - first, height: area.height}};
	}
	const free = Math.max(0, area.height - 1);
	const first = Math.ceil(free * opts.share);
	return {direction: 'column', first: {width: area.width, height: first}, second: {width: area.width, height: free - first}};
}

/** The search view: the query line, the scope and status line, then results and preview. */
export type SearchLayout = {readonly panes: Split};

/** Results and preview side by side from 100 columns (each needs about 50 to be readable), else stacked. */
export function searchLayout(body: Area): SearchLayout {
	return {panes: split({width: body.width, height: Math.max(0, body.height - 2)}, {sideBySideFrom: 100, share: 0.55})};
}

/** The most items the dashboard's lists show. */
export const maxListItems = dashboardLimits.people;

/** The dashboard: a heading, the authorities table (header, rows, the selected one's detail) and two lists. */
export type DashboardLayout = {
	/** Authority rows that fit (the rest scroll). */
	readonly tableRows: number;
	/** Rows for the selected authority's detail under the table. */
	readonly detailRows: number;
	/** Items in each of the two lower lists (most quoted, latest events). */
	readonly listItems: number;
	/** The two lower lists: side by side from 80 columns, else stacked. */
	readonly lists: Split;
};

/**
 * Fits the dashboard into the body: so that the table keeps three rows (or all, when fewer), the detail first
 * gives up its third row, then the lists shrink, then the detail's second row goes.
 */
export function dashboardLayout(body: Area, authorities: number): DashboardLayout {
	const sideBySide = body.width >= narrowBelow;
	const wantTable = Math.min(authorities, 3);
	let items = 5;
	let detail = 3;
	const listsHeight = (n: number) => (sideBySide ? 1 + n : 2 * (1 + n) + 1);
	// heading + table header + rows + detail + blank + lists
	const fixed = () => 2 + detail + 1 + listsHeight(items);
	if (body.height - fixed() < wantTable) detail = 2;
	while (items > 1 && body.height - fixed() < wantTable) items--;
	if (body.height - fixed() < wantTable) detail = 1;
	const tableRows = Math.max(0, Math.min(authorities, body.height - fixed()));
	// Room left over once every authority is shown goes to the lists, up to ten items each.
	if (tableRows === authorities) {
		const perItem = sideBySide ? 1 : 2;
		while (items < maxListItems && body.height - fixed() - tableRows >= perItem) items++;
	}
	// Names are short; events need a date, an authority and a type: the events take the larger part.
	const lists = split({width: body.width, height: listsHeight(items)}, {sideBySideFrom: narrowBelow, share: sideBySide ? 0.4 : 0.5});
	return {tableRows, detailRows: detail, listItems: items, lists};
}

/** Columns of a table: each with a minimum and a wish, the lowest priority dropped first when they cannot fit. */
export type ColumnSpec = {
	readonly key: string;
	readonly min: number;
	/** The width it would like (its widest value); it never gets more unless it is the `grow` column. */
	readonly want: number;
	/** Higher is kept longer. */
	readonly priority: number;
	/** Takes the space left over. */
	readonly grow?: boolean;
};

/**
 * Widths for table columns in `width` cells with `gap` cells between columns: drops the lowest-priority columns
 * until the minimums fit, then gives each column up to its wish, in priority order, and the rest to `grow`.
 * Returns the kept columns in their original order.
 */
export function fitColumns(columns: readonly ColumnSpec[], width: number, gap = 1): {key: string; width: number}[] {
	let kept = [...columns];
	const need = (cols: readonly ColumnSpec[]) => cols.reduce((n, c) => n + c.min, 0) + gap * Math.max(0, cols.length - 1);
	while (kept.length > 1 && need(kept) > width) {
		const lowest = kept.reduce((lo, c) => (c.priority < lo.priority ? c : lo));
		kept = kept.filter((c) => c !== lowest);
	}
	const widths = new Map(kept.map((c) => [c.key, c.min]));
	let spare = width - need(kept);
	for (const c of [...kept].sort((a, b) => b.priority - a.priority)) {
		const more = Math.min(spare, Math.max(0, c.want - c.min));
		widths.set(c.key, widths.get(c.key)! + more);
		spare -= more;
	}
	const grow = kept.find((c) => c.grow);
	if (grow && spare > 0) widths.set(grow.key, widths.get(grow.key)! + spare);
	// One column wider than the width (its minimum does not fit) is cut to the width.
	return kept.map((c) => ({key: c.key, width: Math.max(0, kept.length === 1 ? Math.min(width, widths.get(c.key)!) : widths.get(c.key)!)}));
}
