/**
 * Two readings events.ts asks of a sentence's events once they are made: the inspections behind a judgement told as
 * news (event-visits.ts), one for each council a sentence lists ("Suffolk, Bury and Torbay must act urgently after ...
 * joint inspections by Ofsted and the CQC this summer" tells a visit to each, as it tells each one's judgement), and
 * whether they told of a commissioner, whose work the next sentence may set.
 */
import {authorityList} from './event-clauses.js';
import type {RawEvent} from './event-types.js';
import {visitsOfNews} from './event-visits.js';

/** `visitsOfNews` for the sentence's council, then (where it found any and the sentence names two councils or more) for the others of its list. */
export function visitsOfNewsListed(s: Parameters<typeof visitsOfNews>[0], raw: readonly RawEvent[], at: {authority: string; printed: string; paragraph: number}, councilsNamed: number): RawEvent[] {
	const out = visitsOfNews(s, raw, at);
	// (The list is looked for only then: finding councils' names costs a search of the sentence.)
	if (out.length === 0 || councilsNamed < 2) return out;
	for (const authority of authorityList(s.sentence, at.authority)) if (authority !== at.authority && inGradedClause(s.sentence, authority)) out.push(...visitsOfNews(s, [...raw, ...out], {...at, authority}));
	return out;
}

/**
 * Whether a council is named in a clause that grades ("Barnet, Enfield and Haringey share an adoption agency, and Barnet
 * was rated good after an inspection last month": only Barnet's clause grades).
 */
const clauseBreak = /[;:]|,\s*(?:and|but|while|whereas|although|though)\s+/;
const grades = /\b(?:rated|rating|judged|graded|inadequate|good|outstanding|requires? improvement|outcomes?|verdicts?)\b/i;
function inGradedClause(sentence: string, authority: string): boolean {
	return sentence.split(clauseBreak).some((part) => part.includes(authority) && grades.test(part));
}

/** Whether the events from `from` on tell of a commissioner (appointed, or reporting): the next sentence may say what they do. */
export function toldCommissioner(raw: readonly RawEvent[], from: number): boolean {
	for (let r = from; r < raw.length; r++) if (raw[r]!.type === 'commissioner-appointed' || raw[r]!.type === 'commissioner-report') return true;
	return false;
}
