import {describe, expect, it} from 'vitest';
import {cleanText, safeBlock, safeLine} from '../source/text/terminal-safety.js';

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

// Anything that could steer a terminal or reorder text: C0 except \n and \t, DEL, C1, bidi controls.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('cleanText', () => {
	it('leaves ordinary text, tabs, newlines and non-ASCII alone', () => {
		const text = 'Coun Blackburn said: “It’s a café — £5m.”\n\tΑθήνα 東京 😀';
		expect(cleanText(text)).toEqual({text, removed: {escapes: 0, controls: 0, bidi: 0}});
	});

	it.each([
		['OSC 52 clipboard write ended by BEL', `${ESC}]52;c;ZXZpbCBjb21tYW5k${BEL}`],
		['OSC 52 clipboard write ended by ST', `${ESC}]52;c;ZXZpbCBjb21tYW5k${ST}`],
		['OSC 0 title', `${ESC}]0;pwned${BEL}`],
		['OSC 2 title ended by C1 ST', `${ESC}]2;pwned\u009c`],
		['OSC 8 link opener', `${ESC}]8;;https://evil.example/${ST}`],
		['CSI erase display', `${ESC}[2J`],
		['CSI cursor position', `${ESC}[10;20H`],
		['CSI colour', `${ESC}[1;31m`],
		['CSI private mode (alternate screen)', `${ESC}[?1049h`],
		['CSI with intermediate (cursor style)', `${ESC}[2 q`],
		['DCS (sixel)', `${ESC}Pq#0;2;0;0;0#0~~@@vv${ST}`],
		['SOS', `${ESC}Xstart of string${ST}`],
		['PM', `${ESC}^privacy message${ST}`],
		['APC (kitty graphics)', `${ESC}_Gf=100,a=T;AAAA${ST}`],
		['C1 CSI', '\u009b2J'],
		['C1 CSI with parameters', '\u009b?25l'],
		['C1 OSC ended by BEL', `\u009d52;c;ZXZpbA==${BEL}`],
		['C1 OSC ended by C1 ST', '\u009d0;title\u009c'],
		['C1 DCS', '\u0090q#0~~\u009c'],
		['C1 SOS', '\u0098sos\u009c'],
		['C1 PM', '\u009epm\u009c'],
		['C1 APC', '\u009fapc\u009c'],
		['ESC c (full reset)', `${ESC}c`],
		['ESC 7 (save cursor)', `${ESC}7`],
		['ESC ( 0 (line drawing charset)', `${ESC}(0`],
		['ESC # 8 (screen alignment test)', `${ESC}#8`],
	])('removes %s as one escape and keeps the text around it', (_name, sequence) => {
		expect(cleanText(`before ${sequence}after`)).toEqual({
			text: 'before after',
			removed: {escapes: 1, controls: 0, bidi: 0},
		});
	});

	it('removes an OSC 8 hyperlink but keeps its visible text', () => {
		const link = `${ESC}]8;;https://evil.example/${ST}click here${ESC}]8;;${ST}`;
		expect(cleanText(`see ${link}.`)).toEqual({text: 'see click here.', removed: {escapes: 2, controls: 0, bidi: 0}});
	});

	it('removes several sequences in a row', () => {
		expect(cleanText(`${ESC}[2J${ESC}[H${ESC}[31mred${ESC}[0m text`)).toEqual({
			text: 'red text',
			removed: {escapes: 4, controls: 0, bidi: 0},
		});
	});

	it('runs an unterminated ESC-introduced string to the end of the input', () => {
		expect(cleanText(`kept${ESC}]52;c;${'A'.repeat(50)}\nmore`).text).toBe('kept');
		expect(cleanText(`kept${ESC}Pdcs payload`).text).toBe('kept');
	});

	it('ends an OSC at an ESC that is not ST, and parses what follows', () => {
		expect(cleanText(`a${ESC}]0;title${ESC}[2Jb`)).toEqual({text: 'ab', removed: {escapes: 2, controls: 0, bidi: 0}});
	});

	it('ends a control string at CAN or SUB', () => {
		expect(cleanText(`a${ESC}]0;title\x18b`)).toEqual({text: 'ab', removed: {escapes: 1, controls: 0, bidi: 0}});
		expect(cleanText(`a${ESC}Pdcs\x1ab`)).toEqual({text: 'ab', removed: {escapes: 1, controls: 0, bidi: 0}});
	});

	it('does not let a stray unterminated C1 string introducer swallow the rest of the text', () => {
		expect(cleanText('“quoted\u009d and the rest')).toEqual({
			text: '“quoted and the rest',
			removed: {escapes: 0, controls: 1, bidi: 0},
		});
		expect(cleanText('a\u0090b')).toEqual({text: 'ab', removed: {escapes: 0, controls: 1, bidi: 0}});
	});

	it('removes a lone ESC at the end, before a control and before non-ASCII text', () => {
		expect(cleanText(`end${ESC}`)).toEqual({text: 'end', removed: {escapes: 1, controls: 0, bidi: 0}});
		expect(cleanText(`a${ESC}\nb`)).toEqual({text: 'a\nb', removed: {escapes: 1, controls: 0, bidi: 0}});
		expect(cleanText(`a${ESC}éb`)).toEqual({text: 'aéb', removed: {escapes: 1, controls: 0, bidi: 0}});
		expect(cleanText(`a${ESC}${ESC}[1mb`)).toEqual({text: 'ab', removed: {escapes: 2, controls: 0, bidi: 0}});
	});

	it('ends a CSI at a character that cannot continue it, keeping that character', () => {
		expect(cleanText(`${ESC}[12é`).text).toBe('é');
		expect(cleanText(`${ESC}[`).text).toBe('');
	});

	it.each([
		['NUL', '\x00'],
		['bell', '\x07'],
		['backspace', '\b'],
		['bare carriage return', '\r'],
		['vertical tab', '\x0b'],
		['form feed', '\x0c'],
		['CAN', '\x18'],
		['DEL', '\x7f'],
		['C1 NEL', '\u0085'],
		['C1 padding', '\u0080'],
		['C1 ST on its own', '\u009c'],
	])('removes %s as one control', (_name, control) => {
		expect(cleanText(`a${control}b`)).toEqual({text: 'ab', removed: {escapes: 0, controls: 1, bidi: 0}});
	});

	it('turns CRLF into LF by dropping the CR', () => {
		expect(cleanText('one\r\ntwo').text).toBe('one\ntwo');
	});

	it.each([
		['ALM', '\u061c'],
		['LRM', '\u200e'],
		['RLM', '\u200f'],
		['LRE', '\u202a'],
		['RLE', '\u202b'],
		['PDF', '\u202c'],
		['LRO', '\u202d'],
		['RLO', '\u202e'],
		['LRI', '\u2066'],
		['RLI', '\u2067'],
		['FSI', '\u2068'],
		['PDI', '\u2069'],
	])('removes the bidi control %s', (_name, control) => {
		expect(cleanText(`a${control}b`)).toEqual({text: 'ab', removed: {escapes: 0, controls: 0, bidi: 1}});
	});

	it('defuses a Trojan Source style reordering', () => {
		const text = 'access = "user\u202e \u2066// admin\u2069 \u2066"';
		expect(cleanText(text)).toEqual({
			text: 'access = "user // admin "',
			removed: {escapes: 0, controls: 0, bidi: 4},
		});
	});

	it('counts every kind together', () => {
		const text = `${ESC}]0;t${BEL}Hello\r, \u202eworld\x00${ESC}[1m!\u200f`;
		expect(cleanText(text)).toEqual({text: 'Hello, world!', removed: {escapes: 2, controls: 2, bidi: 2}});
	});

	it('never leaves an unsafe character and is idempotent, on random hostile input', () => {
		const pool = [
			ESC, '[', ']', 'P', 'X', '^', '_', '\\', BEL, '\x9b', '\x9c', '\x9d', '\x90', '\x18', '\x00', '\r', '\n', '\t',
			';', '0', '5', '2', 'm', 'H', '?', ' ', '"', 'a', 'é', '\u202e', '\u2066', '\u200f', '\x7f', '\x85', '😀',
		];
		let seed = 12345;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		for (let round = 0; round < 2000; round++) {
			let s = '';
			const length = Math.floor(random() * 40);
			for (let i = 0; i < length; i++) s += pool[Math.floor(random() * pool.length)];
			const {text} = cleanText(s);
			expect(text).not.toMatch(UNSAFE);
			expect(cleanText(text)).toEqual({text, removed: {escapes: 0, controls: 0, bidi: 0}});
		}
	});

	it('gets through pathological input in one pass', () => {
		const escQuotes = `${ESC}"`.repeat(512 * 1024);
		expect(cleanText(escQuotes).text).toBe('');
		const escBrackets = `${ESC}[`.repeat(512 * 1024);
		expect(cleanText(escBrackets).text).toBe('');
		const unterminated = `${ESC}]` + ';'.repeat(1024 * 1024);
		expect(cleanText(unterminated).text).toBe('');
		const longLine = 'word '.repeat(20_000) + '\u202e';
		expect(cleanText(longLine).text).toBe('word '.repeat(20_000));
		const strayC1 = '\u009d'.repeat(100_000) + '\u0090'.repeat(100_000);
		expect(cleanText(strayC1).removed.controls).toBe(200_000);
		const mixedC1 = `\u0090\u009dx${BEL}`.repeat(100_000);
		expect(cleanText(mixedC1)).toEqual({text: '', removed: {escapes: 100_000, controls: 100_000, bidi: 0}});
	});
});

describe('safeLine', () => {
	it('cleans and puts the text on one line', () => {
		expect(safeLine(`Title${ESC}]0;x${BEL}\n\nsecond\tpart\r\n`)).toBe('Title second part ');
	});

	it('turns Unicode line and paragraph separators into spaces', () => {
		expect(safeLine('a\u2028b\u2029c')).toBe('a b c');
	});

	it('handles a 100,000-character line', () => {
		const line = 'x'.repeat(100_000);
		expect(safeLine(line)).toBe(line);
	});
});

describe('safeBlock', () => {
	it('cleans, keeps newlines and turns tabs into spaces', () => {
		expect(safeBlock(`one\r\n\ttwo${ESC}[31m\n\u202ethree`)).toBe('one\n two\nthree');
	});

	it('turns Unicode line and paragraph separators into newlines', () => {
		expect(safeBlock('a\u2028b')).toBe('a\nb');
	});
});
