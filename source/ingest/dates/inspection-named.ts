/**
 * A date that names an inspection, not a grade (issue 11: no confident wrong date). "The 2016 inspection, whose
 * report came out in 2017, rated Dudley inadequate", "rated good at its inspection in March": the date is the
 * inspection's, and the grade came out with the report after it (weeks later, sometimes the next year). For the
 * judgement that is a reading of the sentence, as when the inspection's date is taken from another sentence
 * (events.ts: "the inspection's date ... the judgement came out after it").
 */
import {fullMonths} from './patterns.js';

const month = String.raw`(?:${fullMonths.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** The inspection's noun right after the date: "2016 inspection", "March 2019 Ofsted inspection", "July's visit". */
const nounAfter = /^\s*(?:['’]s\s+)?(?:(?:full|Ofsted|focused|joint|short|standard|SEND|ILACS|area|local|re-?)[\w-]*\s+){0,2}(?:inspection|visit|fieldwork)s?\b/i;
/** The inspection's noun or verb right before the date: "inspection in March 2019", "inspected on 4 and 5 May", "the inspection of its children's services in March". */
const nounBefore = new RegExp(String.raw`\b(?:inspection|inspected|visit|visited|fieldwork)\s+(?:of\s+(?:[\w'’-]+\s+){1,5}?)?(?:(?:took\s+place|was\s+carried\s+out|carried\s+out)\s+)?(?:in|on|during|from|over)\s+(?:(?:the\s+)?(?:early|late|mid-?|end\s+of|start\s+of|beginning\s+of|summer\s+of|autumn\s+of|spring\s+of|winter\s+of)\s*|${month}\s+|\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+)?)*$`, 'i');

/** Whether the date whose words (`words`) start at `at` in `sentence` names an inspection rather than a report. */
export function namesInspection(sentence: string, at: number, words: string): boolean {
	// (The date's words may begin with their preposition: "in March" after "the inspection".)
	return nounAfter.test(sentence.slice(at + words.length)) || nounBefore.test(sentence.slice(Math.max(0, at - 80), at) + (/^(?:in|on|during|from|over)\s+/i.exec(words)?.[0] ?? ''));
}
