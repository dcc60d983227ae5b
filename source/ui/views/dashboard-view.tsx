/**
 * Dashboard (1): per authority its latest rating with the date, a strip of its judgements over the years,
 * counts and the dates covered; then the most quoted people and the latest events. Nothing invented: `unknown`
 * where the store has nothing. Enter on an authority lists its articles.
 */
import {Box, Text} from 'ink';
import {dashboard, dashboardLimits, type AuthorityRow, type Dashboard} from '../../corpus/dashboard.js';
import {formatDate} from '../../corpus/date-value.js';
import {eventMarks} from '../../corpus/event-kinds.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/terminal-safety.js';
import {dashboardLayout, fitColumns} from '../layout.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import {stripCells, type StripWindow} from '../rating-strip.js';
import type {DashboardScreen} from '../state.js';
import {displayWidth, fit, truncate, wrap} from '../text-layout.js';
import {ratingColour, ratingLegend, type Theme} from '../theme.js';
import {typeLabels} from './timeline/labels.js';
import {coveredText, dashboardColumns, latestText, type DashboardColumn} from './dashboard-columns.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps} from './view-types.js';

/** What the dashboard lists: the UI's limit, and the key of the start snapshot saved beside the store. */
const fromData = memoLast((data: StoreData): Dashboard => dashboard(data, dashboardLimits));

// From the start snapshot while the store loads, then from the store.
function model(env: ViewEnv): Dashboard {
	return env.start?.dashboard ?? fromData(env.data);
}

function layoutOf(env: ViewEnv) {
	return dashboardLayout(env.layout.body, model(env).authorities.length);
}

export const dashboardController: Controller<DashboardScreen> = (screen, input, env) => {
	const d = model(env);
	const count = d.authorities.length;
	const height = Math.max(1, layoutOf(env).tableRows);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, count, height)}};
	if (isCommand(input, 'open')) {
		const row = d.authorities[clampPos(screen.pos, count, height).selected];
		if (!row) return {};
		return {open: {view: 'articles', pos: startPos, sort: {column: 'date', descending: false}, authority: row.authority}};
	}
	return undefined;
};


export function DashboardView({screen, env}: ViewProps<DashboardScreen>) {
	const {theme, colours} = env;
	const {width} = env.layout.body;
	const d = model(env);
	const lay = layoutOf(env);
	const rows = d.authorities;
	if (rows.length === 0) {
		return (
			<Box flexDirection="column">
				<Text bold>Authorities</Text>
				<Text>No authorities in this store yet: import articles with `scrutiny import PATH --db FILE`.</Text>
			</Box>
		);
	}
	const {cols, headers, strip} = dashboardColumns(rows, width);
	const colWidth = new Map(cols.map((c) => [c.key, c.width]));
	const pos = clampPos(screen.pos, rows.length, Math.max(1, lay.tableRows));
	const {start, end} = visibleRange(pos, rows.length, lay.tableRows);
	const selected = rows[pos.selected]!;
	const right = new Set<DashboardColumn>(['articles', 'quotes', 'events']);
	const legend = ratingLegend.map(([l, r]) => `${l} ${r}`).join('  ');
	// The latest events: the type before the authority (whose colour also tells it) when the panel is narrow.
	const eventCols = fitColumns(
		[
			{key: 'date', min: 8, want: Math.max(8, ...d.latestEvents.map((e) => displayWidth(formatDate(e.date)))), priority: 10},
			// The type (the timeline's short label) with its marks ([planned]) and the rating it gave, whole.
			{key: 'type', min: 10, want: Math.max(10, ...d.latestEvents.map((e) => displayWidth(latestWhat(e)))), priority: 9},
			{key: 'authority', min: 6, want: Math.max(6, ...d.latestEvents.map((e) => displayWidth(safeLine(e.authority)))), priority: 8, grow: true},
		],
		Math.max(10, lay.lists.second.width - 2),
	);
	const ew = {date: 0, type: 0, authority: 0, ...Object.fromEntries(eventCols.map((c) => [c.key, c.width]))} as Record<'date' | 'type' | 'authority', number>;
	return (
		<Box flexDirection="column" width={width}>
			<Box justifyContent="space-between" width={width} height={1}>
				<Text bold>Authorities</Text>
				<Text dimColor wrap="truncate">
					{truncate(legend, Math.max(0, width - 13))}
				</Text>
			</Box>
			<Text bold wrap="truncate">
				{'  '}
				{cols.map((c) => fit(headers[c.key], c.width, right.has(c.key) ? 'right' : 'left')).join(' ')}
			</Text>
			{rows.slice(start, end).map((r, i) => {
				const isSel = start + i === pos.selected;
				// One text of styled parts, not a box of texts: a node for the layout to measure per row, not nine.
				return (
					<Text key={r.authority} wrap="truncate">
						<Text inverse={isSel}>{isSel ? '› ' : '  '}</Text>
						{cols.map((c, ci) => {
							const w = colWidth.get(c.key)!;
							const sep = ci < cols.length - 1 ? ' ' : '';
							switch (c.key) {
								case 'authority':
									return (
										<Text key={c.key} bold={isSel} {...(theme.color ? {color: colours.get(r.authority)} : {})}>
											{fit(safeLine(r.authority), w)}
											{sep}
										</Text>
									);
								case 'latest':
									return (
										<Text key={c.key} {...(theme.color ? {color: ratingColour(r.latestRating?.rating)} : {})}>
											{fit(latestText(r), w)}
											{sep}
										</Text>
									);
								case 'strip':
									return <Strip key={c.key} row={r} years={strip} width={w} theme={theme} sep={sep} />;
								case 'covered':
									return (
										<Text key={c.key}>
											{fit(coveredText(r), w)}
											{sep}
										</Text>
									);
								default: {
									const n = c.key === 'articles' ? r.articles : c.key === 'quotes' ? r.quotes : r.events;
									return (
										<Text key={c.key}>
											{fit(String(n), w, 'right')}
											{sep}
										</Text>
									);
								}
							}
						})}
					</Text>
				);
			})}
			<Detail row={selected} width={width} rows={lay.detailRows} />
			<Text> </Text>
			<Box flexDirection={lay.lists.direction} width={width}>
				<Box flexDirection="column" width={lay.lists.first.width} height={lay.lists.first.height}>
					<Text bold>Most quoted</Text>
					{d.mostQuoted.length === 0 ? <Text dimColor>none yet</Text> : null}
					{d.mostQuoted.slice(0, lay.listItems).map((p) => (
						<Text key={p.id} wrap="truncate">
							{'  '}
							{fit(safeLine(p.name), Math.max(4, lay.lists.first.width - 9))} {fit(String(p.quotes), 4, 'right')}
						</Text>
					))}
				</Box>
				{lay.lists.direction === 'row' ? <Box width={1} /> : <Text> </Text>}
				<Box flexDirection="column" width={lay.lists.second.width} height={lay.lists.second.height}>
					<Text bold>Latest events</Text>
					{d.latestEvents.length === 0 ? <Text dimColor>none yet</Text> : null}
					{d.latestEvents.slice(0, lay.listItems).map((e) => (
						<Text key={e.id} wrap="truncate">
							{'  '}
							{fit(formatDate(e.date), ew.date)}{' '}
							<Text {...(theme.color ? {color: colours.get(e.authority)} : {})}>{fit(safeLine(e.authority), ew.authority)}</Text>{' '}
							<WhatCell event={e} width={ew.type} theme={theme} />
						</Text>
					))}
				</Box>
			</Box>
		</Box>
	);
}

