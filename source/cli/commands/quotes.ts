/** `scrutiny quotes`: every quote with its speaker, article and paragraph. */
import {formatDate} from '../../corpus/date-value.js';
import {listQuotes} from '../../corpus/queries.js';
import {openForReading, outputMode, println, type Context} from '../context.js';
import {json, textTable} from '../format.js';

export async function quotesCommand(ctx: Context): Promise<number> {
	const mode = outputMode(ctx, ['json']);
	const {data} = await openForReading(ctx);
	const rows = listQuotes(data, {speaker: ctx.flags.speaker, authority: ctx.flags.authority?.[0]});
	if (mode === 'json') println(ctx.stdout, json(rows));
	else
		println(
			ctx.stdout,
			textTable(rows, [
				{header: 'date', get: (r) => formatDate(r.date)},
				{header: 'speaker', get: (r) => r.speaker ?? 'unattributed', max: 22},
				{header: 'kind', get: (r) => (r.fragment ? 'phrase' : 'quote')},
				{header: 'source', get: (r) => `${r.articleId} ¶${r.paragraph}`, max: 28},
				{header: 'text', get: (r) => r.text, max: 90},
			]),
		);
	return 0;
}
