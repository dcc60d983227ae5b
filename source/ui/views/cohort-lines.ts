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

/**
 * The strip of one episode over `span` months in `cells` cells: `·` for each stretch of months and each
 * response's letter in the cell of its month. Letters never move off their month: where two or more share a
 * cell, the earliest is on the strip and the others are stacked in the same cell on the rows under it, in the
 * order they came (so the first row is the strip, and any further rows carry only those letters).
 */
export function episodeStrip(e: CohortEpisode, span: number, cells: number): string[] {
	const placed = responseTypes
		.map(([type], order) => ({type, order, m: e.delays[type]}))
		.filter((p): p is {type: ResponseType; order: number; m: number} => p.m !== undefined)
		.sort((a, b) => a.m - b.m || a.order - b.order);
	const rows: string[][] = [Array.from({length: cells}, () => '·')];
	const depth = new Map<number, number>();
	for (const p of placed) {
		const at = Math.min(cells - 1, Math.max(0, Math.floor((p.m / Math.max(1, span)) * cells)));
		const row = depth.get(at) ?? 0;
		depth.set(at, row + 1);
		rows[row] ??= Array.from({length: cells}, () => ' ');
		rows[row]![at] = responseLetters[p.type];
	}
	return rows.map((r, i) => (i === 0 ? r.join('') : r.join('').trimEnd()));
}

/** What the episodes' heading says about letters that share a month's cell. */
export const stackedNote = 'Letters stacked in a column share its month, earliest on the strip.';

/** The cohort as lines for a width: the table by response type, the legend, then a strip per episode. */
export const cohortLines = memoLast((c: Cohort, width: number): CohortLine[] => {
	const out: CohortLine[] = [];
	const label = 26;
	out.push({key: 'h1', heading: true, text: `${fit('response', label)} ${fit('authorities', 12, 'right')} ${fit('episodes', 9, 'right')} ${fit('median', 7, 'right')}  range (months)`});
	for (const r of c.rows) {
		const range = r.min === null ? 'none reached it' : `${r.min} to ${r.max}`;
		out.push({key: `r${r.type}`, text: `${fit(`${responseLetters[r.type]} ${r.label}`, label)} ${fit(`${r.authorities} of ${c.authorities}`, 12, 'right')} ${fit(String(r.episodes), 9, 'right')} ${fit(months(r.median), 7, 'right')}  ${range}`});
	}
	out.push({key: 'gap', text: ''});
	const span = Math.max(12, largest(c.rows.map((r) => Math.ceil(r.max ?? 0)), 0));
	const who = 30;
	const cells = Math.max(10, width - who - 2);
	out.push({key: 'h2', heading: true, text: `${fit(`Episodes (${c.episodes.length})`, who)}  0 months ${'·'.repeat(Math.max(0, cells - 20))} ${span} months`.slice(0, width)});
	const strips = c.episodes.map((e) => episodeStrip(e, span, cells));
	if (strips.some((rows) => rows.length > 1)) out.push({key: 'stacked', text: stackedNote.slice(0, width), note: true});
	const ungraded = ungradedLine(c);
	// Said whole, wrapped: a cut list would hide which episodes it means.
	if (ungraded) wrap(safeLine(ungraded), Math.max(10, width)).forEach((text, i) => out.push({key: `ungraded${i}`, text, note: true}));
	c.episodes.forEach((e, i) => {
		const name = `${safeLine(e.authority)} ${e.judgement}${e.end ? '' : ' …'}`;
		strips[i]!.forEach((row, r) => out.push({key: `e${e.authority}${e.episode}-${r}`, text: `${fit(r === 0 ? name : '', who)}  ${row}`.trimEnd()}));
	});
	return out;
});
