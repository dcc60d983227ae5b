/** The quote search over both sides of the comparison: one column of matches each, side by side or stacked. */
import {Box, Text} from 'ink';
import {printingTitles} from '../../../corpus/copies.js';
import {formatDate} from '../../../corpus/date-value.js';
import {safeLine} from '../../../text/terminal-safety.js';
import {SpanLineText} from '../../components/span-line.js';
import {hint, pairKeys} from '../../key-hints.js';
import {kwic} from '../../kwic.js';
import {clampPos, visibleRange} from '../../list-window.js';
import {truncate} from '../../text-layout.js';
import {colourProps} from '../../theme.js';
import type {ViewEnv} from '../view-types.js';
import type {CompareModel, QuotesPanel} from './model.js';
import {matchesOf, quotesGeometry} from './selectors.js';

export function Quotes({panel, env, model: m}: {readonly panel: QuotesPanel; readonly env: ViewEnv; readonly model: CompareModel}) {
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
					<Text dimColor>{` · ${countsLabel(list)}${focused ? ` · ${hint('open', 'opens', true)}` : ''}`}</Text>
				</Text>
				{list.length === 0 ? <Text dimColor wrap="truncate">{panel.query ? 'no quote matches' : 'no quotes'}</Text> : null}
				{list.slice(start, end).map((q, i) => {
					const isSel = focused && start + i === pos.selected;
					// A quote several titles printed is one match, at its first printing, naming the others (corpus/copies.ts).
					const also = q.quote.alsoIn?.length ? ` · also in ${safeLine(printingTitles(q.quote.alsoIn))}` : '';
					const who = `${safeLine(q.quote.speaker ?? 'unattributed')}${q.fragment ? ' · fragment' : ''} · ${formatDate(q.quote.date)} · ¶${q.quote.paragraph}${also}`;
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
				<Text dimColor>
					{'  '}
					{[hint('quotes-column', 'column', true), pairKeys('move-down', true), hint('open', 'opens', true), hint('panel-cancel', 'closes', true)].join(' · ')}
				</Text>
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

/** Quotes and fragments counted apart, as everywhere else: "32 quotes, 16 fragments". */
function countsLabel(list: readonly {fragment: boolean}[]): string {
	const fragments = list.filter((q) => q.fragment).length;
	const quotes = list.length - fragments;
	const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
	return fragments === 0 ? plural(quotes, 'quote') : `${plural(quotes, 'quote')}, ${plural(fragments, 'fragment')}`;
}
