/**
 * A quotation with its source printed on the line under it, as a pull quote or a cited remark is: a letter's bullet
 * `• "Nobody was hurt because of these delays"` over `Councillor Peter Leyland, Oxford Mail website, 16 August 2012`,
 * or a report's words printed as a block over `– Ofsted`. The furniture step sets the source line aside (a short
 * line without a stop); the quote step still needs it to know whose words these are.
 */
import type {CleanResult} from './furniture.js';
import type {Mention} from './mentions.js';
import type {Found, Speaker} from './quotes.js';
import type {QuoteSpan} from './quote-spans.js';
import {wordCount} from './text.js';

/** "– Ofsted", "— Cllr Jane Smith, council leader": a dash and whose words they were. */
const dashSource = /^\s*[–—-]\s*([A-Z][^.!?"“”]{1,80})$/;
/** A byline or credit under a dash is nobody's source: "– Additional reporting by ...", "- Local Democracy Reporting Service". */
const credit = /\b(?:report(?:ing|er|ed)|correspondent|editor|additional|photograph|picture|image|by)\b/i;
/** "Councillor Peter Leyland, Oxford Mail website, 16 August 2012": a name, then where and when it was said. */
const namedSource = /^\s*((?:(?:Councillor|Cllr|Coun|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Baroness|Professor)\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+[^"“”]{2,80}$/;

export type Citation = {readonly text: string; readonly dashed: boolean};

/** For each paragraph, the source line printed right under it, or null. */
export function citationsAfter(clean: CleanResult): (Citation | null)[] {
	const byLine = new Map(clean.furniture.map((f) => [f.line, f.text]));
	return clean.lineNumbers.map((lines, k) => {
		const last = lines.at(-1) ?? 0;
		const next = clean.lineNumbers[k + 1]?.[0] ?? Infinity;
		for (let n = last + 1; n <= last + 2 && n < next; n++) {
			const text = byLine.get(n);
			if (text === undefined) continue;
			const dash = dashSource.exec(text);
			if (dash) return credit.test(dash[1]!) ? null : {text: dash[1]!.trim(), dashed: true};
			const named = namedSource.exec(text);
			return named ? {text: named[1]!, dashed: false} : null;
		}
		return null;
	});
}

/**
 * The paragraph's spans with its cited quotation marked: the quotation that is the whole paragraph (after a bullet),
 * or, under a dash, the whole paragraph printed without marks. Else the spans as they were.
 */
export function citedSpans(p: string, spans: readonly QuoteSpan[], cite: Citation | null): QuoteSpan[] {
	if (!cite) return [...spans];
	const lead = /^\s*(?:[•*·–—-]\s*)?/.exec(p)![0].length;
	// (Only a quotation that is the whole paragraph: a phrase opening the narrator's sentence is no cited remark.)
	if (spans.length > 0) return spans.length === 1 && spans[0]!.start === lead && /^[\s.,!?]*$/.test(p.slice(spans[0]!.end)) ? [{...spans[0]!, cited: true}] : [...spans];
	if (!cite.dashed || wordCount(p) < 4 || !/[.!?]["”’')]*\s*$/.test(p)) return [];
	return [{start: 0, end: p.length, text: p.trim(), mark: 'double', closed: true, cited: true}];
}

/** Whose words a source line gives: the first person or body it names, printed in full if the article names them nowhere else. */
export function citedSpeaker(cite: {readonly text: string; readonly mentions: readonly Mention[]}, fromMention: (m: Mention) => Speaker | null): Found | null {
	for (const m of cite.mentions) {
		if (m.kind === 'pronoun') continue;
		const speaker = fromMention(m) ?? (m.kind === 'person' && m.names.length >= 2 ? {name: m.names.join(' '), person: null} : null);
		if (speaker) return {speaker, how: 'after', cue: cite.text};
	}
	return null;
}
