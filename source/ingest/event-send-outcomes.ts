/**
 * The area SEND framework's outcomes (since 2023) as newsrooms tell them without its full wording: children with
 * special educational needs "typically have positive experiences" (its top outcome), "have inconsistent experiences"
 * (its middle one), the partnership "received the highest of three possible outcomes". Read as the grades the
 * project maps them to (good, requires improvement). Only beside the words of special educational needs: a patient's
 * or a passenger's "positive experiences" are none. They describe how news tells these outcomes, never an article.
 */
import type {Rating} from '../corpus/schema.js';

const sendBefore = String.raw`(?<=\b(?:special educational needs|SEND|disabilities)\b[^.;]{0,100})`;

/** Patterns in the form of event-facets.ts's rating words: the pattern, its grade, the words it needs. */
export const sendOutcomeWords: readonly [RegExp, Rating, readonly string[]][] = [
	[new RegExp(String.raw`${sendBefore}\b(?:(?:typically|generally|mostly|usually|largely|often)\s+)?(?:have|has|had|having)\s+positive experiences\b`, 'gi'), 'good', ['positive experiences']],
	[new RegExp(String.raw`${sendBefore}\b(?:(?:typically|generally|mostly|usually|largely|often)\s+)?(?:have|has|had|having)\s+inconsistent experiences\b`, 'gi'), 'requires improvement', ['inconsistent experiences']],
	[/\b(?:highest|best|top) of (?:the )?three (?:possible )?(?:inspection )?outcomes\b/gi, 'good', ['three possible outcomes', 'three outcomes']],
	[/\b(?:middle|second) of (?:the )?three (?:possible )?(?:inspection )?outcomes\b/gi, 'requires improvement', ['three possible outcomes', 'three outcomes']],
];

/** The words a clause must hold one of for the patterns above. */
export const sendOutcomeCues = ['positive experiences', 'inconsistent experiences', 'three possible outcomes', 'three outcomes'];

/** Whether the grade at `index` of a clause is one of the outcomes above, told by their words rather than a grade's. */
export const sendOutcomeAt = (clause: string, index: number): boolean => /^(?:(?:typically|generally|mostly|usually|largely|often)\s+)?(?:have|has|had|having)\s+(?:positive|inconsistent) experiences\b(?!\s+and outcomes)|^(?:highest|best|top|middle|second) of\b/i.test(clause.slice(index));
