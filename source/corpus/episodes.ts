/**
 * Episodes of an authority's story: each 'inadequate' judgement of its children's services and what followed
 * until the next better rating (the end of recovery). An authority rated inadequate in 2012 and again in 2019
 * has two. A later 'inadequate' judgement with no better rating known between opens an episode of its own and
 * ends the one before without a recovery: what happened after it is that judgement's story (in a store of press
 * reports alone, the years between are often unknown). Pure over timeline lines.
 */
import {compareDates} from './date-value.js';
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import type {EventView} from './queries.js';

/** Worst first; 'adequate' (the grade before 2013) and 'requires improvement' are both a step out of 'inadequate'. */
export const ratingRank: Readonly<Record<string, number>> = {inadequate: 0, adequate: 1, 'requires improvement': 1, good: 2, outstanding: 3};

/** The grade of a judgement line: its own, or the one the press reported for an official report without one. */
export function ratingOf(e: EventView): string | undefined {
	return e.rating ?? e.reportedRating;
}

/** A dated judgement of the council's children's services that happened and has a grade: what episodes are made of. */
export function isGradedJudgement(e: EventView): boolean {
	return isChildrensServicesJudgement(e) && happened(e) && e.date.value !== null && ratingOf(e) !== undefined;
}

export type Episode = {
	/** 0 for the oldest. */
	readonly index: number;
	/** The 'inadequate' judgement that opened it. */
	readonly judgement: EventView;
	/** The judgement that ended it: the next better rating, or the next 'inadequate' one; null while there is none. */
	readonly end: EventView | null;
	/** `better`: recovered; `again`: rated 'inadequate' again with no better rating known between. */
	readonly endKind: 'better' | 'again' | null;
};

/** Every episode of one authority's lines (in date order, as `timeline()` gives them), oldest first. */
export function episodes(lines: readonly EventView[]): Episode[] {
	const graded = lines.filter(isGradedJudgement).sort((a, b) => compareDates(a.date, b.date));
	const out: Episode[] = [];
	let open: EventView | null = null;
	for (const j of graded) {
		const inadequate = ratingOf(j) === 'inadequate';
		if (open && inadequate) {
			// Reports of the same judgement are one line; two lines in one month are two readings of it: keep the first.
			if (compareDates(open.date, j.date) === 0) continue;
			out.push({index: out.length, judgement: open, end: j, endKind: 'again'});
			open = j;
		} else if (open && (ratingRank[ratingOf(j)!] ?? 0) > 0) {
			out.push({index: out.length, judgement: open, end: j, endKind: 'better'});
			open = null;
		} else if (!open && inadequate) open = j;
	}
	if (open) out.push({index: out.length, judgement: open, end: null, endKind: null});
	return out;
}

/** The episode asked for (by index), else the latest; null when there is none. */
export function pickEpisode(list: readonly Episode[], index: number | null | undefined): Episode | null {
	if (list.length === 0) return null;
	if (index !== null && index !== undefined && index >= 0 && index < list.length) return list[index]!;
	return list.at(-1)!;
}

/**
 * Whether a dated line falls in the episode: on or after its judgement and on or before its end, compared at
 * the coarser precision (an event of January 2019 is in an episode that opened on 17 January 2019).
 */
export function inEpisode(e: EventView, ep: Episode): boolean {
	const v = e.date.value;
	if (v === null) return false;
	if (comparePrefix(v, ep.judgement.date.value!) < 0) return false;
	return !ep.end || comparePrefix(v, ep.end.date.value!) <= 0;
}

/** Two date values compared over the digits both give: `2019` and `2019-01-17` are equal, `2018-12` is before `2019-01-17`. */
export function comparePrefix(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	const x = a.slice(0, n);
	const y = b.slice(0, n);
	return x < y ? -1 : x > y ? 1 : 0;
}

/** `2019-01-17 – 2023-02-01`: the judgement's date and the better rating's; `inadequate again` or `no better rating yet`. */
export function episodeLabel(ep: Episode, format: (e: EventView) => string): string {
	if (ep.endKind === 'again') return `${format(ep.judgement)} – ${format(ep.end!)} (inadequate again)`;
	return `${format(ep.judgement)} – ${ep.end ? format(ep.end) : 'no better rating yet'}`;
}
