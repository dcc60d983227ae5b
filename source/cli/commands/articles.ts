/** `scrutiny articles`: every article with its date, authority and counts, each citable as a whole. */
import {citer} from '../../corpus/citation.js';
import {articleFacets} from '../../corpus/frequency-facets.js';
import {formatDate} from '../../corpus/date-value.js';
import {listArticles, type ArticleView} from '../../corpus/queries.js';
import type {Context} from '../context.js';
import {alsoInOutputs, citationColumns} from '../export.js';
import {runList, type ListSpec} from '../list-spec.js';

const options = (flags: {authority?: string[]}) => ({authority: flags.authority?.[0]});

export const articlesList: ListSpec<ArticleView> = {
	memoKey: (flags) => `articles ${JSON.stringify(options(flags))}`,
	rows: (data, flags) => listArticles(data, options(flags)),
	// A syndicated story: the other titles that printed it, with their dates (corpus/copies.ts).
	wide: (r) => r.alsoIn.length > 0,
	facets: () => articleFacets,
	formats(data, syndicated) {
		const cite = citer(data);
		const citation = (r: ArticleView) => cite.article(r.id);
		const also = alsoInOutputs(cite);
		const printed = (r: ArticleView) => r.alsoIn.map((p) => `${p.publication ?? p.articleId} (${formatDate(p.published)})`).join(', ');
		return {
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
		};
	},
};

export async function articlesCommand(ctx: Context): Promise<number> {
	return runList(ctx, articlesList);
}
