/**
 * The area SEND framework's outcomes (since 2023) as newsrooms tell them without its full wording: children with
 * special educational needs "typically have positive experiences" (its top outcome), "have inconsistent experiences"
 * (its middle one), the partnership "received the highest of three possible outcomes". Read as the grades the
 * project maps them to (good, requires improvement). Only beside the words of special educational needs: a patient's
 * or a passenger's "positive experiences" are none. They describe how news tells these outcomes, never an article.
 */
import type {Rating} from '../corpus/schema.js';
import {findAuthorityMentions} from '../corpus/authorities.js';
import {aboutChildrensServices} from './event-context.js';

const sendBefore = String.raw`(?<=\b(?:special educational needs|SEND|disabilities)\b[^.;]{0,100})`;

/** Patterns in the form of event-facets.ts's rating words: the pattern, its grade, the words it needs. */
export const sendOutcomeWords: readonly [RegExp, Rating, readonly string[]][] = [
	[new RegExp(String.raw`${sendBefore}\b(?:(?:typically|generally|mostly|usually|largely|often)\s+)?(?:have|has|had|having|lead to|leads to|led to|leading to)\s+positive experiences\b`, 'gi'), 'good', ['positive experiences']],
	[new RegExp(String.raw`${sendBefore}\b(?:(?:typically|generally|mostly|usually|largely|often)\s+)?(?:have|has|had|having|lead to|leads to|led to|leading to)\s+inconsistent experiences\b`, 'gi'), 'requires improvement', ['inconsistent experiences']],
	[/\b(?:highest|best|top) of (?:the )?three (?:possible )?(?:inspection )?outcomes\b/gi, 'good', ['three possible outcomes', 'three outcomes']],
	[/\b(?:middle|second) of (?:the )?three (?:possible )?(?:inspection )?outcomes\b/gi, 'requires improvement', ['three possible outcomes', 'three outcomes']],
];

/** The words a clause must hold one of for the patterns above. */
export const sendOutcomeCues = ['positive experiences', 'inconsistent experiences', 'three possible outcomes', 'three outcomes'];

/** Whether the grade at `index` of a clause is one of the outcomes above, told by their words rather than a grade's. */
export const sendOutcomeAt = (clause: string, index: number): boolean => /^(?:(?:typically|generally|mostly|usually|largely|often)\s+)?(?:have|has|had|having|lead to|leads to|led to|leading to)\s+(?:positive|inconsistent) experiences\b(?!\s+and outcomes)|^(?:highest|best|top|middle|second) of\b/i.test(clause.slice(index));

/** An area's words: "in the borough", "the local area", "the partnership" (a council's name is looked for apart). */
const areaWords = /\b(?:in the (?:borough|county|city|district|area)|(?:the\s+)?local area|partnership|council|local authority)\b/i;
/** A provider the children attend: "at Riverside Engineering", "attending the youth theatre", "At Hillside Primary". */
const atProvider = /\b(?:at|attending|attend|attends)\s+(?:the\s+)?(?:council[-‐]run\s+)?(?:[A-Z][\w'’-]*|(?:[a-z]+\s+){0,2}(?:school|academy|college|nursery|provider|theatre|club|centre))\b/;

/**
 * Whether an outcome above is the area's: the sentence names the area (its words or a council's name), and no
 * provider the children attend; a school's, a college's or an employer's report uses the same words.
 */
export function sendOutcomeOfArea(sentence: string): boolean {
	if (atProvider.test(sentence)) return false;
	if (!areaWords.test(sentence) && findAuthorityMentions(sentence).length === 0) return false;
	return aboutChildrensServices({sentence});
}
