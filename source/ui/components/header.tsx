/** The top row: the corpus's name and its counts. */
import {Box, Text} from 'ink';
import type {CorpusSummary} from '../../corpus/queries.js';
import {safeLine} from '../../text/sanitize.js';
import {displayWidth, truncate} from '../text-layout.js';

export type HeaderProps = {readonly summary: CorpusSummary; readonly width: number};

/** Counts in words; the short form drops the words when the row is narrow. */
export function headerCounts(s: CorpusSummary, short: boolean): string {
	const n = (count: number, one: string, many: string, abbr: string) => (short ? `${count}${abbr}` : `${count} ${count === 1 ? one : many}`);
	return [n(s.articles, 'article', 'articles', 'a'), n(s.authorities, 'authority', 'authorities', 'au'), n(s.quotes, 'quote', 'quotes', 'q'), n(s.events, 'event', 'events', 'e')].join(' · ');
}

export function Header({summary, width}: HeaderProps) {
	const long = headerCounts(summary, false);
	const counts = displayWidth(long) + 24 <= width ? long : headerCounts(summary, true);
	const nameRoom = Math.max(0, width - displayWidth(counts) - 2);
	const name = truncate(`scrutiny · ${safeLine(summary.name)}`, nameRoom);
	return (
		<Box width={width} height={1} justifyContent="space-between">
			<Text bold wrap="truncate">
				{name}
			</Text>
			<Text wrap="truncate">{truncate(counts, width - displayWidth(name) - 1)}</Text>
		</Box>
	);
}
