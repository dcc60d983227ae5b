/**
 * A frequency table (`F` on a list): how many of the rows on screen have each value of a column, most first,
 * with the percentage and a bar; Tab (or ←/→) counts by another column; Enter goes back to the list filtered to
 * the value where the list has that filter; `S`/`M` save the table; Esc goes back to the list as it was.
 */
import {Box, Text} from 'ink';
import {formatPercent} from '../../corpus/frequency.js';
import {largest} from '../../text/largest.js';
import {safeLine} from '../../text/terminal-safety.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import type {FrequencyScreen} from '../state.js';
import {displayWidth, fit, truncate} from '../text-layout.js';
import {cycleColumn, filterTo, listOfScreen, tableOf} from './frequency-model.js';
import {saveFormatOf, saveRequest} from './list-actions.js';
import {frequencyFile} from './shown-list.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';
import {articlesWhileReading} from './articles-view.js';
import {peopleWhileReading} from './people-view.js';
import {snapshotAnswers} from './timeline/selectors.js';

/** Rows of values: the body less the title, the column chooser, the heading and the note below. */
function tableHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 4);
}

export const frequencyController: Controller<FrequencyScreen> = (screen, input, env) => {
	const {list, table} = tableOf(screen, env);
	const h = tableHeight(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, table.rows.length, h)}};
	const format = saveFormatOf(input);
	if (format) return saveRequest({...list, slug: `${list.slug}-by-${screen.column}`}, (f) => frequencyFile(table, list, f), format);
	if (isCommand(input, 'frequency-column-next') || isCommand(input, 'frequency-column-previous')) {
		const column = cycleColumn(list.columns, screen.column, isCommand(input, 'frequency-column-next') ? 1 : -1);
		return {screen: {...screen, column, pos: startPos}};
	}
	if (isCommand(input, 'frequency-filter')) {
		const row = table.rows[clampPos(screen.pos, table.rows.length, h).selected];
		if (!row) return {notice: 'nothing to filter by'};
		const change = filterTo(screen.of, screen.column, row);
		return typeof change === 'string' ? {notice: change} : {backTo: change};
	}
	return undefined;
};

/**
 * While the store is read, the table counts the list as it is drawn from what is saved beside the store: every
 * saved line of the timeline (its search within applied), the articles or people list; before those are read,
 * the counts saved with them.
 */
export const frequencyWhileReading: WhileReading<FrequencyScreen> = {
	draws: ({of}, env) => {
		// Until every line is read, the counts saved with them answer the unfiltered timeline.
		if (of.view === 'timeline') return snapshotAnswers(of.filters) && Boolean(env.timeline?.complete || (env.timeline?.counts && of.filters.query === ''));
		if (of.view === 'articles') return articlesWhileReading.draws(of, env);
		return of.view === 'people' && peopleWhileReading.draws(of, env);
	},
	takes: () => true,
};

export function frequencyTitle(screen: FrequencyScreen, env: ViewEnv): string {
	return `Frequency: ${safeLine(listOfScreen(screen.of, env).name)}`;
}

export function FrequencyView({screen, env}: ViewProps<FrequencyScreen>) {
	const {width} = env.layout.body;
	const {list, table} = tableOf(screen, env);
	const h = tableHeight(env);
	const pos = clampPos(screen.pos, table.rows.length, h);
	const {start, end} = visibleRange(pos, table.rows.length, h);
	const labels = table.rows.map((r) => safeLine(r.label));
	const countWidth = Math.max(5, String(largest(table.rows.map((r) => r.count), 0)).length);
	const labelWidth = Math.min(Math.max(displayWidth(table.label), largest(labels.map(displayWidth), 0)), Math.max(8, Math.floor(width * 0.45)));
	// Marker, label, count, percent and the gaps between them; the bar takes what is left, up to a readable length.
	const barWidth = Math.min(40, Math.max(0, width - 2 - labelWidth - 2 - countWidth - 2 - 7 - 2));
	const most = largest(table.rows.map((r) => r.count), 0);
	const bar = env.ascii ? '#' : '█';
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				{truncate(`${safeLine(list.name)} · ${table.total} ${table.unit ?? list.unit} by ${table.label} · ${table.rows.length} values`, width)}
			</Text>
			<Text wrap="truncate">
				{list.columns.map((c) => (
					<Text key={c} inverse={c === screen.column}>
						{` ${c} `}
					</Text>
				))}
			</Text>
			{table.rows.length === 0 ? (
				<Text>Nothing to count: no {list.unit} on screen.</Text>
			) : (
				<>
					<Text dimColor wrap="truncate">
						{'  '}
						{fit(table.label, labelWidth)} {fit('count', countWidth, 'right')} {fit('share', 7, 'right')}
					</Text>
					{table.rows.slice(start, end).map((r, i) => {
						const index = start + i;
						const isSel = index === pos.selected;
						const length = most === 0 ? 0 : Math.max(r.count > 0 ? 1 : 0, Math.round((r.count / most) * barWidth));
						return (
							<Text key={`${r.value ?? ''}:${index}`} inverse={isSel} wrap="truncate">
								{isSel ? '› ' : '  '}
								<Text dimColor={r.value === null}>{fit(labels[index]!, labelWidth)}</Text> {fit(String(r.count), countWidth, 'right')} {fit(formatPercent(r.percent), 7, 'right')} {bar.repeat(length)}
							</Text>
						);
					})}
				</>
			)}
			{table.multiple ? (
				<Text dimColor wrap="truncate">
					{truncate(`Some ${list.unit} have several values of ${table.label}: each counts under every one, so the shares add up to more than 100%.`, width)}
				</Text>
			) : null}
		</Box>
	);
}
