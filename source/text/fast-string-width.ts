/**
 * string-width as Ink measures and draws with it (bundle.js points Ink's output.js and widest-line here): the
 * same widths, without a grapheme splitter for the text Ink draws most.
 *
 * string-width takes text without a character past ASCII by its length, and any other through Intl.Segmenter and
 * several Unicode property tests a grapheme: a timeline line with a marker, a count or an ellipsis pays all of
 * that, in every measure of the layout and every frame. Text whose characters each stand alone
 * (lone-graphemes.ts), its SGR codes set aside as string-width's strip-ansi sets them aside, is the sum of its
 * characters' widths, each asked of string-width once; any other text, or a call with options, is string-width's.
 */
import stringWidth from 'string-width';
import {sgrEnd, standsAlone} from './lone-graphemes.js';

const widths = new Map<number, number>();

function widthOf(c: number): number {
	let w = widths.get(c);
	if (w === undefined) {
		w = stringWidth(String.fromCharCode(c));
		widths.set(c, w);
	}

	return w;
}

export default function fastStringWidth(input: string, options?: Parameters<typeof stringWidth>[1]): number {
	if (options !== undefined || typeof input !== 'string') return stringWidth(input, options);
	let width = 0;
	for (let i = 0; i < input.length; i++) {
		const c = input.charCodeAt(i);
		if (c >= 0x20 && c <= 0x7e) {
			width++;
			continue;
		}

		if (c === 0x1b) {
			const end = sgrEnd(input, i);
			if (end < 0) return stringWidth(input);
			i = end - 1;
			continue;
		}

		if (!standsAlone(c)) return stringWidth(input);
		width += widthOf(c);
	}

	return width;
}
