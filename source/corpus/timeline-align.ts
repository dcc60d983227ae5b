/**
 * Two authorities' timelines aligned row by row: by calendar month, or by months since each side's
 * 'inadequate' judgement, so that what happened three months after the judgement sits on one row for both.
 * Pure: the compare view and its tests call it.
 */
import {inadequateJudgement} from './compare.js';
import {formatDate} from './date-value.js';
import {daysPerMonth, describeElapsed, elapsedBetween, type Elapsed} from './elapsed.js';
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

/** `span`: how long after the judgement the event is, when counted from one (for the row's label). */
type Slot = {key: string; label: string; sort: number; span?: Elapsed};

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
 * The slot of an event counted from the judgement: whole months, or whole years when either date is known only
 * to the year, which then sorts just before the months of the same count. The label says the time as compare
 * does (`rowLabel`): a plain count only when both dates are exact days.
 */
export function judgementSlot(e: EventView, judgement: EventView): Slot {
	if (e.date.value === null) return {key: 'undated', label: 'undated', sort: Number.POSITIVE_INFINITY};
	// The judgement itself is at nought, whatever its precision.
	const span = e === judgement || e.id === judgement.id ? {minDays: 0, maxDays: 0, approximate: false, yearOnly: false} : elapsedBetween(judgement.date, e.date)!;
	if (span.yearOnly) {
		const years = Number(e.date.value.slice(0, 4)) - Number(judgement.date.value!.slice(0, 4));
		return {key: `y${years}`, label: rowLabel(`y${years}`, [span]), sort: years * 12 - 0.5, span};
	}
	// Months elapsed to the nearest (from the middle of the span the two dates allow), not calendar boundaries
	// crossed: 17 January to 1 February is at the judgement, 17 January to 17 April three months after.
	const months = Math.round((span.minDays + span.maxDays) / 2 / daysPerMonth) || 0;
	return {key: `m${months}`, label: rowLabel(`m${months}`, [span]), sort: months, span};
}

const isExact = (s: Elapsed) => s.minDays === s.maxDays && !s.approximate && !s.yearOnly;

/**
 * A row's label from the spans of the events on it: whole months when every date is an exact day (`3 months
 * after`, `at the judgement`); else the range they cover, with `~` and in the words compare uses (`~2-6 weeks
 * after`, `2-4 months after`, `3-4 years before`), so that a month- or year-dated line does not read as exact.
 */
export function rowLabel(key: string, spans: readonly Elapsed[]): string {
	if (spans.length > 0 && !spans.every(isExact)) {
		const union: Elapsed = {
			minDays: Math.min(...spans.map((s) => s.minDays)),
			maxDays: Math.max(...spans.map((s) => s.maxDays)),
			approximate: spans.some((s) => s.approximate),
			yearOnly: spans.some((s) => s.yearOnly),
		};
		return describeElapsed(union);
	}
	const n = Number(key.slice(1));
	if (key.startsWith('y')) return n === 0 ? '~ the same year' : `~${plural(Math.abs(n), 'year')} ${n > 0 ? 'after' : 'before'}`;
	return n === 0 ? 'at the judgement' : `${plural(Math.abs(n), 'month')} ${n > 0 ? 'after' : 'before'}`;
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
	const slots = new Map<string, {slot: Slot; left: EventView[]; right: EventView[]; spans: Elapsed[]}>();
	const put = (e: EventView, side: 0 | 1) => {
		const anchor = anchors[side];
		const slot = mode === 'calendar' ? calendarSlot(e) : anchor ? judgementSlot(e, anchor) : unaligned;
		const row = slots.get(slot.key) ?? {slot, left: [], right: [], spans: []};
		(side === 0 ? row.left : row.right).push(e);
		if (slot.span) row.spans.push(slot.span);
		slots.set(slot.key, row);
	};
	for (const e of left) put(e, 0);
	for (const e of right) put(e, 1);
	// Undated after every dated slot, the unaligned last.
	const rank = (s: Slot) => (s.key === 'unaligned' ? 2 : s.key === 'undated' ? 1 : 0);
	const rows = [...slots.values()]
		.sort((a, b) => rank(a.slot) - rank(b.slot) || a.slot.sort - b.slot.sort)
		.map((r) => ({key: r.slot.key, label: r.spans.length ? rowLabel(r.slot.key, r.spans) : r.slot.label, left: r.left, right: r.right}));
	return {mode, rows, anchors: [anchors[0] ? formatDate(anchors[0].date) : null, anchors[1] ? formatDate(anchors[1].date) : null]};
}
