/**
 * Characters that are a grapheme of their own wherever they stand, and SGR codes, for the fast paths that measure
 * and split the text Ink draws (text/fast-string-width.ts, ui/fast-tokenize.ts) without a grapheme splitter.
 */

/**
 * Whether a character never joins a neighbour into one grapheme: printable ASCII, Latin (to U+02FF), general
 * punctuation (but the two joiners), letterlike symbols, arrows, maths, technical symbols, box drawing, blocks,
 * geometric shapes, dingbats and the other symbols to U+2BFF. None of these is a combining mark, a joiner, a
 * variation selector, a prepended or spacing mark, a Hangul jamo, a regional indicator or a CR.
 */
export function standsAlone(c: number): boolean {
	if (c >= 0x20 && c <= 0x7e) return true;
	if (c >= 0xa0 && c <= 0x2ff) return true;
	if (c >= 0x2000 && c <= 0x20cf) return c !== 0x200c && c !== 0x200d;
	return c >= 0x2100 && c <= 0x2bff;
}

/**
 * The end of the SGR code (`ESC [`, digits and semicolons, `m`) at `at` (the index after its `m`), or -1 if there
 * is none there: the codes Ink's colours and styles write, read as ansi-tokenize and strip-ansi read them.
 */
export function sgrEnd(str: string, at: number): number {
	if (str.charCodeAt(at) !== 0x1b || str.charCodeAt(at + 1) !== 0x5b) return -1;
	for (let i = at + 2; i < str.length; i++) {
		const c = str.charCodeAt(i);
		if (c === 0x6d) return i + 1;
		if (c === 0x3b || (c >= 0x30 && c <= 0x39)) continue;
		return -1;
	}

	return -1;
}
