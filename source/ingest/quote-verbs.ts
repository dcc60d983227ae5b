/** The reporting verbs of a paragraph's narrative ("said", "added", "according to"), found once per paragraph. */
import {speechParticiples, speechVerbs} from './lexicon.js';
import {wordsPattern} from './word-set.js';
import {matchesIn} from './text.js';
import {keptAnswers} from '../text/kept-answers.js';

/** A sentence that opens with the question put to its subject: "Asked", "Pressed", "Questioned". */
export const askedOpening = /^\s*(?:When\s+)?(?:Asked|Pressed|Questioned|Challenged)$/;

export type Verb = {readonly start: number; readonly end: number; readonly participle: boolean};

/**
 * Reporting verbs of a narrative, found once per paragraph (a paragraph of many quotations asks many times). Kept by
 * the exact narrative, the last two: the attributor asks of one paragraph at a time, and a weak map keyed by each
 * paragraph's object cost more to fill than the search it saved.
 */
const verbsKept = keptAnswers(2, verbsIn);
export function verbsOf(p: {narrative: string}): Verb[] {
	return verbsKept(p.narrative);
}

/**
 * The reporting words of a narrative as whole words (no letter either side), in any case: one search instead of
 * looking every word of the text up in the lists.
 */
const reportingWord = new RegExp(`(?<![A-Za-z])${wordsPattern([...speechVerbs, ...speechParticiples, 'according', 'goes on', 'went on', 'points to', 'pointed to'])}(?![A-Za-z])`, 'gi');

function verbsIn(narrative: string): Verb[] {
	const out: Verb[] = [];
	for (const m of matchesIn(reportingWord, narrative)) {
		const w = m[0].toLowerCase();
		// "has been told to improve": a passive verb's subject was spoken to, not speaking.
		if (/\b(been|being|was|were|is|are|be)\s+$/i.test(narrative.slice(Math.max(0, m.index - 8), m.index))) continue;
		// "rejected claims from the ex-mayor that ...": a noun, whose subject is not the one claiming.
		if (w === 'claims' && /\b(?:the|these|those|such|his|her|their|its|any|rejected|denied|dismissed|refuted|disputed|against|of|over|amid|following|after)\s+$/i.test(narrative.slice(Math.max(0, m.index - 12), m.index))) continue;
		if (speechVerbs.has(w)) out.push({start: m.index, end: m.index + m[0].length, participle: false});
		else if (speechParticiples.has(w)) out.push({start: m.index, end: m.index + m[0].length, participle: true});
		else if (/^according to\b/i.test(narrative.slice(m.index))) out.push({start: m.index, end: m.index + 12, participle: false});
		// "She also points to "inexperienced" councillors": the words pointed to are hers (not "points" alone, a noun).
		else if (/^point(?:s|ed) to\b/i.test(w)) out.push({start: m.index, end: m.index + m[0].length, participle: false});
		// "It goes on: ...", "She went on to say ...": a reporting verb only so ("went on holiday" is not).
		else if (/^(?:goes|went) on(?:\s*:| to (?:say|add|warn|write)\b)/i.test(narrative.slice(m.index))) out.push({start: m.index, end: m.index + m[0].length, participle: false});
	}
	return out;
}
