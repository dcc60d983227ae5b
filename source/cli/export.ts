/**
 * The four outputs of a list command, written one way: plain text for a terminal, `--json`, `--csv` (with
 * `--excel`) and `--md`. Each command says what a row is in each form; citations come from corpus/citation.ts,
 * and the CSV columns that carry one are the same in every command (corpus/citation-columns.ts).
 */
import {facetNamed, frequency, type Facet} from '../corpus/frequency.js';
import {frequencyFormats} from '../corpus/frequency-export.js';
import {UsageError, outputMode, println, type Context} from './context.js';
import {csv, json, markdownTable, textTable, type RowFormats} from '../text/table-format.js';

export type ListOutput<T> = RowFormats<T> & {
	readonly rows: readonly T[];
	/** Printed instead of an empty text table (`no results for 'x'`). */
	readonly empty?: string;
};

export function writeList<T>(ctx: Context, out: ListOutput<T>): number {
	const mode = outputMode(ctx);
	if (mode === 'json') println(ctx.stdout, json(out.rows.map(out.json)));
	else if (mode === 'csv') ctx.stdout.write(csv(out.rows, out.csv, {excel: ctx.flags.excel}));
	else if (mode === 'md') println(ctx.stdout, markdownTable(out.rows, out.md));
	else if (out.rows.length === 0 && out.empty) println(ctx.stdout, out.empty);
	else println(ctx.stdout, textTable(out.rows, out.text));
	return 0;
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
