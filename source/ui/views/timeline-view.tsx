/**
 * Timeline (3): every event in date order, grouped by year (the undated last, each with the article that
 * mentions it), one line per event with its origin's marker, date at its precision, authority, type, rating,
 * summary and the number of articles reporting it; the selected event's source paragraph below; a strip chart of
 * the years above. Filters (authorities, types, origins, a search within) show in the title and Esc clears them
 * one by one. Curation: `e` edits, `n` adds, `x` marks a press event wrong; the shell writes the change.
 *
 * The state and its rules are in timeline-model.ts; this file turns keys into model calls and draws.
 */
import {Box, Text} from 'ink';
import {blankDraft, draftOf, validateDraft, type CurationEdit} from '../../corpus/curation.js';
import {formatDate} from '../../corpus/date-value.js';
import {findArticle} from '../../corpus/lookups.js';
import {storeAuthorities, timeline, type EventView} from '../../corpus/queries.js';
import type {EventType, StoreData} from '../../corpus/schema.js';
import {asciiGlyphs, blockGlyphs, timelineChart, type Chart, type ChartSegment} from '../../corpus/timeline-chart.js';
import {safeBlock, safeLine} from '../../text/sanitize.js';
import type {KeyContext} from '../keymap.js';
import {fitColumns} from '../layout.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import {readerScreen, type Screen, type TimelineScreen} from '../state.js';
import {displayWidth, fit, takeWidth, truncate, wrap} from '../text-layout.js';
import {ratingColour, type Colour, type Theme, colourProps} from '../theme.js';
import {
	clearLastFilter,
	cycleChoice,
	dateHint,
	defaultAuthority,
	deleteInField,
	filterItems,
	filterSummary,
	markerLegend,
	moveItem,
	nextField,
	nextOriginMode,
	noFilters,
	originMarker,
	originModeLabels,
	originNames,
	pickerItems,
	ratingLabel,
	recordIds,
	resolveSelection,
	rowOfItem,
	statusNames,
	textFields,
	timelineItems,
	timelineLayout,
	timelineRows,
	togglePick,
	typeIntoField,
	typeLabels,
	windowTop,
	withFilter,
	yearHeader,
	yearJump,
	type FormPanel,
	type OriginMode,
	type PickerPanel,
	type TimelineFilters,
	type TimelineItem,
	type TimelineLayout,
	type TimelineRow,
} from './timeline-model.js';
import {isCommand, moveOf, type Controller, type ControllerResult, type SaveOutcome, type ViewEnv, type ViewInput, type ViewProps} from './view-types.js';
import {largest} from '../../text/largest.js';

// Typing in the search box changes only the query: the lines before it are kept, and only filtered again.
const baseOf = memoLast((data: StoreData, authorities: readonly string[], types: readonly EventType[], origin: OriginMode): TimelineItem[] =>
	timelineItems(data, {...noFilters, authorities, types, origin}),
);
const queried = memoLast((base: TimelineItem[], query: string): TimelineItem[] => filterItems(base, query));
function itemsOf(data: StoreData, f: TimelineFilters): TimelineItem[] {
	return queried(baseOf(data, f.authorities, f.types, f.origin), f.query);
}
const rowsOf = memoLast((items: TimelineItem[]): TimelineRow[] => timelineRows(items));
const allLines = memoLast((data: StoreData): EventView[] => timeline(data));
/** Lines without filters: with the hidden ones when they are shown, so that "n of total" never has n > total. */
const totalOf = memoLast((data: StoreData, withHidden: boolean): number => timelineItems(data, withHidden ? {...noFilters, origin: 'wrong'} : noFilters).length);
const authoritiesOf = memoLast((data: StoreData): string[] => storeAuthorities(data));

/** Where keys go: the list, or the panel open over it. */
export function timelineKeys(screen: TimelineScreen): KeyContext {
	switch (screen.panel?.kind) {
		case 'find':
			return {view: 'timeline-find', typing: true};
		case 'picker':
			return {view: 'timeline-picker', typing: false};
		case 'form':
			return {view: 'timeline-form', typing: true};
		default:
			return {view: 'timeline', typing: false};
	}
}

