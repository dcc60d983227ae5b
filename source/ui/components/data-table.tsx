/**
 * A table drawn by @alcalzone/ink-table (the ESM ink-table that works with Ink 6), made compact and selectable:
 * the horizontal rules are left out so each record takes one row, values arrive already fitted to their
 * column, and the selected record is drawn inverse.
 *
 * ink-table does not tell a cell which record it is in, so the selected record's values carry a zero-width
 * marker that the cell component removes (and replaces with a space, keeping the column's width).
 */
import {Table} from '@alcalzone/ink-table';
import {Text} from 'ink';
import type {PropsWithChildren} from 'react';
import {fit} from '../text-layout.js';

export type TableColumn = {readonly key: string; readonly header: string; readonly width: number; readonly align?: 'left' | 'right'};

export type DataTableProps = {
	readonly columns: readonly TableColumn[];
	/** The visible records only, values by column key (not yet fitted). */
	readonly rows: readonly Record<string, string>[];
	/** Index in `rows` of the selected record, or -1. */
	readonly selected: number;
};

const marker = '\u200B';
const rule = /^[─┌┐┬├┤┼└┘┴]+$/;

function Skeleton({children}: PropsWithChildren) {
	// Rules above, between and below records would double the table's height: leave them out.
	if (typeof children === 'string' && rule.test(children)) return null;
	return <Text dimColor>{children}</Text>;
}

function Header({children}: PropsWithChildren) {
	return <Text bold>{children}</Text>;
}

function Cell({children}: PropsWithChildren<{column: number}>) {
	const s = typeof children === 'string' ? children : String(children ?? '');
	if (s.includes(marker)) return <Text inverse>{`${s.replace(marker, '')} `}</Text>;
	return <Text>{s}</Text>;
}

/**
 * The width the table takes for these column widths: each column one cell wider (the marker's room), one cell of
 * padding a side and a rule, and one more rule at the end.
 */
export function tableWidth(widths: readonly number[]): number {
	return widths.reduce((n, w) => n + w + 4, 0) + 1;
}

export function DataTable({columns, rows, selected}: DataTableProps) {
	const data = rows.map((r, i) => {
		const out: Record<string, string> = {};
		for (const c of columns) {
			const v = fit(r[c.key] ?? '', c.width, c.align ?? 'left');
			out[c.header] = i === selected ? marker + v : `${v}`;
		}
		return out;
	});
	// Every column is one cell wider than its values to make room for the marker; unselected values pad it.
	const padded = data.map((r, i) => (i === selected ? r : Object.fromEntries(Object.entries(r).map(([k, v]) => [k, `${v} `]))));
	const headers = columns.map((c) => ({key: fit(c.header, c.width + 1, c.align ?? 'left'), header: c.header}));
	const keyed = padded.map((r) => Object.fromEntries(headers.map((h) => [h.key, r[h.header] ?? ''])));
	return <Table data={keyed} columns={headers.map((h) => h.key)} skeleton={Skeleton} header={Header} cell={Cell} />;
}
