/** The `?` help: every command of the keymap, grouped, with its keys. Scrolls with the usual keys. */
import {Box, Text} from 'ink';
import {helpSections, keysLabel} from '../keymap.js';
import {keysFor, pairKeys} from '../key-hints.js';
import {scrollBy} from '../list-window.js';
import {memoLast} from '../memo.js';
import type {HelpScreen} from '../state.js';
import {fit, wrap} from '../text-layout.js';
import {moveOf, type Controller, type ViewEnv, type ViewProps} from './view-types.js';

type HelpLine = {key: string; keys: string; text: string; heading: boolean};

const keysWidth = 20;

/** The help as lines for a width: a heading per category, then each command's keys and description. */
export const helpLines = memoLast((width: number): HelpLine[] => {
	const out: HelpLine[] = [];
	for (const section of helpSections()) {
		if (out.length) out.push({key: `${section.title}-gap`, keys: '', text: '', heading: false});
		out.push({key: section.title, keys: '', text: section.title, heading: true});
		for (const c of section.commands) {
			wrap(c.description, Math.max(10, width - keysWidth - 2)).forEach((t, i) => {
				out.push({key: `${c.name}${i}`, keys: i === 0 ? keysLabel(c) : '', text: t, heading: false});
			});
		}
	}
	return out;
});

function pageHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 1);
}

export const helpController: Controller<HelpScreen> = (screen, input, env) => {
	const move = moveOf(input);
	if (!move) return undefined;
	return {screen: {...screen, top: scrollBy(screen.top, move, helpLines(env.layout.body.width).length, pageHeight(env))}};
};

export function HelpView({screen, env}: ViewProps<HelpScreen>) {
	const {width} = env.layout.body;
	const lines = helpLines(width);
	const h = pageHeight(env);
	const top = Math.min(screen.top, Math.max(0, lines.length - h));
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Keys · every command{lines.length > h ? ` (lines ${top + 1}-${Math.min(lines.length, top + h)} of ${lines.length}; ${pairKeys('move-down')} scroll)` : ''} · {keysFor('back')} or {keysFor('help')} closes
			</Text>
			{lines.slice(top, top + h).map((l) =>
				l.heading ? (
					<Text key={l.key} bold underline>
						{l.text}
					</Text>
				) : (
					<Text key={l.key} wrap="truncate">
						{'  '}
						<Text bold>{fit(l.keys, keysWidth - 2)}</Text> {l.text}
					</Text>
				),
			)}
		</Box>
	);
}
