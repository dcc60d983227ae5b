/**
 * How a timeline line is written in every export: `scrutiny timeline --json|--csv|--md`, its text table, and the
 * UI's saved timeline. Each line carries the citations of every report of it.
 */
import type {RowFormats} from '../text/table-format.js';
import {citationColumns, joinCitations} from './citation-columns.js';
import {citer, type Citation} from './citation.js';
import {formatDate} from './date-value.js';
import type {EventView} from './queries.js';
import type {StoreData} from './schema.js';

export function timelineFormats(data: StoreData): RowFormats<EventView> {
	const cite = citer(data);
	// Each line's citations made once: the CSV reads them for several columns.
	const cited = new WeakMap<EventView, Citation[]>();
	const citations = (e: EventView): Citation[] => {
		let c = cited.get(e);
		if (!c) cited.set(e, (c = cite.event(e)));
		return c;
	};
	const rating = (e: EventView) => e.rating ?? (e.reportedRating ? `${e.reportedRating} (reported)` : '');
	// A plan is not an event that happened, and a youth justice judgement is not one of children's services: the
	// type says so wherever a table is read without the other columns.
	const typeMarked = (e: EventView) => `${e.type}${e.status ? ` [${e.status}]` : ''}${e.service ? ` [${e.service}]` : ''}`;
	return {
		json: (e) => ({...e, citations: citations(e)}),
		text: [
			{header: 'date', get: (e) => formatDate(e.date)},
			{header: 'authority', get: (e) => e.authority, max: 26},
			{header: 'type', get: typeMarked},
			{header: 'rating', get: rating},
			{header: 'origin', get: (e) => e.origin},
			{header: 'articles', get: (e) => new Set(e.sources.map((s) => s.articleId)).size},
			{header: 'summary', get: (e) => e.summary, max: 80},
		],
		// The first twelve columns are the ones `timeline --csv` has always had, in their order; `sources` keeps
		// the ids (articleId#paragraph) for scripts, and the citations follow.
		csv: [
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
			...citationColumns((e: EventView) => citations(e)[0], {paragraph: true, all: citations}),
			{header: 'status', get: (e) => e.status ?? 'happened'},
			{header: 'service', get: (e) => (e.type === 'inspection-judgement' ? (e.service ?? "children's services") : '')},
			{header: 'inspectorate', get: (e) => e.inspectorate ?? ''},
		],
		md: [
			{header: 'date', get: (e) => formatDate(e.date)},
			{header: 'authority', get: (e) => e.authority},
			{header: 'type', get: typeMarked},
			{header: 'rating', get: rating},
			{header: 'origin', get: (e) => e.origin},
			{header: 'summary', get: (e) => e.summary},
			{header: 'citation', get: (e) => joinCitations(citations(e))},
		],
	};
}
