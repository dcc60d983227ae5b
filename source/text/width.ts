/**
 * How many terminal cells text takes, by the measure Ink itself uses (string-width): a width of our own that
 * disagreed with it on emoji, flags, CJK and some symbols let a cut line wrap in Ink and a frame grow taller
 * than the terminal. Counted per grapheme, so that a cut never splits a flag, an emoji sequence or a letter
 * from its accent. Callers pass text that has been through `safeLine`/`safeBlock` (no control characters).
 */
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter('en', {granularity: 'grapheme'});
/**
 * Characters that take one cell each and never join a neighbour into a wider grapheme: printable ASCII, Latin-1
 * and Latin Extended letters and signs (not the soft hyphen, which takes none), general punctuation (dashes,
 * curly quotes, the ellipsis) and currency signs. Text made only of these, most of an English news corpus, is
 * measured by its length; string-width walks every grapheme through several Unicode property tests, which took
 * a 400,000-row table from seconds to minutes. A test checks each of these characters against string-width.
 */
export const narrowChars = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;

// Graphemes repeat (curly quotes, accented letters), and string-width does real work for each: remember them.
const known = new Map<string, number>();

/** Cells one grapheme takes. */
export function graphemeWidth(g: string): number {
	if (g.length === 1 && narrowChars.test(g)) return 1;
	let w = known.get(g);
	if (w === undefined) {
		w = stringWidth(g);
		if (known.size >= 4096) known.clear();
		known.set(g, w);
	}
	return w;
}

/** Terminal cells a string takes. */
export function displayWidth(s: string): number {
	if (narrowChars.test(s)) return s.length;
	// string-width sums its graphemes' widths too; here each grapheme's is remembered.
	let w = 0;
	for (const {segment} of segmenter.segment(s)) w += graphemeWidth(segment);
	return w;
}

/** The graphemes of a string with where each starts (in code units). */
export function graphemes(s: string): Iterable<{segment: string; index: number}> {
	return segmenter.segment(s);
}

/** The longest start of `s` that fits in `width` cells, never splitting a grapheme. */
export function takeWidth(s: string, width: number): string {
	if (narrowChars.test(s)) return s.slice(0, Math.max(0, width));
	let out = '';
	let w = 0;
	for (const {segment} of segmenter.segment(s)) {
		const gw = graphemeWidth(segment);
		if (w + gw > width) break;
		out += segment;
		w += gw;
	}
	return out;
}

/**
 * Cuts `s` to at most `width` cells, ending in `…` when anything was cut. Reads no further into `s` than the
 * cut: a long quote cut to a column is measured only as far as the column.
 */
export function truncate(s: string, width: number): string {
	if (width <= 0) return '';
	if (narrowChars.test(s)) return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
	// No grapheme takes more than two cells, and none takes less than one code unit.
	if (s.length * 2 <= width) return s;
	let used = 0;
	let keep = 0;
	for (const {segment, index} of segmenter.segment(s)) {
		used += graphemeWidth(segment);
		if (used > width) return `${s.slice(0, keep)}…`;
		if (used <= width - 1) keep = index + segment.length;
	}
	return s;
}

/** `s` padded with spaces to at least `width` cells (on the right; on the left for `right`). */
export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
	const gap = ' '.repeat(Math.max(0, width - displayWidth(s)));
	return align === 'left' ? s + gap : gap + s;
}