function layoutOf(env: ViewEnv, items: readonly TimelineItem[]): TimelineLayout {
	return timelineLayout(env.layout.body, new Set(items.map((i) => i.line.authority)).size);
}

/** The screen with the line at `index` selected and the window moved to show it. */
function select(screen: TimelineScreen, items: readonly TimelineItem[], index: number, listRows: number): TimelineScreen {
	const rows = rowsOf(items as TimelineItem[]);
	const i = Math.min(Math.max(0, index), Math.max(0, items.length - 1));
	const top = windowTop(rows, rowOfItem(rows, i), screen.pos.top, listRows);
	return {...screen, pos: {selected: i, top}, selectedId: items[i]?.line.id ?? null};
}

/**
 * The screen with new filters. The selection stays on its line where that line is still listed; where it is
 * not, the first line is shown selected but the line is remembered, and selected again when a filter brings it
 * back (cycling the origins comes back to where one was).
 */
function refilter(screen: TimelineScreen, filters: TimelineFilters, env: ViewEnv, extra: Partial<TimelineScreen> = {}): TimelineScreen {
	const items = itemsOf(env.data, filters);
	const next = select({...screen, ...extra, filters, pos: {...screen.pos, top: 0}}, items, resolveSelection(items, screen.selectedId, 0), layoutOf(env, items).listRows);
	const listed = screen.selectedId !== null && items.some((i) => i.line.id === screen.selectedId);
	return listed || screen.selectedId === null ? next : {...next, selectedId: screen.selectedId};
}

/** The article and paragraph a line's source is: its own, else its first report's. */
function sourceOf(line: EventView): {articleId: string; paragraph: number} | null {
	if (line.articleId) return {articleId: line.articleId, paragraph: line.paragraph ?? 1};
	const s = line.sources[0];
	return s ? {articleId: s.articleId, paragraph: s.paragraph} : null;
}

/** Applies a finished save to a timeline screen: closes the form and selects the record, or shows why it failed. */
function afterSave(outcome: SaveOutcome): (s: Screen) => Screen {
	return (s) => {
		if (s.view !== 'timeline' || !s.busy) return s;
		const form = s.panel?.kind === 'form' ? s.panel : null;
		if (outcome.ok) return {...s, busy: false, panel: form ? null : s.panel, selectedId: outcome.id};
		return {...s, busy: false, panel: form ? {...form, error: {field: form.field, message: outcome.message}} : s.panel};
	};
}

export const timelineController: Controller<TimelineScreen> = (screen, input, env) => {
	switch (screen.panel?.kind) {
		case 'find':
			return findInput(screen, input, env);
		case 'picker':
			return pickerInput(screen, screen.panel, input, env);
		case 'form':
			return formInput(screen, screen.panel, input, env);
		default:
			return listInput(screen, input, env);
	}
};

function listInput(screen: TimelineScreen, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const items = itemsOf(env.data, screen.filters);
	const lay = layoutOf(env, items);
	const current = resolveSelection(items, screen.selectedId, screen.pos.selected);
	const item = items[current];
	const move = moveOf(input);
	if (move) return {screen: select(screen, items, moveItem(current, move, items.length, lay.listRows - 1), lay.listRows)};
	if (!('command' in input)) return undefined;
	switch (input.command) {
		case 'previous-year':
		case 'next-year':
			return {screen: select(screen, items, yearJump(items, current, input.command === 'next-year' ? 1 : -1), lay.listRows)};
		case 'open': {
			const src = item ? sourceOf(item.line) : null;
			if (!src) return item ? {notice: 'no article reports this event: it is official data or your own'} : {};
			return {open: readerScreen(src.articleId, src.paragraph)};
		}
		case 'timeline-find':
			return {screen: {...screen, panel: {kind: 'find'}}};
		case 'pick-authorities':
		case 'pick-types': {
			const of = input.command === 'pick-authorities' ? 'authorities' : 'types';
			return {screen: {...screen, panel: {kind: 'picker', of, pos: startPos, picked: [...screen.filters[of]]}}};
		}
		case 'cycle-origin':
			return {screen: refilter(screen, withFilter(screen.filters, 'origin', nextOriginMode(screen.filters.origin)), env)};
		case 'clear-filter': {
			const cleared = clearLastFilter(screen.filters);
			return cleared ? {screen: refilter(screen, cleared, env)} : {back: true};
		}
		case 'edit-event':
		case 'add-event':
		case 'mark-wrong':
			return curate(screen, input.command, item, env);
		default:
			return undefined;
	}
}

