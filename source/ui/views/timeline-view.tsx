/**
 * Timeline (3), the simple version: every event in date order, as `timeline(data)` gives them, with date,
 * authority, type, rating and summary; j/k select, the selected event's summary and sources below, Enter opens
 * the article that reports it. Self-contained: the full timeline view replaces this file.
 */
import {Box, Text} from 'ink';
import {formatDate} from '../../corpus/date-value.js';
import {timeline, type EventView} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/sanitize.js';
import {fitColumns} from '../layout.js';
import {clampPos, movePos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import {readerScreen, type TimelineScreen} from '../state.js';
import {displayWidth, fit, wrap} from '../text-layout.js';
import {ratingColour} from '../theme.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps} from './view-types.js';

const events = memoLast((data: StoreData): EventView[] => timeline(data));

/** Rows under the list for the selected event. */
const detailRows = 3;

function listHeight(env: ViewEnv): number {
	// title, column header, detail rows and the rule above them
	return Math.max(1, env.layout.body.height - 2 - detailRows - 1);
}

export const timelineController: Controller<TimelineScreen> = (screen, input, env) => {
	const list = events(env.data);
	const h = listHeight(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, list.length, h)}};
	if (isCommand(input, 'open')) {
		const e = list[clampPos(screen.pos, list.length, h).selected];
		if (!e?.articleId) return {};
		return {open: readerScreen(e.articleId, e.paragraph ?? 1)};
	}
	return undefined;
};

export function TimelineView({screen, env}: ViewProps<TimelineScreen>) {
	const {theme, colours} = env;
	const {width} = env.layout.body;
	const list = events(env.data);
	if (list.length === 0) {
		return (
			<Box flexDirection="column">
				<Text bold>Timeline</Text>
				<Text>No events in this store yet.</Text>
			</Box>
		);
	}
	const h = listHeight(env);
	const pos = clampPos(screen.pos, list.length, h);
	const {start, end} = visibleRange(pos, list.length, h);
	const cols = fitColumns(
		[
			// Authority, type and rating are capped so that the summary keeps room; the detail below has them in full.
			{key: 'date', min: 8, want: Math.max(...list.map((e) => displayWidth(formatDate(e.date)))), priority: 10},
			{key: 'authority', min: 8, want: Math.min(18, Math.max(...list.map((e) => displayWidth(safeLine(e.authority))))), priority: 9},
			{key: 'type', min: 10, want: Math.min(22, Math.max(...list.map((e) => e.type.length))), priority: 8},
			{key: 'rating', min: 4, want: Math.min(12, Math.max(6, ...list.map((e) => (e.rating ?? '').length))), priority: 6},
			{key: 'summary', min: 16, want: 16, priority: 7, grow: true},
		],
		width - 2,
	);
	const w = Object.fromEntries(cols.map((c) => [c.key, c.width])) as Record<string, number | undefined>;
	const selected = list[pos.selected]!;
	const sources = selected.sources.length ? selected.sources.map((s) => `${s.articleId.slice(0, 3)} ¶${s.paragraph}`).join(', ') : 'official data';
	const what = `${formatDate(selected.date)} · ${safeLine(selected.authority)} · ${selected.type}${selected.rating ? ` (${selected.rating})` : ''}`;
	const detail = wrap(`${what}: ${safeLine(selected.summary)} — ${selected.origin}; sources: ${sources}`, width - 2).slice(0, detailRows);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Timeline · {list.length} events in date order
			</Text>
			<Text bold wrap="truncate">
				{'  '}
				{cols.map((c) => fit(c.key === 'date' ? 'Date' : c.key[0]!.toUpperCase() + c.key.slice(1), c.width)).join(' ')}
			</Text>
			{list.slice(start, end).map((e, i) => {
				const isSel = start + i === pos.selected;
				return (
					<Box key={e.id} height={1}>
						<Text inverse={isSel}>{isSel ? '› ' : '  '}</Text>
						<Text>{fit(formatDate(e.date), w.date ?? 0)} </Text>
						{w.authority ? <Text {...(theme.color ? {color: colours.get(e.authority)} : {})}>{fit(safeLine(e.authority), w.authority)} </Text> : null}
						{w.type ? <Text>{fit(e.type, w.type)} </Text> : null}
						{w.rating ? <Text {...(theme.color ? {color: ratingColour(e.rating)} : {})}>{fit(e.rating ?? '', w.rating)} </Text> : null}
						{w.summary ? <Text dimColor={!isSel}>{fit(safeLine(e.summary), w.summary)}</Text> : null}
					</Box>
				);
			})}
			{Array.from({length: Math.max(0, h - (end - start))}, (_, i) => (
				<Text key={`pad${i}`}> </Text>
			))}
			<Text dimColor>{'─'.repeat(Math.max(0, width))}</Text>
			{detail.map((l, i) => (
				<Text key={i} wrap="truncate">
					{'  '}
					{l}
				</Text>
			))}
		</Box>
	);
}
