/**
 * A grade told in the sentence after the one that dates its inspection: "Ofsted inspected the council in October
 * 2012 and did not like what it found. Child protection arrangements were judged inadequate.", "Inspectors visited
 * in 2016. Rochdale's children's services were rated inadequate.". event-graded-after-told.ts reads the grade told
 * with "It", "They" or "Ofsted" and an active verb after a sentence naming an "inspection"; this reads the other ways
 * newsrooms tell the same two steps: the inspectors "visited", "returned" or "spent three weeks" in the previous
 * sentence, and the grade given in the passive to the council's services, arrangements or department (or "This time
 * they found ..."). The caller dates the grade by the date told before it, approximately, and keeps a recent visit's
 * grade the article's news.
 *
 * Not after another body's or another service's inspection ("The council's schools were inspected in 2019.").
 */
import {monthsBetween} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import {findAuthorityMentions} from '../corpus/authorities.js';
import {othersInspectionIn} from './event-background-visits.js';

/** The previous sentence tells of the inspectors' visit. */
const toldVisit = /\b(?:inspection|inspected|visit|re-?inspection)\b|\b(?:inspectors|Ofsted|the inspectorate|the watchdog|an inspection team)\s+(?:first\s+|last\s+|then\s+|finally\s+)?(?:visited|returned|came back|went in|went into|arrived|had been into|had been in|spent\s+(?:\w+\s+){1,2}(?:days|weeks)\b)/i;
/** Another service or inspectorate named where the visit is told. */
const anotherService = /\b(?:schools?|care homes?|hospitals?|police|prisons?|adults?|fire|nurser(?:y|ies)|academ(?:y|ies)|probation|HMIC\w*|constabulary|youth justice|youth offending|CQC|Care Quality Commission)\b/i;

/** What a grade's clause may open with: a link in time to the visit just told. */
const opener = String.raw`^\s*(?:(?:This time|Then|Afterwards|Subsequently|As a result|In the report that followed)\s*,?\s*)?`;
/** The council's services (or their parts as a whole) in the passive. */
const passiveGrade = new RegExp(`${opener}(?:(?:the|its|their|[A-Z][\\w'’-]+['’]s?)\\s+)?(?:[\\w'’-]+\\s+){0,4}?(?:services?|social care|arrangements|provision|department|council|authority|it|they)\\s+(?:was|were|had been|have been|has been)\\s+(?:then\\s+|also\\s+|subsequently\\s+)?(?:rated|judged|graded|found|deemed|branded|declared|labelled|assessed|classed|considered)\\b`, 'i');
/** The inspectors (or the visit) with an active verb: "They rated", "This time they found". */
const activeGrade = new RegExp(`${opener}(?:they|inspectors|the inspectors|Ofsted|the inspectorate|the watchdog|it)\\s+(?:then\\s+|also\\s+)?(?:rated|gave|found|awarded|judged|graded|branded|deemed|concluded)\\b`, 'i');

/** The visit told before names councils and none of those the grade names ("Somerset's services were inspected in 2019."). */
function anotherCouncil(clause: string, previousSentence: string): boolean {
	const before = findAuthorityMentions(previousSentence).map((a) => a.name);
	if (before.length === 0) return false;
	const graded = findAuthorityMentions(clause).map((a) => a.name);
	return graded.length > 0 && !graded.some((n) => before.includes(n));
}

/** The grading words of a clause that opens its sentence right after one telling of the inspectors' visit, else null. */
export function gradedAfterVisitTold(clause: string, clauseStart: number, previousSentence: string, told: DateValue | null, published: DateValue): RegExpExecArray | null {
	if (clauseStart !== 0 || !toldVisit.test(previousSentence)) return null;
	// Only a visit a year or more before the article: a grade after a recent one is the day's news, dated by its report.
	if (!told || (monthsBetween(told, published) ?? 0) < 12) return null;
	// The clause's own opening first: both patterns are anchored, where the guards read both sentences for councils.
	const m = passiveGrade.exec(clause) ?? activeGrade.exec(clause);
	if (!m || othersInspectionIn(previousSentence) || anotherService.test(previousSentence) || anotherService.test(clause.slice(0, 60)) || anotherCouncil(clause, previousSentence)) return null;
	// "Parents said the service was considered good": an opinion, not the inspectors' grade.
	return m && !/\b(?:said|says|told|believe[sd]?|think|thinks|thought|felt|feel|feels|claim(?:s|ed)?|argue[sd]?|insist(?:s|ed)?)\b/i.test(m[0]) ? m : null;
}
