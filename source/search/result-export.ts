/**
 * How the search view's results are written when saved (CSV or Markdown): kind, who or what, date, the text
 * the match is in, and each result's citation, in the columns every export uses (corpus/citation-columns.ts).
 */
import {citationColumns} from '../corpus/citation-columns.js';
import {citer, type Citation} from '../corpus/citation.js';
import {findEvent} from '../corpus/lookups.js';
import type {StoreData} from '../corpus/schema.js';
import type {RowFormats} from '../text/table-format.js';
import type {ResultRow} from './run-search.js';

export function resultFormats(data: StoreData): RowFormats<ResultRow> {
	const cite = citer(data);
	const citationOf = (r: ResultRow): Citation | null => {
		if (r.kind === 'person') return cite.person(r.id)[0] ?? null;
		if (r.articleId) return cite.article(r.articleId, r.paragraph ?? null);
		if (r.kind === 'article') return cite.article(r.id);
		const e = r.kind === 'event' ? findEvent(data, r.id) : undefined;
		return e ? (cite.event(e)[0] ?? null) : null;
	};
	const cited = new WeakMap<ResultRow, Citation | null>();
	const citation = (r: ResultRow): Citation | null => {
		if (!cited.has(r)) cited.set(r, citationOf(r));
		return cited.get(r) ?? null;
	};
	return {
		json: (r) => ({...r, citation: citation(r)}),
		text: [
			{header: 'kind', get: (r) => r.kind},
			{header: 'who / what', get: (r) => r.label, max: 28},
			{header: 'date', get: (r) => r.date},
			{header: 'text', get: (r) => r.text, max: 90},
		],
		csv: [
			{header: 'kind', get: (r) => r.kind},
			{header: 'id', get: (r) => r.id},
			{header: 'label', get: (r) => r.label},
			{header: 'date', get: (r) => r.date},
			{header: 'text', get: (r) => r.text},
			{header: 'articleId', get: (r) => r.articleId},
			...citationColumns(citation, {paragraph: true}),
		],
		md: [
			{header: 'kind', get: (r) => r.kind},
			{header: 'who / what', get: (r) => r.label},
			{header: 'date', get: (r) => r.date},
			{header: 'text', get: (r) => r.text},
			{header: 'citation', get: (r) => citation(r)?.text},
		],
	};
}
