/** `scrutiny articles`: every article with its date, authority and counts. */
import {formatDate} from '../../corpus/date-value.js';
import {listArticles} from '../../corpus/queries.js';
import {openForReading, outputMode, println, type Context} from '../context.js';
import {json, textTable} from '../format.js';

export async function articlesCommand(ctx: Context): Promise<number> {
	const mode = outputMode(ctx, ['json']);
	const {data} = await openForReading(ctx);
	const rows = listArticles(data, {authority: ctx.flags.authority?.[0]});
	if (mode === 'json') println(ctx.stdout, json(rows));
	else
		println(
			ctx.stdout,
			textTable(rows, [
				{header: 'date', get: (r) => formatDate(r.published)},
				{header: 'authority', get: (r) => r.authorities[0] ?? 'unknown', max: 26},
				{header: 'quotes', get: (r) => r.quotes},
				{header: 'id', get: (r) => r.id, max: 24},
				{header: 'title', get: (r) => r.title, max: 70},
			]),
		);
	return 0;
}
