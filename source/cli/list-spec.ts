/**
 * A list command as parts: its rows for the filters given, how a row is written in each form, and the columns it
 * can be counted by. The command runs them in turn (`runList`); the row tables beside the store
 * (row-tables/) run the same parts once over every row, so that a filtered call can print from them what the
 * command would.
 */
import type {Facet} from '../corpus/frequency.js';
import type {StoreData} from '../corpus/schema.js';
import type {RowFormats} from '../text/table-format.js';
import {printError, type Context, type Flags} from './context.js';
import {writeCounted} from './export.js';
import {openForReading, rowsOnce} from './store-source.js';

export type ListSpec<T> = {
	/** What `rowsOnce` keeps the rows by for these flags (their filters). */
	readonly memoKey: (flags: Flags) => string;
	/** The rows the command prints for the filters in `flags`, in the order it prints them. */
	readonly rows: (data: StoreData, flags: Flags) => T[];
	/** `wide`: some row printed makes the text table's optional column show (`wide` below). */
	readonly formats: (data: StoreData, wide: boolean) => RowFormats<T>;
	/** Whether this row makes the optional column show (a story other titles printed too); absent: none. */
	readonly wide?: (row: T) => boolean;
	readonly facets: (data: StoreData) => readonly Facet<T>[];
	/**
	 * One line for stderr when the filters leave no row (`quotes --speaker` matching no one): an empty table
	 * alone reads as a broken command. The exit status stays 0. Also printed from the row tables (table-answer.ts).
	 */
	readonly emptyNotice?: (flags: Flags) => string | null;
};

export async function runList<T>(ctx: Context, spec: ListSpec<T>): Promise<number> {
	const {data} = await openForReading(ctx);
	const rows = rowsOnce(ctx, spec.memoKey(ctx.flags), () => spec.rows(data, ctx.flags));
	const wide = spec.wide ? rows.some(spec.wide) : false;
	if (rows.length === 0) noticeEmpty(ctx, spec);
	return writeCounted(ctx, {rows, ...spec.formats(data, wide)}, spec.facets(data));
}

/** Says on stderr that the filters left no row, where the command has words for it. */
export function noticeEmpty<T>(ctx: Context, spec: ListSpec<T>): void {
	const notice = spec.emptyNotice?.(ctx.flags);
	if (notice) printError(ctx, notice);
}
