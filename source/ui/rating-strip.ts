/**
 * The strip of an authority's judgements over the years: one cell a year, the rating's letter where there was a
 * judgement (the year's last one), a dot where there was none.
 */
import {ratingLetter} from './theme.js';

export type StripCell = {readonly year: number; readonly rating: string | null; readonly letter: string};

/** The years every strip on one screen covers: the first to the last judgement of any authority. */
export function stripYears(all: readonly {judgements: readonly {year: number}[]}[]): {from: number; to: number} | null {
	// One pass, no list of every judgement's year: the dashboard's first frame draws this for every authority.
	let from = Infinity;
	let to = -Infinity;
	for (const a of all)
		for (const j of a.judgements) {
			if (j.year < from) from = j.year;
			if (j.year > to) to = j.year;
		}
	return from === Infinity ? null : {from, to};
}

/** The years one strip shows and the heading over them, both from the strip's width alone. */
export type StripWindow = {readonly from: number; readonly to: number; readonly label: string};

/**
 * The years a strip `width` cells wide shows: all of `years` when they fit, else the latest `width` of them; and
 * a heading that names exactly those years in at most `width` cells (`2015–26`, then `15–26`, `15–`, `15`), so the
 * heading never names a year the cells do not show.
 */
export function stripWindow(years: {readonly from: number; readonly to: number} | null, width: number): StripWindow | null {
	if (!years) return null;
	const cells = Math.max(1, Math.floor(width));
	const from = Math.max(years.from, years.to - cells + 1);
	const to = years.to;
	const short = (y: number) => String(y).slice(-2);
	const labels = from === to ? [String(to), short(to)] : [`${from}–${short(to)}`, `${short(from)}–${short(to)}`, `${short(from)}–`, short(from)];
	const label = labels.find((l) => l.length <= width) ?? '';
	return {from, to, label};
}

/**
 * The cells from `from` to `to`; when they do not fit in `width`, the most recent years are kept. A year with a
 * judgement of unrecorded rating shows `?`.
 */
export function stripCells(judgements: readonly {year: number; rating: string | null}[], from: number, to: number, width: number): StripCell[] {
	const first = Math.max(from, to - Math.max(0, width) + 1);
	const cells: StripCell[] = [];
	for (let y = first; y <= to; y++) {
		const those = judgements.filter((j) => j.year === y);
		const last = those.at(-1);
		cells.push({year: y, rating: last?.rating ?? null, letter: last ? ratingLetter(last.rating) : '·'});
	}
	return cells;
}