function curate(screen: TimelineScreen, command: 'edit-event' | 'add-event' | 'mark-wrong', item: TimelineItem | undefined, env: ViewEnv): ControllerResult {
	if (screen.busy) return {notice: 'saving the last change…'};
	if (!env.canSave) return {notice: 'this store cannot be written from here'};
	if (command === 'add-event') {
		const draft = blankDraft(defaultAuthority(screen.filters, item?.line, env.data));
		return {screen: {...screen, panel: {kind: 'form', target: null, draft, field: 'date', error: null}}};
	}
	if (!item) return {notice: 'no event selected'};
	const {line, status} = item;
	if (command === 'edit-event') {
		if (line.origin === 'ofsted') return {notice: 'official judgements are not edited: n adds a curated event beside it'};
		if (status !== 'current') return {notice: `this line is ${statusNames[status]}: ${status === 'wrong' ? 'x unmarks it first' : 'edit the curated line instead'}`};
		return {screen: {...screen, panel: {kind: 'form', target: {id: line.id, ids: recordIds(line), origin: line.origin}, draft: draftOf(line), field: 'date', error: null}}};
	}
	let edit: CurationEdit;
	if (status === 'wrong') edit = {kind: 'unmark-wrong', ids: recordIds(line)};
	else if (status === 'current' && line.origin === 'extracted') edit = {kind: 'mark-wrong', ids: recordIds(line)};
	else return {notice: `only press events (${originMarker('extracted', 'current', env.ascii)}) are marked wrong${line.origin === 'curated' ? ': e edits your own' : ''}`};
	return {screen: {...screen, busy: true}, save: {edit, then: afterSave}};
}

