/**
 * Keyword in context: the part of a long text around its best match, cut to one line, with the matched
 * characters marked, so that the match is visible however long the quote or article.
 */
import {displayWidth, markSpans, takeWidth, type Range, type Span} from './text-layout.js';

/** The match the window is centred on: the longest, the earliest among equals. */
export function anchorOf(matches: readonly Range[]): Range | null {
	let best: Range | null = null;
	for (const m of matches) if (m[1] > m[0] && (!best || m[1] - m[0] > best[1] - best[0])) best = m;
	return best;
}

/** Cuts spans to at most `width` cells, ending in `…` if anything was cut. */
export function clipSpans(spans: readonly Span[], width: number): Span[] {
	const total = spans.reduce((n, s) => n + displayWidth(s.text), 0);
	if (total <= width) return [...spans];
	const out: Span[] = [];
	let used = 0;
	for (const s of spans) {
		const w = displayWidth(s.text);
		if (used + w <= width - 1) {
			out.push(s);
			used += w;
			continue;
		}
		// Something follows, so the cut always shows an ellipsis.
		if (width - used > 0) out.push({text: `${takeWidth(s.text, width - used - 1)}…`, tone: s.tone});
		break;
	}
	return out;
}

/**
 * One line of at most `width` cells from `text` around its best match, with `…` where text was left out.
 * `text` is one line (already through `safeLine`).
 */
export function kwic(text: string, matches: readonly Range[], width: number): Span[] {
	if (width <= 0) return [];
	if (displayWidth(text) <= width) return markSpans(text, matches, 'match');
	const anchor = anchorOf(matches);
	if (!anchor) return clipSpans(markSpans(text, [], 'match'), width);
	const [as, ae] = anchor;
	// Room for context once the match and the two ellipses are placed; a third before, the rest after.
	const room = Math.max(0, width - (ae - as) - 2);
	let start = Math.max(0, as - Math.floor(room / 3));
	// Start on a word if one begins close before.
	if (start > 0) {
		const space = text.lastIndexOf(' ', as - 1);
		if (space >= start && space < as) start = space + 1;
		else {
			const nextSpace = text.indexOf(' ', start);
			if (nextSpace !== -1 && nextSpace < as) start = nextSpace + 1;
		}
	}
	const prefix = start > 0 ? '…' : '';
	const body = text.slice(start);
	const shifted = matches.map(([s, e]) => [s - start, e - start] as const).filter(([, e]) => e > 0);
	const spans = markSpans(body, shifted, 'match');
	return clipSpans(prefix ? [{text: prefix, tone: 'dim'}, ...spans] : spans, width);
}
