/**
 * The dashboard's numbers: per authority its latest rating, judgements by year, counts and coverage; the most
 * quoted people; the latest events. Nothing invented: null where the store has nothing.
 */
import {articlesQuoteTally} from './counts.js';
import {compareDates, formatDate} from './date-value.js';
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import {listPeople, storeAuthorities, summary, timeline, type CorpusSummary, type EventView, type PersonView} from './queries.js';
import type {DateValue, StoreData} from './schema.js';

export type AuthorityRow = {
	authority: string;
	latestRating: {rating: string; date: DateValue; origin: string} | null;
	/** Judgements with a known year, oldest first: the strip of coloured blocks. */
	/** `reported`: the official record has no grade, and the rating is the one the press reported for it. */
	judgements: {year: number; rating: string | null; origin: string; reported?: boolean}[];
	articles: number;
	/** Quotes without fragments, and fragments apart (counts.ts). */
	quotes: number;
	fragments: number;
	/** Timeline lines. */
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

/** `events` when the caller has the store's timeline already (`timeline(data)`: the costly part). */
export function dashboard(data: StoreData, opts: {people?: number; events?: number} = {}, events: readonly EventView[] = timeline(data)): Dashboard {
	// Grouped in one pass each: filtering the whole store once per authority cost seconds at 50,000 articles.
	const eventsBy = groupBy(events, (e) => [e.authority]);
	const articlesBy = groupBy(data.articles, (a) => a.authorities);
	const rows: AuthorityRow[] = [];
	for (const authority of storeAuthorities(data)) {
		const mine = eventsBy.get(authority) ?? [];
		const articles = articlesBy.get(authority) ?? [];
		// Authorities known only from official data are listed only when the store has articles about some other;
		// a store of official data alone still shows them all.
		if (articles.length === 0 && data.articles.length > 0) continue;
		// The strip and the latest rating are of children's services judgements that happened; other inspections
		// (youth justice, SEND) stay on the timeline, marked.
		const judgements = mine.filter((e) => isChildrensServicesJudgement(e) && happened(e));
		const rated = judgements.filter((e) => e.rating && e.date.value !== null);
		const latest = rated.at(-1) ?? null;
		const dated = articles.map((a) => a.published).filter((d) => d.value !== null).sort(compareDates);
		const tally = articlesQuoteTally(data, new Set(articles.map((a) => a.id)));
		rows.push({
			authority,
			latestRating: latest ? {rating: latest.rating!, date: latest.date, origin: latest.origin} : null,
			// An official report whose grade was not read shows the grade the press reported for it.
			judgements: judgements.filter((e) => e.date.value !== null).map((e) => ({year: Number(e.date.value!.slice(0, 4)), rating: e.rating ?? e.reportedRating ?? null, origin: e.origin, ...(!e.rating && e.reportedRating ? {reported: true} : {})})),
			articles: articles.length,
			quotes: tally.quotes,
			fragments: tally.fragments,
			events: mine.length,
			coverage: dated.length ? {from: formatDate(dated[0]!), to: formatDate(dated.at(-1)!)} : null,
		});
	}
	const listed = new Set(rows.map((r) => r.authority));
	rows.sort((a, b) => b.articles - a.articles || b.events - a.events || a.authority.localeCompare(b.authority));
	return {
		summary: summary(data, events),
		authorities: rows,
		mostQuoted: listPeople(data)
			.filter((p) => p.quotes > 0)
			.slice(0, opts.people ?? 5),
		// Official judgements are events like any other (an authority's latest news may be its new rating), of the
		// authorities listed above: a store of articles about two councils is not about the other 151's reports.
		latestEvents: events
			.filter((e) => e.date.value !== null && listed.has(e.authority))
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
