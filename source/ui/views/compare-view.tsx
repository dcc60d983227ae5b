/**
 * Compare (4), the simple version: the two authorities of `defaultPair()` side by side, row by row as
 * `compareRows()` gives them; stacked below 80 columns. j/k scroll. Self-contained: the full compare view
 * replaces this file.
 */
import {Box, Text} from 'ink';
import {compareRows, compareSide, defaultPair, type CompareRow} from '../../corpus/compare.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/sanitize.js';
import {scrollBy} from '../list-window.js';
import {memoLast} from '../memo.js';
import type {CompareScreen} from '../state.js';
import {fit, wrap} from '../text-layout.js';
import {moveOf, type Controller, type ViewEnv, type ViewProps} from './view-types.js';

type Pair = {left: string; right: string; rows: CompareRow[]} | null;

const pairOf = memoLast((data: StoreData): Pair => {
	const pair = defaultPair(data);
	if (!pair) return null;
	const [a, b] = pair;
	return {left: a, right: b, rows: compareRows(compareSide(data, a), compareSide(data, b))};
});

/** A line of the comparison: three cells side by side, or one stacked cell. */
type Line = {key: string; cells: string[]; kind: 'label' | 'text'; side?: 'left' | 'right'};

const labelWidth = 24;

/** The comparison laid out for a width: side by side from 80 columns, else each row's two values stacked. */
const linesOf = memoLast((pair: Pair, width: number): Line[] => {
	if (!pair) return [];
	const out: Line[] = [];
	if (width >= 80) {
		const side = Math.floor((width - labelWidth - 2) / 2);
		for (const r of pair.rows) {
			const label = wrap(safeLine(r.label), labelWidth - 1);
			const left = wrap(safeLine(r.left), side - 1);
			const right = wrap(safeLine(r.right), side - 1);
			const n = Math.max(label.length, left.length, right.length);
			for (let i = 0; i < n; i++) out.push({key: `${r.label}${i}`, cells: [label[i] ?? '', left[i] ?? '', right[i] ?? ''], kind: 'text'});
		}
		return out;
	}
	for (const r of pair.rows) {
		out.push({key: `${r.label}`, cells: [safeLine(r.label)], kind: 'label'});
		wrap(`${safeLine(pair.left)}: ${safeLine(r.left)}`, width - 2).forEach((l, i) => out.push({key: `${r.label}L${i}`, cells: [l], kind: 'text', side: 'left'}));
		wrap(`${safeLine(pair.right)}: ${safeLine(r.right)}`, width - 2).forEach((l, i) => out.push({key: `${r.label}R${i}`, cells: [l], kind: 'text', side: 'right'}));
	}
	return out;
});

function pageHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 2);
}

export const compareController: Controller<CompareScreen> = (screen, input, env) => {
	const move = moveOf(input);
	if (!move) return undefined;
	const lines = linesOf(pairOf(env.data), env.layout.body.width);
	return {screen: {...screen, top: scrollBy(screen.top, move, lines.length, pageHeight(env))}};
};

export function CompareView({screen, env}: ViewProps<CompareScreen>) {
	const {theme, colours} = env;
	const {width} = env.layout.body;
	const pair = pairOf(env.data);
	if (!pair) {
		return (
			<Box flexDirection="column">
				<Text bold>Compare</Text>
				<Text>Comparing needs two authorities with events; this store has fewer.</Text>
			</Box>
		);
	}
	const lines = linesOf(pair, width);
	const h = pageHeight(env);
	const top = Math.min(screen.top, Math.max(0, lines.length - h));
	const side = Math.floor((width - labelWidth - 2) / 2);
	const colour = (a: string) => (theme.color ? {color: colours.get(a)} : {});
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Compare · <Text {...colour(pair.left)}>{safeLine(pair.left)}</Text> and <Text {...colour(pair.right)}>{safeLine(pair.right)}</Text>
				{lines.length > h ? <Text dimColor> (lines {top + 1}-{Math.min(lines.length, top + h)} of {lines.length})</Text> : null}
			</Text>
			{width >= 80 ? (
				<Text bold wrap="truncate">
					{fit('', labelWidth)} <Text {...colour(pair.left)}>{fit(safeLine(pair.left), side)}</Text> <Text {...colour(pair.right)}>{fit(safeLine(pair.right), side)}</Text>
				</Text>
			) : (
				<Text dimColor>{'─'.repeat(width)}</Text>
			)}
			{lines.slice(top, top + h).map((l) =>
				l.cells.length === 3 ? (
					<Text key={l.key} wrap="truncate">
						<Text bold>{fit(l.cells[0]!, labelWidth)}</Text> {fit(l.cells[1]!, side)} {fit(l.cells[2]!, side)}
					</Text>
				) : (
					<Text key={l.key} wrap="truncate" bold={l.kind === 'label'}>
						{l.kind === 'label' ? '' : '  '}
						{l.cells[0]}
					</Text>
				),
			)}
		</Box>
	);
}
