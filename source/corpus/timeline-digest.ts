/**
 * What the timeline draws from all of its lines, whichever are on screen: how many there are, its year groups,
 * the chart and the values its columns are sized by. Small whatever the store's size, so it is saved
 * at the head of the lines beside the store (timeline-snapshot.ts) and the first timeline is drawn from it and
 * the first screen's lines before the other lines are read; the view makes the same digest of the lines it
 * lists, so that both draw the same frame.
 */
import {formatDate} from './date-value.js';
import {chartTallier, type AuthorityTally, type ChartTally, type YearTally} from './timeline-chart.js';
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
	const digester = timelineDigester();
	for (const item of items) digester.add(item);
	return digester.done();
}

/** `timelineDigest` a line at a time, for a caller that gives the event loop turns between lines (the writer). */
export function timelineDigester(): {add: (item: TimelineItem) => void; done: () => TimelineDigest} {
	const groups: [number | null, number][] = [];
	const dates = new Map<number, string>();
	const authorities = new Set<string>();
	const types = new Set<EventType>();
	const ratings = new Set<string>();
	const reportedRatings = new Set<string>();
	const chart = chartTallier();
	let total = 0;
	const add = (item: TimelineItem) => {
		total++;
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
		chart.add(line);
	};
	const done = (): TimelineDigest => ({
		total,
		groups,
		chart: chart.done(),
		columns: {dates: [...dates.values()], authorities: [...authorities], types: [...types], ratings: [...ratings], reportedRatings: [...reportedRatings]},
	});
	return {add, done};
}

/** A year's tally as saved: its year, judgements, other events, the last judgement's rating and the first's. */
type PackedYear = [year: number, judgements: number, others: number, last: number, ...first: number[]];
type PackedAuthority = [authority: string, events: number, undated: number, years: PackedYear[]];

/**
 * The digest as saved: the chart's tallies as arrays with the ratings numbered (-1: not recorded), much smaller
 * than the objects: the head of the file is read before the first timeline is drawn.
 */
export type PackedDigest = Omit<TimelineDigest, 'chart'> & {
	readonly chart: {readonly years: ChartTally['years']; readonly maxCellWidth: number; readonly ratings: readonly string[]; readonly authorities: readonly PackedAuthority[]};
};

export function packDigest(digest: TimelineDigest): PackedDigest {
	const ratings: string[] = [];
	const numbers = new Map<string, number>();
	const number = (rating: string | null) => {
		if (rating === null) return -1;
		let n = numbers.get(rating);
		if (n === undefined) {
			n = ratings.push(rating) - 1;
			numbers.set(rating, n);
		}

		return n;
	};
	const {chart} = digest;
	const authorities = chart.authorities.map(({authority, events, undated, years}): PackedAuthority => [
		authority,
		events,
		undated,
		years.map(([year, t]): PackedYear => [year, t.judgements, t.others, number(t.last), ...t.first.map(number)]),
	]);
	return {...digest, chart: {years: chart.years, maxCellWidth: chart.maxCellWidth, ratings, authorities}};
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isStrings = (list: unknown): list is string[] => Array.isArray(list) && list.every((x) => typeof x === 'string');

/** The digest from its saved form; throws if it is not one `packDigest` made. */
export function unpackDigest(value: unknown): TimelineDigest {
	const bad = () => new Error('not a timeline digest');
	const packed = value as PackedDigest;
	const {total, groups, columns, chart} = packed ?? {};
	if (!isCount(total) || !Array.isArray(groups) || !chart || !columns) throw bad();
	let sum = 0;
	for (const group of groups) {
		if (!Array.isArray(group) || group.length !== 2 || !(group[0] === null || isCount(group[0])) || !isCount(group[1]) || group[1] === 0) throw bad();
		sum += group[1];
	}
	if (sum !== total) throw bad();
	if (!(['dates', 'authorities', 'types', 'ratings', 'reportedRatings'] as const).every((key) => isStrings(columns[key]))) throw bad();
	const {years, maxCellWidth, ratings, authorities} = chart;
	if (!isCount(maxCellWidth) || !isStrings(ratings) || !Array.isArray(authorities)) throw bad();
	if (!(years === null || (Array.isArray(years) && years.length === 2 && years.every(isCount)))) throw bad();
	const rating = (n: unknown): string | null => {
		if (n === -1) return null;
		const r = isCount(n) ? ratings[n] : undefined;
		if (r === undefined) throw bad();
		return r;
	};
	const tallies = authorities.map((a): AuthorityTally => {
		if (!Array.isArray(a) || typeof a[0] !== 'string' || !isCount(a[1]) || !isCount(a[2]) || !Array.isArray(a[3])) throw bad();
		const yearTallies = a[3].map((y): readonly [number, YearTally] => {
			if (!Array.isArray(y) || y.length < 4 || !y.slice(0, 3).every(isCount)) throw bad();
			const [year, judgements, others, last, ...first] = y;
			return [year, {judgements, others, last: rating(last), first: first.map(rating)}];
		});
		return {authority: a[0], events: a[1], undated: a[2], years: yearTallies};
	});
	return {total, groups, columns, chart: {years, maxCellWidth, authorities: tallies}};
}
