/** `scrutiny quotes`: every quote with its speaker, and its citation (article, date, paragraph). */
import {quoteFacets} from '../../corpus/frequency-facets.js';
import {listQuotes, type QuoteView} from '../../corpus/queries.js';
import {quoteFormats} from '../../corpus/quote-export.js';
import type {Context, Flags} from '../context.js';
import {runList, type ListSpec} from '../list-spec.js';

const options = (flags: Flags) => ({speaker: flags.speaker, authority: flags.authority?.[0]});

export const quotesList: ListSpec<QuoteView> = {
	memoKey: (flags) => `quotes ${JSON.stringify(options(flags))}`,
	rows: (data, flags) => listQuotes(data, options(flags)),
	wide: (q) => Boolean(q.alsoIn?.length),
	formats: (data, syndicated) => quoteFormats(data, syndicated),
	facets: (data) => quoteFacets(data),
	emptyNotice: (flags) => (flags.speaker ? `no quotes by a speaker matching '${flags.speaker}'${flags.authority?.[0] ? ` in articles of '${flags.authority[0]}'` : ''}` : null),
};

export async function quotesCommand(ctx: Context): Promise<number> {
	return runList(ctx, quotesList);
}
