/**
 * Two events one sentence tells, each kept with its date: a visit named before "since" and the earlier judgement the
 * since-clause names ("Ofsted's visit in April was its first since the service was judged inadequate in March
 * 2019"), and two grades given by one dated inspection ("An inspection in May 2011 judged its safeguarding
 * 'adequate' and its services for looked-after children 'good'"). They describe how news joins two events in a
 * sentence, never a particular article.
 */
import {fieldworkAside} from './event-visit-fieldwork.js';
import {sinceInClosedAside} from './event-appositive-inspection.js';
import {aboutChildrensServices} from './event-context.js';

/** "<visit> in April was its first ... since ... judged": the visit is not the inspection behind that judgement. */
const visitThenSince = /\b(?:visit|inspection|re-?inspection)s?\s+(?:in|on|last|this)\s+[^.;]{0,120}?\bsince\b[^.;]*\b(?:rated|judged|graded|found)\b/i;
export function visitBeforeSince(clause: string): boolean {
	return (visitThenSince.test(clause) && !sinceInClosedAside(clause)) || (fieldworkAside.test(clause) && aboutChildrensServices({sentence: clause}, 'council-named-people'));
}

/** Words between two grades that start another judgement of their own. */
const anotherJudging = /\b(?:is|are|was|were|has|have|had|now|rated|judged|graded|found|been|since|but|while|whereas)\b/i;

/**
 * Whether a date before every grade of the sentence, with the judging verb after it, dates each of them: the grades
 * follow one another with no verb of their own between them.
 */
export function datesEveryGrade(sentence: string, d: {start: number; end: number}, grades: readonly {index: number; end: number}[]): boolean {
	if (grades.length < 2 || grades.some((g) => g.index < d.end)) return false;
	if (!/\b(?:judged|rated|graded|found)\b/i.test(sentence.slice(d.end, grades[0]!.index))) return false;
	return grades.slice(1).every((g, i) => !anotherJudging.test(sentence.slice(grades[i]!.end, g.index)));
}
