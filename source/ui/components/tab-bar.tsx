/** The second row: the numbered views, the current one marked, and the title of a screen without a tab. */
import {Box, Text} from 'ink';
import {displayWidth, truncate} from '../text-layout.js';
import {tabViews, type TabView} from '../state.js';

export const tabTitles: Record<TabView, readonly [string, string, string]> = {
	dashboard: ['Dashboard', 'Dash', 'D'],
	search: ['Search', 'Search', 'S'],
	timeline: ['Timeline', 'Time', 'T'],
	compare: ['Compare', 'Comp', 'C'],
	people: ['People', 'People', 'P'],
	articles: ['Articles', 'Arts', 'A'],
	cohort: ['Cohort', 'Coh', 'H'],
};

export type TabBarProps = {
	readonly current: string;
	/** Shown after the tabs when the current screen has no tab (the reader, the help). */
	readonly title: string | null;
	readonly width: number;
};

/** The tabs' labels in the longest form that leaves room for the title (or some of it). */
export function tabLabels(width: number, title: string | null): {view: TabView; label: string}[] {
	const room = width - (title ? Math.min(displayWidth(title) + 3, 24) : 0);
	for (const form of [0, 1, 2] as const) {
		const tabs = tabViews.map((v, i) => ({view: v, label: ` ${i + 1} ${tabTitles[v][form]} `}));
		if (tabs.reduce((n, t) => n + displayWidth(t.label), 0) <= room || form === 2) return tabs;
	}
	return [];
}

export function TabBar({current, title, width}: TabBarProps) {
	const tabs = tabLabels(width, title);
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
