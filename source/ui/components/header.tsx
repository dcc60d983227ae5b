/** The top row: the corpus's name and its counts. */
import {Box, Text} from 'ink';
import type {CorpusSummary} from '../../corpus/queries.js';
import {safeLine} from '../../text/sanitize.js';
import {displayWidth, truncate} from '../text-layout.js';

export type HeaderProps = {readonly summary: CorpusSummary; readonly width: number};

/** Counts in words, in three lengths: `5 articles`, `5 art`, `5a`. */
export function headerCounts(s: CorpusSummary, form: 'long' | 'medium' | 'short'): string {
	const n = (count: number, one: string, many: string, medium: string, short: string) =>
		form === 'long' ? `${count} ${count === 1 ? one : many}` : form === 'medium' ? `${count} ${medium}` : `${count}${short}`;
	return [
		n(s.articles, 'article', 'articles', 'art', 'a'),
		n(s.authorities, 'authority', 'authorities', 'auth', 'au'),
		n(s.quotes, 'quote', 'quotes', 'quotes', 'q'),
		n(s.events, 'event', 'events', 'events', 'e'),
	].join(' · ');
}

/** The longest name and counts that fit together; the name is cut only when even the short counts leave no room. */
export function headerParts(s: CorpusSummary, width: number): {name: string; counts: string} {
	const name = safeLine(s.name);
	const tries: [string, string][] = [
		[`scrutiny · ${name}`, headerCounts(s, 'long')],
		[name, headerCounts(s, 'long')],
		[name, headerCounts(s, 'medium')],
		[name, headerCounts(s, 'short')],
	];
	for (const [n, c] of tries) if (displayWidth(n) + 2 + displayWidth(c) <= width) return {name: n, counts: c};
	const counts = headerCounts(s, 'short');
	return {name: truncate(name, Math.max(0, width - displayWidth(counts) - 2)), counts: truncate(counts, width)};
}

export function Header({summary, width}: HeaderProps) {
	const {name, counts} = headerParts(summary, width);
	return (
		<Box width={width} height={1} justifyContent="space-between">
			<Text bold wrap="truncate">
				{name}
			</Text>
			<Text wrap="truncate">{counts}</Text>
		</Box>
	);
}
