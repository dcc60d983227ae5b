/**
 * What the timeline draws from all of its lines, whichever are on screen: how many there are, its year groups,
 * the chart and the values its columns are sized by. Small (a few kilobytes at 50,000 articles), so it is saved
 * at the head of the lines beside the store (timeline-snapshot.ts) and the first timeline is drawn from it and
 * the first screen's lines before the other lines are read; the view makes the same digest of the lines it
 * lists, so that both draw the same frame.
 */
import {formatDate} from './date-value.js';
import {chartTally, type ChartTally} from './timeline-chart.js';
import type {TimelineItem} from './timeline-items.js';
import type {EventType} from './vocabulary.js';

/**
 * The distinct values of what the list's columns are as wide as: its widest value in each is the widest of
 * these. Dates are kept one per length of their text (which is ASCII, so its length is its width).
 */
export type ColumnValues = {
	readonly dates: readonly string[];
	readonly authorities: readonly string[];
	readonly types: readonly EventType[];
	/** The ratings of lines that have one. */
	readonly ratings: readonly string[];
	/** The press's ratings of lines that have no rating of their own. */
	readonly reportedRatings: readonly string[];
};

export type TimelineDigest = {
	/** Lines. */
	readonly total: number;
	/** The year groups in order (the undated, null, last) and how many lines each has. */
	readonly groups: readonly (readonly [year: number | null, count: number])[];
	readonly chart: ChartTally;
	readonly columns: ColumnValues;
};

/** The digest of `items`, in the order the timeline lists them. */
export function timelineDigest(items: readonly TimelineItem[]): TimelineDigest {
	const groups: [number | null, number][] = [];
	const dates = new Map<number, string>();
	const authorities = new Set<string>();
	const types = new Set<EventType>();
	const ratings = new Set<string>();
	const reportedRatings = new Set<string>();
	for (const item of items) {
		const last = groups.at(-1);
		if (last && last[0] === item.year) last[1]++;
		else groups.push([item.year, 1]);
		const {line} = item;
		const date = formatDate(line.date);
		if (!dates.has(date.length)) dates.set(date.length, date);
		authorities.add(line.authority);
		types.add(line.type);
		if (line.rating) ratings.add(line.rating);
		else if (line.reportedRating) reportedRatings.add(line.reportedRating);
	}
	return {
		total: items.length,
		groups,
		chart: chartTally(items.map((i) => i.line)),
		columns: {dates: [...dates.values()], authorities: [...authorities], types: [...types], ratings: [...ratings], reportedRatings: [...reportedRatings]},
	};
}
