/**
 * A table's list as a screen shows it (the articles and people lists): every row, or while neither the store nor
 * the list's rows are read, the head saved beside the store (corpus/records/saved-views.ts: the list's size,
 * widest cells, counts and first rows in its first order). What may be drawn and taken from a head: a window
 * among its rows, and the keys that stay among them.
 */
import type {SavedCounts} from '../../corpus/frequency.js';
import {clampPos, movePos, visibleRange, type ListPos} from '../list-window.js';
import {memoLast} from '../memo.js';
import type {SortState} from '../state.js';
import {isCommand, moveOf, type ViewInput} from './view-types.js';

/** Rows a head keeps: more than any terminal's first screen. */
export const headRows = 200;

/**
 * The list a screen shows: `rows` are every row, or (`counts` given) only the first of `total`, from the head
 * saved beside the store while neither the store nor the list's rows are read.
 */
export type TableList<R> = {readonly rows: readonly R[]; readonly total: number; readonly widest: Readonly<Record<string, number>>; readonly counts: SavedCounts | null};

/** A list of every row, its widest cells made once per list (a new store, scope or sort), never per key press. */
export function rowsList<R>(widestOf: (rows: readonly R[]) => Readonly<Record<string, number>>): (rows: readonly R[]) => TableList<R> {
	return memoLast((rows: readonly R[]): TableList<R> => ({rows, total: rows.length, widest: widestOf(rows), counts: null}));
}

/** Whether `sort` is the order a head's rows are in. */
export function sameSort(a: SortState, b: SortState): boolean {
	return a.column === b.column && a.descending === b.descending;
}

/** Whether the screen's window at `pos` is among the rows read (all of them, or the head's first). */
export function windowRead(list: TableList<unknown>, pos: ListPos, h: number): boolean {
	return visibleRange(clampPos(pos, list.total, h), list.total, h).end <= list.rows.length;
}

/** Before the list's rows are read (its head only): moves within the head's rows, Enter, `F` and the saves. */
export function takenFromHead(pos: ListPos, input: ViewInput, h: number, list: TableList<unknown>): boolean {
	const move = moveOf(input);
	if (move) return windowRead(list, movePos(pos, move, list.total, h), h);
	return (['open', 'frequency', 'save-csv', 'save-markdown'] as const).some((c) => isCommand(input, c));
}
