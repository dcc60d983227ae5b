/**
 * The timeline's lines as the view shows them: the events the filters let through, each with its status, year
 * group, number of reporting articles and source article. Pure; no Ink.
 */
import {formatDate} from '../../../corpus/date-value.js';
import {findArticle, findEvent} from '../../../corpus/lookups.js';
import {storeAuthorities, timeline, type EventView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import type {TimelineFilters} from './filters.js';
import {originNames, typeLabels, type LineStatus} from './labels.js';

/** A line of the timeline as the view shows it. */
export type TimelineItem = {
	readonly line: EventView;
	readonly status: LineStatus;
	/** The year group: the year, or null for the undated group at the end. */
	readonly year: number | null;
	/** Distinct articles that report it. */
	readonly articles: number;
	/** The article the line's source paragraph is in, if any. */
	readonly articleTitle: string | null;
	readonly articlePublished: string | null;
};

/** Folds case and accents, so that "Blackburn" finds "blackburn" and "Sandwell" finds "Sándwell". */
export function fold(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether every word of the query is in the line as shown: its summary, authority, type, rating, date, origin,
 * the people it names, and for an undated line the article it is shown with.
 */
export function itemMatches(item: TimelineItem, query: string): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const l = item.line;
	const article = l.date.value === null ? (item.articleTitle ?? '') : '';
	const hay = fold([l.summary, l.authority, l.type, typeLabels[l.type], l.rating ?? '', l.reportedRating ?? '', formatDate(l.date), ...(l.participants ?? []).map((p) => p.name), article, originNames[l.origin]].join('\n'));
	return words.every((w) => hay.includes(w));
}

function statusOf(line: EventView, replacedBy: ReadonlyMap<string, boolean>): LineStatus {
	if (line.hidden) return replacedBy.get(line.id) === true ? 'absorbed' : 'wrong';
	return replacedBy.has(line.id) ? 'replaced' : 'current';
}

/**
 * The lines the filters let through, in date order with the undated last (as `timeline()` orders them). In
 * `wrong` mode the hidden lines come back, marked; the curated markers that hide them are not lines of their own.
 */
export function timelineItems(data: StoreData, f: TimelineFilters): TimelineItem[] {
	const known = new Set(storeAuthorities(data));
	const authorities = f.authorities.filter((a) => known.has(a));
	const origins = f.origin === 'all' || f.origin === 'wrong' ? undefined : [f.origin];
	const lines = timeline(data, {
		...(authorities.length ? {authorities} : {}),
		...(f.types.length ? {types: f.types} : {}),
		...(origins ? {origins} : {}),
		includeHidden: f.origin === 'wrong',
	});
	// Which press records are set aside, and whether by an edit that absorbed them (true) or replaced them (false).
	const replacedBy = new Map<string, boolean>();
	for (const e of data.events) if (e.origin === 'curated' && e.replaces !== undefined && !(e.hidden && e['absorbedInto'] === undefined)) replacedBy.set(e.replaces, e.hidden === true);
	const items: TimelineItem[] = [];
	for (const line of lines) {
		const record = findEvent(data, line.id);
		if (record && record.origin === 'curated' && record.hidden && record.replaces !== undefined) continue;
		const source = line.articleId ?? line.sources[0]?.articleId;
		const article = source ? findArticle(data, source) : undefined;
		const item: TimelineItem = {
			line,
			status: statusOf(line, replacedBy),
			year: line.date.value === null ? null : Number(line.date.value.slice(0, 4)),
			articles: new Set(line.sources.map((s) => s.articleId)).size,
			articleTitle: article?.title ?? null,
			articlePublished: article ? formatDate(article.published) : null,
		};
		items.push(item);
	}
	return filterItems(items, f.query);
}

/** The items the search within the timeline lets through. */
export function filterItems(items: readonly TimelineItem[], query: string): TimelineItem[] {
	return query.trim() === '' ? [...items] : items.filter((i) => itemMatches(i, query));
}

/** The store records a line stands for. */
export function recordIds(line: EventView): string[] {
	return line.merged?.length ? [...line.merged] : [line.id];
}
/** The article and paragraph a line's source is: its own, else its first report's. */
export function sourceOf(line: EventView): {articleId: string; paragraph: number} | null {
	if (line.articleId) return {articleId: line.articleId, paragraph: line.paragraph ?? 1};
	const s = line.sources[0];
	return s ? {articleId: s.articleId, paragraph: s.paragraph} : null;
}
