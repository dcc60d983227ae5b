/**
 * The timeline's strip chart: for each authority one row over the years covered, a mark per event in each
 * year and the rating's letter for each judgement. Pure: the view colours the marks (judgements by rating,
 * events by authority) and the letters and glyphs carry the same information without colour.
 */
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import type {EventView} from './queries.js';
import {largest, smallest} from '../text/largest.js';

/** One letter per rating, for strips and narrow columns. */
export const ratingLetters: Readonly<Record<string, string>> = {inadequate: 'I', 'requires improvement': 'R', adequate: 'A', good: 'G', outstanding: 'O'};

/** The characters the chart draws with: block characters, or ASCII for terminals and fonts without them. */
export type ChartGlyphs = {
	/** One event that is not a judgement. */
	readonly event: string;
	/** A year without events. */
	readonly empty: string;
	/** More events than the cell has room for. */
	readonly more: string;
	/** Events in a one-cell year, by count: index 0 is one event, the last is "that many or more". */
	readonly density: readonly string[];
};

export const blockGlyphs: ChartGlyphs = {event: '█', empty: '·', more: '+', density: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']};
export const asciiGlyphs: ChartGlyphs = {event: '#', empty: '.', more: '+', density: ['1', '2', '3', '4', '5', '6', '7', '8', '9']};

/** A run of the chart's text: a judgement (coloured by rating), other events, an empty year, or spacing. */
export type ChartSegment =
	| {readonly kind: 'judgement'; readonly text: string; readonly rating: string | null}
	| {readonly kind: 'event' | 'empty' | 'gap' | 'undated'; readonly text: string};

export type ChartRow = {
	readonly authority: string;
	/** Events of the authority in the chart (dated and undated). */
	readonly events: number;
	readonly segments: readonly ChartSegment[];
};

export type Chart = {
	/** The first and last year shown (the most recent years when not all fit). */
	readonly from: number;
	readonly to: number;
	/** Cells a year takes, the one-cell gap after it included when it is 2 or more. */
	readonly cellWidth: number;
	/** The axis: the years that fit as labels, placed over their cells. */
	readonly axis: string;
	readonly rows: readonly ChartRow[];
	/** Authorities left out for want of rows. */
	readonly more: number;
};

export type ChartOptions = {
	/** Cells for the strips (after the label column the caller draws). */
	readonly width: number;
	readonly maxRows: number;
	readonly glyphs: ChartGlyphs;
	/** The widest a year's cell gets (default 8). */
	readonly maxCellWidth?: number;
};

function yearOf(e: EventView): number | null {
	return e.date.value === null ? null : Number(e.date.value.slice(0, 4));
}

/** The strip's ratings are the council's children's services judgements only (event-kinds.ts). */
function isJudgement(e: EventView): boolean {
	return isChildrensServicesJudgement(e) && happened(e);
}

/** The letter of a judgement: I, R, G, O; `?` for one whose rating is not recorded. */
export function judgementLetter(e: EventView): string {
	const r = e.rating ?? e.reportedRating;
	return (r && ratingLetters[r]) || '?';
}

/**
 * One year's cell of `width` cells: each judgement's letter, then a mark per other event; when they do not
 * fit, judgements keep their letters and the last cell says there are more. A one-cell year shows its latest
 * judgement's letter, else the events' count as a density glyph.
 */
export function yearCell(events: readonly EventView[], width: number, glyphs: ChartGlyphs): ChartSegment[] {
	if (width <= 0) return [];
	const inner = width === 1 ? 1 : width - 1;
	const gap: ChartSegment[] = width === 1 ? [] : [{kind: 'gap', text: ' '}];
	if (events.length === 0) return [{kind: 'empty', text: glyphs.empty.padEnd(inner)}, ...gap];
	const judgements = events.filter(isJudgement);
	const others = events.length - judgements.length;
	if (inner === 1) {
		const last = judgements.at(-1);
		if (last) return [{kind: 'judgement', text: judgementLetter(last), rating: last.rating ?? last.reportedRating ?? null}];
		return [{kind: 'event', text: glyphs.density[Math.min(others, glyphs.density.length) - 1]!}];
	}
	const overflow = events.length > inner;
	const room = overflow ? inner - 1 : inner;
	const shownJudgements = judgements.slice(0, room);
	const shownEvents = Math.max(0, Math.min(others, room - shownJudgements.length));
	const out: ChartSegment[] = shownJudgements.map((j) => ({kind: 'judgement', text: judgementLetter(j), rating: j.rating ?? j.reportedRating ?? null}));
	if (shownEvents > 0) out.push({kind: 'event', text: glyphs.event.repeat(shownEvents)});
	if (overflow) out.push({kind: 'event', text: glyphs.more});
	const used = shownJudgements.length + shownEvents + (overflow ? 1 : 0);
	if (used < inner) out.push({kind: 'gap', text: ' '.repeat(inner - used)});
	return [...out, ...gap];
}

/** Adjacent segments of one kind (and rating) joined, so that a row is a few runs of text. */
function joinSegments(segments: readonly ChartSegment[]): ChartSegment[] {
	const out: ChartSegment[] = [];
	for (const s of segments) {
		const last = out.at(-1);
		if (last && last.kind === s.kind && (last.kind !== 'judgement' || (s.kind === 'judgement' && last.rating === s.rating))) {
			out[out.length - 1] = {...last, text: last.text + s.text};
		} else out.push(s);
	}
	return out;
}

/**
 * The year labels for cells of `cellWidth` from `from` to `to`: every year when a label fits in its cell, else
 * as many as fit without touching (the first and the most recent first, then every few years).
 */
export function chartAxis(from: number, to: number, cellWidth: number): string {
	const n = to - from + 1;
	const width = n * cellWidth;
	const chars = Array.from({length: width}, () => ' ');
	const long = cellWidth >= 5;
	const label = (y: number) => (long || cellWidth < 3 ? String(y) : `'${String(y).slice(2)}`);
	const taken: [number, number][] = [];
	const place = (y: number) => {
		const text = label(y);
		const at = (y - from) * cellWidth;
		const end = at + text.length;
		if (end > width) return;
		if (taken.some(([s, e]) => at < e + 1 && end + 1 > s)) return;
		taken.push([at, end]);
		for (let i = 0; i < text.length; i++) chars[at + i] = text[i]!;
	};
	if (cellWidth >= 3) for (let y = from; y <= to; y++) place(y);
	else {
		// Labels wider than their cells: the first, then every few years from it, then the last where it fits.
		place(from);
		const step = Math.max(1, Math.ceil(6 / cellWidth));
		for (let y = from + step; y <= to; y += step) place(y);
		place(to);
	}
	return chars.join('').trimEnd();
}

/**
 * The chart of `events` (already in date order, as the timeline lists them): the authorities with the most
 * events first, up to `maxRows`; the years from the first to the last dated event, the most recent kept when
 * they do not fit; an undated count at the end of a row.
 */
export function timelineChart(events: readonly EventView[], opts: ChartOptions): Chart | null {
	const years = events.map(yearOf).filter((y): y is number => y !== null);
	const byAuthority = new Map<string, EventView[]>();
	for (const e of events) {
		const list = byAuthority.get(e.authority);
		if (list) list.push(e);
		else byAuthority.set(e.authority, [e]);
	}
	if (byAuthority.size === 0 || opts.maxRows <= 0) return null;
	const undatedWidth = Math.max(0, ...[...byAuthority.values()].map((list) => undatedText(list).length));
	const room = Math.max(1, opts.width - undatedWidth);
	const first = years.length ? smallest(years) : new Date().getUTCFullYear();
	const to = years.length ? largest(years) : first;
	const span = to - first + 1;
	const cellWidth = Math.max(1, Math.min(opts.maxCellWidth ?? 8, Math.floor(room / span)));
	// Too many years for one cell each: the most recent ones.
	const from = Math.max(first, to - Math.floor(room / cellWidth) + 1);
	const ranked = [...byAuthority.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
	const shown = ranked.slice(0, opts.maxRows);
	const rows = shown.map(([authority, list]) => {
		const segments: ChartSegment[] = [];
		for (let y = from; y <= to; y++) {
			const these = list.filter((e) => yearOf(e) === y);
			// Judgements first within a year: their letters are what the strip is read for.
			segments.push(...yearCell([...these.filter(isJudgement), ...these.filter((e) => !isJudgement(e))], cellWidth, opts.glyphs));
		}
		const undated = undatedText(list);
		if (undated) segments.push({kind: 'undated', text: undated});
		return {authority, events: list.length, segments: joinSegments(segments)};
	});
	return {from, to, cellWidth, axis: chartAxis(from, to, cellWidth), rows, more: ranked.length - shown.length};
}

function undatedText(list: readonly EventView[]): string {
	const n = list.filter((e) => e.date.value === null).length;
	return n ? ` ?${n}` : '';
}
