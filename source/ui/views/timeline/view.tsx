/**
 * Timeline (3): every event in date order, grouped by year (the undated last, each with the article that
 * mentions it), one line per event with its origin's marker, date at its precision, authority, type, rating,
 * summary and the number of articles reporting it; the selected event's source paragraph below; a strip chart of
 * the years above. Filters (authorities, types, origins, a search within) show in the title and Esc clears them
 * one by one. Curation: `e` edits, `n` adds, `x` marks a press event wrong; the shell writes the change.
 *
 * The state and its rules are in the pure modules beside this one (filters, items, rows, panels, form-model);
 * controller.ts turns keys into the next screen; this file and the components beside it draw.
 */
import {Box, Text} from 'ink';
import {safeLine} from '../../../text/terminal-safety.js';
import {hint} from '../../key-hints.js';
import type {TimelineScreen} from '../../state.js';
import {displayWidth, truncate} from '../../text-layout.js';
import type {ViewEnv, ViewProps} from '../view-types.js';
import {ChartBlock, chartOf} from './chart.js';
import {Detail} from './detail.js';
import {filterSummary} from './filters.js';
import {EventForm} from './form.js';
import {markerLegend} from './labels.js';
import {TimelineList} from './list.js';
import {Picker} from './picker.js';
import {resolveSelection} from './rows.js';
import {layoutOf, linesOf, totalOf} from './selectors.js';

export {timelineController, timelineKeys, timelineWhileReading} from './controller.js';

export function TimelineView({screen, env}: ViewProps<TimelineScreen>) {
	const {width} = env.layout.body;
	const lines = linesOf(env, screen.filters);
	const {items} = lines;
	const lay = layoutOf(env, lines);
	const chart = lay.chartRows ? chartOf(lines.digest.chart, width, lay.chartRows, env.ascii) : null;
	const index = resolveSelection(items, screen.selectedId, screen.pos.selected);
	const selected = items[index];
	const panel = screen.panel;
	return (
		<Box flexDirection="column" width={width}>
			<TitleLine screen={screen} env={env} shown={lines.digest.total} />
			{chart ? <ChartBlock chart={chart.chart} labelWidth={chart.labelWidth} env={env} selected={selected} /> : null}
			{panel?.kind === 'form' ? (
				<EventForm panel={panel} env={env} busy={screen.busy} height={lay.listRows + (lay.detailRows ? lay.detailRows + 1 : 0)} />
			) : panel?.kind === 'picker' ? (
				<Picker panel={panel} env={env} height={lay.listRows} />
			) : (
				<TimelineList lines={lines} index={index} top={screen.pos.top} height={lay.listRows} env={env} screen={screen} />
			)}
			{panel?.kind !== 'form' && lay.detailRows ? (
				<>
					<Text dimColor>{(env.ascii ? '-' : '─').repeat(Math.max(0, width))}</Text>
					<Detail item={selected} env={env} height={lay.detailRows} />
				</>
			) : null}
		</Box>
	);
}

type TitleLineProps = {readonly screen: TimelineScreen; readonly env: ViewEnv; readonly shown: number};

function TitleLine({screen, env, shown}: TitleLineProps) {
	const {width} = env.layout.body;
	const total = totalOf(env, screen.filters.origin === 'wrong');
	if (screen.panel?.kind === 'find') {
		const q = safeLine(screen.filters.query);
		const status = ` · ${shown} of ${total} lines · ${hint('find-done', 'keeps', true)} · ${hint('search-leave', 'leaves', true)}`;
		const room = Math.max(4, width - 10 - displayWidth(status));
		const shownQuery = displayWidth(q) > room ? `…${[...q].slice(-(room - 1)).join('')}` : q;
		return (
			<Text wrap="truncate">
				<Text bold>› find in timeline: </Text>
				{shownQuery}
				<Text inverse> </Text>
				<Text dimColor>{status}</Text>
			</Text>
		);
	}
	const filters = filterSummary(screen.filters).map(safeLine);
	const count = filters.length === 0 ? `${total} events in date order` : `${shown} of ${total} events`;
	const title = `Timeline · ${count}${filters.length ? ` · ${filters.join(' · ')}` : ''}${screen.busy ? ' · saving…' : ''}`;
	const legend = markerLegend(env.ascii, screen.filters.origin === 'wrong');
	const both = displayWidth(title) + 2 + displayWidth(legend) <= width;
	return (
		<Box width={width} height={1} justifyContent="space-between">
			<Text bold wrap="truncate">
				{truncate(title, width)}
			</Text>
			{both ? <Text dimColor>{legend}</Text> : null}
		</Box>
	);
}
