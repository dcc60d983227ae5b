/**
 * `@alcalzone/ansi-tokenize` as Ink's frame writer gets it in the bundle (bundle.js points Ink's
 * `ink/build/output.js` here): the package's own exports, with a `styledCharsToString` that gives the same
 * string with less work.
 *
 * Ink draws every frame into a grid of styled cells (the terminal's width by the frame's height), then turns each
 * row back into a string with `styledCharsToString`, which works out the escape codes between every two cells
 * (`diffAnsiCodes`: three sets and two arrays a cell). Most cells of a frame are blank or carry the same styles
 * as the cell before them, and between two cells whose styles are the same codes that difference is always
 * empty: every code of the one is in the other, so none is undone and none is added. Those cells are skipped
 * here; every other cell goes through the package's own functions, in the same order. Its `tokenize` and
 * `styledCharsFromTokens` are fast-tokenize.ts's: the same tokens and cells, most lines without a grapheme splitter.
 */
import {ansiCodesToString, diffAnsiCodes, type StyledChar} from '@alcalzone/ansi-tokenize';

export * from '@alcalzone/ansi-tokenize';
export {styledCharsFromTokens, tokenize} from './fast-tokenize.js';

/** Whether two cells' styles are the same codes (the same objects, in the same order). */
function sameCodes(a: StyledChar['styles'], b: StyledChar['styles']): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** The package's `styledCharsToString`: the cells as a string, each style change written once. */
export function styledCharsToString(chars: StyledChar[]): string {
	let ret = '';
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i]!;
		if (i === 0) ret += ansiCodesToString(char.styles);
		else if (!sameCodes(chars[i - 1]!.styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1]!.styles, char.styles));
		ret += char.value;
		// The styles still open at the end of the row are closed.
		if (i === chars.length - 1) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
	}

	return ret;
}
