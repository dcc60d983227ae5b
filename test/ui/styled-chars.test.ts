/**
 * Ink's rows made into strings by source/ui/styled-chars.ts (what the bundle gives Ink's frame writer) are the
 * strings @alcalzone/ansi-tokenize makes: the same bytes to the terminal.
 */
import * as pkg from '@alcalzone/ansi-tokenize';
import {describe, expect, it} from 'vitest';
import * as ours from '../../source/ui/styled-chars.js';

/** A small seeded generator, so that every run checks the same rows. */
function seeded(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
		return s / 2 ** 32;
	};
}

// Starts and ends of the codes Ink's views write (colours, bold and dim sharing one end, inverse, underline, 256 and
// true colours, a link), and the full reset.
const codes = [
	'\u001B[1m', '\u001B[2m', '\u001B[22m', '\u001B[3m', '\u001B[23m', '\u001B[4m', '\u001B[24m', '\u001B[7m', '\u001B[27m',
	'\u001B[31m', '\u001B[32m', '\u001B[90m', '\u001B[39m', '\u001B[44m', '\u001B[49m', '\u001B[38;5;208m', '\u001B[38;2;10;20;30m',
	'\u001B[48;5;17m', '\u001B]8;;https://example.org/a\u0007', '\u001B]8;;\u0007', '\u001B[0m',
];
const words = ['Timeline', ' · ', '45834', ' ', 'inadequate', '◆', '✎', '│', '  ', 'ａ', '🙂', 'x'];

function randomLine(next: () => number): string {
	let line = '';
	const parts = 1 + Math.floor(next() * 12);
	for (let i = 0; i < parts; i++) line += next() < 0.45 ? codes[Math.floor(next() * codes.length)]! : words[Math.floor(next() * words.length)]!;
	return line;
}

const cellsOf = (line: string) => pkg.styledCharsFromTokens(pkg.tokenize(line));
const blank = (): pkg.StyledChar => ({type: 'char', value: ' ', fullWidth: false, styles: []});

/** A row as Ink's output grid holds it: blank cells, over which several writes' cells are laid. */
function gridRow(next: () => number, width: number): pkg.StyledChar[] {
	const row = Array.from({length: width}, blank);
	const writes = Math.floor(next() * 4);
	for (let w = 0; w < writes; w++) {
		let x = Math.floor(next() * width);
		for (const cell of cellsOf(randomLine(next))) if (x < width) row[x++] = cell;
	}

	return row;
}

describe("Ink's rows as strings", () => {
	it('are the bytes the package gives, for lines of every style and rows laid out as a frame', () => {
		const next = seeded(13);
		for (let i = 0; i < 2000; i++) {
			const cells = i % 2 === 0 ? cellsOf(randomLine(next)) : gridRow(next, 1 + Math.floor(next() * 100));
			expect(ours.styledCharsToString(cells)).toBe(pkg.styledCharsToString(cells));
		}
	});

	it('writes a style change between cells whose codes are equal in value but not the same objects', () => {
		const [a] = cellsOf('\u001B[1mA');
		const b = {...cellsOf('\u001B[2mB')[0]!, styles: [...a!.styles]};
		const c = cellsOf('\u001B[31mC')[0]!;
		for (const row of [[a!, b, c], [c, a!, a!], [blank(), a!, blank()], [a!, {...c, styles: [...c.styles, ...a!.styles]}]]) {
			expect(ours.styledCharsToString(row)).toBe(pkg.styledCharsToString(row));
		}
	});

	it('keeps the rest of the package as it is', () => {
		expect(ours.diffAnsiCodes).toBe(pkg.diffAnsiCodes);
		expect(ours.reduceAnsiCodesIncremental).toBe(pkg.reduceAnsiCodesIncremental);
		expect(ours.styledCharsToString).not.toBe(pkg.styledCharsToString);
		expect(ours.tokenize).not.toBe(pkg.tokenize);
	});
});

// What a line may hold beyond the views' own: escapes the package does not read as codes (a lone ESC, a cursor move,
// an unfinished code), a link, controls, characters that join their neighbours (combining marks, joiners, variation
// selectors, Hangul jamo, regional indicators, CR LF), wide symbols among the narrow ones, and characters at the
// edges of the ranges read without the grapheme splitter.
const oddities = [
	'\u001B', '\u001Bc', '\u001B[2J', '\u001B[31', '\u001B[;m', '\u001B[m', '\u001B[1;31;4m', '\u001B]8;;https://example.org\u0007', '\u009B31m', '\r\n', '\r', '\t', '\u007F',
	'e\u0301', '\u0301', '\u200D', '\u200C', '\u200B', '\uFE0F', '\u2764\uFE0F', '\u1100\u1161', '\uAC00', '\u{1F1EC}\u{1F1E7}', '\u{1F468}\u200D\u{1F469}',
	'\u231A', '\u2329', '\u23F0', '\u2614', '\u2B50', '\u2BFF', '\u2C00', '\u20D0', '\u20CF', '\u02FF', '\u0300', '\u00A0', '\u00AD', '\u009F', '…', '×', '─', '█', '✎', '›', 'é', 'Ω',
];

function oddLine(next: () => number): string {
	let line = '';
	const parts = 1 + Math.floor(next() * 14);
	for (let i = 0; i < parts; i++) {
		const r = next();
		line += r < 0.35 ? codes[Math.floor(next() * codes.length)]! : r < 0.7 ? words[Math.floor(next() * words.length)]! : oddities[Math.floor(next() * oddities.length)]!;
	}

	return line;
}

describe("Ink's lines as tokens and cells", () => {
	it('are the tokens and cells the package gives, for the views\' lines and odd ones', () => {
		const next = seeded(22);
		for (let i = 0; i < 6000; i++) {
			const line = i % 3 === 0 ? randomLine(next) : oddLine(next);
			const tokens = ours.tokenize(line);
			expect(tokens).toEqual(pkg.tokenize(line));
			expect(ours.styledCharsFromTokens(tokens)).toEqual(pkg.styledCharsFromTokens(pkg.tokenize(line)));
		}
	});

	it('takes a width limit as the package does', () => {
		const next = seeded(23);
		for (let i = 0; i < 2000; i++) {
			const line = oddLine(next);
			const limit = Math.floor(next() * 20);
			expect(ours.tokenize(line, limit)).toEqual(pkg.tokenize(line, limit));
		}
	});

	it('makes each narrow or wide symbol the package\'s width, every character read without the splitter', () => {
		for (const [from, to] of [[0x20, 0x7e], [0xa0, 0x2ff], [0x2000, 0x20cf], [0x2100, 0x2bff]] as const) {
			for (let c = from; c <= to; c++) {
				const line = `a${String.fromCharCode(c)}\u001B[1m${String.fromCharCode(c)}`;
				expect(ours.tokenize(line)).toEqual(pkg.tokenize(line));
			}
		}
	});
});
