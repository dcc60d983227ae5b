/**
 * The timeline's lines as search documents: an event hit is a line of the timeline (several reports of one event
 * merged, with how many articles report it), not each extracted report. The merging is the timeline's own
 * (`timeline()` in corpus/queries.ts); here each line is kept as store indexes, so that a saved index can carry
 * the lines (working them out again takes seconds on a large store) and a document is made from the records.
 */
import {timeline, type EventView} from '../corpus/queries.js';
import type {StoreData} from '../corpus/schema.js';

/** For each line, in the timeline's order: its lead record, the record it opens at, and the articles reporting it. */
export type EventLines = {
	/** Store index of the record whose id, date, authority, type, rating and summary the line shows. */
	readonly lead: Uint32Array;
	/** Store index of the record whose article and paragraph the line opens at (the lead's own, or a report's). */
	readonly opens: Uint32Array;
	/** Distinct articles reporting the line (the timeline's ×N). */
	readonly articles: Uint32Array;
};

/**
 * The store's timeline lines (events marked wrong and replaced reports left out, as the timeline leaves them);
 * `lines`, if given, must be `timeline(data)`, made already by the caller.
 */
export function eventLinesOf(data: StoreData, lines: readonly EventView[] = timeline(data)): EventLines {
	const at = new Map<string, number>();
	data.events.forEach((e, i) => at.set(e.id, i));
	const lead = new Uint32Array(lines.length);
	const opens = new Uint32Array(lines.length);
	const articles = new Uint32Array(lines.length);
	lines.forEach((line, k) => {
		lead[k] = at.get(line.id)!;
		const records = (line.merged ?? [line.id]).map((id) => at.get(id)!);
		opens[k] = records.find((r) => data.events[r]!.articleId === line.articleId && data.events[r]!.paragraph === line.paragraph) ?? lead[k]!;
		articles[k] = new Set(line.sources.map((s) => s.articleId)).size;
	});
	return {lead, opens, articles};
}

/** The lines as tables to save with an index, and back; null when the tables do not fit the store. */
export function eventLinesLayout(lines: EventLines): Record<string, Uint32Array> {
	return {eventLead: lines.lead, eventOpens: lines.opens, eventArticles: lines.articles};
}

export function eventLinesFrom(layout: Readonly<Record<string, Uint32Array>>, data: StoreData): EventLines | null {
	const {eventLead: lead, eventOpens: opens, eventArticles: articles} = layout;
	if (!lead || !opens || !articles || opens.length !== lead.length || articles.length !== lead.length) return null;
	const n = data.events.length;
	for (let k = 0; k < lead.length; k++) if (lead[k]! >= n || opens[k]! >= n) return null;
	return {lead, opens, articles};
}
