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
		expect(ours.tokenize).toBe(pkg.tokenize);
		expect(ours.styledCharsFromTokens).toBe(pkg.styledCharsFromTokens);
		expect(ours.diffAnsiCodes).toBe(pkg.diffAnsiCodes);
		expect(ours.styledCharsToString).not.toBe(pkg.styledCharsToString);
	});
});
