/**
 * Every authority aligned: each 'inadequate' episode of every authority on one axis of months since its
 * judgement, and per response type the median and range of the delay and how many authorities reached it.
 * "How long does recovery take, and what happens first?" answered for the corpus, not for a pair.
 *
 * A delay is the middle of the span the two dates allow, in months (elapsed.ts); only responses that took place
 * (a defeated vote and a rejected call among them: compare-responses.ts) and are dated count (an undated report cannot be placed on the axis). The end of recovery is the next better
 * rating (official where the store has it). Pure over timeline lines.
 */
import {countsAsResponse, isResponseOf, responseTypes, type ResponseType} from './compare-responses.js';
import {dateSortKey, formatDate} from './date-value.js';
import {elapsedBetween, elapsedMonths} from './elapsed.js';
import {episodes, inEpisode, type Episode} from './episodes.js';
import {timeline, type EventView} from './queries.js';
import type {StoreData} from './schema.js';
import {ungradedAfter} from './ungraded.js';
import {largest, smallest} from '../text/largest.js';

/** One authority's episode: when it opened, when it ended, and the months to each response. */
export type CohortEpisode = {
	authority: string;
	/** 0 for the authority's oldest episode. */
	episode: number;
	judgement: string;
	end: string | null;
	/** Months from the judgement to the first response of each type (to a tenth), where one is dated. */
	delays: Partial<Record<ResponseType, number>>;
	/** An open episode's first later report that gives no overall grade (its date): no rating, so not its end. */
	ungraded?: string;
};

/** A response type across the cohort. */
export type CohortRow = {
	type: ResponseType;
	label: string;
	/** Episodes with a dated response of this type, and the authorities they belong to. */
	episodes: number;
	authorities: number;
	/** Months, to a tenth; null when no episode reached it. */
	median: number | null;
	min: number | null;
	max: number | null;
};

export type Cohort = {
	/** Authorities with at least one episode, and the episodes. */
	authorities: number;
	episodes: CohortEpisode[];
	rows: CohortRow[];
};

/** The median of a list (the mean of the middle two when even), to a tenth; null when empty. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const m = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return Math.round(m * 10) / 10;
}

/** Months from the judgement to a response in its episode, which is on or after it: a span reaching before is cut at the judgement. */
const months = (from: EventView, to: EventView): number | null => {
	const span = elapsedBetween(from.date, to.date);
	return span ? elapsedMonths({...span, minDays: Math.max(0, span.minDays), maxDays: Math.max(0, span.maxDays)}) : null;
};

/** The cohort of every authority's episodes; `lines` when the caller has the whole timeline already. */
export function cohort(data: StoreData, lines: readonly EventView[] = timeline(data)): Cohort {
	const byAuthority = new Map<string, EventView[]>();
	for (const l of lines) {
		const list = byAuthority.get(l.authority);
		if (list) list.push(l);
		else byAuthority.set(l.authority, [l]);
	}
	const out: CohortEpisode[] = [];
	for (const [authority, mine] of [...byAuthority].sort((a, b) => a[0].localeCompare(b[0]))) {
		const all = episodes(mine);
		if (all.length === 0) continue;
		const responses = responseIndex(mine);
		for (const ep of all) {
			const delays: CohortEpisode['delays'] = {};
			for (const [type] of responseTypes) {
				const e = firstResponse(responses, all, ep, type);
				if (!e) continue;
				const m = months(ep.judgement, e);
				if (m !== null) delays[type] = m;
			}
			const later = ep.end ? undefined : ungradedAfter(mine, ep.judgement)[0];
			out.push({authority, episode: ep.index, judgement: formatDate(ep.judgement.date), end: ep.end ? formatDate(ep.end.date) : null, delays, ...(later ? {ungraded: formatDate(later.date)} : {})});
		}
	}
	const rows: CohortRow[] = responseTypes.map(([type, label]) => {
		const reached = out.filter((e) => e.delays[type] !== undefined);
		const values = reached.map((e) => e.delays[type]!);
		return {
			type,
			label,
			episodes: reached.length,
			authorities: new Set(reached.map((e) => e.authority)).size,
			median: median(values),
			min: values.length ? smallest(values) : null,
			max: values.length ? largest(values) : null,
		};
	});
	return {authorities: new Set(out.map((e) => e.authority)).size, episodes: out, rows};
}

