/** The bottom row: the keys that work here, from the keymap; or a notice until the next key. */
import {Box, Text} from 'ink';
import {displayWidth} from '../text-layout.js';
import type {Theme} from '../theme.js';

export type FooterProps = {
	readonly hints: readonly {keys: string; label: string}[];
	readonly notice: string | null;
	readonly width: number;
	readonly theme: Theme;
};

/** As many hints as fit, in the keymap's order. */
export function fitHints(hints: readonly {keys: string; label: string}[], width: number): {keys: string; label: string}[] {
	const out: {keys: string; label: string}[] = [];
	let used = 0;
	for (const h of hints) {
		const w = displayWidth(h.keys) + 1 + displayWidth(h.label) + (out.length ? 2 : 0);
		if (used + w > width) break;
		out.push(h);
		used += w;
	}
	return out;
}

export function Footer({hints, notice, width, theme}: FooterProps) {
	if (notice) {
		return (
			<Box width={width} height={1}>
				<Text inverse wrap="truncate">
					{` ${notice} `}
				</Text>
			</Box>
		);
	}
	const shown = fitHints(hints, width);
	return (
		<Box width={width} height={1}>
			<Text wrap="truncate">
				{shown.map((h, i) => (
					<Text key={h.keys + h.label}>
						{i > 0 ? '  ' : ''}
						<Text bold {...(theme.color ? {color: 'cyan'} : {})}>
							{h.keys}
						</Text>{' '}
						{h.label}
					</Text>
				))}
			</Text>
		</Box>
	);
}
