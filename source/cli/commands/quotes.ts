/** `scrutiny quotes`: every quote with its speaker, and its citation (article, date, paragraph). */
import {citer} from '../../corpus/citation.js';
import {formatDate} from '../../corpus/date-value.js';
import {listQuotes, type QuoteView} from '../../corpus/queries.js';
import {openForReading, type Context} from '../context.js';
import {alsoInOutputs, citationColumns, writeList} from '../export.js';

export async function quotesCommand(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const rows = listQuotes(data, {speaker: ctx.flags.speaker, authority: ctx.flags.authority?.[0]});
	const cite = citer(data);
	const citation = (q: QuoteView) => cite.article(q.articleId, q.paragraph);
	const kind = (q: QuoteView) => (q.fragment ? 'phrase' : 'quote');
	// A quote several titles printed is one row, naming the others (corpus/copies.ts).
	const also = alsoInOutputs(cite);
	const syndicated = rows.some((q) => q.alsoIn?.length);
	return writeList(ctx, {
		rows,
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
	});
}
