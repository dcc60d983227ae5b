/** One line of toned spans, never wrapped: the caller has already fitted it to the width. */
import {Text} from 'ink';
import type {SpanLine} from '../text-layout.js';
import {toneProps, type Theme} from '../theme.js';

export type SpanLineTextProps = {readonly line: SpanLine; readonly theme: Theme; readonly base?: Parameters<typeof toneProps>[0]};

export function SpanLineText({line, theme, base}: SpanLineTextProps) {
	return (
		<Text wrap="truncate" {...(base ? toneProps(base, theme) : {})}>
			{line.length === 0 ? ' ' : line.map((s, i) => (
				<Text key={i} {...toneProps(s.tone, theme)}>
					{s.text}
				</Text>
			))}
		</Text>
	);
}
