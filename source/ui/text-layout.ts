/**
 * Measuring, truncating and wrapping text for a fixed-width terminal. Pure, so that every view can decide which
 * rows fit before anything is rendered: a frame taller than the terminal makes Ink redraw the whole screen.
 *
 * Widths are Ink's own (string-width, through text/width.ts), counted per grapheme.
 * Callers pass text that has already been through `safeLine`/`safeBlock` (no control characters).
 */

import {displayWidth, takeWidth, truncate} from '../text/width.js';

// The measures and the word wrap live with the text layer, where the CLI's tables use them too; the views take them
// from here.
export {displayWidth, takeWidth, truncate};
export {wrap, wrapRanges, type Range} from '../text/wrap.js';
import {wrapRanges, type Range} from '../text/wrap.js';

/** `s` truncated or padded with spaces to exactly `width` cells. */
export function fit(s: string, width: number, align: 'left' | 'right' = 'left'): string {
	const t = truncate(s, width);
	const gap = ' '.repeat(Math.max(0, width - displayWidth(t)));
	return align === 'left' ? t + gap : gap + t;
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
