/**
 * The dashboard's numbers: per authority its latest rating, judgements by year, counts and coverage; the most
 * quoted people; the latest events. Nothing invented: null where the store has nothing.
 */
import {compareDates, formatDate} from './date-value.js';
import {listPeople, storeAuthorities, summary, timeline, type CorpusSummary, type EventView, type PersonView} from './queries.js';
import type {DateValue, StoreData} from './schema.js';

export type AuthorityRow = {
	authority: string;
	latestRating: {rating: string; date: DateValue; origin: string} | null;
	/** Judgements with a known year, oldest first: the strip of coloured blocks. */
	judgements: {year: number; rating: string | null; origin: string}[];
	articles: number;
	quotes: number;
	events: number;
	/** First and last article dates covered, formatted; null when no article is dated. */
	coverage: {from: string; to: string} | null;
};

export type Dashboard = {
	summary: CorpusSummary;
	authorities: AuthorityRow[];
	mostQuoted: PersonView[];
	latestEvents: EventView[];
};

/**
 * The most people and events the dashboard lists: the UI's dashboard shows at most these, and the start
 * snapshot saved beside a store keeps as many, so that the first frame can be drawn from it.
 */
export const dashboardLimits = {people: 10, events: 10} as const;

export function dashboard(data: StoreData, opts: {people?: number; events?: number} = {}): Dashboard {
	const events = timeline(data);
	// Grouped in one pass each: filtering the whole store once per authority cost seconds at 50,000 articles.
	const eventsBy = groupBy(events, (e) => [e.authority]);
	const articlesBy = groupBy(data.articles, (a) => a.authorities);
	const quotesOf = new Map<string, number>();
	for (const q of data.quotes) if (!q.fragment) quotesOf.set(q.articleId, (quotesOf.get(q.articleId) ?? 0) + 1);
	const rows: AuthorityRow[] = [];
	for (const authority of storeAuthorities(data)) {
		const mine = eventsBy.get(authority) ?? [];
		const articles = articlesBy.get(authority) ?? [];
		// Authorities known only from official data are listed only when the store has articles about some other;
		// a store of official data alone still shows them all.
		if (articles.length === 0 && data.articles.length > 0) continue;
		const judgements = mine.filter((e) => e.type === 'inspection-judgement');
		const rated = judgements.filter((e) => e.rating && e.date.value !== null);
		const latest = rated.at(-1) ?? null;
		const dated = articles.map((a) => a.published).filter((d) => d.value !== null).sort(compareDates);
		const ids = new Set(articles.map((a) => a.id));
		let quotes = 0;
		for (const id of ids) quotes += quotesOf.get(id) ?? 0;
		rows.push({
			authority,
			latestRating: latest ? {rating: latest.rating!, date: latest.date, origin: latest.origin} : null,
			judgements: judgements.filter((e) => e.date.value !== null).map((e) => ({year: Number(e.date.value!.slice(0, 4)), rating: e.rating ?? null, origin: e.origin})),
			articles: articles.length,
			quotes,
			events: mine.length,
			coverage: dated.length ? {from: formatDate(dated[0]!), to: formatDate(dated.at(-1)!)} : null,
		});
	}
	rows.sort((a, b) => b.articles - a.articles || b.events - a.events || a.authority.localeCompare(b.authority));
	return {
		summary: summary(data),
		authorities: rows,
		mostQuoted: listPeople(data)
			.filter((p) => p.quotes > 0)
			.slice(0, opts.people ?? 5),
		latestEvents: events
			.filter((e) => e.date.value !== null && e.origin !== 'ofsted')
			.slice(-(opts.events ?? 5))
			.reverse(),
	};
}

/** Items by each of their keys, in their order (an item with two keys is in both groups; a key listed twice counts once). */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keys(item))) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}
