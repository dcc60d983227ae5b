/**
 * Compare (4): two authorities side by side (by default the two with the most press events). The rows of
 * `compareRows` with both sides on one line, then the two timelines aligned by calendar month or (`m`) by
 * months since each side's 'inadequate' judgement; below 100 columns the timelines stack, below 80 the rows
 * too. `c` chooses either side from a fuzzy list of every authority in the store; `/` searches the quotes of
 * both sides at once, one column each, and Enter opens a quote in the reader.
 *
 * The model is in model.ts, the keys in controller.ts; this file and the panels beside it draw.
 */
import {Box, Text} from 'ink';
import {safeLine} from '../../../text/terminal-safety.js';
import {hint} from '../../key-hints.js';
import type {CompareScreen} from '../../state.js';
import {displayWidth, fit, truncate} from '../../text-layout.js';
import {colourProps} from '../../theme.js';
import type {ViewEnv, ViewProps} from '../view-types.js';
import {Chooser} from './chooser.js';
import {LinesPanel} from './lines-panel.js';
import {compareLayout, labelWidth, shortName, type CompareModel, type Side} from './model.js';
import {Quotes} from './quotes.js';
import {linesOf, modelOf, pageHeight} from './selectors.js';

export {compareController, compareKeys, compareWhileReading} from './controller.js';

export function CompareView({screen, env}: ViewProps<CompareScreen>) {
	const m = modelOf(env, screen);
	if (screen.panel?.kind === 'chooser') return <Chooser panel={screen.panel} env={env} model={m} />;
	if (!m) {
		return (
			<Box flexDirection="column">
				<Text bold>Compare</Text>
				<Text wrap="truncate">Comparing needs two authorities with events; this store has fewer. {hint('choose-authority', 'chooses')} any authority in the store.</Text>
			</Box>
		);
	}
	if (screen.panel?.kind === 'quotes') return <Quotes panel={screen.panel} env={env} model={m} />;
	if (screen.panel?.kind === 'lines') return <LinesPanel panel={screen.panel} env={env} model={m} />;
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
