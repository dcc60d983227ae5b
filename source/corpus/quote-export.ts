/**
 * How a quote is written in every export: `scrutiny quotes --json|--csv|--md`, its text table, and the UI's
 * saved list of a person's quotes. Each quote carries the citation of its article and paragraph.
 */
import type {RowFormats} from '../text/table-format.js';
import {alsoInOutputs, citationColumns} from './citation-columns.js';
import {citer} from './citation.js';
import {formatDate} from './date-value.js';
import type {QuoteView} from './queries.js';
import type {StoreData} from './schema.js';

/** `syndicated`: some quote was printed in several titles, so the text table names them in a column of its own. */
export function quoteFormats(data: StoreData, syndicated = false): RowFormats<QuoteView> {
	const cite = citer(data);
	const citation = (q: QuoteView) => cite.article(q.articleId, q.paragraph);
	const kind = (q: QuoteView) => (q.fragment ? 'phrase' : 'quote');
	// A quote several titles printed is one row, naming the others (corpus/copies.ts).
	const also = alsoInOutputs(cite);
	return {
		json: (q) => ({...q, alsoIn: also.json(q.alsoIn), citation: citation(q)}),
		text: [
			{header: 'date', get: (r) => formatDate(r.date)},
			{header: 'speaker', get: (r) => r.speaker ?? 'unattributed', max: 22},
			{header: 'kind', get: kind},
			{header: 'source', get: (r) => `${r.articleId} ¶${r.paragraph}`, max: 28},
			{header: 'text', get: (r) => r.text, max: 90},
			...(syndicated ? [{header: 'also in', get: (r: QuoteView) => also.titles(r.alsoIn), max: 40}] : []),
		],
		csv: [
			{header: 'id', get: (q) => q.id},
			{header: 'date', get: (q) => q.date.value},
			{header: 'precision', get: (q) => q.date.precision},
			{header: 'approximate', get: (q) => String(q.date.approximate)},
			{header: 'speaker', get: (q) => q.speaker},
			{header: 'kind', get: kind},
			{header: 'text', get: (q) => q.text},
			{header: 'articleId', get: (q) => q.articleId},
			{header: 'paragraph', get: (q) => q.paragraph},
			...citationColumns(citation),
			{header: 'alsoIn', get: (q) => also.cited(q.alsoIn)},
		],
		md: [
			{header: 'date', get: (q) => formatDate(q.date)},
			{header: 'speaker', get: (q) => q.speaker ?? 'unattributed'},
			{header: 'kind', get: kind},
			{header: 'quote', get: (q) => q.text},
			{header: 'citation', get: (q) => also.withCitation(citation(q)?.text, q.alsoIn)},
		],
	};
}
