/**
 * The four outputs of a list command, written one way: plain text for a terminal, `--json`, `--csv` (with
 * `--excel`) and `--md`. Each command says what a row is in each form; citations come from corpus/citation.ts,
 * and the CSV columns that carry one are the same in every command (corpus/citation-columns.ts).
 */
import {facetNamed, frequency, type Facet} from '../corpus/frequency.js';
import {frequencyFormats} from '../corpus/frequency-export.js';
import {cleanText} from '../text/terminal-safety.js';
import {UsageError, outputMode, println, type Context, type Output} from './context.js';
import {csv, json, markdownTable, textTable, type RowFormats} from '../text/table-format.js';

export type ListOutput<T> = RowFormats<T> & {
	readonly rows: readonly T[];
	/** Printed instead of an empty text table (`no results for 'x'`). */
	readonly empty?: string;
};

export function writeList<T>(ctx: Context, out: ListOutput<T>): number {
	const mode = outputMode(ctx);
	if (mode === 'json') writeJson(ctx.stdout, out.rows, out.json);
	else if (mode === 'csv') writeBatches(ctx.stdout, out.rows, (rows) => csv(rows, out.csv, {excel: ctx.flags.excel}), '');
	else if (mode === 'md') writeBatches(ctx.stdout, out.rows, (rows) => markdownTable(rows, out.md), '\n', true);
	else if (out.rows.length === 0 && out.empty) println(ctx.stdout, out.empty);
	else println(ctx.stdout, textTable(out.rows, out.text));
	return 0;
}

/**
 * Rows formatted and written at a time. A list is written in batches, never as one string of the whole of it:
 * a large store's lists run to hundreds of megabytes, and one string of such a list, then its escaped and its
 * cleaned copies, held several times its size in memory. The bytes are those of the whole list formatted at once.
 */
export const batchRows = {value: 2000};

/**
 * `format(rows)` is a table: a head, then a line a row, lines joined by one line break (CSV's CRLF, else LF), maybe
 * one after the last. Written: the head once, then each batch's row lines, then the line break after the last (or
 * `end`, what `println` adds). `clean`: cleaned as `println` cleans a block (the cells are clean already, and
 * nothing a terminal would act on crosses a batch, so batch by batch is the same as whole).
 */
function writeBatches<T>(out: Output, rows: readonly T[], format: (rows: readonly T[]) => string, end: string, clean = false): void {
	const emit = (s: string) => out.write(clean ? cleanText(s).text : s);
	const empty = format([]);
	if (rows.length === 0) {
		emit(`${empty}${end}`);
		return;
	}

	const lineBreak = empty.includes('\r\n') ? '\r\n' : '\n';
	const closed = empty.endsWith(lineBreak);
	const head = closed ? empty.slice(0, -lineBreak.length) : empty;
	emit(head);
	for (let from = 0; from < rows.length; from += batchRows.value) {
		const table = format(rows.slice(from, from + batchRows.value));
		emit(`${lineBreak}${table.slice(head.length + lineBreak.length, closed ? -lineBreak.length : undefined)}`);
	}

	emit(closed ? lineBreak : end);
}

/** `json(rows.map(toJson))` and a line break, as `println` writes it, a batch of rows at a time. */
function writeJson<T>(out: Output, rows: readonly T[], toJson: (row: T) => unknown): void {
	if (rows.length === 0) {
		println(out, json([]));
		return;
	}

	out.write('[\n');
	for (let from = 0; from < rows.length; from += batchRows.value) {
		const parts: string[] = [];
		// An element of a pretty-printed array is itself pretty-printed one level in: every line break (never
		// inside a string, where JSON escapes it) gets two more spaces.
		for (const row of rows.slice(from, from + batchRows.value)) parts.push(`  ${json(toJson(row) ?? null).replaceAll('\n', '\n  ')}`);
		out.write(cleanText(`${from > 0 ? ',\n' : ''}${parts.join(',\n')}`).text);
	}

	out.write('\n]\n');
}

/**
 * The list, or with `--freq COLUMN` its frequency table over the same rows (the command's filters applied):
 * how many rows have each value of the column, most first, in the same four forms.
 */
export function writeCounted<T>(ctx: Context, out: ListOutput<T>, facets: readonly Facet<T>[]): number {
	const column = ctx.flags.freq;
	if (column === undefined) return writeList(ctx, out);
	const facet = facetNamed(facets, column);
	if (!facet) throw new UsageError(`--freq ${column}: not a column of this list (${facets.map((f) => f.name).join(', ')})`);
	const table = frequency(out.rows, facet);
	return writeList(ctx, {rows: table.rows, ...frequencyFormats(table)});
}

export {alsoInOutputs, citationColumns, joinCitations} from '../corpus/citation-columns.js';
