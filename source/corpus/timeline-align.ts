/**
 * Two authorities' timelines aligned row by row: by calendar month, or by months since each side's
 * 'inadequate' judgement, so that what happened three months after the judgement sits on one row for both.
 * Pure: the compare view and its tests call it.
 */
import {inadequateJudgement} from './compare.js';
import {formatDate} from './date-value.js';
import {daysPerMonth, elapsedBetween} from './elapsed.js';
import type {EventView} from './queries.js';

export const alignModes = ['calendar', 'judgement'] as const;
/** `calendar`: by month (a year-only date by year); `judgement`: by months since the side's 'inadequate' judgement. */
export type AlignMode = (typeof alignModes)[number];

/** One row of the aligned timelines: what each side has at that time. */
export type AlignedRow = {
	readonly key: string;
	readonly label: string;
	readonly left: readonly EventView[];
	readonly right: readonly EventView[];
};

export type Aligned = {
	readonly mode: AlignMode;
	readonly rows: readonly AlignedRow[];
	/** Per side, the judgement aligned on (`Jan 2019`), or null when the side has none (its events are then unaligned). */
	readonly anchors: readonly [string | null, string | null];
};

type Slot = {key: string; label: string; sort: number};

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** The calendar slot of a date: its month, or its year when only the year is known. */
export function calendarSlot(e: EventView): Slot {
	const v = e.date.value;
	if (v === null) return {key: 'undated', label: 'undated', sort: Number.POSITIVE_INFINITY};
	const year = Number(v.slice(0, 4));
	if (v.length === 4) return {key: v, label: v, sort: year * 100};
	const month = Number(v.slice(5, 7));
	return {key: v.slice(0, 7), label: formatDate({value: v.slice(0, 7), precision: 'month', approximate: false, basis: ''}), sort: year * 100 + month};
}

/**
 * The slot of an event counted from the judgement: whole months, or whole years (marked `~`) when either date
 * is known only to the year, which then sorts just before the months of the same count.
 */
export function judgementSlot(e: EventView, judgement: EventView): Slot {
	if (e.date.value === null) return {key: 'undated', label: 'undated', sort: Number.POSITIVE_INFINITY};
	const yearOnly = e.date.precision === 'year' || judgement.date.precision === 'year';
	if (yearOnly) {
		const years = Number(e.date.value.slice(0, 4)) - Number(judgement.date.value!.slice(0, 4));
		const label = years === 0 ? '~ the same year' : `~${plural(Math.abs(years), 'year')} ${years > 0 ? 'after' : 'before'}`;
		return {key: `y${years}`, label, sort: years * 12 - 0.5};
	}
	// Months elapsed to the nearest (from the middle of the span the two dates allow), not calendar boundaries
	// crossed: 17 January to 1 February is at the judgement, 17 January to 17 April three months after.
	const span = elapsedBetween(judgement.date, e.date)!;
	const months = Math.round((span.minDays + span.maxDays) / 2 / daysPerMonth) || 0;
	const label = months === 0 ? 'at the judgement' : `${plural(Math.abs(months), 'month')} ${months > 0 ? 'after' : 'before'}`;
	return {key: `m${months}`, label, sort: months};
}

const unaligned: Slot = {key: 'unaligned', label: "no 'inadequate' judgement", sort: Number.POSITIVE_INFINITY};

/**
 * Aligns two timelines (each in date order, as `timeline()` gives them); by judgement, on the judgements given
 * (each side's chosen episode), else each side's latest 'inadequate' one.
 */
export function alignTimelines(
	left: readonly EventView[],
	right: readonly EventView[],
	mode: AlignMode,
	on?: readonly [EventView | null, EventView | null],
): Aligned {
	const anchors = [left, right].map((side, i) => (mode === 'judgement' ? (on ? on[i as 0 | 1] : inadequateJudgement(side)) : null));
	const slots = new Map<string, {slot: Slot; left: EventView[]; right: EventView[]}>();
	const put = (e: EventView, side: 0 | 1) => {
		const anchor = anchors[side];
		const slot = mode === 'calendar' ? calendarSlot(e) : anchor ? judgementSlot(e, anchor) : unaligned;
		const row = slots.get(slot.key) ?? {slot, left: [], right: []};
		(side === 0 ? row.left : row.right).push(e);
		slots.set(slot.key, row);
	};
	for (const e of left) put(e, 0);
	for (const e of right) put(e, 1);
	// Undated after every dated slot, the unaligned last.
	const rank = (s: Slot) => (s.key === 'unaligned' ? 2 : s.key === 'undated' ? 1 : 0);
	const rows = [...slots.values()]
		.sort((a, b) => rank(a.slot) - rank(b.slot) || a.slot.sort - b.slot.sort)
		.map((r) => ({key: r.slot.key, label: r.slot.label, left: r.left, right: r.right}));
	return {mode, rows, anchors: [anchors[0] ? formatDate(anchors[0].date) : null, anchors[1] ? formatDate(anchors[1].date) : null]};
}
