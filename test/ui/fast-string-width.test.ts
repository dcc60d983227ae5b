/**
 * The widths Ink measures and draws with in the bundle (source/text/fast-string-width.ts) are string-width's, for
 * the views' text and for text that must take string-width's own path.
 */
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import fastStringWidth from '../../source/text/fast-string-width.js';

function seeded(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
		return s / 2 ** 32;
	};
}

const pieces = [
	'Timeline', ' · ', '45834', ' ', 'inadequate', '◆', '○', '●', '✎', '│', '─', '…', '×2', '›', '’', 'é', 'Ω', '\u00A0', '\u00AD', '\u200B', '\u2028',
	'\u001B[1m', '\u001B[2m', '\u001B[22m', '\u001B[31m', '\u001B[39m', '\u001B[38;5;208m', '\u001B[0m', '\u001B[m', '\u001B[;1m',
	// What string-width must measure itself: other escapes, controls, joiners, marks, wide and emoji characters.
	'\u001B', '\u001Bc', '\u001B[2J', '\u001B[31', '\u001B]8;;https://example.org\u0007', '\u009B31m', '\r\n', '\t', '\u007F', 'e\u0301', '\u0301', '\u200D',
	'\u200C', '\uFE0F', '\u2764\uFE0F', '\u1100\u1161', '\uAC00', 'ａ', '🙂', '\u{1F1EC}\u{1F1E7}', '\u231A', '\u2329', '\u23F0', '\u2614', '\u2B50', '\u2BFF',
	'\u2C00', '\u20D0', '\u20CF', '\u02FF', '\u0300',
];

describe('the width Ink measures with', () => {
	it("is string-width's for random text of the views' pieces and odd ones", () => {
		const next = seeded(22);
		for (let i = 0; i < 20_000; i++) {
			let text = '';
			const parts = Math.floor(next() * 12);
			for (let p = 0; p < parts; p++) text += pieces[Math.floor(next() * pieces.length)]!;
			expect(fastStringWidth(text)).toBe(stringWidth(text));
		}
	});

	it("is string-width's for every character measured without the splitter, alone and among others", () => {
		for (const [from, to] of [[0x20, 0x7e], [0xa0, 0x2ff], [0x2000, 0x20cf], [0x2100, 0x2bff]] as const) {
			for (let c = from; c <= to; c++) {
				const ch = String.fromCharCode(c);
				for (const text of [ch, `a${ch}\u001B[1m${ch}b`, `${ch}\u0301`]) expect(fastStringWidth(text)).toBe(stringWidth(text));
			}
		}
	});

	it('passes options and anything but a string to string-width', () => {
		expect(fastStringWidth('\u001B[31m›\u001B[39m', {countAnsiEscapeCodes: true})).toBe(stringWidth('\u001B[31m›\u001B[39m', {countAnsiEscapeCodes: true}));
		expect(fastStringWidth('±', {ambiguousIsNarrow: false})).toBe(stringWidth('±', {ambiguousIsNarrow: false}));
		expect(fastStringWidth(undefined as unknown as string)).toBe(0);
		expect(fastStringWidth('')).toBe(0);
	});
});
