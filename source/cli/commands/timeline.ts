/** `scrutiny timeline`: every event in date order, reports of one event merged into one line, each cited. */
import {citer} from '../../corpus/citation.js';
import {formatDate} from '../../corpus/date-value.js';
import {timeline, type EventView} from '../../corpus/queries.js';
import type {Origin} from '../../corpus/schema.js';
import {openForReading, type Context} from '../context.js';
import {citationColumns, joinCitations, writeList} from '../export.js';

export async function timelineCommand(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const rows = timeline(data, {authorities: ctx.flags.authority, types: ctx.flags.type, origins: ctx.flags.origin as Origin[] | undefined, from: ctx.flags.from, to: ctx.flags.to});
	const cite = citer(data);
	// Each line's citations made once: the CSV reads them for several columns.
	const cited = new Map(rows.map((e) => [e, cite.event(e)]));
	const citations = (e: EventView) => cited.get(e) ?? [];
	const rating = (e: EventView) => e.rating ?? (e.reportedRating ? `${e.reportedRating} (reported)` : '');
	// A plan is not an event that happened, and a youth justice judgement is not one of children's services: the
	// type says so wherever a table is read without the other columns.
	const typeMarked = (e: EventView) => `${e.type}${e.status ? ` [${e.status}]` : ''}${e.service ? ` [${e.service}]` : ''}`;
	return writeList(ctx, {
		rows,
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
			...citationColumns((e) => citations(e)[0], {paragraph: true, all: citations}),
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
	});
}
