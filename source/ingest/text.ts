/** Small text helpers shared by the extraction steps. Pure and linear-time. */
import {Buffer} from 'node:buffer';
import {openAfter} from './quote-marks.js';

export type Span = {readonly start: number; readonly end: number};

const abbreviations = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Cllr', 'Coun', 'Rev', 'Revd', 'Sgt', 'Insp', 'Supt', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'etc', 'vs', 'approx']);

// An article's paragraphs' boundaries: callers ask for the sentence around each quotation and mention of a
// paragraph in turn (without this a paragraph with thousands of quotation marks was split thousands of times,
// quadratic in its length), and the events, the quotes and the quoted facts each read the article's paragraphs
// in turn. Forgotten before the next article (extract.ts), and all at once if one article has more paragraphs.
const spansOf = new Map<string, readonly Span[]>();
const keptParagraphs = 512;

/** Forgets the paragraphs' boundaries kept so far: the next article's paragraphs are its own. */
export function forgetSentenceSpans(): void {
	spansOf.clear();
}

/**
 * Sentence boundaries in a paragraph. A stop inside a quotation does not end the sentence unless the quotation
 * closes right after it, because attributions ("..., he said.") belong to the sentence of the quote.
 * The result is shared between calls with the same text: do not modify it (its type says so; freezing it made
 * every span slower to make and to read).
 */
export function sentenceSpans(text: string): readonly Span[] {
	let spans = spansOf.get(text);
	if (!spans) {
		if (spansOf.size >= keptParagraphs) spansOf.clear();
		spansOf.set(text, (spans = splitSentences(text)));
	}
	return spans;
}

/**
 * The only characters the split looks at: stops, and the marks that open or close a quotation (quote-marks.ts's
 * openAfter leaves `open` as it was on any other character). The loop jumps from one to the next.
 */
const stopsAndMarks = /[.!?\u201c\u201d\u201e"]/g;

/** The index of the first stop or quotation mark at or after `from`, or the text's length. */
function nextStopOrMark(text: string, from: number): number {
	// (test, not exec: a global pattern's test moves lastIndex past the match without making a match array.)
	stopsAndMarks.lastIndex = from;
	return stopsAndMarks.test(text) ? stopsAndMarks.lastIndex - 1 : text.length;
}

function splitSentences(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	let open = false;
	// Every other character leaves the state as it was: visiting each of them one by one cost most of the split.
	for (let i = nextStopOrMark(text, 0); i < text.length; i = nextStopOrMark(text, i + 1)) {
		const code = text.charCodeAt(i);
		open = openAfter(code, open);
		if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue; // . ! ?
		let k = i + 1;
		while (k < text.length && closesAfterStop(text.charCodeAt(k))) k++;
		const closedQuote = k > i + 1;
		if (k < text.length && !isSpace(text.charCodeAt(k))) continue;
		if (open && !closedQuote) continue;
		if (closedQuote) open = false;
		if (code === 0x2e) {
			// "Coun. Smith", "Mr. Jones": an abbreviation's stop does not end a sentence (the letters just before it,
			// within eight characters).
			let w = i;
			while (w > Math.max(0, i - 8) && isAsciiLetter(text.charCodeAt(w - 1))) w--;
			const word = w < i ? text.slice(w, i) : undefined;
			if (word && abbreviations.has(word)) continue;
			// "No. 10" abbreviates; "No. It was not!" answers.
			if (word === 'No' && /^\s*\d/.test(text.slice(k))) continue;
		}
		// The next sentence starts with a capital, a digit or a quote mark; otherwise this was not a boundary.
		let n = k;
		while (n < text.length && isSpace(text.charCodeAt(n))) n++;
		if (n < text.length && !opensSentence(text.charCodeAt(n))) continue;
		spans.push({start, end: k});
		start = n;
		i = n - 1;
	}
	if (start < text.length && text.slice(start).trim() !== '') spans.push({start, end: text.length});
	return spans;
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** `/[’'"”)\]]/`: what may close after a stop. */
const closesAfterStop = (c: number) => c === 0x2019 || c === 0x27 || c === 0x22 || c === 0x201d || c === 0x29 || c === 0x5d;
/** `/[A-Z0-9“"‘'(£]/`: what a sentence may start with. */
const opensSentence = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28 || c === 0xa3;

/** `/\s/` on one UTF-16 code unit: JavaScript's white space and line terminators. */
export function isSpace(c: number): boolean {
	if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	if (c < 0xa0) return false;
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Every match of a global pattern, as `[...text.matchAll(re)]` lists them, found with the pattern itself: matchAll
 * copies the pattern for every call, which on a paragraph cost more than the search. The pattern's lastIndex is
 * left as it was, as matchAll leaves it.
 */
export function matchesIn(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`matchesIn needs a global pattern: ${re}`);
	const from = re.lastIndex;
	const out: RegExpExecArray[] = [];
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m);
		// An empty match moves on one character (one code point for a Unicode pattern), as matchAll does.
		if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
	}
	re.lastIndex = from;
	return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
	if (!unicode || at + 1 >= text.length) return at + 1;
	const c = text.charCodeAt(at);
	return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** Collapses runs of whitespace and trims: the form used for verbatim comparisons. */
export function squash(s: string): string {
	// Only runs that are not already a single space are replaced: rewriting every space was most of the cost.
	return s.replace(/ \s+|[^\S ]\s*/g, ' ').trim();
}

/** A comparison key that ignores case, quote styles and punctuation. */
export function comparable(s: string): string {
	return asciiComparable(s) ?? comparableOf(s);
}

// The key is ASCII: written a byte at a time into a reused buffer and made a string once, where the general form
// below lower-cases the whole text and joins a slice per word (most of an article's garbage in furniture.ts).
let scratch = Buffer.allocUnsafe(4096);
/** A code unit above ASCII in lower case (one unit), or -1 where that is not one such unit ("İ", the Kelvin sign). */
const lowerOf = new Map<number, number>();

/** comparableOf(s) where every code unit lower-cases to one unit and none above ASCII to ASCII, else null. */
function asciiComparable(s: string): string | null {
	if (scratch.length < 2 * s.length) scratch = Buffer.allocUnsafe(2 * s.length);
	const out = scratch;
	let n = 0;
	let gap = false;
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		if (c >= 0x41 && c <= 0x5a) c += 0x20;
		else if (c >= 0x80 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d) {
			let l = lowerOf.get(c);
			if (l === undefined) {
				const lower = String.fromCharCode(c).toLowerCase();
				l = lower.length === 1 && lower.charCodeAt(0) >= 0x80 ? lower.charCodeAt(0) : -1;
				lowerOf.set(c, l);
			}
			if (l < 0) return null;
			c = l;
		}
		if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60) {
			if (gap && n > 0) out[n++] = 0x20;
			gap = false;
			out[n++] = c >= 0x80 || c === 0x60 ? 0x27 : c;
		} else if (c !== 0x201c && c !== 0x201d && c !== 0x22) gap = true;
	}
	return out.toString('latin1', 0, n);
}

