/**
 * `tokenize` and `styledCharsFromTokens` of `@alcalzone/ansi-tokenize` as Ink's frame writer calls them (through
 * styled-chars.ts): the same tokens and cells, with less work for the lines Ink draws most.
 *
 * The package splits every line into graphemes with `Intl.Segmenter`, which costs more than anything else in turning
 * a frame's text into cells. A line whose characters can never join a neighbour into one grapheme (ASCII, Latin,
 * punctuation, arrows, box drawing, blocks, geometric shapes and dingbats, none of them a combining mark, a joiner, a
 * variation selector, a Hangul jamo or a regional indicator) is one grapheme a character, and SGR codes (`ESC [ ...
 * m`) are parsed as the package parses them. Any other line (one with another character, a link or any other escape
 * the package reads differently, or a width limit) is the package's to tokenize.
 */
import {reduceAnsiCodesIncremental, tokenize as packageTokenize, type AnsiCode, type StyledChar, type Token} from '@alcalzone/ansi-tokenize';
import {sgrEnd, standsAlone} from '../text/lone-graphemes.js';

const esc = 0x1b;
const closeBracket = 0x5d;

/** The package's width of each such character past U+2000 (some symbols there are wide), asked once each. */
const wide = new Map<number, boolean>();

function fullWidth(c: number): boolean {
	// No character below U+1100 is wide.
	if (c < 0x1100) return false;
	let w = wide.get(c);
	if (w === undefined) {
		const [token] = packageTokenize(String.fromCharCode(c));
		w = token?.type === 'char' && token.fullWidth;
		wide.set(c, w);
	}

	return w;
}

/** Each SGR code's tokens as the package makes them (compound codes split), as fresh objects for each line. */
const codeParts = new Map<string, readonly {code: string; endCode: string}[]>();

function pushCode(ret: Token[], code: string): void {
	let parts = codeParts.get(code);
	if (parts === undefined) {
		parts = packageTokenize(code).flatMap((t) => (t.type === 'ansi' ? [{code: t.code, endCode: t.endCode}] : []));
		if (codeParts.size >= 1024) codeParts.clear();
		codeParts.set(code, parts);
	}

	for (const p of parts) ret.push({type: 'ansi', code: p.code, endCode: p.endCode});
}

/** The package's `tokenize`: the same tokens, in the same order. */
export function tokenize(str: string, endChar = Number.POSITIVE_INFINITY): Token[] {
	if (endChar !== Number.POSITIVE_INFINITY) return packageTokenize(str, endChar);
	const ret: Token[] = [];
	for (let i = 0; i < str.length; ) {
		const c = str.charCodeAt(i);
		if (c === esc) {
			const next = str.charCodeAt(i + 1);
			// A link (or another operating system command): the package's own reading.
			if (next === closeBracket) return packageTokenize(str);
			const end = sgrEnd(str, i);
			if (end > 0) {
				pushCode(ret, str.slice(i, end));
				i = end;
				continue;
			}

			// An escape the package does not read as a code is a character of the line, as there.
			ret.push({type: 'char', value: '\u001B', fullWidth: false});
			i++;
			continue;
		}

		if (!standsAlone(c)) return packageTokenize(str);
		ret.push({type: 'char', value: str[i]!, fullWidth: fullWidth(c)});
		i++;
	}

	return ret;
}

/** The package's `styledCharsFromTokens`: each character with the codes open before it, without a spread a cell. */
export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
	let codes: AnsiCode[] = [];
	const ret: StyledChar[] = [];
	for (let k = 0; k < tokens.length; k++) {
		const token = tokens[k]!;
		if (token.type === 'ansi') {
			codes = reduceAnsiCodesIncremental(codes, [token]);
		} else {
			ret.push({type: 'char', value: token.value, fullWidth: token.fullWidth, styles: codes.slice()});
		}
	}

	return ret;
}
