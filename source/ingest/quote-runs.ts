/**
 * A quotation printed over several paragraphs with one opening mark and one closing mark: a letter or statement
 * "in full", where the paragraphs between carry no marks at all (the British convention reopens each paragraph;
 * this one does not). The paragraphs between and the one that closes it are the same person's words.
 */
import {openAfter} from './quote-marks.js';
import {findQuoteSpans, hasWords, type QuoteSpan} from './quote-spans.js';
import {wordCount} from './text.js';

/** How far a quotation may run on before its closing mark: past this an unclosed mark is a slip, not a letter. */
const maxRun = 15;
const doubleMark = /["“”„]/;
const narratorSpeaks = /\b(?:he|she|they|it)\s+(?:said|says|added|adds|told|tells|wrote|writes)\b/i;


/** Where the mark that closes a quotation already open at the paragraph's start is, or -1. */
function closingMark(p: string): number {
	for (let i = 0; i < p.length; i++) {
		const code = p.charCodeAt(i);
		if (code !== 0x22 && code !== 0x201c && code !== 0x201d && code !== 0x201e) continue;
		// A straight mark with a space before it and a word after it opens a quotation ("quality remained "uneven"").
		const opens = code === 0x22 && (i === 0 || /\s/.test(p[i - 1]!)) && /\p{L}/u.test(p[i + 1] ?? '');
		return openAfter(code, true) || opens ? -1 : i;
	}
	return -1;
}

/** A bullet of quoted remarks inside the letter (`• "Nobody was hurt ..."`), its marks balanced. */
function quotedItem(p: string, spans: readonly QuoteSpan[]): boolean {
	const m = /^\s*[•·*–—-]\s*["“„]/.exec(p);
	return m !== null && spans.length > 0 && spans.every((s) => s.mark !== 'double' || s.closed);
}

/**
 * Where the mark that closes the run is: the first mark when it closes, else, in a paragraph that quotes a phrase
 * before its end ("I reject “a blip” as a description.”"), a last closing mark that nothing opened.
 */
function runClose(p: string): number {
	const first = closingMark(p);
	if (first >= 0) return first;
	let open = false;
	let stray = -1;
	for (let i = 0; i < p.length; i++) {
		const code = p.charCodeAt(i);
		if (code === 0x201d && !open) stray = i;
		open = openAfter(code, open);
	}
	if (stray >= 0 && !open && /^[.,]?\s*$/.test(p.slice(stray + 1))) return stray;
	// Straight marks: an odd number, the last right after the stop that ends the paragraph ('... a sound service."').
	const last = p.lastIndexOf('"');
	const straight = p.split('"').length - 1;
	return straight % 2 === 1 && /[.!?]$/.test(p.slice(0, last)) && /^\s*$/.test(p.slice(last + 1)) ? last : -1;
}

/**
 * A paragraph of the letter that quotes something inside it ("Your leader called the findings “a blip”, which I
 * cannot accept."): it opens no quotation of its own and closes every one it opens.
 */
function innerQuoting(p: string): boolean {
	if (/^\s*["“„]/.test(p) || runClose(p) >= 0) return false;
	let open = false;
	for (let i = 0; i < p.length; i++) open = openAfter(p.charCodeAt(i), open);
	return !open;
}

/**
 * The spans of each paragraph, with the words of a quotation that runs on without marks added: a span over each
 * paragraph between, and one from the start of the closing paragraph to its mark. Only when the closing mark is
 * found within `maxRun` paragraphs; otherwise the spans are returned as they were.
 */
export function carryRunOnQuotes(paragraphs: readonly string[], spans: readonly (readonly QuoteSpan[])[]): QuoteSpan[][] {
	const out = spans.map((s) => [...s]);
	for (let k = 0; k < paragraphs.length; k++) {
		const last = out[k]!.at(-1);
		if (!last || last.mark !== 'double' || last.closed) continue;
		let close = -1;
		for (let j = k + 1; j < paragraphs.length && j <= k + maxRun; j++) {
			const p = paragraphs[j]!;
			// "..., he said, but ...": the narrator again, so the quotation ended without its mark.
			if (narratorSpeaks.test(p)) break;
			if (!doubleMark.test(p)) continue;
			if (quotedItem(p, out[j]!) || innerQuoting(p)) continue;
			// A paragraph that opens with its own mark is the British convention, or another quotation: no run here.
			if (/^\s*["“„]/.test(p) || runClose(p) < 0) break;
			close = j;
			break;
		}
		if (close < 0) continue;
		for (let j = k + 1; j < close; j++) {
			const p = paragraphs[j]!;
			if ((doubleMark.test(p) && (quotedItem(p, out[j]!) || !innerQuoting(p))) || !hasWords(p)) continue;
			out[j] = [{start: 0, end: p.length, text: p.trim(), mark: 'double', closed: false, runsOn: true}];
		}
		const p = paragraphs[close]!;
		const at = runClose(p);
		const carried: QuoteSpan = {start: 0, end: at + 1, text: p.slice(0, at).trim(), mark: 'double', closed: true, runsOn: true};
		const rest = findQuoteSpans(p.slice(at + 1)).map((s) => ({...s, start: s.start + at + 1, end: s.end + at + 1}));
		out[close] = [carried, ...rest];
		k = close - 1;
	}
	return out;
}

/** A line that introduces quoted words: "These are some of the report's findings:", "It said:". */
const introduces = /(?::|…\.*|\.\.\.)\s*$/;

/**
 * Quoted paragraphs that lost their opening mark, as pages copied from a report print them ("Carers are well
 * trained and well supported.”"): a paragraph that opens no quotation and closes one at its end, right after a
 * quotation or a line that introduces one. Its words up to the mark are quoted, a continuation of what came before.
 */
export function restoreLostOpenings(paragraphs: readonly string[], spans: readonly (readonly QuoteSpan[])[]): QuoteSpan[][] {
	const out = spans.map((s) => [...s]);
	for (let k = 1; k < paragraphs.length; k++) {
		const p = paragraphs[k]!;
		if (out[k]!.length > 0 || !/[”"]/.test(p)) continue;
		const at = closingMark(p);
		// A straight mark closes only after the sentence's stop ('... close to home."').
		if (at < 0 || (p[at] !== '”' && !(p[at] === '"' && /[.!?]$/.test(p.slice(0, at)))) || !/^[.,]?\s*$/.test(p.slice(at + 1)) || !/^\s*\p{Lu}/u.test(p) || !hasWords(p.slice(0, at))) continue;
		const before = paragraphs[k - 1]!;
		const quoted = out[k - 1]!.some((s) => s.mark === 'double' && wordCount(s.text) >= 4);
		if (!quoted && !introduces.test(before)) continue;
		const start = p.search(/\S/);
		out[k] = [{start, end: at + 1, text: p.slice(start, at).trim(), mark: 'double', closed: true, runsOn: true}];
	}
	return out;
}
