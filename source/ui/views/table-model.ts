/**
 * Sorting and column fitting shared by the People and Articles tables: pure, so the controller (which needs the
 * selected record) and the view (which draws it) see the same order. Cells are made for the visible records
 * only; the widths that fit the columns come from every record once per list (`widestCells`, memoised).
 */
import {fitColumns, type ColumnSpec} from '../layout.js';
import type {SortState} from '../state.js';
import {displayWidth} from '../text-layout.js';
import type {TableColumn} from '../components/data-table.js';

/** A sortable column: how to compare records, and which direction comes first. */
export type SortColumn<R> = {readonly key: string; readonly label: string; readonly compare: (a: R, b: R) => number; readonly descendingFirst?: boolean};

/** The records in the sort's order; ties keep their original order. */
export function sortRows<R>(rows: readonly R[], sort: SortState, columns: readonly SortColumn<R>[]): R[] {
	const col = columns.find((c) => c.key === sort.column) ?? columns[0];
	if (!col) return [...rows];
	const sign = sort.descending ? -1 : 1;
	return rows
		.map((r, i) => ({r, i}))
		.sort((a, b) => sign * col.compare(a.r, b.r) || a.i - b.i)
		.map((x) => x.r);
}

/** `s`: the next column, in its natural direction. */
export function nextSort<R>(sort: SortState, columns: readonly SortColumn<R>[]): SortState {
	const i = columns.findIndex((c) => c.key === sort.column);
	const next = columns[(i + 1) % columns.length]!;
	return {column: next.key, descending: next.descendingFirst ?? false};
}

/** `S`: the same column, the other way. */
export function reverseSort(sort: SortState): SortState {
	return {...sort, descending: !sort.descending};
}

/** A column of a table: its key, heading, alignment and how it gives way (see `fitColumns`). */
export type TableSpec = Omit<ColumnSpec, 'want'> & {readonly header: string; readonly align?: 'left' | 'right'};

/** A table's cells for one record, by column key, before they are fitted. */
export type Cells = Readonly<Record<string, string>>;

/**
 * The widest cell of each column over every record: one pass with a running maximum (a spread of 150,000 widths
 * into `Math.max` overflows the stack). Callers memoise it per list, so a key press does not pay it.
 */
export function widestCells<R>(rows: readonly R[], cellsOf: (record: R) => Cells, specs: readonly TableSpec[]): Record<string, number> {
	const widest: Record<string, number> = {};
	for (const s of specs) widest[s.key] = 0;
	for (const r of rows) {
		const cells = cellsOf(r);
		for (const s of specs) {
			const w = displayWidth(cells[s.key] ?? '');
			if (w > widest[s.key]!) widest[s.key] = w;
		}
	}
	return widest;
}

/** The table's columns fitted to the width the table may take, its rules and padding included. */
export function tableColumns(specs: readonly TableSpec[], widest: Readonly<Record<string, number>>, width: number, sort: SortState): TableColumn[] {
	// A heading is never cut: each column is at least its heading and the room for a sort arrow.
	const withWant = specs.map((s) => ({
		...s,
		min: Math.max(s.min, displayWidth(s.header) + 2),
		want: Math.max(displayWidth(s.header) + 2, widest[s.key] ?? 0),
	}));
	// Each column costs its width plus 4 cells (marker room, padding, rule) and one more rule closes the table:
	// as a gap of 4 between columns, that is 5 cells besides the gaps.
	const fitted = fitColumns(withWant, width - 5, 4);
	return fitted.map((f) => {
		const s = specs.find((x) => x.key === f.key)!;
		const arrow = sort.column === f.key ? (sort.descending ? ' ▼' : ' ▲') : '';
		return {key: f.key, header: `${s.header}${arrow}`, width: f.width, ...(s.align ? {align: s.align} : {})};
	});
}
