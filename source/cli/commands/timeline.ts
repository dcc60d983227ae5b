/** `scrutiny timeline`: every event in date order, reports of one event merged into one line. */
import {formatDate} from '../../corpus/date-value.js';
import {articleById, timeline, type EventView} from '../../corpus/queries.js';
import type {Origin} from '../../corpus/schema.js';
import {openForReading, outputMode, println, type Context} from '../context.js';
import {csv, json, markdownTable, textTable, type Column} from '../format.js';

export async function timelineCommand(ctx: Context): Promise<number> {
	const mode = outputMode(ctx, ['json', 'csv', 'md']);
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
