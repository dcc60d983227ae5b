/**
 * The columns that carry a row's citation in every export (the CLI's `--csv` and `--md`, the UI's saved lists):
 * the same headers in the same order wherever a row is cited.
 */
import type {Column} from '../text/table-format.js';
import type {Citation} from './citation.js';

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
