/**
 * `scrutiny search QUERY`: fuzzy search over quotes, articles, people and events, each hit cited. The query is
 * the UI's search box: Fuse's extended syntax and the filters speaker:, authority:, year: and type:, parsed and
 * resolved by the same code (search/run-search.ts `prepareSearch`). A query without filters is answered from the
 * search index and documents saved beside the store while they are of the store as it is (reading neither the
 * store nor its records); else, or if they cannot give the answer, from the store, as before they were. The
 * saved documents cannot filter, so a query with filters reads the store, as the UI's does.
 */
import {statSync} from 'node:fs';
import {QueryError} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {storeStateNow} from '../../corpus/store/file-identity.js';
import type {HitAnswer} from '../../search/cli-hits.js';
import {hasFilters, parseQuery} from '../../search/query.js';
import type {Scope} from '../../search/run-search.js';
import {searchKinds, type SearchHit, type SearchKind} from '../../search/search.js';
import {UsageError, storePath, type Context} from '../context.js';
import {openForReading, recordsFromBytes} from '../store-source.js';
import {alsoInOutputs, citationColumns, writeCounted} from '../export.js';

/** `--in`'s values (the command table's choices, the UI's scopes) as the searcher's kinds. */
const kindOf: Record<string, SearchKind> = {quotes: 'quote', articles: 'article', people: 'person', events: 'event'};

export async function searchCommand(ctx: Context): Promise<number> {
	const query = ctx.args.join(' ');
	const parsed = parseQuery(query);
	// A filter the parser cannot read (year:abc, an ambiguous type:) is the query's mistake, said, never dropped.
	if (parsed.problems.length > 0) throw new UsageError(parsed.problems[0]!);
	const filtered = hasFilters(parsed.filters);
	if (parsed.text === '' && !filtered) throw new UsageError('search needs a query');
	const scope = (ctx.flags.in ?? 'all') as Scope;
	const kind = ctx.flags.in ? kindOf[ctx.flags.in]! : null;
	const limit = ctx.flags.limit ?? 20;
	const answer = (filtered ? null : await fromSavedDocs(ctx, parsed.text, kind, limit)) ?? (await fromStore(ctx, query, scope, limit));
	return writeHits(ctx, query, answer);
}

/** The answer from the files beside the store, or null when they are missing, stale or cannot give it. */
async function fromSavedDocs(ctx: Context, query: string, kind: SearchKind | null, limit: number): Promise<HitAnswer | null> {
	// Never for the answers saved with the import's data in hand: the store is read already.
	if (ctx.readPlan?.from === 'data') return null;
	const {SavedSearch} = await import('../../search/docs-file-search.js');
	const saved = SavedSearch.load(storePath(ctx));
	if (!saved) return null;
	try {
		return await saved.hits(query, kind, limit);
	} finally {
		saved.close();
	}
}

async function fromStore(ctx: Context, query: string, scope: Scope, limit: number): Promise<HitAnswer> {
	const [{searcherFor}, {storeAnswer}, {prepareSearch}] = await Promise.all([import('../../search/index-cache.js'), import('../../search/cli-hits.js'), import('../../search/run-search.js')]);
	// The state the data is read in: the documents are saved for it only if the store is still in it after the answer.
	const state = storeStateNow(storePath(ctx));
	const store = await openForReading(ctx);
	const searcher = searcherFor(store.path, store.data);
	const prepared = prepareSearch(store.data, query, scope, limit);
	// Answered without a search only when a filter names no authority of the store (`authority:nowhere`).
	if ('done' in prepared) throw new QueryError(prepared.done.problems[0] ?? `no results for '${query}'`);
	const hits = searcher.search(prepared.text, {kinds: [...searchKinds], ...prepared.options});
	const plan = ctx.readPlan;
	if (plan && plan.from !== 'data') {
		// Parts missing or stale (after an edit the UI did not see through, the timeline's lines): saved for the next.
		const before = plan.afterAnswer;
		plan.afterAnswer = async () => {
			await before?.();
			await saveDocs(store.path, store.data, state);
		};
	}
	return storeAnswer(store.data, hits);
}

/**
 * Saves the documents for the next search if the store is large enough to want them (as large as the records
 * are saved for: a smaller store is read in a second) and those beside it are not of its state (after an edit, only
 * the timeline's lines). A cache: never throws.
 */
async function saveDocs(file: string, data: StoreData, state: string | null): Promise<void> {
	try {
		if (state === null || statSync(file).size < recordsFromBytes.value) return;
		const {saveSearchFiles, staleParts} = await import('../../search/search-files.js');
		await saveSearchFiles(file, data, state, {only: staleParts(file)});
	} catch {
		// The answer has been given; the next search reads the store again.
	}
}


function writeHits(ctx: Context, query: string, answer: HitAnswer): number {
	const {hits, citation} = answer;
	// A quote several titles printed is one hit, naming the others (corpus/copies.ts).
	const also = alsoInOutputs(answer.cite);
	const syndicated = hits.some((h) => h.alsoIn?.length);
	return writeCounted(
		ctx,
		{
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
		},
		answer.facets,
	);
}
