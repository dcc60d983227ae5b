/**
 * The columns that carry a row's citation in every export (the CLI's `--csv` and `--md`, the UI's saved lists):
 * the same headers in the same order wherever a row is cited.
 */
import type {Column} from '../text/table-format.js';
import type {Citation, Citer} from './citation.js';
import {printingTitles, type Printing} from './copies.js';

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
export function alsoInOutputs(cite: Pick<Citer, 'article'>): {
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