type WhatProps = {readonly event: Dashboard['latestEvents'][number]; readonly width: number; readonly theme: Theme};

/** What a latest event is, as the timeline names it: marks, short type label, the rating in full. */
function latestWhat(e: WhatProps['event']): string {
	return `${eventMarks(e)}${typeLabels[e.type]}${e.rating ? ` ${e.rating}` : ''}`;
}

/** A latest event's marks, type and rating in one cell of `width`, the rating in its colour. */
function WhatCell({event: e, width, theme}: WhatProps) {
	const head = `${eventMarks(e)}${typeLabels[e.type]}`;
	if (!e.rating) return <Text>{fit(head, width)}</Text>;
	const cell = fit(latestWhat(e), width);
	const cut = Math.min(cell.length, head.length);
	return (
		<Text>
			{cell.slice(0, cut)}
			<Text {...(theme.color ? {color: ratingColour(e.rating)} : {})}>{cell.slice(cut)}</Text>
		</Text>
	);
}

type StripProps = {readonly row: AuthorityRow; readonly years: StripWindow | null; readonly width: number; readonly theme: Theme; readonly sep: string};

/** The judgement strip: each year's rating letter, in the rating's colour (inverse) when colour is on. */
function Strip({row, years, width, theme, sep}: StripProps) {
	if (!years) return <Text>{fit('none', width)}{sep}</Text>;
	const cells = stripCells(row.judgements, years.from, years.to, width);
	const pad = ' '.repeat(Math.max(0, width - cells.length));
	return (
		<Text>
			{cells.map((c) => {
				const colour = ratingColour(c.rating);
				if (c.letter === '·') return <Text key={c.year} dimColor>·</Text>;
				return (
					<Text key={c.year} bold {...(theme.color && colour ? {color: colour, inverse: true} : {})}>
						{c.letter}
					</Text>
				);
			})}
			{pad}
			{sep}
		</Text>
	);
}

type DetailProps = {readonly row: AuthorityRow; readonly width: number; readonly rows: number};

/** The selected authority in words, wrapped: everything the table abbreviates. */
function Detail({row, width, rows}: DetailProps) {
	const latest = row.latestRating ? `${row.latestRating.rating} (${formatDate(row.latestRating.date)}, ${row.latestRating.origin === 'ofsted' ? 'Ofsted' : 'reported'})` : 'unknown';
	const judgements = row.judgements.length ? row.judgements.map((j) => `${j.year} ${j.rating ?? 'rating not recorded'}${j.origin === 'ofsted' ? (j.reported ? ' (Ofsted; grade as the press reported it)' : ' (Ofsted)') : ''}`).join(', ') : 'none recorded';
	const text = `${safeLine(row.authority)}: latest rating ${latest} · judgements: ${judgements} · ${row.articles} articles, ${row.quotes} quotes, ${row.events} events · covered ${coveredText(row)}`;
	const lines = wrap(text, Math.max(10, width - 2));
	const shown = lines.length > rows ? [...lines.slice(0, rows - 1), truncate(lines.slice(rows - 1).join(' '), width - 2)] : lines;
	return (
		<Box flexDirection="column" width={width} height={rows}>
			{shown.map((l, i) => (
				<Text key={i} dimColor wrap="truncate">
					{'  '}
					{l}
				</Text>
			))}
		</Box>
	);
}

export const dashboardTitle = () => 'Dashboard';