/**
 * The open episodes with a later report that gives no overall grade, in one line: such a report is not counted
 * as a better rating, and the researcher is told so. Empty when there are none.
 */
export function ungradedLine(c: Cohort): string {
	const open = c.episodes.filter((e) => e.ungraded);
	if (open.length === 0) return '';
	return `Still open, with a later report that gives no overall grade (not counted as a better rating): ${open.map((e) => `${e.authority} ${e.judgement} (report ${e.ungraded})`).join('; ')}.`;
}

/** An authority's dated lines that happened, by response type, in its lines' order, with their date keys. */
type ResponseIndex = {
	readonly byType: ReadonlyMap<ResponseType, {readonly lines: readonly EventView[]; readonly keys: readonly number[]}>;
	/** Whether the lines are in date order (as `timeline()` gives them): then an episode's search starts at its year. */
	readonly sorted: boolean;
};

/** Made once per authority: an episode then looks only at lines of one type from its judgement's year on. */
function responseIndex(mine: readonly EventView[]): ResponseIndex {
	const byType = new Map<ResponseType, {lines: EventView[]; keys: number[]}>();
	let sorted = true;
	for (const [type] of responseTypes) {
		if (type === 'next-better-rating') continue;
		const lines = mine.filter((e) => e.date.value !== null && isResponseOf(e, type) && countsAsResponse(e, type));
		const keys = lines.map((e) => dateSortKey(e.date));
		for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! <= keys[i]!)) sorted = false;
		byType.set(type, {lines, keys});
	}
	return {byType, sorted};
}

/**
 * The first line of a response type that happened in the episode (for an improvement notice's lifting after a
 * recovery: until the next episode's judgement), in the lines' order: what `episodeResponses` (compare.ts) gives
 * with `datedOnly`, less what the cohort leaves out (a response only spoken of).
 */
function firstResponse(index: ResponseIndex, all: readonly Episode[], ep: Episode, type: ResponseType): EventView | undefined {
	if (type === 'next-better-rating') return ep.end && ep.endKind === 'better' ? ep.end : undefined;
	const {lines, keys} = index.byType.get(type)!;
	const lifted = type === 'improvement-notice-lifted' && ep.endKind === 'better';
	const span: Episode = lifted ? {...ep, end: all[ep.index + 1]?.judgement ?? null} : ep;
	const wanted = (e: EventView) => inEpisode(e, span) && (lifted || (e !== ep.judgement && e !== ep.end));
	if (!index.sorted) return lines.find(wanted);
	// A line of an earlier year cannot be in the episode, nor one of a year after its end; lines whose date has no
	// key (a malformed value) are last in date order and are looked at one by one.
	const year = Number(span.judgement.date.value!.slice(0, 4));
	const endYear = span.end ? Number(span.end.date.value!.slice(0, 4)) : Number.POSITIVE_INFINITY;
	let i = lowerBound(keys, year * 10_000);
	for (; i < lines.length && Number.isFinite(keys[i]!); i++) {
		if (Math.floor(keys[i]! / 10_000) > endYear) break;
		if (wanted(lines[i]!)) return lines[i];
	}
	while (i < lines.length && Number.isFinite(keys[i]!)) i++;
	for (; i < lines.length; i++) if (wanted(lines[i]!)) return lines[i];
	return undefined;
}

/** The first index whose key is at least `key` (the keys ascending). */
function lowerBound(keys: readonly number[], key: number): number {
	let lo = 0;
	let hi = keys.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (keys[mid]! < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
