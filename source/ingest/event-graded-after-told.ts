/**
 * "The last full inspection was in 2019. It rated services good.", "Ofsted last inspected the council in 2019. It gave
 * the service a good rating.": a sentence that opens with the inspection or the inspectorate as "It", "They",
 * "Inspectors" or "Ofsted" and an active grading verb, right after a sentence telling of an inspection, gives that
 * inspection's grade. events.ts read so a grade told "It was rated" or "They rated" after such a sentence; this reads
 * the active verbs a report is told with ("rated", "gave", "found", "awarded"). The date is the one told before it,
 * approximately.
 *
 * Not after an inspection of another service or by another inspectorate ("The council's schools were inspected in
 * 2019.", "care homes were inspected by the Care Quality Commission"), nor one of another council than the grade names.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {othersInspectionIn} from './event-background-visits.js';

/** A sentence that names an inspection (as events.ts asks of the sentence before "It was rated"). */
const toldInspection = /\b(?:inspection|inspected|visit)\b/i;
/** The inspection or the inspectorate, then an active grading verb. */
const gradedBy = /^\s*(?:It|They|Inspectors|The inspectors|Ofsted|The inspectorate|The watchdog)\s+(?:then\s+|also\s+)?(?:rated|gave|found|awarded|judged|graded)\b/;
/** Another service or inspectorate named where the inspection is told. */
const anotherService = /\b(?:schools?|care homes?|hospitals?|police|prisons?|adults?|fire|nurser(?:y|ies)|academ(?:y|ies)|probation|HMIC\w*|constabulary|youth justice|youth offending)\b/i;

/** Whether the inspection told before names councils and none of those the grade names. */
function anotherCouncil(clause: string, previousSentence: string): boolean {
	const before = findAuthorityMentions(previousSentence).map((a) => a.name);
	const graded = findAuthorityMentions(clause).map((a) => a.name);
	return before.length > 0 && graded.length > 0 && !graded.some((n) => before.includes(n));
}

/** The grading words of a clause that opens its sentence right after one telling of an inspection, else null. */
export function gradedAfterInspectionTold(clause: string, clauseStart: number, previousSentence: string): RegExpExecArray | null {
	if (clauseStart !== 0 || !toldInspection.test(previousSentence)) return null;
	// The clause's own opening first: it is anchored and cheap, where the guards read both sentences for councils.
	const m = gradedBy.exec(clause);
	if (!m || othersInspectionIn(previousSentence) || anotherService.test(previousSentence) || anotherCouncil(clause, previousSentence)) return null;
	return m;
}
