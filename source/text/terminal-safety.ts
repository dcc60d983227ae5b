/**
 * Terminal safety for untrusted text.
 *
 * Article text is shown in a terminal, and Ink passes OSC sequences straight through (OSC 52 writes the
 * clipboard of whoever is at the other end of an SSH session), so text is cleaned before it is stored and
 * again before it is shown. `strip-ansi` alone misses bare control bytes, C1 controls and bidi overrides, so
 * this is a hand-written single pass over the string: every character is looked at a bounded number of
 * times, whatever the input, so hostile input cannot make it slow.
 *
 * The safety guarantee does not depend on parsing sequences exactly right: the output never contains a C0
 * control other than \n and \t, DEL, a C1 control or a bidi control, so no sequence can survive. Parsing
 * whole sequences only decides how much of their payload (titles, clipboard data, links) disappears with them.
 */

/** What {@link cleanText} took out of a string. */
export type Removed = {
	/** Escape sequences, each counted once however long. */
	escapes: number;
	/** Single control characters outside escape sequences (C0 except \n and \t, DEL, C1). */
	controls: number;
	/** Bidirectional formatting characters (embeddings, overrides, isolates, marks). */
	bidi: number;
};

/** The result of {@link cleanText}. */
export type CleanResult = {text: string; removed: Removed};

const ESC = 0x1b;
const BEL = 0x07;
const CAN = 0x18;
const SUB = 0x1a;
const DEL = 0x7f;
const C1_DCS = 0x90;
const C1_SOS = 0x98;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
const C1_OSC = 0x9d;
const C1_PM = 0x9e;
const C1_APC = 0x9f;

function isBidiControl(c: number): boolean {
	return (
		c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
	);
}

/** End (exclusive) of a CSI sequence whose parameters start at `j`. */
function scanCsi(s: string, j: number): number {
	let k = j;
	// Parameter and intermediate bytes in any order: a terminal ignores a malformed CSI up to its final byte.
	while (k < s.length) {
		const c = s.charCodeAt(k);
		if (c < 0x20 || c > 0x3f) break;
		k++;
	}
	if (k < s.length) {
		const c = s.charCodeAt(k);
		if (c >= 0x40 && c <= 0x7e) k++;
	}
	return k;
}

/**
 * End (exclusive) of a control string (OSC, DCS, SOS, PM, APC) whose payload starts at `j`, or -1 when it
 * is never terminated.
 */
function scanControlString(s: string, j: number, isOsc: boolean): number {
	for (let k = j; k < s.length; k++) {
		const c = s.charCodeAt(k);
		if (c === BEL && isOsc) return k + 1;
		if (c === C1_ST || c === CAN || c === SUB) return k + 1;
		if (c === ESC) {
			// ESC \ is the 7-bit string terminator; any other ESC ends the string and starts a new sequence,
			// as the VT parser state machine does.
			return s.charCodeAt(k + 1) === 0x5c ? k + 2 : k;
		}
	}
	return -1;
}

/** End (exclusive) of an escape sequence whose ESC is just before `j`. */
function scanEscape(s: string, j: number): number {
	if (j >= s.length) return j;
	const c = s.charCodeAt(j);
	if (c === 0x5b) return scanCsi(s, j + 1); // [
	if (c === 0x5d || c === 0x50 || c === 0x58 || c === 0x5e || c === 0x5f) {
		// ] P X ^ _: an unterminated string runs to the end of the input, as it would in a terminal.
		const end = scanControlString(s, j + 1, c === 0x5d);
		return end === -1 ? s.length : end;
	}
	if (c >= 0x20 && c <= 0x2f) {
		// nF sequences such as ESC ( B: intermediates, then one final byte.
		let k = j + 1;
		while (k < s.length && s.charCodeAt(k) >= 0x20 && s.charCodeAt(k) <= 0x2f) k++;
		if (k < s.length && s.charCodeAt(k) >= 0x30 && s.charCodeAt(k) <= 0x7e) k++;
		return k;
	}
	if (c >= 0x30 && c <= 0x7e) return j + 1; // ESC 7, ESC c, ESC M, ...
	// ESC before a control or a non-ASCII character is a lone ESC.
	return j;
}

