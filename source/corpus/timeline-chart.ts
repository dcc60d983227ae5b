/**
 * The timeline's strip chart: for each authority one row over the years covered, a mark per event in each
 * year and the rating's letter for each judgement. Pure: the view colours the marks (judgements by rating,
 * events by authority) and the letters and glyphs carry the same information without colour.
 */
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import type {EventView} from './queries.js';

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
	return letterOf(ratingOf(e));
}

function letterOf(rating: string | null): string {
	return (rating && ratingLetters[rating]) || '?';
}

/**
 * One authority's year as the strip needs it: how many judgements and other events, and the ratings of the
 * first judgements (as many as the widest cell has room for) and of the last (null: not recorded). Small
 * whatever the year holds, so that the chart of every line can be saved beside the store (timeline-digest.ts)
 * and drawn before the lines are read.
 */
export type YearTally = {
	readonly judgements: number;
	readonly others: number;
	readonly first: readonly (string | null)[];
	/** Meaningful when there are judgements. */
	readonly last: string | null;
};

function ratingOf(e: EventView): string | null {
	return e.rating ?? e.reportedRating ?? null;
}

/** A year's events (in date order) as a tally keeping the first `keep` judgements' ratings. */
export function yearTally(events: readonly EventView[], keep: number): YearTally {
	const first: (string | null)[] = [];
	let judgements = 0;
	let last: string | null = null;
	for (const e of events) {
		if (!isJudgement(e)) continue;
		judgements++;
		last = ratingOf(e);
		if (first.length < keep) first.push(last);
	}
	return {judgements, others: events.length - judgements, first, last};
}

/**
 * One year's cell of `width` cells: each judgement's letter, then a mark per other event; when they do not
 * fit, judgements keep their letters and the last cell says there are more. A one-cell year shows its latest
 * judgement's letter, else the events' count as a density glyph.
 */
export function yearCell(events: readonly EventView[], width: number, glyphs: ChartGlyphs): ChartSegment[] {
	return tallyCell(yearTally(events, Math.max(0, width)), width, glyphs);
}

