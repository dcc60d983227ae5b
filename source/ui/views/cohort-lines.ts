/**
 * The cohort view's lines as a pure function of the cohort and the width: the table by response type, then one
 * strip per episode on months since its judgement, each response's letter at its month.
 */
import {ungradedLine, type Cohort, type CohortEpisode} from '../../corpus/cohort.js';
import {responseTypes, type ResponseType} from '../../corpus/compare.js';
import {largest} from '../../text/largest.js';
import {safeLine} from '../../text/terminal-safety.js';
import {memoLast} from '../memo.js';
import {fit, wrap} from '../text-layout.js';

/** One letter per response type, for the strips (the legend says which). */
export const responseLetters: Readonly<Record<ResponseType, string>> = {
	'resignation-call': 'C',
	'resignation-refused': 'F',
	resignation: 'X',
	'no-confidence-vote': 'V',
	'improvement-board': 'B',
	'commissioner-appointed': 'M',
	'improvement-notice': 'N',
	'improvement-notice-lifted': 'L',
	'next-better-rating': 'R',
	// Not response types of the comparison; never drawn.
	'inspection-judgement': '?',
	'inspection-visit': '?',
	'commissioner-report': '?',
	'improvement-plan': '?',
	funding: '?',
	other: '?',
};

export type CohortLine = {readonly key: string; readonly text: string; readonly heading?: boolean; readonly note?: boolean};

const months = (m: number | null) => (m === null ? '–' : `${m}`);

type Placed = {readonly at: number; readonly row: number; readonly letter: string};

/** The cell of a response `m` months after the judgement, on a strip of `cells` cells over `span` months. */
const cellOf = (m: number, span: number, cells: number) => Math.min(cells - 1, Math.max(0, Math.floor((m / Math.max(1, span)) * cells)));

/** Where each response of `e` goes on its strip (see `episodeStrip`). */
function placements(e: CohortEpisode, span: number, cells: number): Placed[] {
	const placed = responseTypes
		.map(([type], order) => ({type, order, m: e.delays[type]}))
		.filter((p): p is {type: ResponseType; order: number; m: number} => p.m !== undefined)
		.sort((a, b) => a.m - b.m || a.order - b.order);
	const depth = new Map<number, number>();
	return placed.map((p) => {
		const at = cellOf(p.m, span, cells);
		const row = depth.get(at) ?? 0;
		depth.set(at, row + 1);
		return {at, row, letter: responseLetters[p.type]};
	});
}

/** The response types the strips draw (a delay of any other type has no letter). */
const drawn: ReadonlySet<string> = new Set(responseTypes.map(([type]) => type));

/**
 * How many rows the strip of `e` takes (`placements`' deepest cell), without placing anything: once per episode
 * of tens of thousands, so over the delays the episode has rather than every type.
 */
function stripRows(e: CohortEpisode, span: number, cells: number, at: number[]): number {
	at.length = 0;
	const delays = e.delays as Record<string, number | undefined>;
	for (const type in delays) {
		const m = delays[type];
		if (m !== undefined && drawn.has(type)) at.push(cellOf(m, span, cells));
	}
	if (at.length < 2) return 1;
	at.sort((a, b) => a - b);
	let rows = 1;
	for (let i = 1, run = 1; i < at.length; i++) {
		run = at[i] === at[i - 1] ? run + 1 : 1;
		if (run > rows) rows = run;
	}
	return rows;
}

/**
 * The strip of one episode over `span` months in `cells` cells: `·` for each stretch of months and each
 * response's letter in the cell of its month. Letters never move off their month: where two or more share a
 * cell, the earliest is on the strip and the others are stacked in the same cell on the rows under it, in the
 * order they came (so the first row is the strip, and any further rows carry only those letters).
 */
export function episodeStrip(e: CohortEpisode, span: number, cells: number): string[] {
	const rows: string[][] = [Array.from({length: cells}, () => '·')];
	for (const p of placements(e, span, cells)) {
		rows[p.row] ??= Array.from({length: cells}, () => ' ');
		rows[p.row]![p.at] = p.letter;
	}
	return rows.map((r, i) => (i === 0 ? r.join('') : r.join('').trimEnd()));
}