/**
 * Remove escape sequences, control characters and bidi controls from untrusted text.
 *
 * Removes whole escape sequences introduced by ESC (CSI, OSC ended by BEL or ST, DCS, SOS, PM, APC, and
 * the short forms) or by a C1 introducer (U+009B CSI, U+009D OSC, U+0090 DCS, U+0098 SOS, U+009E PM,
 * U+009F APC); every C0 control except \n and \t (so a bare \r goes too); DEL; the other C1 controls; and
 * the bidi controls U+061C, U+200E, U+200F, U+202A-U+202E and U+2066-U+2069. Runs in time linear in the
 * length of `s`.
 *
 * An ESC-introduced control string with no terminator runs to the end of the input. A C1-introduced one
 * with no terminator is treated as a lone C1 control: stray U+0090 and U+009D are common debris of
 * Windows-1252 conversions, and must not swallow the rest of an article.
 */
export function cleanText(s: string): CleanResult {
	const parts: string[] = [];
	const removed: Removed = {escapes: 0, controls: 0, bidi: 0};
	let keepFrom = 0;
	let noOscEndFrom = Infinity;
	let noStringEndFrom = Infinity;
	let i = 0;
	while (i < s.length) {
		const c = s.charCodeAt(i);
		if ((c >= 0x20 && c < DEL) || c === 0x0a || c === 0x09) {
			i++;
			continue;
		}
		let end: number;
		if (c === ESC) {
			end = scanEscape(s, i + 1);
			removed.escapes++;
		} else if (c === C1_CSI) {
			end = scanCsi(s, i + 1);
			removed.escapes++;
		} else if (c === C1_OSC || c === C1_DCS || c === C1_SOS || c === C1_PM || c === C1_APC) {
			const isOsc = c === C1_OSC;
			// Once a search for a terminator has failed, none can start later: without remembering that, a run
			// of stray introducers would rescan to the end each time, quadratic in the input.
			const stringEnd = i >= (isOsc ? noOscEndFrom : noStringEndFrom) ? -1 : scanControlString(s, i + 1, isOsc);
			if (stringEnd === -1) {
				if (isOsc) noOscEndFrom = Math.min(noOscEndFrom, i);
				noStringEndFrom = Math.min(noStringEndFrom, i);
				end = i + 1;
				removed.controls++;
			} else {
				end = stringEnd;
				removed.escapes++;
			}
		} else if (c < 0x20 || (c >= DEL && c <= 0x9f)) {
			end = i + 1;
			removed.controls++;
		} else if (isBidiControl(c)) {
			end = i + 1;
			removed.bidi++;
		} else {
			i++;
			continue;
		}
		if (i > keepFrom) parts.push(s.slice(keepFrom, i));
		i = end;
		keepFrom = end;
	}
	if (keepFrom === 0) return {text: s, removed};
	if (keepFrom < s.length) parts.push(s.slice(keepFrom));
	return {text: parts.join(''), removed};
}

/**
 * Text made safe to show as one terminal line: cleaned, and every run of tabs and line breaks (including
 * U+2028 and U+2029, which terminals do not honour) turned into one space.
 */
export function safeLine(s: string): string {
	return cleanText(s).text.replace(/[\t\n\u2028\u2029]+/g, ' ');
}

/**
 * Text made safe to show as a block of lines: cleaned, \n kept, U+2028 and U+2029 turned into \n, and each
 * tab turned into one space, because a tab moves the cursor by an amount Ink's layout does not measure.
 */
export function safeBlock(s: string): string {
	return cleanText(s).text.replace(/\t/g, ' ').replace(/[\u2028\u2029]/g, '\n');
}
