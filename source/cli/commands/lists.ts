/** `scrutiny articles`, `quotes`, `people`, `timeline`, `search`, `compare`: answers from the store. */
import {compareRows, compareSide, defaultPair} from '../../corpus/compare.js';
import {formatDate} from '../../corpus/date-value.js';
import {articleById, listArticles, listPeople, listQuotes, timeline, type EventView} from '../../corpus/queries.js';
import {eventTypes, origins, type Origin} from '../../corpus/schema.js';
import {searcherFor} from '../../search/index-cache.js';
import {searchKinds, type SearchKind} from '../../search/search.js';
import {UsageError, openForReading, outputMode, println, type Context} from '../context.js';
import {csv, json, markdownTable, textTable, type Column} from '../format.js';

function one(ctx: Context, name: 'authority'): string | undefined {
	const v = ctx.flags[name];
	if (v && v.length > 1) throw new UsageError(`--${name} may be given once here`);
	return v?.[0];
}

function noArgs(ctx: Context, command: string): void {
	if (ctx.args.length > 0) throw new UsageError(`${command} takes no arguments (got '${ctx.args[0]}')`);
}

export async function articlesCommand(ctx: Context): Promise<number> {
	noArgs(ctx, 'articles');
	const mode = outputMode(ctx, ['json']);
	const {data} = await openForReading(ctx);
	const rows = listArticles(data, {authority: one(ctx, 'authority')});
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

export async function quotesCommand(ctx: Context): Promise<number> {
	noArgs(ctx, 'quotes');
	const mode = outputMode(ctx, ['json']);
	const {data} = await openForReading(ctx);
	const rows = listQuotes(data, {speaker: ctx.flags.speaker, authority: one(ctx, 'authority')});
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

export async function peopleCommand(ctx: Context): Promise<number> {
	noArgs(ctx, 'people');
	const mode = outputMode(ctx, ['json']);
	const {data} = await openForReading(ctx);
	const rows = listPeople(data, {authority: one(ctx, 'authority')});
	if (mode === 'json') println(ctx.stdout, json(rows));
	else
		println(
			ctx.stdout,
			textTable(rows, [
				{header: 'name', get: (r) => r.name, max: 24},
				{header: 'title', get: (r) => r.titles.join(', ')},
				{header: 'party', get: (r) => r.party ?? ''},
				{header: 'quotes', get: (r) => r.quotes},
				{header: 'authority', get: (r) => r.authorities.join(', '), max: 26},
				{header: 'roles', get: (r) => r.roles.join('; '), max: 70},
			]),
		);
	return 0;
}

const dateFlag = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export async function timelineCommand(ctx: Context): Promise<number> {
	noArgs(ctx, 'timeline');
	const mode = outputMode(ctx, ['json', 'csv', 'md']);
	for (const t of ctx.flags.type ?? []) if (!(eventTypes as readonly string[]).includes(t)) throw new UsageError(`unknown event type '${t}' (one of ${eventTypes.join(', ')})`);
	for (const o of ctx.flags.origin ?? []) if (!(origins as readonly string[]).includes(o)) throw new UsageError(`unknown origin '${o}' (one of ${origins.join(', ')})`);
	for (const [flag, v] of [['from', ctx.flags.from], ['to', ctx.flags.to]] as const) if (v !== undefined && !dateFlag.test(v)) throw new UsageError(`--${flag} takes YYYY, YYYY-MM or YYYY-MM-DD (got '${v}')`);
	const {data} = await openForReading(ctx);
	const rows = timeline(data, {authorities: ctx.flags.authority, types: ctx.flags.type, origins: ctx.flags.origin as Origin[] | undefined, from: ctx.flags.from, to: ctx.flags.to});
	const cite = (e: EventView) =>
		e.sources
			.map((s) => {
				const a = articleById(data, s.articleId);
				return a ? `${a.title}, ${formatDate(a.published)}, para ${s.paragraph}` : `${s.articleId}, para ${s.paragraph}`;
			})
			.join('; ');
	const columns: Column<EventView>[] = [
		{header: 'date', get: (e) => formatDate(e.date)},
		{header: 'authority', get: (e) => e.authority, max: 26},
		{header: 'type', get: (e) => e.type},
		{header: 'rating', get: (e) => e.rating ?? (e.reportedRating ? `${e.reportedRating} (reported)` : '')},
		{header: 'origin', get: (e) => e.origin},
		{header: 'articles', get: (e) => new Set(e.sources.map((s) => s.articleId)).size},
		{header: 'summary', get: (e) => e.summary, max: 80},
	];
	if (mode === 'json') println(ctx.stdout, json(rows));
	else if (mode === 'csv')
		ctx.stdout.write(
			csv(rows, [
				{header: 'id', get: (e) => e.id},
				{header: 'date', get: (e) => e.date.value},
				{header: 'precision', get: (e) => e.date.precision},
				{header: 'approximate', get: (e) => String(e.date.approximate)},
				{header: 'authority', get: (e) => e.authority},
				{header: 'type', get: (e) => e.type},
				{header: 'rating', get: (e) => e.rating ?? ''},
				{header: 'reportedRating', get: (e) => e.reportedRating ?? ''},
				{header: 'origin', get: (e) => e.origin},
				{header: 'summary', get: (e) => e.summary},
				{header: 'sources', get: (e) => e.sources.map((s) => `${s.articleId}#${s.paragraph}`).join(' ')},
				{header: 'dateBasis', get: (e) => e.date.basis},
			]),
		);
	else if (mode === 'md') println(ctx.stdout, markdownTable(rows, [...columns.filter((c) => c.header !== 'articles'), {header: 'citation', get: (e) => (e.origin === 'ofsted' ? 'Ofsted ILACS report' : cite(e))}]));
	else println(ctx.stdout, textTable(rows, columns));
	return 0;
}

export async function searchCommand(ctx: Context): Promise<number> {
	const query = ctx.args.join(' ');
	if (query.trim() === '') throw new UsageError('search needs a query');
	const mode = outputMode(ctx, ['json']);
	const scope = ctx.flags.in;
	const kindOf: Record<string, SearchKind> = {quotes: 'quote', articles: 'article', people: 'person', events: 'event'};
	if (scope !== undefined && !kindOf[scope]) throw new UsageError(`--in takes quotes, articles, people or events (got '${scope}')`);
	const limit = ctx.flags.limit ?? 20;
	if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit takes a positive whole number');
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

export async function compareCommand(ctx: Context): Promise<number> {
	if (ctx.args.length !== 0 && ctx.args.length !== 2) throw new UsageError('compare takes two authorities (or none for the default pair)');
	const mode = outputMode(ctx, ['json', 'md']);
	const {data} = await openForReading(ctx);
	const pair = ctx.args.length === 2 ? [ctx.args[0]!, ctx.args[1]!] : defaultPair(data);
	if (!pair) throw new UsageError('compare needs two authorities: the store has events for fewer than two');
	const left = compareSide(data, pair[0]!);
	const right = compareSide(data, pair[1]!);
	const rows = compareRows(left, right);
	if (mode === 'json') println(ctx.stdout, json({left, right, rows}));
	else {
		const cols: Column<(typeof rows)[number]>[] = [
			{header: '', get: (r) => r.label, max: 30},
			{header: left.authority, get: (r) => r.left, max: 60},
			{header: right.authority, get: (r) => r.right, max: 60},
		];
		println(ctx.stdout, mode === 'md' ? markdownTable(rows, cols) : textTable(rows, cols));
	}
	return 0;
}
