/** The top row: the corpus's name and its counts. */
import {Box, Text} from 'ink';
import type {CorpusSummary} from '../../corpus/queries.js';
import {safeLine} from '../../text/terminal-safety.js';
import {displayWidth, truncate} from '../text-layout.js';

export type HeaderProps = {readonly summary: CorpusSummary; readonly width: number};

/**
 * Counts in words, in three lengths: `5 articles`, `5 art`, `5a`. Events are timeline lines and quotes leave
 * fragments out (corpus/counts.ts); the long form says the fragments apart.
 */
export function headerCounts(s: CorpusSummary, form: 'long' | 'medium' | 'short'): string {
	const n = (count: number, one: string, many: string, medium: string, short: string) =>
		form === 'long' ? `${count} ${count === 1 ? one : many}` : form === 'medium' ? `${count} ${medium}` : `${count}${short}`;
	const fragments = form === 'long' && s.fragments ? ` (+${s.fragments} fragment${s.fragments === 1 ? '' : 's'})` : '';
	return [
		n(s.articles, 'article', 'articles', 'art', 'a'),
		n(s.authorities, 'authority', 'authorities', 'auth', 'au'),
		n(s.quotes, 'quote', 'quotes', 'quotes', 'q') + fragments,
		n(s.events, 'event', 'events', 'events', 'e'),
	].join(' · ');
}

/**
 * The name and counts for a width: the whole name with the longest counts that fit beside it, else the longest
 * counts that leave the name 30 cells; `scrutiny · ` in front only when everything fits.
 */
export function headerParts(s: CorpusSummary, width: number): {name: string; counts: string} {
	const name = safeLine(s.name);
	const long = headerCounts(s, 'long');
	if (displayWidth(`scrutiny · ${name}`) + 2 + displayWidth(long) <= width) return {name: `scrutiny · ${name}`, counts: long};
	// The whole name with readable counts, if they fit; else the longest counts that leave 30 cells of name.
	for (const form of ['long', 'medium'] as const) {
		const counts = headerCounts(s, form);
		if (displayWidth(name) + 2 + displayWidth(counts) <= width) return {name, counts};
	}
	for (const form of ['long', 'medium', 'short'] as const) {
		const counts = headerCounts(s, form);
		const room = width - displayWidth(counts) - 2;
		if (room >= Math.min(displayWidth(name), 30)) return {name: truncate(name, room), counts};
	}
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