/** What the episodes' heading says about letters that share a month's cell. */
export const stackedNote = 'Letters stacked in a column share its month, earliest on the strip.';

/**
 * The cohort's lines for a width, made as they are shown: how many there are, and those of a range. Tens of
 * thousands of episodes make as many strips, and the view shows a screenful: each strip's text is made only when
 * its lines are asked for.
 */
export type CohortLines = {readonly length: number; readonly slice: (from: number, to: number) => CohortLine[]};

/** The cohort as lines for a width: the table by response type, the legend, then a strip per episode. */
export const cohortLines = memoLast((c: Cohort, width: number): CohortLines => {
	const head: CohortLine[] = [];
	const label = 26;
	head.push({key: 'h1', heading: true, text: `${fit('response', label)} ${fit('authorities', 12, 'right')} ${fit('episodes', 9, 'right')} ${fit('median', 7, 'right')}  range (months)`});
	for (const r of c.rows) {
		const range = r.min === null ? 'none reached it' : `${r.min} to ${r.max}`;
		head.push({key: `r${r.type}`, text: `${fit(`${responseLetters[r.type]} ${r.label}`, label)} ${fit(`${r.authorities} of ${c.authorities}`, 12, 'right')} ${fit(String(r.episodes), 9, 'right')} ${fit(months(r.median), 7, 'right')}  ${range}`});
	}
	head.push({key: 'gap', text: ''});
	const span = Math.max(12, largest(c.rows.map((r) => Math.ceil(r.max ?? 0)), 0));
	const who = 30;
	const cells = Math.max(10, width - who - 2);
	head.push({key: 'h2', heading: true, text: `${fit(`Episodes (${c.episodes.length})`, who)}  0 months ${'·'.repeat(Math.max(0, cells - 20))} ${span} months`.slice(0, width)});
	// The first line of each episode's strip, counted from the first episode's; one more entry for the end.
	const starts = new Array<number>(c.episodes.length + 1);
	let stacked = false;
	starts[0] = 0;
	const cellsOfOne: number[] = [];
	for (let i = 0; i < c.episodes.length; i++) {
		const rows = stripRows(c.episodes[i]!, span, cells, cellsOfOne);
		if (rows > 1) stacked = true;
		starts[i + 1] = starts[i]! + rows;
	}
	if (stacked) head.push({key: 'stacked', text: stackedNote.slice(0, width), note: true});
	const ungraded = ungradedLine(c);
	// Said whole, wrapped: a cut list would hide which episodes it means.
	if (ungraded) wrap(safeLine(ungraded), Math.max(10, width)).forEach((text, i) => head.push({key: `ungraded${i}`, text, note: true}));
	const episodeLines = (i: number): CohortLine[] => {
		const e = c.episodes[i]!;
		const name = `${safeLine(e.authority)} ${e.judgement}${e.end ? '' : ' …'}`;
		return episodeStrip(e, span, cells).map((row, r) => ({key: `e${e.authority}${e.episode}-${r}`, text: `${fit(r === 0 ? name : '', who)}  ${row}`.trimEnd()}));
	};
	const length = head.length + starts[c.episodes.length]!;
	const slice = (from: number, to: number): CohortLine[] => {
		const lo = Math.max(0, from);
		const hi = Math.min(length, to);
		const out = head.slice(lo, hi);
		if (hi <= head.length) return out;
		// The episode holding the first strip line asked for: the last whose first line is at or before it.
		const first = Math.max(0, lo - head.length);
		let a = 0;
		let b = c.episodes.length - 1;
		while (a < b) {
			const m = (a + b + 1) >> 1;
			if (starts[m]! <= first) a = m;
			else b = m - 1;
		}
		for (let i = a; i < c.episodes.length && starts[i]! < hi - head.length; i++) {
			episodeLines(i).forEach((line, r) => {
				const at = head.length + starts[i]! + r;
				if (at >= lo && at < hi) out.push(line);
			});
		}
		return out;
	};
	return {length, slice};
});
