/** The selected line in full under the timeline's list: what it is, where from, and its source paragraph. */
import {Box, Text} from 'ink';
import {formatDate} from '../../../corpus/date-value.js';
import {findArticle} from '../../../corpus/lookups.js';
import {frameworkNames, type Framework} from '../../../corpus/ofsted-framework.js';
import type {StoreData} from '../../../corpus/schema.js';
import {safeBlock, safeLine} from '../../../text/terminal-safety.js';
import {hint} from '../../key-hints.js';
import {takeWidth, truncate, wrap} from '../../text-layout.js';
import type {ViewEnv} from '../view-types.js';
import {sourceOf, type TimelineItem} from './items.js';
import {eventMarks, originMarker, originNames, statusNames} from './labels.js';

/** The selected line in full: what, where from, and the source paragraph's text. */
/** With `reading`, the store is still being read: the line is known (from the snapshot), its paragraph not yet. */
export function detailLines(item: TimelineItem | undefined, data: StoreData, width: number, height: number, ascii: boolean, reading = false): string[] {
	if (!item) return [];
	const {line, status} = item;
	const rating = line.rating ?? (line.reportedRating ? `${line.reportedRating} (as the press reported it)` : null);
	const articles = item.articles ? `${item.articles} article${item.articles === 1 ? '' : `s (${hint('line-reports', 'lists them')})`}` : 'no article';
	// A date known only to the month or year says so: it sorts at the start of its month or year.
	const precision = {day: '', month: ' (month only)', year: ' (year only)', unknown: ''}[line.date.precision];
	const what = [
		`${originMarker(line.origin, status, ascii)} ${formatDate(line.date)}${precision}`,
		safeLine(line.authority),
		`${eventMarks(line)}${line.type}`,
		...(rating ? [rating] : []),
		...(line.inspectorate && line.origin !== 'ofsted' ? [`by ${safeLine(line.inspectorate)}`] : []),
		`${originNames[line.origin]}${status !== 'current' ? `, ${statusNames[status]}` : ''}`,
		articles,
	].join(' · ');
	const src = sourceOf(line);
	const article = src ? findArticle(data, src.articleId) : undefined;
	// An official judgement names its framework and the report's address, to read and cite.
	const official =
		line.origin === 'ofsted'
			? `Official Ofsted judgement, ${line.framework ? frameworkNames[line.framework as Framework] ?? line.framework : 'children’s services inspection'}; report: ${line.link ? safeLine(line.link) : 'no link in the data'}.`
			: '';
	let body: string;
	if (reading) body = `${official ? `${official} ` : ''}${safeLine(line.summary)} — the source paragraph shows once the store is read.`;
	else if (article && src) {
		const text = safeLine(safeBlock(article.paragraphs[src.paragraph - 1] ?? ''));
		body = `${official ? `${official} Reported in ` : ''}¶${src.paragraph} of “${safeLine(article.title)}” (${formatDate(article.published)}): ${text || safeLine(line.summary)}`;
	} else if (line.origin === 'ofsted') body = `${official} No article in this store reports it.`;
	else body = `${safeLine(line.summary)} — no source paragraph${line.origin === 'curated' ? ' (added by a researcher)' : ''}.`;
	// What the event was read from, so that a misreading can be seen and corrected (e, x) rather than trusted.
	if (line.origin === 'extracted' && line.evidence?.cue) body += ` [read from “${safeLine(line.evidence.cue)}”${line.status ? `; ${line.status}` : ''}]`;
	const wrapped = wrap(body, width);
	const room = Math.max(0, height - 1);
	const shown = wrapped.slice(0, room);
	if (wrapped.length > room && room > 0) shown[room - 1] = `${takeWidth(shown[room - 1]!, width - 1)}…`;
	return [truncate(what, width), ...shown];
}

export function Detail({item, env, height}: {readonly item: TimelineItem | undefined; readonly env: ViewEnv; readonly height: number}) {
	const {width} = env.layout.body;
	const lines = detailLines(item, env.data, width, height, env.ascii, env.timeline !== null);
	return (
		<Box flexDirection="column" height={height}>
			{lines.map((l, i) => (
				<Text key={i} wrap="truncate" bold={i === 0}>
					{l}
				</Text>
			))}
		</Box>
	);
}
