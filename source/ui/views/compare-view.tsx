/**
 * Compare (4): two authorities side by side (by default the two with the most press events). The rows of
 * `compareRows` with both sides on one line, then the two timelines aligned by calendar month or (`m`) by
 * months since each side's 'inadequate' judgement; below 100 columns the timelines stack, below 80 the rows
 * too. `c` chooses either side from a fuzzy list of every authority in the store; `/` searches the quotes of
 * both sides at once, one column each, and Enter opens a quote in the reader.
 *
 * The model is in compare-model.ts; this file turns keys into model calls and draws.
 */
import {Box, Text} from 'ink';
import type {StoreData} from '../../corpus/schema.js';
import {formatDate} from '../../corpus/date-value.js';
import {safeLine} from '../../text/sanitize.js';
import {SpanLineText} from '../components/span-line.js';
import type {KeyContext} from '../keymap.js';
import {kwic} from '../kwic.js';
import {split} from '../layout.js';
import {clampPos, movePos, scrollBy, startPos, visibleRange, type ListPos} from '../list-window.js';
import {memoLast} from '../memo.js';
import {readerScreen, type CompareScreen} from '../state.js';
import {displayWidth, fit, truncate} from '../text-layout.js';
import {colourProps, type Colour, type Theme} from '../theme.js';
import {
	chooseAuthorities,
	chooserDetail,
	chooserItems,
	choosePair,
	compareLayout,
	compareLines,
	comparePair,
	labelWidth,
	quoteMatches,
	shortName,
	type ChooserPanel,
	type CompareModel,
	type QuoteMatch,
	type QuotesPanel,
	type Side,
} from './compare-model.js';
import {moveOf, type Controller, type ControllerResult, type ViewEnv, type ViewInput, type ViewProps} from './view-types.js';

const modelOf = memoLast((data: StoreData, pair: CompareScreen['pair']): CompareModel | null => comparePair(data, pair));
const linesOf = memoLast(compareLines);
const itemsOf = memoLast(chooserItems);
const chosenOf = memoLast(chooseAuthorities);
const matchesOf = memoLast((data: StoreData, left: string, right: string, query: string): readonly [QuoteMatch[], QuoteMatch[]] => [quoteMatches(data, left, query), quoteMatches(data, right, query)]);

/** Where keys go: the comparison, or the panel open over it (both panels have a text box). */
export function compareKeys(screen: CompareScreen): KeyContext {
	if (screen.panel?.kind === 'chooser') return {view: 'compare-chooser', typing: true};
	if (screen.panel?.kind === 'quotes') return {view: 'compare-quotes', typing: true};
	return {view: 'compare', typing: false};
}

/** Rows for the document under the title and the column header. */
function pageHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 2);
}

export const compareController: Controller<CompareScreen> = (screen, input, env) => {
	switch (screen.panel?.kind) {
		case 'chooser':
			return chooserInput(screen, screen.panel, input, env);
		case 'quotes':
			return quotesInput(screen, screen.panel, input, env);
		default:
			return mainInput(screen, input, env);
	}
};

function mainInput(screen: CompareScreen, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const m = modelOf(env.data, screen.pair);
	const move = moveOf(input);
	if (move) {
		const lines = m ? linesOf(m, env.layout.body.width, screen.align, env.ascii) : [];
		return {screen: {...screen, top: scrollBy(screen.top, move, lines.length, pageHeight(env))}};
	}
	if (!('command' in input)) return undefined;
	switch (input.command) {
		case 'choose-authority':
			return {screen: {...screen, panel: {kind: 'chooser', side: 'left', query: '', pos: startPos}}};
		case 'toggle-alignment': {
			// The aligned timelines are what changes: bring them to the top.
			const align = screen.align === 'calendar' ? 'judgement' : 'calendar';
			const lines = m ? linesOf(m, env.layout.body.width, align, env.ascii) : [];
			const section = Math.max(0, lines.findIndex((l) => l.kind === 'section'));
			return {screen: {...screen, align, top: Math.min(section, Math.max(0, lines.length - pageHeight(env)))}};
		}
		case 'quote-panel':
			return m ? {screen: {...screen, panel: {kind: 'quotes', query: '', column: 'left', pos: [startPos, startPos]}}} : {notice: 'no pair to compare yet: c chooses one'};
		default:
			return undefined;
	}
}

function chooserHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 2);
}

