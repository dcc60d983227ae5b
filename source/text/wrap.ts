/**
 * Word wrap to a width in terminal cells, for the views and the CLI's text tables alike. Pure; callers pass text that
 * has already been through `safeLine`/`safeBlock`.
 */
import {displayWidth, graphemes, graphemeWidth} from './width.js';

/** A `[start, end)` range of code units in the text being wrapped. */
export type Range = readonly [number, number];

/**
 * Word-wraps `text` to `width` cells: the ranges of each line, spaces at a break dropped, words longer than a
 * line broken by cells. Newlines start a new line. Always at least one line (an empty one for empty text).
 */
export function wrapRanges(text: string, width: number): Range[] {
	const w = Math.max(1, width);
	const lines: Range[] = [];
	let start = -1;
	let end = -1;
	let used = 0;
	const flush = () => {
		if (start >= 0) lines.push([start, end]);
		start = -1;
		end = -1;
		used = 0;
	};
	const token = /\n|[^\S\n]+|[^\s]+/g;
	for (let m = token.exec(text); m !== null; m = token.exec(text)) {
		const t = m[0];
		const at = m.index;
		if (t === '\n') {
			if (start < 0) lines.push([at, at]);
			else flush();
			continue;
		}
		if (/^\s/.test(t)) {
			// Spaces count only between words on one line.
			if (start >= 0) {
				const tw = displayWidth(t);
				if (used + tw < w) {
					used += tw;
					end = at + t.length;
				} else flush();
			}
			continue;
		}
		const tw = displayWidth(t);
		if (start >= 0 && used + tw <= w) {
			used += tw;
			end = at + t.length;
			continue;
		}
		if (start >= 0) {
			// Trailing spaces of the line being closed are not part of it.
			end = trimEnd(text, start, end);
			flush();
		}
		if (tw <= w) {
			start = at;
			end = at + t.length;
			used = tw;
			continue;
		}
		// A word longer than a line: break it by cells.
		let pieceStart = at;
		let pieceWidth = 0;
		for (const {segment, index} of graphemes(t)) {
			const gw = graphemeWidth(segment);
			if (pieceWidth + gw > w && pieceWidth > 0) {
				lines.push([pieceStart, at + index]);
				pieceStart = at + index;
				pieceWidth = 0;
			}
			pieceWidth += gw;
		}
		start = pieceStart;
		end = at + t.length;
		used = pieceWidth;
	}
	if (start >= 0) lines.push([start, trimEnd(text, start, end)]);
	if (lines.length === 0) lines.push([0, 0]);
	return lines;
}

function trimEnd(text: string, start: number, end: number): number {
	let e = end;
	while (e > start && /\s/.test(text[e - 1]!)) e--;
	return e;
}

/** Plain word wrap: the lines' text. */
export function wrap(text: string, width: number): string[] {
	return wrapRanges(text, width).map(([s, e]) => text.slice(s, e));
}
