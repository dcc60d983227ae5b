/**
 * The four outputs of a list command, written one way: plain text for a terminal, `--json`, `--csv` (with
 * `--excel`) and `--md`. Each command says what a row is in each form; citations come from corpus/citation.ts,
 * and the CSV columns that carry one are the same in every command ({@link citationColumns}).
 */
import type {Citation, Citer} from '../corpus/citation.js';
import {printingTitles, type Printing} from '../corpus/copies.js';
import {outputMode, println, type Context} from './context.js';
import {csv, json, markdownTable, textTable, type Column} from './format.js';

export type ListOutput<T> = {
	readonly rows: readonly T[];
	/** The row as `--json` prints it: its contract shape, with its citation added. */
	readonly json: (row: T) => unknown;
	readonly text: readonly Column<T>[];
	readonly csv: readonly Column<T>[];
	readonly md: readonly Column<T>[];
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

/** Several citations in one cell: `; ` between them. */
export const joinCitations = (cs: readonly Citation[]) => cs.map((c) => c.text).join('; ');

/**
 * The CSV columns of a row's (first) citation: title, publication, published (the date at its precision),
 * paragraph (where the row has none of its own), url and the one-line citation; `citations` adds every one
 * where a row has several (an event's reports, a person's articles).
 */
export function citationColumns<T>(first: (row: T) => Citation | null | undefined, opts: {paragraph?: boolean; all?: (row: T) => readonly Citation[]} = {}): Column<T>[] {
	const columns: Column<T>[] = [
		{header: 'title', get: (r) => first(r)?.title},
		{header: 'publication', get: (r) => first(r)?.publication},
		{header: 'published', get: (r) => first(r)?.date},
		...(opts.paragraph ? [{header: 'paragraph', get: (r: T) => first(r)?.paragraph}] : []),
		{header: 'url', get: (r) => first(r)?.url},
		{header: 'citation', get: (r) => first(r)?.text},
	];
	if (opts.all) {
		const all = opts.all;
		columns.push({header: 'citations', get: (r) => joinCitations(all(r))});
	}
	return columns;
}

/**
 * The other printings of a syndicated story or quote (corpus/copies.ts), for every output: `--json` has them as
 * they are (`[]` for a story printed once), the text and Markdown name the titles, and CSV cites each.
 */
export function alsoInOutputs(cite: Citer): {
	json: (p: readonly Printing[] | undefined) => readonly Printing[];
	titles: (p: readonly Printing[] | undefined) => string;
	cited: (p: readonly Printing[] | undefined) => string;
	/** A Markdown row's citation with the other titles after it (the row still ends with its citation). */
	withCitation: (citation: string | undefined, p: readonly Printing[] | undefined) => string | undefined;
} {
	return {
		withCitation: (citation, p) => (p?.length && citation ? `${citation} (also printed in ${printingTitles(p)})` : citation),
		json: (p) => p ?? [],
		titles: (p) => printingTitles(p ?? []),
		cited: (p) => joinCitations((p ?? []).map((x) => cite.article(x.articleId, x.paragraph ?? null)).filter((c): c is Citation => c !== null)),
	};
}