function chooserInput(screen: CompareScreen, panel: ChooserPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const set = (p: Partial<ChooserPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	if ('text' in input) return set({query: panel.query + input.text, pos: startPos});
	const list = chosenOf(itemsOf(env.data), panel.query);
	const move = moveOf(input);
	if (move) return set({pos: movePos(panel.pos, move, list.length, chooserHeight(env))});
	switch (input.command) {
		case 'search-delete':
			return set({query: [...panel.query].slice(0, -1).join(''), pos: startPos});
		case 'search-clear':
			return set({query: '', pos: startPos});
		case 'chooser-side':
			return set({side: panel.side === 'left' ? 'right' : 'left'});
		case 'chooser-pick': {
			const chosen = list[clampPos(panel.pos, list.length, chooserHeight(env)).selected];
			if (!chosen) return {};
			const m = modelOf(env.data, screen.pair);
			const other = itemsOf(env.data).find((i) => i.name !== chosen.name)?.name ?? chosen.name;
			const current: [string, string] = m ? [m.left, m.right] : [chosen.name, other];
			return {screen: {...screen, panel: null, top: 0, pair: choosePair(current, panel.side, chosen.name)}};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

/** The quote panel's geometry: the two columns side by side from 100 columns, else stacked; two rows a match. */
function quotesGeometry(env: ViewEnv) {
	const {width, height} = env.layout.body;
	// Title and box line above; each column has its header.
	const panes = split({width, height: Math.max(2, height - 1)}, {sideBySideFrom: 100, share: 0.5});
	const perColumn = (h: number) => Math.max(1, Math.floor((h - 1) / 2));
	return {panes, visible: [perColumn(panes.first.height), perColumn(panes.second.height)] as const};
}

function quotesInput(screen: CompareScreen, panel: QuotesPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const m = modelOf(env.data, screen.pair);
	if (!m) return {screen: {...screen, panel: null}};
	const set = (p: Partial<QuotesPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	if ('text' in input) return set({query: panel.query + input.text, pos: [startPos, startPos]});
	const matches = matchesOf(env.data, m.left, m.right, panel.query);
	const col = panel.column === 'left' ? 0 : 1;
	const {visible} = quotesGeometry(env);
	const move = moveOf(input);
	if (move) {
		const pos: [ListPos, ListPos] = [panel.pos[0], panel.pos[1]];
		pos[col] = movePos(pos[col], move, matches[col].length, visible[col]);
		return set({pos});
	}
	switch (input.command) {
		case 'search-delete':
			return set({query: [...panel.query].slice(0, -1).join(''), pos: [startPos, startPos]});
		case 'search-clear':
			return set({query: '', pos: [startPos, startPos]});
		case 'quotes-column':
			return set({column: panel.column === 'left' ? 'right' : 'left'});
		case 'open': {
			const match = matches[col][clampPos(panel.pos[col], matches[col].length, visible[col]).selected];
			return match ? {open: readerScreen(match.quote.articleId, match.quote.paragraph)} : {};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing


export function CompareView({screen, env}: ViewProps<CompareScreen>) {
	const m = modelOf(env.data, screen.pair);
	if (screen.panel?.kind === 'chooser') return <Chooser panel={screen.panel} env={env} model={m} />;
	if (!m) {
		return (
			<Box flexDirection="column">
				<Text bold>Compare</Text>
				<Text wrap="truncate">Comparing needs two authorities with events; this store has fewer. c chooses any authority in the store.</Text>
			</Box>
		);
	}
	if (screen.panel?.kind === 'quotes') return <Quotes panel={screen.panel} env={env} model={m} />;
	return <Comparison screen={screen} env={env} model={m} />;
}

function Comparison({screen, env, model: m}: {readonly screen: CompareScreen; readonly env: ViewEnv; readonly model: CompareModel}) {
	const {theme, colours} = env;
	const {width} = env.layout.body;
	const lines = linesOf(m, width, screen.align, env.ascii);
	const h = pageHeight(env);
	const top = Math.min(screen.top, Math.max(0, lines.length - h));
	const lay = compareLayout(width);
	const side = lay.side;
	const colour = (a: string) => colourProps(theme, colours.get(a));
	const sideColour = (s: Side | undefined) => (s ? colour(s === 'left' ? m.left : m.right) : {});
	const mode = screen.align === 'calendar' ? 'by date' : "by months since 'inadequate'";
	const position = lines.length > h ? ` · lines ${top + 1}-${Math.min(lines.length, top + h)} of ${lines.length}` : '';
	// Long names give way to short ones before the alignment does: it is what `m` changes.
	const long = displayWidth(`Compare · ${m.left} and ${m.right} · aligned ${mode}`) <= width;
	const [a, b] = long ? [m.left, m.right] : [shortName(m.left), shortName(m.right)];
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Compare · <Text {...colour(m.left)}>{safeLine(a)}</Text> and <Text {...colour(m.right)}>{safeLine(b)}</Text>
				<Text dimColor>
					{' '}
					· aligned {mode}
					{position}
				</Text>
			</Text>
			{lay.rowsSideBySide ? (
				<Text bold wrap="truncate">
					{fit('', labelWidth)} <Text {...colour(m.left)}>{fit(safeLine(m.left), side)}</Text> <Text {...colour(m.right)}>{fit(safeLine(m.right), side)}</Text>
				</Text>
			) : (
				<Text dimColor>{(env.ascii ? '-' : '─').repeat(width)}</Text>
			)}
			{lines.slice(top, top + h).map((l) => {
				if (l.kind === 'row') {
					return (
						<Text key={l.key} wrap="truncate">
							<Text bold>{fit(l.cells[0]!, labelWidth)}</Text> {fit(l.cells[1]!, side)} {fit(l.cells[2]!, side)}
						</Text>
					);
				}
				if (l.kind === 'section') {
					return (
						<Text key={l.key} bold underline wrap="truncate">
							{truncate(l.cells[0]!, width)}
						</Text>
					);
				}
				return (
					<Text key={l.key} wrap="truncate" bold={l.kind === 'label'}>
						{l.kind === 'label' ? '' : '  '}
						{l.side ? <Text {...sideColour(l.side)}>{l.cells[0]}</Text> : l.cells[0]}
					</Text>
				);
			})}
		</Box>
	);
}

function Chooser({panel, env, model}: {readonly panel: ChooserPanel; readonly env: ViewEnv; readonly model: CompareModel | null}) {
	const {width} = env.layout.body;
	const {colours, theme} = env;
	const items = itemsOf(env.data);
	const list = chosenOf(items, panel.query);
	const h = chooserHeight(env);
	const pos = clampPos(panel.pos, list.length, h);
	const {start, end} = visibleRange(pos, list.length, h);
	const replacing = model ? (panel.side === 'left' ? model.left : model.right) : null;
	const sides = (['left', 'right'] as const).map((s) => (s === panel.side ? `[${s}]` : s)).join(' ');
	const nameWidth = Math.min(34, Math.max(12, ...list.slice(start, end).map((i) => displayWidth(safeLine(i.name)))));
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>› choose the {panel.side} authority: </Text>
				{safeLine(panel.query)}
				<Text inverse> </Text>
				<Text dimColor>
					{'  '}
					{sides} (Tab){replacing ? ` · replacing ${safeLine(replacing)}` : ''}
				</Text>
			</Text>
			<Text dimColor wrap="truncate">
				{list.length} of {items.length} authorities in the store (press, official data and articles) · ↑/↓ · Enter chooses · Esc cancels
			</Text>
			{list.length === 0 ? <Text wrap="truncate">No authority matches “{safeLine(panel.query)}”.</Text> : null}
			{list.slice(start, end).map((item, i) => {
				const isSel = start + i === pos.selected;
				return (
					<Text key={item.name} wrap="truncate">
						<Text inverse={isSel}>{isSel ? '›' : ' '}</Text> <Text {...colourProps(theme, colours.get(item.name))}>{fit(safeLine(item.name), nameWidth)}</Text> <Text dimColor>{chooserDetail(item)}</Text>
					</Text>
				);
			})}
		</Box>
	);
}

function Quotes({panel, env, model: m}: {readonly panel: QuotesPanel; readonly env: ViewEnv; readonly model: CompareModel}) {
	const {width} = env.layout.body;
	const {theme, colours} = env;
	const matches = matchesOf(env.data, m.left, m.right, panel.query);
	const {panes, visible} = quotesGeometry(env);
	const column = (which: 0 | 1) => {
		const name = which === 0 ? m.left : m.right;
		const list = matches[which];
		const area = which === 0 ? panes.first : panes.second;
		const focused = (panel.column === 'left' ? 0 : 1) === which;
		const pos = clampPos(panel.pos[which], list.length, visible[which]);
		const {start, end} = visibleRange(pos, list.length, visible[which]);
		return (
			<Box key={which} flexDirection="column" width={area.width} height={area.height} overflow="hidden">
				<Text bold wrap="truncate" underline={focused}>
					<Text {...colourProps(theme, colours.get(name))}>{safeLine(name)}</Text>
					<Text dimColor>{` · ${list.length} quote${list.length === 1 ? '' : 's'}${focused ? ' · Enter opens' : ''}`}</Text>
				</Text>
				{list.length === 0 ? <Text dimColor wrap="truncate">{panel.query ? 'no quote matches' : 'no quotes'}</Text> : null}
				{list.slice(start, end).map((q, i) => {
					const isSel = focused && start + i === pos.selected;
					const who = `${safeLine(q.quote.speaker ?? 'unattributed')} · ${formatDate(q.quote.date)} · ¶${q.quote.paragraph}`;
					return (
						<Box key={q.quote.id} flexDirection="column" height={2}>
							<Text inverse={isSel} wrap="truncate">
								{isSel ? '› ' : '  '}
								{truncate(who, Math.max(0, area.width - 2))}
							</Text>
							<Box>
								<Text>{'    '}</Text>
								<SpanLineText line={kwic(safeLine(q.quote.text), q.ranges, Math.max(0, area.width - 4))} theme={theme} />
							</Box>
						</Box>
					);
				})}
			</Box>
		);
	};
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>› quotes on both sides: </Text>
				{safeLine(panel.query)}
				<Text inverse> </Text>
				<Text dimColor>{'  '}Tab column · ↑/↓ · Enter opens · Esc closes</Text>
			</Text>
			<Box flexDirection={panes.direction} width={width}>
				{column(0)}
				{panes.direction === 'row' ? (
					<Box width={1} height={panes.first.height} flexDirection="column">
						{Array.from({length: panes.first.height}, (_, i) => (
							<Text key={i} dimColor>
								{env.ascii ? '|' : '│'}
							</Text>
						))}
					</Box>
				) : (
					<Text dimColor>{(env.ascii ? '-' : '─').repeat(width)}</Text>
				)}
				{column(1)}
			</Box>
		</Box>
	);
}
