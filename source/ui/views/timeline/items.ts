/**
 * The timeline's lines as the view shows them (made in corpus/timeline-items.ts), the search within them, and
 * where a line comes from. Pure; no Ink.
 */
import {formatDate} from '../../../corpus/date-value.js';
import type {EventView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import {timelineItems as corpusItems, type TimelineItem} from '../../../corpus/timeline-items.js';
import type {TimelineFilters} from './filters.js';
import {originNames, typeLabels} from './labels.js';

export type {TimelineItem} from '../../../corpus/timeline-items.js';

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

/**
 * The lines the filters let through (corpus/timeline-items.ts), then the search within. In `wrong` mode the
 * hidden lines come back, marked.
 */
export function timelineItems(data: StoreData, f: TimelineFilters): TimelineItem[] {
	return filterItems(corpusItems(data, f), f.query);
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
