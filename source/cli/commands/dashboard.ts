/** The dashboard as plain text: what `scrutiny` prints when there is no terminal to open the UI on. */
import {dashboard} from '../../corpus/dashboard.js';
import {formatDate} from '../../corpus/date-value.js';
import {eventWhat} from '../../corpus/event-kinds.js';
import {println, type Context} from '../context.js';
import {openForReading} from '../store-source.js';
import {textTable} from '../../text/table-format.js';

export async function plainDashboard(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const d = dashboard(data);
	const s = d.summary;
	const out = ctx.stdout;
	println(out, `${s.name}: ${s.articles} articles, ${s.authorities} authorities, ${s.quotes} quotes, ${s.events} events`);
	println(out);
	println(
		out,
		textTable(d.authorities, [
			{header: 'authority', get: (r) => r.authority, max: 28},
			{header: 'latest rating', get: (r) => (r.latestRating ? `${r.latestRating.rating} (${formatDate(r.latestRating.date)})` : 'unknown')},
			{header: 'judgements', get: (r) => r.judgements.map((j) => `${j.year} ${j.rating ?? '?'}`).join(', ') || 'none', max: 60},
			{header: 'articles', get: (r) => r.articles},
			{header: 'quotes', get: (r) => r.quotes},
			{header: 'events', get: (r) => r.events},
			{header: 'covered', get: (r) => (r.coverage ? `${r.coverage.from} – ${r.coverage.to}` : 'unknown')},
		]),
	);
	println(out);
	println(out, 'Most quoted');
	println(out, d.mostQuoted.length ? d.mostQuoted.map((p) => `  ${p.name} (${p.quotes})`).join('\n') : '  none');
	println(out);
	println(out, 'Latest events');
	println(out, d.latestEvents.length ? d.latestEvents.map((e) => `  ${formatDate(e.date)}  ${e.authority}  ${eventWhat(e)}`).join('\n') : '  none');
	println(out);
	println(out, "Not a terminal, so no interactive UI: try 'scrutiny timeline --json', 'scrutiny quotes --json' or 'scrutiny --help'.");
	return 0;
}
