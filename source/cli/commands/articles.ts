/** `scrutiny articles`: every article with its date, authority and counts, each citable as a whole. */
import {citer} from '../../corpus/citation.js';
import {articleFacets} from '../../corpus/frequency-facets.js';
import {formatDate} from '../../corpus/date-value.js';
import {listArticles, type ArticleView} from '../../corpus/queries.js';
import type {Context} from '../context.js';
import {openForReading, rowsOnce} from '../store-source.js';
import {alsoInOutputs, citationColumns, writeCounted} from '../export.js';

export async function articlesCommand(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const opts = {authority: ctx.flags.authority?.[0]};
	const rows = rowsOnce(ctx, `articles ${JSON.stringify(opts)}`, () => listArticles(data, opts));
	const cite = citer(data);
	const citation = (r: ArticleView) => cite.article(r.id);
	// A syndicated story: the other titles that printed it, with their dates (corpus/copies.ts).
	const also = alsoInOutputs(cite);
	const syndicated = rows.some((r) => r.alsoIn.length);
	const printed = (r: ArticleView) => r.alsoIn.map((p) => `${p.publication ?? p.articleId} (${formatDate(p.published)})`).join(', ');
	return writeCounted(ctx, {
		rows,
		json: (r) => ({...r, citation: citation(r)}),
		text: [
			{header: 'date', get: (r) => formatDate(r.published)},
			{header: 'authority', get: (r) => r.authorities[0] ?? 'unknown', max: 26},
			{header: 'quotes', get: (r) => r.quotes},
			{header: 'id', get: (r) => r.id, max: 24},
			{header: 'title', get: (r) => r.title, max: 70},
			...(syndicated ? [{header: 'also in', get: printed, max: 50}] : []),
		],
		csv: [
			{header: 'id', get: (r) => r.id},
			{header: 'file', get: (r) => r.file},
			{header: 'date', get: (r) => r.published.value},
			{header: 'precision', get: (r) => r.published.precision},
			{header: 'approximate', get: (r) => String(r.published.approximate)},
			{header: 'authorities', get: (r) => r.authorities.join('; ')},
			{header: 'paragraphs', get: (r) => r.paragraphs},
			{header: 'quotes', get: (r) => r.quotes},
			...citationColumns(citation),
			{header: 'alsoIn', get: (r) => also.cited(r.alsoIn)},
		],
		md: [
			{header: 'date', get: (r) => formatDate(r.published)},
			{header: 'authority', get: (r) => r.authorities.join(', ')},
			{header: 'quotes', get: (r) => r.quotes},
			{header: 'citation', get: (r) => also.withCitation(citation(r)?.text, r.alsoIn)},
		],
	}, articleFacets);
}
