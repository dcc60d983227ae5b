/** `scrutiny quotes`: every quote with its speaker, and its citation (article, date, paragraph). */
import {quoteFacets} from '../../corpus/frequency-facets.js';
import {listQuotes} from '../../corpus/queries.js';
import {quoteFormats} from '../../corpus/quote-export.js';
import type {Context} from '../context.js';
import {openForReading, rowsOnce} from '../store-source.js';
import {writeCounted} from '../export.js';

export async function quotesCommand(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const opts = {speaker: ctx.flags.speaker, authority: ctx.flags.authority?.[0]};
	const rows = rowsOnce(ctx, `quotes ${JSON.stringify(opts)}`, () => listQuotes(data, opts));
	return writeCounted(ctx, {rows, ...quoteFormats(data, rows.some((q) => q.alsoIn?.length))}, quoteFacets(data));
}
