/**
 * Judgements told by an inspection's findings or its report's publication, with no grade in the clause.
 *
 * "An inspection in 2021 found systemic failings", "since an inspection last year found weaknesses in the way it
 * protects children", "a joint SEND inspection this spring has raised concerns": an inspection (not a focused or
 * monitoring visit, which newsrooms tell as a visit) that found faults gave a verdict, its grade not told.
 *
 * "according to a re-inspection report published today", "a re-inspection published today": a report published is
 * the verdict of its day. "days before an Ofsted report on the borough's services is due to be published", "Ofsted is
 * expected to publish the report next week", "resigned before the report was published in August": a report still to
 * come, or one whose publication dates what came before it, is a judgement too (the status says which).
 *
 * "inspectors described its support for struggling schools as 'ineffective'": Ofsted's inspections of a council's
 * arrangements for supporting school improvement (2013 to 2015) found them effective or ineffective, the latter the
 * failing outcome (read as 'inadequate').
 *
 * "The council, last inspected in 2019, expects Ofsted to return", "since the council's last inspection in 2022": the last
 * full inspection, dated, gave the grade the council holds, though the sentence does not say which.
 *
 * These describe how news tells an inspection's outcome, never a particular article.
 */

import {otherBody} from './event-run-subject.js';

/** What an inspection found that tells a verdict: faults. ("found no weaknesses" is read by the guard below.) */
const faults = String.raw`(?:weakness(?:es)?|failings|failures|concerns|shortcomings|flaws|deficiencies)`;
/** An inspection (of any inspectorate), its date or a few words after it, then the finding verb, then faults. */
const inspectionFound = new RegExp(
	String.raw`\b(?:an?|the|its|their)\s+(?:(?:earlier|previous|original|first|full|joint|unannounced|area|local area|SEND|Ofsted|inspectorate['’]s|[\w-]+-week)\s+){0,3}(?:re-?)?inspection\s+(?:(?:in|last|this|during|of)\s+[\w ,'’-]{1,30}?\s+|of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:services|support|provision|arrangements)\s+for\s+(?:children|young people)\b[\w ,'’-]{0,60}?\s+)?(?:had\s+|has\s+|also\s+)?(?:found|identified|uncovered|raised|highlighted|revealed)\s+(?!no\b|none\b|only minor\b)(?:[\w'’-]+\s+){0,6}?` +
		faults +
		String.raw`\b`,
	'i',
);
/** "a re-inspection report published today", "an inspection published yesterday by HMICFRS": the report, dated by its publishing. */
// ("a core case inspection published yesterday by HM Inspectorate of Probation": an inspection's name stands for its report.)
const reportPublished = /\b(?:an?|the|its|their)\s+(?:(?:new|latest|joint|full|Ofsted|follow-up|core case|short quality screening|thematic|area|local area|SEND|youth (?:offending|justice))\s+){0,2}(?:re-?inspection(?:\s+report)?|inspection(?:\s+report)?)\s+(?:was\s+|has been\s+)?(?:published|released)\s+(?:today|yesterday|this (?:week|morning|month)|last (?:week|month)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;
/** "have given the service a clean bill of health in a report released today": the inspectors' report, dated by its publishing. */
const inReportPublished = /\bin\s+(?:a|an|the|its|their)\s+(?:(?:new|latest|full)\s+)?report\s+(?:published|released)\s+(?:today|yesterday|this (?:week|morning)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;
const inspectorsNamed = /\b(?:Ofsted|inspectors|inspectorate|inspection|watchdog)\b/i;
/** An inspection's report still to come, or whose publication a departure came before. */
const reportToCome = /\b(?:an?|the|its|their)\s+(?:(?:highly\s+)?(?:critical|damning|full|final|new|Ofsted|inspection|inspectors['’])\s+){0,3}report\b(?:\s+(?:on|into)\s+(?:[\w'’-]+\s+){1,5}?(?:services?|department|council|authority))?\s+(?:is|was|are|were)\s+(?:due|expected|set)\s+to\s+be\s+(?:published|released|made public)\b|\b(?:Ofsted|inspectors|the inspectorate|the watchdog)\s+(?:is|are|was|were)\s+(?:due|expected|set)\s+to\s+(?:publish|release)\s+(?:its|their|the)\s+(?:(?:full|final|inspection)\s+){0,2}(?:report|findings|verdict|outcome)\b|\bbefore\s+the\s+(?:(?:Ofsted|inspection|inspectors['’])\s+)?report\s+was\s+(?:published|released)\b/i;
/** A report that is not an inspectorate's: a commissioner's, a review's, an adviser's, an audit's. */
const notInspectorsReport = /\b(?:commissioner|review|adviser|advisor|audit|auditor|inquiry|panel|peer|case review|ombudsman|coroner|serious case|budget|scrutiny|consultants?|task force|taskforce)\b/i;
const notFound = /\b(?:no|not|never|den(?:y|ies|ied)|if|whether|would|could)\b[^.;]{0,30}$|n['’]t\s+$/i;

/** Words the lower-cased clause must hold one of for either pattern to be tried. */
const needWords = ['inspection', 'report'];

/** The clause's inspection finding faults and its report published or to come (each a judgement of its own), in order. */
export function inspectionOutcomesWithoutGrade(clause: string, sentence: string, lowered: string): RegExpExecArray[] {
	if (!needWords.some((w) => lowered.includes(w))) return [];
	const found: RegExpExecArray[] = [];
	if (lowered.includes('inspection') && /\b(?:found|identified|uncovered|raised|highlighted|revealed)\b/.test(lowered)) {
		const m = inspectionFound.exec(clause);
		// (Not an inspection of another body: "A joint inspection of the hospital's children's ward has found serious failings".)
		const what = m ? /\binspection\s+of\s+([^.;]*?)\s+(?:had\s+|has\s+|also\s+)?(?:found|identified|uncovered|raised|highlighted|revealed)\b/i.exec(m[0]) : null;
		if (m && !(what && otherBody.test(what[1]!)) && !notFound.test(clause.slice(0, m.index)) && !sentence.trim().endsWith('?')) found.push(m);
	}
	if (lowered.includes('publish') || lowered.includes('release')) {
		const m = reportPublished.exec(clause) ?? reportToCome.exec(clause) ?? (inspectorsNamed.test(sentence) ? inReportPublished.exec(clause) : null);
		if (m && !notInspectorsReport.test(sentence) && !found.some((f) => f.index === m.index)) found.push(m);
	}
	return found.sort((a, b) => a.index - b.index);
}

/** A council's support for schools or for school improvement, then "ineffective" within a few words. */
const schoolSupportIneffective = /\b(?:support|arrangements|work)\s+(?:for|to|in)\s+(?:(?:struggling|maintained|local|its|the|weaker|underperforming)\s+){0,2}(?:school improvement|schools)\b(?:\s+[\w'’-]+){0,4}?\s+(?:as\s+|was\s+|were\s+|is\s+|are\s+|had been\s+|has been\s+|to be\s+)(?:(?:judged|found|rated|deemed|described as|still|now)\s+)?['‘"“]?ineffective\b/i;

/** The clause's council support for schools judged ineffective (by an inspectorate the sentence names), else null. */
export function schoolSupportJudgedIneffective(clause: string, sentence: string, lowered: string): RegExpExecArray | null {
	if (!lowered.includes('ineffective') || !lowered.includes('school')) return null;
	const m = schoolSupportIneffective.exec(clause);
	return m && /\b(?:Ofsted|inspectors?|inspection|inspectorate|watchdog)\b/i.test(sentence) ? m : null;
}

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * "last inspected in 2019", "its last full inspection, in 2018", "since the council's last inspection in 2022". (Not "The
 * last full inspection was in 2019.": a sentence that only dates the inspection leaves its grade to the sentences
 * around it, which read it with that date.)
 */
const lastInspectionDated = new RegExp(
	String.raw`\b(?:last|previous|most recent)\s+(?:(?:full|standard|graded|Ofsted)\s+)?(?:inspection|inspected)\b(?:\s+in full)?,?\s+(?:in|during)\s+(?:(?:the\s+)?(?:spring|summer|autumn|winter)\s+of\s+|(?:${months})\s+)?(?:19|20)\d\d\b`,
	'i',
);
/** A visit that grades nothing, the next inspection, or another body inspected (as event-last-inspection.ts reads them). */
const notTheGrading = /\b(?:monitoring|focused|focussed|next|school|academy|nursery|children['’]s homes?|home\b|fostering|adoption|hospital|police|probation|prison)\b/i;

/** The clause's last inspection, dated, where the sentence gives no grade of it; else null. */
export function lastInspectionWithoutGrade(clause: string, sentence: string): RegExpExecArray | null {
	if (!clause.includes('nspect') || !/\b(?:last|previous|most recent)\b/i.test(clause)) return null;
	const m = lastInspectionDated.exec(clause);
	return m && !notTheGrading.test(sentence) ? m : null;
}
