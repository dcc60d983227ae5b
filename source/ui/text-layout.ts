/**
 * Measuring, truncating and wrapping text for a fixed-width terminal. Pure, so that every view can decide which
 * rows fit before anything is rendered: a frame taller than the terminal makes Ink redraw the whole screen.
 *
 * Widths are Ink's own (string-width, through text/width.ts), counted per grapheme.
 * Callers pass text that has already been through `safeLine`/`safeBlock` (no control characters).
 */

import {displayWidth, graphemes, graphemeWidth, takeWidth, truncate} from '../text/width.js';

// The measures live with the text layer, where the CLI's tables use them too; the views take them from here.
export {displayWidth, takeWidth, truncate};

/** `s` truncated or padded with spaces to exactly `width` cells. */
export function fit(s: string, width: number, align: 'left' | 'right' = 'left'): string {
	const t = truncate(s, width);
	const gap = ' '.repeat(Math.max(0, width - displayWidth(t)));
	return align === 'left' ? t + gap : gap + t;
}

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

/** How a run of text is drawn. `match`: a search match; `quote`: quoted speech; the rest are plain styles. */
export type Tone = 'plain' | 'match' | 'quote' | 'dim' | 'bold' | 'selected';

/** A run of text in one tone. */
export type Span = {readonly text: string; readonly tone: Tone};

/** One line of spans. */
export type SpanLine = readonly Span[];

/**
 * Splits `text` into spans, marking `marks` (sorted or not, possibly overlapping `[start, end)` ranges) with
 * `tone` and the rest with `base`.
 */
export function markSpans(text: string, marks: readonly Range[], tone: Tone, base: Tone = 'plain'): Span[] {
	const sorted = [...marks].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
	const spans: Span[] = [];
	let at = 0;
	for (const [s0, e0] of sorted) {
		const s = Math.max(at, Math.min(s0, text.length));
		const e = Math.min(e0, text.length);
		if (e <= s) continue;
		if (s > at) spans.push({text: text.slice(at, s), tone: base});
		spans.push({text: text.slice(s, e), tone});
		at = e;
	}
	if (at < text.length || spans.length === 0) spans.push({text: text.slice(at), tone: base});
	return spans;
}

/** Word-wraps spans to `width`, keeping each span's tone across line breaks. */
export function wrapSpans(spans: readonly Span[], width: number): SpanLine[] {
	return wrapSpansAt(spans, width).lines;
}

/** {@link wrapSpans}, with each line's `[start, end)` range in the spans' joined text (where a find's match falls). */
export function wrapSpansAt(spans: readonly Span[], width: number): {lines: SpanLine[]; ranges: Range[]} {
	const text = spans.map((s) => s.text).join('');
	const bounds: {start: number; end: number; tone: Tone}[] = [];
	let at = 0;
	for (const s of spans) {
		bounds.push({start: at, end: at + s.text.length, tone: s.tone});
		at += s.text.length;
	}
	const ranges = wrapRanges(text, width);
	const lines = ranges.map(([ls, le]) => {
		const line: Span[] = [];
		for (const b of bounds) {
			const s = Math.max(ls, b.start);
			const e = Math.min(le, b.end);
			if (e > s) line.push({text: text.slice(s, e), tone: b.tone});
		}
		return line;
	});
	return {lines, ranges};
}

/** Cells a line of spans takes. */
export function spanWidth(line: SpanLine): number {
	return line.reduce((w, s) => w + displayWidth(s.text), 0);
}

/** Splits `text` into spans by layers of marked ranges; a later layer wins where layers overlap. */
export function paintSpans(text: string, layers: readonly {readonly ranges: readonly Range[]; readonly tone: Tone}[], base: Tone = 'plain'): Span[] {
	const tones: Tone[] = new Array<Tone>(text.length).fill(base);
	for (const layer of layers) {
		for (const [s, e] of layer.ranges) for (let i = Math.max(0, s); i < Math.min(text.length, e); i++) tones[i] = layer.tone;
	}
	const spans: Span[] = [];
	let start = 0;
	for (let i = 1; i <= text.length; i++) {
		if (i === text.length || tones[i] !== tones[start]) {
			spans.push({text: text.slice(start, i), tone: tones[start] ?? base});
			start = i;
		}
	}
	return spans.length ? spans : [{text: '', tone: base}];
}
