/**
 * The words the event loop (events.ts) looks for in each sentence: every rule's needs, the rating cues, the short
 * references' words and the words those ask a clause for (a word the sentence lacks, none of its clauses holds).
 */
import {ratingCueWords} from './event-facets.js';
import {shortReferenceWords} from './event-cues.js';
import {rules} from './event-rules.js';
import {referenceWords} from './event-short-references.js';
import {anyFound, neededBy, wordFinder, wordFinderByPart} from './word-set.js';

const eventWordList = [...rules.flatMap((r) => r.needs), ...ratingCueWords, ...shortReferenceWords, ...referenceWords];
/** The event words of one lower-cased text. */
export const eventWordsIn = wordFinder(eventWordList);
const eventWordsByPart = wordFinderByPart(eventWordList);
/** The rules whose needs a sentence's words hold; whether they hold a rating cue or a short reference's word. */
export const rulesFor = neededBy(rules, (r) => r.needs);
export const ratingCueIn = anyFound(ratingCueWords), shortReferenceIn = anyFound(shortReferenceWords);

/**
 * Each paragraph lower-cased once, and its event words found in one pass, for its sentences: where lower-casing kept
 * every letter in its place (no dotted capital I, which becomes two; no capital sigma, whose small form depends on the
 * letters around it), a sentence's slice of it is the sentence lower-cased. Null for a paragraph where it did not.
 */
export function paragraphsLowered(narratives: readonly string[]) {
	const lower = narratives.map((n) => {
		const l = n.toLowerCase();
		return l.length === n.length && !n.includes('Σ') ? l : null;
	});
	return {lower, wordsByPart: lower.map((l) => (l === null ? null : eventWordsByPart(l)))};
}
