/** `scrutiny search QUERY`: fuzzy search over quotes, articles, people and events, each hit cited. */
import {citer, type Citation} from '../../corpus/citation.js';
import {searcherFor} from '../../search/index-cache.js';
import {resultFacets} from '../../search/result-facets.js';
import {searchKinds, type SearchHit, type SearchKind} from '../../search/search.js';
import {UsageError, type Context} from '../context.js';
import {openForReading} from '../store-source.js';
import {alsoInOutputs, citationColumns, writeCounted} from '../export.js';

/** `--in`'s values (the command table's choices) as the searcher's kinds. */
const kindOf: Record<string, SearchKind> = {quotes: 'quote', articles: 'article', people: 'person', events: 'event'};

export async function searchCommand(ctx: Context): Promise<number> {
	const query = ctx.args.join(' ');
	if (query.trim() === '') throw new UsageError('search needs a query');
	const scope = ctx.flags.in;
	const limit = ctx.flags.limit ?? 20;
	const store = await openForReading(ctx);
	const {data} = store;
	const hits = searcherFor(store.path, data).search(query, {kinds: scope ? [kindOf[scope]!] : [...searchKinds], limit});
	const cite = citer(data);
	const events = new Map<string, (typeof data.events)[number]>();
	const citationOf = (h: SearchHit): Citation | null => {
		if (h.kind === 'person') return cite.person(h.id)[0] ?? null;
		if (h.articleId) return cite.article(h.articleId, h.paragraph ?? null);
		if (h.kind === 'article') return cite.article(h.id);
		if (h.kind === 'event') {
			if (events.size === 0) for (const e of data.events) events.set(e.id, e);
			const e = events.get(h.id);
			return e ? (cite.event(e)[0] ?? null) : null;
		}
		return null;
	};
	const cited = new Map(hits.map((h) => [h, citationOf(h)]));
	// A quote several titles printed is one hit, naming the others (corpus/copies.ts).
	const also = alsoInOutputs(cite);
	const syndicated = hits.some((h) => h.alsoIn?.length);
	const citation = (h: SearchHit) => cited.get(h) ?? null;
	return writeCounted(ctx, {
		rows: hits,
		json: (h) => ({...h, ...(h.kind === 'quote' || h.kind === 'article' ? {alsoIn: also.json(h.alsoIn)} : {}), citation: citation(h)}),
		empty: `no results for '${query}'`,
		text: [
			{header: 'kind', get: (h) => h.kind},
			{header: 'score', get: (h) => h.score.toFixed(3)},
			{header: 'who / where', get: (h) => h.speaker ?? (h.articleId ? `${h.articleId}${h.paragraph ? ` ¶${h.paragraph}` : ''}` : h.id), max: 28},
			{header: 'text', get: (h) => h.text, max: 90},
			...(syndicated ? [{header: 'also in', get: (h: SearchHit) => also.titles(h.alsoIn), max: 40}] : []),
		],
		csv: [
			{header: 'kind', get: (h) => h.kind},
			{header: 'id', get: (h) => h.id},
			{header: 'score', get: (h) => h.score.toFixed(3)},
			{header: 'speaker', get: (h) => h.speaker},
			{header: 'text', get: (h) => h.text},
			{header: 'articleId', get: (h) => h.articleId},
			...citationColumns(citation, {paragraph: true}),
			{header: 'alsoIn', get: (h) => also.cited(h.alsoIn)},
		],
		md: [
			{header: 'kind', get: (h) => h.kind},
			{header: 'speaker', get: (h) => h.speaker ?? ''},
			{header: 'text', get: (h) => h.text},
			{header: 'citation', get: (h) => also.withCitation(citation(h)?.text, h.alsoIn)},
		],
	}, resultFacets<SearchHit>(data));
}