/** `yearCell` from a tally that kept at least `width - 1` judgements. */
export function tallyCell(tally: YearTally, width: number, glyphs: ChartGlyphs): ChartSegment[] {
	if (width <= 0) return [];
	const inner = width === 1 ? 1 : width - 1;
	const gap: ChartSegment[] = width === 1 ? [] : [{kind: 'gap', text: ' '}];
	const count = tally.judgements + tally.others;
	if (count === 0) return [{kind: 'empty', text: glyphs.empty.padEnd(inner)}, ...gap];
	const {others} = tally;
	if (inner === 1) {
		if (tally.judgements > 0) return [{kind: 'judgement', text: letterOf(tally.last), rating: tally.last}];
		return [{kind: 'event', text: glyphs.density[Math.min(others, glyphs.density.length) - 1]!}];
	}
	const overflow = count > inner;
	const room = overflow ? inner - 1 : inner;
	const shownJudgements = tally.first.slice(0, Math.min(room, tally.judgements));
	const shownEvents = Math.max(0, Math.min(others, room - shownJudgements.length));
	const out: ChartSegment[] = shownJudgements.map((rating) => ({kind: 'judgement', text: letterOf(rating), rating}));
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

/** One authority's lines as the chart needs them: how many, how many undated, and a tally of each dated year. */
export type AuthorityTally = {
	readonly authority: string;
	readonly events: number;
	readonly undated: number;
	/** Each year with events, in no particular order. */
	readonly years: readonly (readonly [year: number, tally: YearTally])[];
};

/**
 * What the chart of a list of lines is drawn from, whatever the width: small (a tally per authority and year),
 * so that it is saved with the timeline's lines and the first timeline draws its chart before reading them.
 */
export type ChartTally = {
	/** The first and last year of the dated lines; null if none is dated. */
	readonly years: readonly [first: number, last: number] | null;
	/** In the order of each authority's first line. */
	readonly authorities: readonly AuthorityTally[];
	/** The widest cell the tallies can draw (they keep this many judgements less one a year). */
	readonly maxCellWidth: number;
};

/** The default widest cell of a year. */
export const defaultMaxCellWidth = 8;

/** The tally of `events` (in date order) for charts of cells up to `maxCellWidth` wide. */
export function chartTally(events: readonly EventView[], maxCellWidth = defaultMaxCellWidth): ChartTally {
	const tallier = chartTallier(maxCellWidth);
	for (const e of events) tallier.add(e);
	return tallier.done();
}

/**
 * `chartTally` a line at a time (in date order), for a caller that gives the event loop turns between lines:
 * every line of a large store is tallied when its timeline is saved. Counted as they come, without a list a year.
 */
export function chartTallier(maxCellWidth = defaultMaxCellWidth): {add: (e: EventView) => void; done: () => ChartTally} {
	type Counting = {judgements: number; others: number; first: (string | null)[]; last: string | null};
	const keep = Math.max(0, maxCellWidth - 1);
	const byAuthority = new Map<string, {years: Map<number, Counting>; events: number; undated: number}>();
	let first = Number.POSITIVE_INFINITY;
	let last = Number.NEGATIVE_INFINITY;
	const add = (e: EventView) => {
		let a = byAuthority.get(e.authority);
		if (!a) {
			a = {years: new Map(), events: 0, undated: 0};
			byAuthority.set(e.authority, a);
		}
		a.events++;
		const y = yearOf(e);
		if (y === null) {
			a.undated++;
			return;
		}
		if (y < first) first = y;
		if (y > last) last = y;
		let t = a.years.get(y);
		if (!t) {
			t = {judgements: 0, others: 0, first: [], last: null};
			a.years.set(y, t);
		}
		if (isJudgement(e)) {
			t.judgements++;
			t.last = ratingOf(e);
			if (t.first.length < keep) t.first.push(t.last);
		} else t.others++;
	};
	const done = (): ChartTally => {
		const authorities = [...byAuthority].map(([authority, a]) => ({authority, events: a.events, undated: a.undated, years: [...a.years]}));
		return {years: first <= last ? [first, last] : null, authorities, maxCellWidth};
	};
	return {add, done};
}

/**
 * The chart of `events` (already in date order, as the timeline lists them): the authorities with the most
 * events first, up to `maxRows`; the years from the first to the last dated event, the most recent kept when
 * they do not fit; an undated count at the end of a row.
 */
export function timelineChart(events: readonly EventView[], opts: ChartOptions): Chart | null {
	return chartOfTally(chartTally(events, opts.maxCellWidth ?? defaultMaxCellWidth), opts);
}

/** The chart drawn from a tally: the same as `timelineChart` of the lines it was made from. */
export function chartOfTally(tally: ChartTally, opts: ChartOptions): Chart | null {
	const maxCellWidth = opts.maxCellWidth ?? defaultMaxCellWidth;
	if (maxCellWidth > tally.maxCellWidth) throw new Error(`a chart tally for cells up to ${tally.maxCellWidth} wide cannot draw cells of ${maxCellWidth}`);
	if (tally.authorities.length === 0 || opts.maxRows <= 0) return null;
	const undatedWidth = Math.max(0, ...tally.authorities.map((a) => undatedText(a.undated).length));
	const room = Math.max(1, opts.width - undatedWidth);
	const first = tally.years ? tally.years[0] : new Date().getUTCFullYear();
	const to = tally.years ? tally.years[1] : first;
	const span = to - first + 1;
	const cellWidth = Math.max(1, Math.min(maxCellWidth, Math.floor(room / span)));
	// Too many years for one cell each: the most recent ones.
	const from = Math.max(first, to - Math.floor(room / cellWidth) + 1);
	const ranked = [...tally.authorities].sort((a, b) => b.events - a.events || a.authority.localeCompare(b.authority));
	const shown = ranked.slice(0, opts.maxRows);
	const none: YearTally = {judgements: 0, others: 0, first: [], last: null};
	const rows = shown.map(({authority, events, undated, years}) => {
		const byYear = new Map(years);
		const segments: ChartSegment[] = [];
		// Judgements first within a year: their letters are what the strip is read for.
		for (let y = from; y <= to; y++) segments.push(...tallyCell(byYear.get(y) ?? none, cellWidth, opts.glyphs));
		const text = undatedText(undated);
		if (text) segments.push({kind: 'undated', text});
		return {authority, events, segments: joinSegments(segments)};
	});
	return {from, to, cellWidth, axis: chartAxis(from, to, cellWidth), rows, more: ranked.length - shown.length};
}

function undatedText(n: number): string {
	return n ? ` ?${n}` : '';
}
