/** The second row: the numbered views, the current one marked, and the title of a screen without a tab. */
import {Box, Text} from 'ink';
import {displayWidth, truncate} from '../text-layout.js';
import {tabViews, type TabView} from '../state.js';

export const tabTitles: Record<TabView, string> = {
	dashboard: 'Dashboard',
	search: 'Search',
	timeline: 'Timeline',
	compare: 'Compare',
	people: 'People',
	articles: 'Articles',
};

export type TabBarProps = {
	readonly current: string;
	/** Shown after the tabs when the current screen has no tab (the reader, the help). */
	readonly title: string | null;
	readonly width: number;
	readonly short: boolean;
};

export function TabBar({current, title, width, short}: TabBarProps) {
	const tabs = tabViews.map((v, i) => ({view: v, label: ` ${i + 1} ${short ? tabTitles[v].slice(0, 4) : tabTitles[v]} `}));
	const used = tabs.reduce((n, t) => n + displayWidth(t.label), 0);
	const rest = Math.max(0, width - used - 1);
	return (
		<Box width={width} height={1}>
			{tabs.map((t) => (
				<Text key={t.view} inverse={t.view === current} bold={t.view === current} wrap="truncate">
					{t.label}
				</Text>
			))}
			{title && rest > 2 ? (
				<Text bold wrap="truncate">
					{' '}
					{truncate(`› ${title}`, rest)}
				</Text>
			) : null}
		</Box>
	);
}
