/**
 * The reviews' one-line view of an article's events, for tables of sentences and what each must give: the sentence
 * under a header dated 2019-06-20 (or `published`) about Stockport, and its events as `type:rating/status@date~[other
 * council]`.
 */
import {extractArticle} from '../../source/ingest/extract.js';

export const today = new Date('2026-11-22T12:00:00Z');

export const run = (text: string, published = '2019-06-20') =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Stockport Council\n\n${text}\n`, {today}).events;

/** One line per event: type, rating, a status other than done, date ('~' approximate), an authority other than Stockport. */
export const show = (text: string) =>
	run(text)
		.map((e) => `${e.type}${e.rating ? ':' + e.rating : ''}${e.status ? '/' + e.status : ''}@${e.date.value}${e.date.approximate ? '~' : ''}${e.authority && e.authority !== 'Stockport' ? '[' + e.authority + ']' : ''}`)
		.join(' | ');