function findInput(screen: TimelineScreen, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const setQuery = (query: string) => ({screen: refilter(screen, withFilter(screen.filters, 'query', query), env)});
	if ('text' in input) return setQuery(screen.filters.query + input.text);
	if (moveOf(input)) return listInput(screen, input, env);
	switch (input.command) {
		case 'search-delete':
			return setQuery([...screen.filters.query].slice(0, -1).join(''));
		case 'search-clear':
			return setQuery('');
		case 'search-leave':
		case 'find-done':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

function pickerHeight(env: ViewEnv, items: readonly TimelineItem[]): number {
	return Math.max(1, layoutOf(env, items).listRows - 1);
}

function pickerInput(screen: TimelineScreen, panel: PickerPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const choices = pickerItems(env.data, panel.of, allLines(env.data));
	const h = pickerHeight(env, itemsOf(env.data, screen.filters));
	const move = moveOf(input);
	if (move) return {screen: {...screen, panel: {...panel, pos: movePos(panel.pos, move, choices.length, h)}}};
	if (!('command' in input)) return undefined;
	switch (input.command) {
		case 'picker-toggle': {
			const choice = choices[clampPos(panel.pos, choices.length, h).selected];
			return choice ? {screen: {...screen, panel: {...panel, picked: togglePick(panel.picked, choice.value)}}} : {};
		}
		case 'picker-apply': {
			const filters = panel.of === 'authorities' ? withFilter(screen.filters, 'authorities', panel.picked) : withFilter(screen.filters, 'types', panel.picked as EventType[]);
			return {screen: refilter(screen, filters, env, {panel: null})};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

function formInput(screen: TimelineScreen, panel: FormPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const set = (p: Partial<FormPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	// Editing a field clears its error: the message was about the old text.
	const edited = (draft: FormPanel['draft']) => set({draft, error: panel.error?.field === panel.field ? null : panel.error});
	if (screen.busy) return isCommand(input, 'panel-cancel') ? {notice: 'saving…'} : {};
	if ('text' in input) return edited(typeIntoField(panel.draft, panel.field, input.text));
	switch (input.command) {
		case 'search-delete':
			return edited(deleteInField(panel.draft, panel.field));
		case 'search-clear':
			return edited(deleteInField(panel.draft, panel.field, true));
		case 'form-next':
		case 'form-previous':
			return set({field: nextField(panel.field, input.command === 'form-next' ? 1 : -1)});
		case 'form-option-next':
		case 'form-option-previous':
			return edited(cycleChoice(panel.draft, panel.field, input.command === 'form-option-next' ? 1 : -1, authoritiesOf(env.data)));
		case 'form-save': {
			const v = validateDraft(env.data, panel.draft, env.today());
			if (!v.ok) return set({field: v.field, error: {field: v.field, message: v.error}});
			const edit: CurationEdit = panel.target ? {kind: 'edit', id: panel.target.id, ids: panel.target.ids, draft: panel.draft} : {kind: 'add', draft: panel.draft};
			return {screen: {...screen, busy: true, panel: {...panel, error: null}}, save: {edit, then: afterSave}};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing


export function TimelineView({screen, env}: ViewProps<TimelineScreen>) {
	const {width} = env.layout.body;
	const items = itemsOf(env.data, screen.filters);
	const lay = layoutOf(env, items);
	const chart = lay.chartRows ? chartOf(items, width, lay.chartRows, env.ascii) : null;
	const index = resolveSelection(items, screen.selectedId, screen.pos.selected);
	const selected = items[index];
	const panel = screen.panel;
	return (
		<Box flexDirection="column" width={width}>
			<TitleLine screen={screen} env={env} shown={items.length} />
			{chart ? <ChartBlock chart={chart.chart} labelWidth={chart.labelWidth} env={env} selected={selected} /> : null}
			{panel?.kind === 'form' ? (
				<EventForm panel={panel} env={env} busy={screen.busy} height={lay.listRows + (lay.detailRows ? lay.detailRows + 1 : 0)} />
			) : panel?.kind === 'picker' ? (
				<Picker panel={panel} env={env} height={lay.listRows} />
			) : (
				<TimelineList items={items} index={index} top={screen.pos.top} height={lay.listRows} env={env} screen={screen} />
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

const chartOf = memoLast((items: TimelineItem[], width: number, maxRows: number, ascii: boolean): {chart: Chart; labelWidth: number} | null => {
	const lines = items.map((i) => i.line);
	const labelWidth = Math.min(24, largest([...new Set(lines.map((l) => l.authority))].map((a) => displayWidth(safeLine(a))), 10));
	const chart = timelineChart(lines, {width: width - labelWidth - 1, maxRows, glyphs: ascii ? asciiGlyphs : blockGlyphs});
	return chart ? {chart, labelWidth} : null;
});

type TitleLineProps = {readonly screen: TimelineScreen; readonly env: ViewEnv; readonly shown: number};

function TitleLine({screen, env, shown}: TitleLineProps) {
	const {width} = env.layout.body;
	const total = totalOf(env.data, screen.filters.origin === 'wrong');
	if (screen.panel?.kind === 'find') {
		const q = safeLine(screen.filters.query);
		const status = ` · ${shown} of ${total} lines · Enter keeps · Esc leaves`;
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

type ChartBlockProps = {readonly chart: Chart; readonly labelWidth: number; readonly env: ViewEnv; readonly selected: TimelineItem | undefined};

function ChartBlock({chart, labelWidth, env, selected}: ChartBlockProps) {
	const {theme, colours} = env;
	const more = chart.more ? `+${chart.more} more (a picks)` : '';
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

type TimelineListProps = {
	readonly items: readonly TimelineItem[];
	readonly index: number;
	readonly top: number;
	readonly height: number;
	readonly env: ViewEnv;
	readonly screen: TimelineScreen;
};

const listColumns = memoLast((items: TimelineItem[], width: number) => {
	const lines = items.map((i) => i.line);
	const widest = (f: (l: EventView) => string, cap: number) => Math.min(cap, largest(lines.map((l) => displayWidth(f(l))), 0));
	return fitColumns(
		[
			{key: 'date', min: 8, want: Math.max(8, widest((l) => formatDate(l.date), 11)), priority: 10},
			{key: 'authority', min: 6, want: widest((l) => safeLine(l.authority), 15), priority: 7},
			{key: 'type', min: 7, want: widest((l) => typeLabels[l.type], 13), priority: 9},
			{key: 'rating', min: 4, want: widest((l) => (l.rating ? ratingLabel(l.rating) : l.reportedRating ? `(${ratingLabel(l.reportedRating)})` : ''), 14), priority: 6},
			{key: 'count', min: 2, want: 3, priority: 5},
			{key: 'summary', min: 12, want: 12, priority: 8, grow: true},
		],
		width,
	);
});

function TimelineList({items, index, top, height, env, screen}: TimelineListProps) {
	const {theme, colours, ascii} = env;
	const {width} = env.layout.body;
	if (items.length === 0) {
		const filtered = screen.filters.order.length > 0;
		return (
			<Box flexDirection="column" height={height}>
				<Text wrap="truncate">{filtered ? 'No events match these filters.' : 'No events in this store yet.'}</Text>
				<Text dimColor wrap="truncate">
					{filtered ? 'Esc clears the filters one by one.' : 'Import articles (scrutiny import PATH) or add an event with n.'}
				</Text>
			</Box>
		);
	}
	const rows = rowsOf(items as TimelineItem[]);
	const t = windowTop(rows, rowOfItem(rows, index), top, height);
	const {start, end} = visibleRange({selected: Math.min(rows.length - 1, t), top: t}, rows.length, height);
	const cols = listColumns(items as TimelineItem[], width - 3);
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
				const summary = line.date.value === null && item.articleTitle ? `in “${safeLine(item.articleTitle)}” (${item.articlePublished}): ${safeLine(line.summary)}` : safeLine(line.summary);
				const count = item.articles ? `${ascii ? 'x' : '×'}${item.articles}` : '';
				return (
					<Box key={line.id} height={1}>
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
					</Box>
				);
			})}
		</Box>
	);
}

/** The selected line in full: what, where from, and the source paragraph's text. */
export function detailLines(item: TimelineItem | undefined, data: StoreData, width: number, height: number, ascii: boolean): string[] {
	if (!item) return [];
	const {line, status} = item;
	const rating = line.rating ?? (line.reportedRating ? `${line.reportedRating} (as the press reported it)` : null);
	const articles = item.articles ? `${item.articles} article${item.articles === 1 ? '' : 's'}` : 'no article';
	// A date known only to the month or year says so: it sorts at the start of its month or year.
	const precision = {day: '', month: ' (month only)', year: ' (year only)', unknown: ''}[line.date.precision];
	const what = [
		`${originMarker(line.origin, status, ascii)} ${formatDate(line.date)}${precision}`,
		safeLine(line.authority),
		line.type,
		...(rating ? [rating] : []),
		`${originNames[line.origin]}${status !== 'current' ? `, ${statusNames[status]}` : ''}`,
		articles,
	].join(' · ');
	const src = sourceOf(line);
	const article = src ? findArticle(data, src.articleId) : undefined;
	let body: string;
	if (article && src) {
		const text = safeLine(safeBlock(article.paragraphs[src.paragraph - 1] ?? ''));
		body = `¶${src.paragraph} of “${safeLine(article.title)}” (${formatDate(article.published)}): ${text || safeLine(line.summary)}`;
	} else if (line.origin === 'ofsted') body = 'Official Ofsted judgement (ILACS history); no article in this store reports it.';
	else body = `${safeLine(line.summary)} — no source paragraph${line.origin === 'curated' ? ' (added by a researcher)' : ''}.`;
	const wrapped = wrap(body, width);
	const room = Math.max(0, height - 1);
	const shown = wrapped.slice(0, room);
	if (wrapped.length > room && room > 0) shown[room - 1] = `${takeWidth(shown[room - 1]!, width - 1)}…`;
	return [truncate(what, width), ...shown];
}

function Detail({item, env, height}: {readonly item: TimelineItem | undefined; readonly env: ViewEnv; readonly height: number}) {
	const {width} = env.layout.body;
	const lines = detailLines(item, env.data, width, height, env.ascii);
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

function Picker({panel, env, height}: {readonly panel: PickerPanel; readonly env: ViewEnv; readonly height: number}) {
	const {width} = env.layout.body;
	const choices = pickerItems(env.data, panel.of, allLines(env.data));
	const h = Math.max(1, height - 1);
	const pos = clampPos(panel.pos, choices.length, h);
	const {start, end} = visibleRange(pos, choices.length, h);
	const title = `Show ${panel.of === 'authorities' ? 'authorities' : 'event types'} · ${panel.picked.length} picked · Space picks · Enter applies (none: all) · Esc cancels`;
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate">
				{truncate(title, width)}
			</Text>
			{choices.slice(start, end).map((c, i) => {
				const isSel = start + i === pos.selected;
				const picked = panel.picked.includes(c.value);
				return (
					<Text key={c.value} wrap="truncate">
						<Text inverse={isSel}>{isSel ? '›' : ' '}</Text> [{picked ? 'x' : ' '}] {fit(safeLine(c.label), Math.max(10, Math.min(40, width - 24)))} <Text dimColor>{`${c.count} line${c.count === 1 ? '' : 's'}`}</Text>
					</Text>
				);
			})}
		</Box>
	);
}

const fieldLabels = {date: 'Date', type: 'Type', rating: 'Rating', authority: 'Authority', summary: 'Summary'} as const;

function EventForm({panel, env, busy, height}: {readonly panel: FormPanel; readonly env: ViewEnv; readonly busy: boolean; readonly height: number}) {
	const {width, theme} = {width: env.layout.body.width, theme: env.theme};
	const valueWidth = Math.max(10, width - 14);
	const heading = panel.target
		? panel.target.origin === 'curated'
			? 'Edit your event (curated; changed in place)'
			: 'Edit event: saved as a curated copy that replaces the press report (re-imports keep it)'
		: 'Add an event of your own (curated; re-imports keep it)';
	const hints: Record<keyof typeof fieldLabels, string> = {
		date: dateHint(panel.draft.date),
		type: panel.draft.type,
		rating: panel.draft.rating ? '' : 'none',
		authority: '←/→ the store’s authorities, or type a name',
		summary: '',
	};
	const shown = (field: keyof typeof fieldLabels): string => {
		const v = safeLine(field === 'type' ? typeLabels[panel.draft.type] : field === 'rating' ? panel.draft.rating || 'none' : panel.draft[field]);
		if (textFields.includes(field)) return v;
		return `‹ ${v} ›`;
	};
	const rows = (['date', 'type', 'rating', 'authority', 'summary'] as const).map((field) => {
		const focused = panel.field === field;
		const value = shown(field);
		const hint = hints[field];
		// The focused text field shows its end, where one types, with the cursor.
		const cursorRoom = focused && textFields.includes(field) ? 1 : 0;
		const room = Math.max(4, (hint && field !== 'summary' ? Math.min(valueWidth, 30) : valueWidth) - cursorRoom);
		const visible = focused && displayWidth(value) > room ? `…${[...value].slice(-(room - 1)).join('')}` : truncate(value, room);
		return {field, focused, visible, hint, pad: Math.max(0, room - displayWidth(visible))};
	});
	const error = panel.error;
	const footer = busy ? 'saving…' : 'Enter saves (locked, atomic write) · Tab/↑↓ field · ←/→ choice · Esc cancels';
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate">
				{truncate(heading, width)}
			</Text>
			{rows.map((r) => (
				<Text key={r.field} wrap="truncate">
					<Text inverse={r.focused}>{r.focused ? '›' : ' '}</Text> <Text bold={r.focused}>{fit(fieldLabels[r.field], 10)}</Text> {r.visible}
					{r.focused && textFields.includes(r.field) ? <Text inverse> </Text> : null}
					{r.hint && r.field !== 'summary' ? <Text dimColor>{`${' '.repeat(r.pad)}  ${r.hint}`}</Text> : null}
				</Text>
			))}
			{error ? (
				<Text bold wrap="truncate" {...colourProps(theme, 'red')}>
					{truncate(`${env.ascii ? '!' : '✗'} ${fieldLabels[error.field]}: ${safeLine(error.message)}`, width)}
				</Text>
			) : null}
			<Text dimColor wrap="truncate">
				{truncate(footer, width)}
			</Text>
		</Box>
	);
}
