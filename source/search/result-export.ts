/**
 * How the search view's results are written when saved (CSV or Markdown): the columns `scrutiny search --csv`
 * and `--md` write (cli/commands/search.ts), so that a saved file and the command's agree: kind, id, score,
 * speaker, the text in full, the article, each result's citation (corpus/citation-columns.ts) and the other
 * printings of a syndicated story.
 */
import {alsoInOutputs, citationColumns} from '../corpus/citation-columns.js';
import {otherPrintings, storeQuoteCopies, type Printing} from '../corpus/copies.js';
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
	const also = alsoInOutputs(cite);
	// Only a row the search says was printed elsewhere is looked up (most are not).
	const printings = (r: ResultRow): readonly Printing[] | undefined => {
		if (!r.alsoIn) return undefined;
		return r.kind === 'quote' ? storeQuoteCopies(data).alsoIn.get(r.id) : r.kind === 'article' ? otherPrintings(data, r.id) : undefined;
	};
	const speaker = (r: ResultRow) => (r.kind === 'quote' && r.label !== 'unattributed' ? r.label : undefined);
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
			{header: 'score', get: (r) => r.score?.toFixed(3)},
			{header: 'speaker', get: speaker},
			{header: 'text', get: (r) => r.text},
			{header: 'articleId', get: (r) => r.articleId},
			...citationColumns(citation, {paragraph: true}),
			{header: 'alsoIn', get: (r) => also.cited(printings(r))},
		],
		md: [
			{header: 'kind', get: (r) => r.kind},
			{header: 'speaker', get: (r) => speaker(r) ?? ''},
			{header: 'text', get: (r) => r.text},
			{header: 'citation', get: (r) => also.withCitation(citation(r)?.text, printings(r))},
		],
	};
}
