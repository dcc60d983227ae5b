/**
 * The reports of one timeline line (R on the timeline or on a line of the comparison): each article that tells
 * the event, with its publication, date and the sentence the event was read from; Enter opens the article in the
 * reader at that paragraph, y cites the selected report (as the reader's y does), Esc goes back to the list it
 * came from, as it was.
 */
import {Box, Text} from 'ink';
import {formatDate} from '../../corpus/date-value.js';
import type {EventView} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/terminal-safety.js';
import {citationLines} from '../citation-lines.js';
import {clampPos, movePos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import {readerScreen, type ReportsScreen} from '../state.js';
import {takeWidth, truncate, wrap} from '../text-layout.js';
import {lineReports, reportCitation, type LineReport} from './line-reports.js';
import {eventMarks, ratingLabel, typeLabels} from './timeline/labels.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps} from './view-types.js';

const reportsOf = memoLast((data: StoreData, line: EventView): LineReport[] => lineReports(data, line));

/** Rows a report takes: where it is, then two of its sentence. */
const reportRows = 3;

/** Reports on screen: the body less the two title rows and the citation's lines while one is shown. */
function visibleReports(env: ViewEnv, screen: ReportsScreen): number {
	const cited = citationLines(screen.citation, env.layout.body.width).length;
	return Math.max(1, Math.floor((env.layout.body.height - 2 - cited) / reportRows));
}

export const reportsController: Controller<ReportsScreen> = (screen, input, env) => {
	const reports = reportsOf(env.data, screen.line);
	// Any key puts the citation away, as in the reader.
	const s: ReportsScreen = {...screen, citation: null};
	const h = visibleReports(env, s);
	const move = moveOf(input);
	if (move) return {screen: {...s, pos: movePos(screen.pos, move, reports.length, h)}};
	const r = reports[clampPos(screen.pos, reports.length, h).selected];
	if (isCommand(input, 'open')) return r ? {open: readerScreen(r.articleId, r.paragraph)} : {notice: 'no article in this store reports this line'};
	if (isCommand(input, 'copy-citation')) {
		const cited = reportCitation(env.data, r);
		if (!cited) return {notice: 'nothing to cite: no article in this store reports this line'};
		const text = safeLine(cited.text);
		return {copy: {text, then: (copied) => ({...s, citation: {text, copied}})}};
	}
	return undefined;
};

export function reportsTitle(): string {
	return 'Reports';
}

/** The line the reports are of, in a few words: date, authority, type, rating. */
export function lineHeading(line: EventView): string {
	const rating = line.rating ?? line.reportedRating;
	return `${formatDate(line.date)} · ${safeLine(line.authority)} · ${eventMarks(line)}${typeLabels[line.type]}${rating ? ` ${ratingLabel(rating)}` : ''}`;
}

/** A report's first row: publication (else the file it came from), date, paragraph (and the others that tell it), title. */
export function reportWhere(r: LineReport): string {
	const also = r.alsoIn.length ? ` (also ¶${r.alsoIn.join(', ¶')})` : '';
	return `${safeLine(r.publication ?? r.file)} · ${r.date} · ¶${r.paragraph}${also} · ${safeLine(r.title)}`;
}

export function ReportsView({screen, env}: ViewProps<ReportsScreen>) {
	const {width} = env.layout.body;
	const reports = reportsOf(env.data, screen.line);
	const h = visibleReports(env, screen);
	const pos = clampPos(screen.pos, reports.length, h);
	const cited = citationLines(screen.citation, width);
	const {start, end} = visibleRange(pos, reports.length, h);
	const count = `${reports.length} report${reports.length === 1 ? '' : 's'}${reports.length > 1 ? ', merged into this line' : ''}`;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				{truncate(`${lineHeading(screen.line)} · ${count}`, width)}
			</Text>
			<Text dimColor wrap="truncate">
				{truncate(safeLine(screen.line.summary), width)}
			</Text>
			{reports.length === 0 ? <Text wrap="truncate">No article in this store reports this line: it is official data or a researcher’s own.</Text> : null}
			{reports.slice(start, end).map((r, i) => {
				const isSel = start + i === pos.selected;
				const sentence = wrap(`“${safeLine(r.sentence)}”`, Math.max(10, width - 4));
				if (sentence.length > 2) sentence[1] = `${takeWidth(sentence[1]!, Math.max(1, width - 5))}…`;
				return (
					<Box key={r.articleId} flexDirection="column" height={reportRows}>
						<Text inverse={isSel} wrap="truncate">
							{isSel ? '› ' : '  '}
							{truncate(reportWhere(r), width - 2)}
						</Text>
						{sentence.slice(0, 2).map((l, li) => (
							<Text key={li} wrap="truncate" dimColor={!isSel}>
								{'    '}
								{l}
							</Text>
						))}
					</Box>
				);
			})}
			{cited.map((l, i) => (
				<Text key={`c${i}`} wrap="truncate" bold={i === 0}>
					{l}
				</Text>
			))}
		</Box>
	);
}
