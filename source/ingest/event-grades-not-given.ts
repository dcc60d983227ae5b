/**
 * Grade words that give no grade: a cap ("'poor' was the highest rating that Stockport could achieve"), an aim told
 * as a title or a journey ("Getting to Good", "our journey to outstanding"), a standard of two grades ("would be
 * rated 'Good' or 'Outstanding'"), a promise of a grade to come ("pledged that every home will be judged good") and a
 * grading denied ("Inspectors did not find the services inadequate"). Each test is asked of one grade a clause names, after the cheap look for a grade word.
 */
import {aspiration} from './event-cues.js';
import {gradeWishedOrCompared} from './event-grade-senses.js';

type Grade = {readonly index: number; readonly end: number};

const gradeWord = String.raw`(?:inadequate|(?:requires?|requiring) improvement(?: to be good)?|good|outstanding|adequate|poor)`;

/** "the highest rating that X could achieve", "the best grade available": the top of a scale, not a grade given. */
const capAfter = /^\s+(?:(?:that|which)\s+)?(?:(?:[\w'’-]+\s+){0,4}?(?:could|can|would|might|may|was able to|were able to|is able to)\b|(?:available|possible|open to)\b)/i;

/** "Getting to Good", "the road to outstanding", "on track towards good": a grade aimed at. */
const aimBefore = /\b(?:getting|journey|road|route|path|pathway|push|drive|bid|race|steps|on track|progress(?:ing)?)\s+(?:back\s+)?(?:to|towards)\s+['‘"“]?$|\btowards\s+['‘"“]?$/i;

/** "'Good' or 'Outstanding'", "good or outstanding": either of two grades, a standard. */
const orAfter = new RegExp(String.raw`^['’"”]?\s*or\s+['‘"“]?${gradeWord}\b`, 'i');
const orBefore = new RegExp(String.raw`\b${gradeWord}['’"”]?\s*or\s+['‘"“]?$`, 'i');

/** A grade to come under a promise or aim farther back: "promised that all of its homes would be rated". */
const toComeBefore = /\b(?:will|would|shall)\s+(?:all\s+|each\s+|both\s+|now\s+)?be\s+(?:rated|judged|graded|assessed as)\s+(?:as\s+)?['‘"“]?$/i;

/** "Inspectors did not find the services inadequate", "was not rated inadequate": a grading verb denied. */
const deniedBefore = /\b(?:did|does|do|would|could|has|have|had|was|were|is|are)\s*(?:not|n['’]t)\s+(?:(?:be|been|being)\s+)?(?:find|found|rate|rated|judge|judged|grade|graded|deem|deemed|consider|considered)\b(?:(?!\b(?:and|but|while|rated|judged|graded|found)\b)[^.;,:]){0,60}$/i;

/**
 * "identified areas that required improvement", "several areas requiring improvement", "the areas which require
 * improvement": the report's list of things to do, not the service's grade (the grade is a service's, not areas').
 */
const areasBefore = /(?<!\b(?:all|every|each|both|most)\s+(?:(?:of\s+)?(?:the|its|their)\s+)?)\b(?:areas?|aspects?|parts?|things|elements|practice|issues)\s+(?:(?:that|which)\s+(?:still\s+|now\s+|also\s+)?)?(?:['‘"“]\s*)?$/i;

/** Whether the grade at `r` in `clause` is no grade given (see the file's comment). */
export function gradeNotGiven(clause: string, r: Grade): boolean {
	const before = clause.slice(Math.max(0, r.index - 40), r.index);
	if (aimBefore.test(before)) return true;
	if (/^requir/i.test(clause.slice(r.index, r.index + 6)) && areasBefore.test(before)) return true;
	if (deniedBefore.test(clause.slice(Math.max(0, r.index - 100), r.index))) return true;
	const after = clause.slice(r.end, r.end + 60);
	if (/^(?:highest|best|top)\b/i.test(clause.slice(r.index, r.index + 8)) && capAfter.test(after)) return true;
	if (orAfter.test(after) || orBefore.test(before) || gradeWishedOrCompared(clause, r)) return true;
	return toComeBefore.test(before) && aspiration.test(clause.slice(Math.max(0, r.index - 120), r.index));
}