/** comparable's general form, for any text. */
export function comparableOf(s: string): string {
	// One pass instead of four replacements: curly and back quotes become ', double quote marks are dropped, and any
	// run of other characters is one space between words (none at the ends).
	// Runs of kept characters are copied as slices: appending them a character at a time built a string per character.
	const lower = s.toLowerCase();
	let out = '';
	let gap = false;
	let run = -1;
	for (let i = 0; i < lower.length; i++) {
		const c = lower.charCodeAt(i);
		if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27) {
			if (run < 0) {
				if (gap && out !== '') out += ' ';
				gap = false;
				run = i;
			}
			continue;
		}
		if (run >= 0) {
			out += lower.slice(run, i);
			run = -1;
		}
		if (c === 0x2019 || c === 0x2018 || c === 0x60) {
			if (gap && out !== '') out += ' ';
			gap = false;
			out += "'";
		} else if (c !== 0x201c && c !== 0x201d && c !== 0x22) gap = true;
	}
	return run >= 0 ? out + lower.slice(run) : out;
}

/** The number of words: `s.trim().split(/\s+/).length` (0 for white space only), counted without building the words. */
export function wordCount(s: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < s.length; i++) {
		const space = isSpace(s.charCodeAt(i));
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}

/** True when the text ends like a sentence: a stop, a question, a colon or a closing quote mark. */
export function endsLikeSentence(s: string): boolean {
	// The last character after trimming (trim's whitespace is the regex's \s): no scan of the whole line.
	const t = s.trimEnd();
	if (t === '') return false;
	// A straight single mark closes a quotation only after its stop ("... now ends.'"); else it may be a stray mark.
	if (t.endsWith("'")) return /[.!?]$/.test(t.slice(0, -1));
	return '.!?:;”"’)'.includes(t[t.length - 1]!);
}

/**
 * Where the text's last sentence starts: after the last '.', '!' or '?' other than the one that ends the text
 * (trailing whitespace aside), or 0. The same index as `text.search(/[^.!?]*[.!?:]?\s*$/)`, found from the end: that
 * search tries every start and scans each to the next stop, which on a long paragraph was the extractor's costliest step.
 */
export function lastSentenceStart(text: string): number {
	const t = text.trimEnd();
	const body = t !== '' && '.!?'.includes(t[t.length - 1]!) ? t.length - 1 : t.length;
	return afterLastStop(text, body);
}

/** The index after the last '.', '!' or '?' before `end` (0 if none): `text.slice(0, end).search(/[^.!?]*$/)`, found from the end. */
export function afterLastStop(text: string, end: number = text.length): number {
	for (let i = end - 1; i >= 0; i--) {
		const c = text.charCodeAt(i);
		if (c === 0x2e || c === 0x21 || c === 0x3f) return i + 1;
	}
	return 0;
}

// The id helpers live with the store's merge (corpus must not import ingest); re-exported for the pipeline.
export {shortHash, slug} from '../text/ids.js';

/** The index of the first item of a list in text order that ends after `at` (the list's length if none): a binary search. */
export function firstEndingAfter(list: readonly {readonly end: number}[], at: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (list[mid]!.end <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
