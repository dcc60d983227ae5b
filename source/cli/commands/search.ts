/** `scrutiny search QUERY`: fuzzy search over quotes, articles, people and events. */
import {searcherFor} from '../../search/index-cache.js';
import {searchKinds, type SearchKind} from '../../search/search.js';
import {UsageError, openForReading, outputMode, println, type Context} from '../context.js';
import {json, textTable} from '../format.js';

/** `--in`'s values (the command table's choices) as the searcher's kinds. */
const kindOf: Record<string, SearchKind> = {quotes: 'quote', articles: 'article', people: 'person', events: 'event'};

export async function searchCommand(ctx: Context): Promise<number> {
	const query = ctx.args.join(' ');
	if (query.trim() === '') throw new UsageError('search needs a query');
	const mode = outputMode(ctx, ['json']);
	const scope = ctx.flags.in;
	const limit = ctx.flags.limit ?? 20;
	const store = await openForReading(ctx);
	const hits = searcherFor(store.path, store.data).search(query, {kinds: scope ? [kindOf[scope]!] : [...searchKinds], limit});
	if (mode === 'json') println(ctx.stdout, json(hits));
	else if (hits.length === 0) println(ctx.stdout, `no results for '${query}'`);
	else
		println(
			ctx.stdout,
			textTable(hits, [
				{header: 'kind', get: (h) => h.kind},
				{header: 'score', get: (h) => h.score.toFixed(3)},
				{header: 'who / where', get: (h) => h.speaker ?? (h.articleId ? `${h.articleId}${h.paragraph ? ` ¶${h.paragraph}` : ''}` : h.id), max: 28},
				{header: 'text', get: (h) => h.text, max: 90},
			]),
		);
	return 0;
}
