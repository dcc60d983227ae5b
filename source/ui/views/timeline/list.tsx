/** The timeline's list: year headers and one line per event, only the rows that fit. */
import {Box, Text} from 'ink';
import {formatDate} from '../../../corpus/date-value.js';
import type {ColumnValues} from '../../../corpus/timeline-digest.js';
import {largest} from '../../../text/largest.js';
import {safeLine} from '../../../text/terminal-safety.js';
import {hint, keysFor} from '../../key-hints.js';
import {fitColumns} from '../../layout.js';
import {visibleRange} from '../../list-window.js';
import {memoLast} from '../../memo.js';
import type {TimelineScreen} from '../../state.js';
import {displayWidth, fit} from '../../text-layout.js';
import {colourProps, ratingColour} from '../../theme.js';
import type {ViewEnv} from '../view-types.js';
import {eventMarks, originMarker, ratingLabel, typeLabels} from './labels.js';
import {rowOfItem, windowTop, yearHeader} from './rows.js';
import type {TimelineLines} from './selectors.js';

type TimelineListProps = {
	readonly lines: TimelineLines;
	readonly index: number;
	readonly top: number;
	readonly height: number;
	readonly env: ViewEnv;
	readonly screen: TimelineScreen;
};

// Sized by every line listed, through the distinct values the digest keeps of them: the same widths whether all
// the lines are read or only the first.
const listColumns = memoLast((values: ColumnValues, width: number) => {
	const widest = (texts: readonly string[], cap: number) => Math.min(cap, largest(texts.map((t) => displayWidth(t)), 0));
	const ratings = [...values.ratings.map((r) => ratingLabel(r)), ...values.reportedRatings.map((r) => `(${ratingLabel(r)})`)];
	return fitColumns(
		[
			{key: 'date', min: 8, want: Math.max(8, widest(values.dates, 11)), priority: 10},
			{key: 'authority', min: 6, want: widest(values.authorities.map((a) => safeLine(a)), 15), priority: 7},
			{key: 'type', min: 7, want: widest(values.types.map((t) => typeLabels[t]), 13), priority: 9},
			{key: 'rating', min: 4, want: widest(ratings, 14), priority: 6},
			{key: 'count', min: 2, want: 3, priority: 5},
			{key: 'summary', min: 12, want: 12, priority: 8, grow: true},
		],
		width,
	);
});

export function TimelineList({lines, index, top, height, env, screen}: TimelineListProps) {
	const {items, rows} = lines;
	const {theme, colours, ascii} = env;
	const {width} = env.layout.body;
	if (items.length === 0) {
		const filtered = screen.filters.order.length > 0;
		return (
			<Box flexDirection="column" height={height}>
				<Text wrap="truncate">{filtered ? 'No events match these filters.' : 'No events in this store yet.'}</Text>
				<Text dimColor wrap="truncate">
					{filtered ? `${hint('clear-filter', 'clears the filters one by one.')}` : `Import articles (scrutiny import PATH) or add an event with ${keysFor('add-event')}.`}
				</Text>
			</Box>
		);
	}
	const t = windowTop(rows, rowOfItem(rows, index), top, height);
	const {start, end} = visibleRange({selected: Math.min(rows.length - 1, t), top: t}, rows.length, height);
	const cols = listColumns(lines.digest.columns, width - 3);
	const w = Object.fromEntries(cols.map((c) => [c.key, c.width])) as Record<string, number | undefined>;
	const rule = ascii ? '-' : '─';
	return (
		<Box flexDirection="column" height={height}>
			{rows.slice(start, end).map((row) => {
				if (row.kind === 'year') {
					const text = ` ${yearHeader(row)} `;
					return (
						<Text key={`y${row.year ?? 'undated'}`} bold wrap="truncate">
							{rule.repeat(2)}
							{text}
							{rule.repeat(Math.max(0, width - 2 - displayWidth(text)))}
						</Text>
					);
				}
				const item = items[row.item]!;
				const {line} = item;
				const isSel = row.item === index;
				const set = item.status !== 'current';
				const rating = line.rating ? ratingLabel(line.rating) : line.reportedRating ? `(${ratingLabel(line.reportedRating)})` : '';
				// Planned, proposed and refused events, and inspections of other services, say so first.
				const told = line.date.value === null && item.articleTitle ? `in “${safeLine(item.articleTitle)}” (${item.articlePublished}): ${safeLine(line.summary)}` : safeLine(line.summary);
				const summary = `${eventMarks(line)}${told}`;
				const count = item.articles ? `${ascii ? 'x' : '×'}${item.articles}` : '';
				// One text of styled parts, not a box of texts: a node for the layout to measure per row, not eight.
				return (
					<Text key={line.id} wrap="truncate">
						<Text inverse={isSel}>{isSel ? '›' : ' '}</Text>
						<Text bold={line.origin === 'ofsted'} dimColor={set}>
							{originMarker(line.origin, item.status, ascii)}{' '}
						</Text>
						<Text dimColor={set}>{fit(formatDate(line.date), w.date ?? 0)} </Text>
						{w.authority ? <Text {...colourProps(theme, colours.get(line.authority))}>{fit(safeLine(line.authority), w.authority)} </Text> : null}
						{w.type ? <Text dimColor={set}>{fit(typeLabels[line.type], w.type)} </Text> : null}
						{w.rating ? <Text {...colourProps(theme, ratingColour(line.rating ?? line.reportedRating))}>{fit(rating, w.rating)} </Text> : null}
						{w.count ? <Text dimColor>{fit(count, w.count, 'right')} </Text> : null}
						{w.summary ? (
							<Text dimColor={!isSel || set} strikethrough={item.status === 'wrong'}>
								{fit(summary, w.summary)}
							</Text>
						) : null}
					</Text>
				);
			})}
		</Box>
	);
}
