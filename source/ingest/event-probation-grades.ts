/**
 * The grades of HM Inspectorate of Probation's inspections of youth offending teams before its four-point scale of
 * 2018. The core case inspections (2009-2012) gave each area of work (safeguarding, risk of harm to others, likelihood
 * of reoffending) a headline comment: "minimum", "moderate", "substantial" or "drastic" improvement required; news
 * tells them "needed 'drastic improvement'", "requires moderate improvement", "now require only 'moderate
 * improvement'". The later reports were told against the England and Wales average: "scored above average in all
 * three areas". Read as the grades the project maps them to (the bottom comment the bottom grade, an improvement
 * required 'requires improvement', the top comment and a clean record above average 'good'; the third comment,
 * "substantial", is left unread: readers place it on either side of 'requires improvement', and a grade read wrong
 * there is set beside the service's later grade of that name). Only where the sentence
 * names a youth offending service, the probation inspectorate or its core case inspection, or quotes the comment as
 * the inspectorate's term: "the roads need drastic improvement" is no grade. Patterns in the form of
 * event-facets.ts's rating words; they describe how news tells these inspections, never a particular article.
 */
import type {Rating} from '../corpus/schema.js';
import {anyWord} from './word-set.js';

/** What a sentence names for an unquoted comment to be the probation inspectorate's. */
const probation = String.raw`\b(?:youth offending|youth justice|YOTs?|YOS|core case inspections?|(?:HM |His Majesty['’]s |Her Majesty['’]s )?Inspectorate of Probation|HMI Probation|probation (?:inspectorate|inspectors?|watchdog)|chief inspector of probation)\b`;
const named = String.raw`(?:(?<=${probation}[^]{0,200})|(?=[^]{0,200}${probation}))`;
/** The comment quoted on its own ("judged to need 'drastic improvement'"): the inspectorate's term, as a grade is. */
const quoted = (word: string) => String.raw`(?<=['‘"“])${word} improvement(?=[.,]?['’"”])`;
/** The comment with the verb that gives it ("needs only minimum improvement", "drastic improvement required"). */
const given = (word: string) =>
	String.raw`(?<=\b(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing)|in need of)\s+(?:(?:only|just|a|some|further)\s+)?['‘"“]?)${word} improvement\b|\b${word} improvement (?=(?:is |was |were |are |being )?(?:required|needed)\b)`;
/** Someone other than the inspectorate says it ("Opposition councillors said the team needed drastic improvement"), or asks. */
const notTheInspectorate = String.raw`(?<!\b(?:councillors?|MPs?|campaigners|parents|critics|opposition|unions?|leaders?|residents)\b[^]{0,80})(?![^.;]*\?)`;
// (Quoted or not, the comment is given by a verb of need: "GCSE results showed 'moderate improvement'" is a change, no comment.)
const comment = (word: string) => new RegExp(String.raw`${notTheInspectorate}(?:(?=${quoted(word)})|${named})(?:${given(word)})`, 'gi');

/**
 * "scored above average in all three areas", "performing 'above the England and Wales average' in all three core
 * areas": every area of the report above the average the inspectorate compared with, where the sentence names the
 * inspectorate or the service or quotes the words as the report's (a school's results above average in all three
 * subjects are none).
 */
const aboveAverage = new RegExp(String.raw`(?:${named}|(?<=['‘"“]))\babove\s+(?:the\s+)?(?:England and Wales\s+|national\s+)?['‘"“]?average['’"”]?(?=\s+(?:in|across|for)\s+(?:all|each|every)\s+(?:(?:three|four|six)\s+)?(?:of\s+(?:the|its)\s+)?(?:(?:core|main|headline|key|inspected)\s+)?(?:areas|categories|strands)\b)`, 'gi');

/** Patterns in the form of event-facets.ts's rating words: the pattern, its grade, the words it needs. */
export const probationGradeWords: readonly [RegExp, Rating, readonly string[]][] = [
	[comment('drastic'), 'inadequate', ['drastic improvement']],
	[comment('moderate'), 'requires improvement', ['moderate improvement']],
	[comment('minimum'), 'good', ['minimum improvement']],
	[aboveAverage, 'good', ['above average', 'above the average', 'above the england', 'above the national', 'above national', 'above england']],
];

/** The patterns above without their global flag, made once: `test` on a global pattern would move its lastIndex. */
const probationGradeTests = probationGradeWords.map(([re]) => new RegExp(re.source, 'i'));

/** The words a sentence must hold one of for the patterns above (lower-cased). */
export const probationGradeCues = ['drastic improvement', 'moderate improvement', 'minimum improvement', 'above average', 'average'];
const hasProbationGradeCue = anyWord(probationGradeCues);

/**
 * Whether a sentence gives a headline comment (it judges with no verb of judging: "All three areas now require only
 * 'moderate improvement'", "the YOT needs drastic improvement in its public protection work").
 */
export function givesProbationComment(sentence: string, lowered: string): boolean {
	if (!lowered.includes(' improvement') || !hasProbationGradeCue(lowered)) return false;
	return probationGradeTests.some((re) => re.test(sentence));
}

/**
 * A core case inspection's finding told without a grade the project maps: the third comment ("found 'substantial'
 * improvement needed", "requires substantial improvement"), an area's score ("work to protect the public was done well
 * enough only 47 per cent of the time"), and the older inspections' middle word ("a 'satisfactory' judgement from
 * probation inspectors"). A judgement whose grade is left open, where the sentence names the service or the
 * inspectorate and no one else says it.
 */
const withoutGrade = new RegExp(
	String.raw`${notTheInspectorate}(?:(?:${given('substantial')})|(?<=['‘"“])substantial(?=['’"”]\s+improvement\b)|\bdone well enough\s+(?:(?:only|just|about|around|nearly|almost|in)\s+){0,2}(?:\d+(?:\.\d+)?\s?(?:per ?cent|%)|(?:a|one|two) (?:third|quarter|half|fifth)s?|half)\b|['‘"“]satisfactory['’"”]\s+(?:judgement|judgment|rating|grade|verdict)\b)`,
	'i',
);

const probationNamed = new RegExp(probation, 'i');

/** The clause's ungraded finding of a youth offending inspection (its sentence names the service or inspectorate), else null. */
export function probationFindingWithoutGrade(clause: string, sentence: string, lowered = clause.toLowerCase()): RegExpExecArray | null {
	if (!lowered.includes('substantial') && !lowered.includes('well enough') && !lowered.includes('satisfactory')) return null;
	return probationNamed.test(sentence) ? withoutGrade.exec(clause) : null;
}
