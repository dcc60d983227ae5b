/** The strip chart above the timeline's list: each authority's years, judgements in their rating's colour. */
import {Text, Box} from 'ink';
import {asciiGlyphs, blockGlyphs, chartOfTally, type Chart, type ChartSegment, type ChartTally} from '../../../corpus/timeline-chart.js';
import {largest} from '../../../text/largest.js';
import {safeLine} from '../../../text/terminal-safety.js';
import {hint} from '../../key-hints.js';
import {memoLast} from '../../memo.js';
import {displayWidth, fit} from '../../text-layout.js';
import {colourProps, ratingColour, type Colour, type Theme} from '../../theme.js';
import type {ViewEnv} from '../view-types.js';
import type {TimelineItem} from './items.js';

/** The chart of the lines whose tally this is (every line listed: the digest's). */
export const chartOf = memoLast((tally: ChartTally, width: number, maxRows: number, ascii: boolean): {chart: Chart; labelWidth: number} | null => {
	const labelWidth = Math.min(24, largest(tally.authorities.map((a) => displayWidth(safeLine(a.authority))), 10));
	const chart = chartOfTally(tally, {width: width - labelWidth - 1, maxRows, glyphs: ascii ? asciiGlyphs : blockGlyphs});
	return chart ? {chart, labelWidth} : null;
});

type ChartBlockProps = {readonly chart: Chart; readonly labelWidth: number; readonly env: ViewEnv; readonly selected: TimelineItem | undefined};

export function ChartBlock({chart, labelWidth, env, selected}: ChartBlockProps) {
	const {theme, colours} = env;
	const more = chart.more ? `+${chart.more} more (${hint('pick-authorities', 'picks')})` : '';
	return (
		<Box flexDirection="column">
			<Text dimColor wrap="truncate">
				{fit(more, labelWidth)} {chart.axis}
				{chart.rows.some((r) => r.segments.some((x) => x.kind === 'undated')) ? '  ?n undated' : ''}
			</Text>
			{chart.rows.map((row) => (
				<Text key={row.authority} wrap="truncate">
					<Text bold={selected?.line.authority === row.authority} {...colourProps(theme, colours.get(row.authority))}>
						{fit(safeLine(row.authority), labelWidth)}
					</Text>{' '}
					{row.segments.map((s, i) => (
						<ChartText key={i} segment={s} theme={theme} colour={colours.get(row.authority)} />
					))}
				</Text>
			))}
		</Box>
	);
}

function ChartText({segment, theme, colour}: {readonly segment: ChartSegment; readonly theme: Theme; readonly colour: Colour | undefined}) {
	switch (segment.kind) {
		case 'judgement':
			return (
				<Text bold {...colourProps(theme, ratingColour(segment.rating))}>
					{segment.text}
				</Text>
			);
		case 'event':
			return <Text {...colourProps(theme, colour)}>{segment.text}</Text>;
		case 'empty':
		case 'undated':
			return <Text dimColor>{segment.text}</Text>;
		default:
			return <Text>{segment.text}</Text>;
	}
}
