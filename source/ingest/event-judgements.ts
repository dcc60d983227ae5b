/**
 * The judgements a clause gives: every rating word next to a judging verb, unless it is an aim, a standard, a
 * condition or the scale explained; an area SEND inspection's "significant weaknesses"; "the same grade" as the one
 * just read, and the earlier grade "the same grade the council received in 2018" or "as was the one from the
 * inspection in 2013" names.
 */
import {childrens, otherBody} from './event-run-subject.js';
import {sendOutcomeAt, sendOutcomeOfArea} from './event-send-outcomes.js';
import type {Rating} from '../corpus/schema.js';
import {aspiration, conditionBefore, gradingScale, gradingScaleWords, otherAuthorities, sameGrade, sendWeaknesses} from './event-cues.js';
import {wordFinder} from './word-set.js';
import {notOursEarlier, sameEarlierGrade, sameEarlierWords} from './event-clauses.js';
import {headlineRatings, ratingsIn} from './event-facets.js';
import {gradeNotGiven} from './event-grades-not-given.js';
import {keptGrade} from './event-kept-grade.js';
import {capacityGrade, isPartGrade} from './event-sub-grades.js';
import {probationFindingWithoutGrade} from './event-probation-grades.js';
import {inspectionOutcomesWithoutGrade, lastInspectionWithoutGrade, schoolSupportJudgedIneffective} from './event-report-published.js';
import {isProbationComment, probationCommentsStand} from './event-probation-guards.js';

export {overallGrades} from './event-sub-grades.js';
export {datesEveryGrade, visitBeforeSince} from './event-two-events.js';
import {gradeOfTallyOrAim} from './event-word-senses.js';
import type {RawEvent} from './event-types.js';
import {matchesIn} from './text.js';
import {findAuthorityMentions} from '../corpus/authorities.js';

const scaleWordsIn = wordFinder(gradingScaleWords);

type Push = (type: 'inspection-judgement', at: number, rating?: Rating, cue?: string) => void;

// (Before 2009 a joint area review judged a council's services for children: "the joint area review found serious failings",
// "a joint area review prompted an improvement notice", "a devastating joint area review"; and "Ofsted's critical July
// report" is a report whose grade the clause does not give; a month's critical report only where the inspectorate's
// or on children's services: "the director published a critical March report on the roads" is none.)
// ("after its children's services were downgraded": a grade changed, the new one not told.)
const reportWithoutGrade = /\b(?:joint area review|JAR)\b[^.;]{0,80}?\b(?:found|concluded|identified|uncovered|revealed)\b|\b(?:joint area review|JAR)\b[^.;]{0,40}?\b(?:prompted|triggered|led to|resulted in)\b|\b(?:damning|critical|highly critical|scathing|hard-hitting|withering|devastating|excoriating)\s+(?:Ofsted\s+)?(?:inspection\s+)?(?:report|verdict|joint area review)\b|(?:\b(?:Ofsted['’]s|inspectors['’]|the (?:inspectorate|watchdog)['’]s)\s+)(?:damning|critical|highly critical|scathing|hard-hitting|withering|devastating|excoriating)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\s+(?:inspection\s+)?(?:report|verdict)\b|\b(?:damning|critical|highly critical|scathing|hard-hitting|withering|devastating|excoriating)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\s+(?:(?:Ofsted|inspection)\s+(?:report|verdict)|joint area review|(?:report|verdict)\s+(?:on|into|of)\s+(?:[\w'’-]+\s+){0,3}?(?:children['’]s (?:services|social care)|services for children|social care|safeguarding))\b|\b(?:Ofsted|inspectors)\s+(?:has\s+|have\s+)?(?:published|released|issued)\s+(?:its|their|a|the)\s+(?:[\w-]+\s+)?report\b|\b(?:Ofsted['’]s|[Tt]he Ofsted|(?:[Ii]ts|[Tt]heir)(?=[^.;]*\binspection\b))\s+(?:(?:latest|new|full|inspection)\s+)?report\s+(?:was|has been|had been|is)\s+(?:published|released)\b|\b(?:Ofsted|the watchdog|inspectors|the inspectorate)\s+(?:found|said|concluded|ruled)\b[^.;]{0,80}?\b(?:had|have|has)\s+(?:seriously\s+|significantly\s+|markedly\s+)?(?:deteriorated|declined|worsened)\b|\b(?:children['’]s (?:services|social care)|social care services)\s+(?:was|were|has been|have been|had been|being)\s+(?:downgraded|upgraded)\b/i;

/**
 * Whether the lower-cased clause holds the words one of reportWithoutGrade's alternatives cannot match without (keep with
 * the pattern): the joint area review's; a fall's or a regrading's verb; else "report" or "verdict" with a damning word,
 * or with a publication's verb. Most clauses that tell of a report hold no more than its noun, and are spared the pattern.
 */
const reportWithoutGradeVerbs = ['jar', 'joint area review', 'deteriorated', 'declined', 'worsened', 'downgraded', 'upgraded'];
const reportWithoutGradeTone = ['damning', 'critical', 'scathing', 'hard-hitting', 'withering', 'devastating', 'excoriating', 'published', 'released', 'issued'];
function mayReportWithoutGrade(lowered: string): boolean {
	const holds = (w: string) => lowered.includes(w);
	if (reportWithoutGradeVerbs.some(holds)) return true;
	return (holds('report') || holds('verdict')) && reportWithoutGradeTone.some(holds);
}

const shareOfMany = /\b(?:\d+(?:\.\d+)?\s?(?:per ?cent|%)|(?:a|one|two) (?:third|quarter|fifth)s?|(?:the )?majority|most|half) (?:of (?:the |all )?(?:\d+ )?(?:councils|authorities|local authorities|them|those|these)\b[^.;]{0,40}?)?(?:have been|has been|were|are|is|was)\s+(?:now\s+)?(?:rated|judged|graded|awarded|given)\s+(?:['‘"“]?(?:inadequate|good|outstanding|requires? improvement|adequate)['’"”]?\s+(?:or|and)\s+)?['‘"“]?$/i;

const counts = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many|some|most|half)';
const countOfMany = new RegExp(`\\b${counts}\\s+(?:out\\s+)?of\\s+(?:the|those|these|all)\\s+\\d+\\b[^.;]{0,80}$`, 'i');
const countedGrade = new RegExp(`\\b${counts}\\s+(?:of\\s+(?:them|these|those)\\s+)?(?:were|are|was|is|have been|has been|had been)\\s+(?:rated|judged|graded|found)\\s+(?:to be\\s+|as\\s+)?['‘"“]?$`, 'i');

/** A part of a service, up to the words that grade it: "its adoption service was judged", "some aspects were deemed". */
const subArea = /\b(?:adoption|fostering|care leavers?|leaving care|looked[- ]after children|children in care|help and protection|early help|(?:some |other |several )?aspects|parts|elements|(?:a few |some |other |several |many |most |two |three |four |five )areas)\b(?:\s+(?:service|services|work|provision|practice))?(?:\s+of\s+(?:the\s+|its\s+)?(?:service|work|practice|provision))?\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:also\s+)?(?:singled out|rated|judged|graded|found|deemed|described)\s+(?:as\s+|to be\s+)?['‘"“]?$/i;

/**
 * The sentence's grades but those it names as where a change began ("up from 'poor'", "improved from requires improvement")
 * and those of the capacity to improve.
 */
function gradesBesidesChange(sentence: string): number {
	return ratingsIn(sentence).filter((g) => !capacityGrade(sentence, g) && !/^(?:up|down) from\b/i.test(sentence.slice(g.index, g.index + 10)) && !/\bfrom\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:previous\s+|earlier\s+)?['‘"“]?$/i.test(sentence.slice(Math.max(0, g.index - 30), g.index))).length;
}

/**
 * "made sufficient progress in the weaknesses identified at its SEND inspection in 2018", "the six areas of weakness
 * identified in its 2019 SEND inspection": a revisit's letter names the earlier area inspection's outcome.
 */
function weaknessesIdentifiedBefore(clause: string): RegExpExecArray | null {
	const m = /\b(?:weakness(?:es)?|areas of weakness)\s+(?:that\s+(?:were|had been)\s+)?(?:identified|found|highlighted|raised)\s+(?:(?:at|in|by|during)\s+(?:its|the|their|an?)\s+(?:(?:19|20)\d\d\s+)?(?:(?:local area|joint|area)\s+)?(?:SEND|special educational needs)\b[^.;]{0,30}?\binspection\b|in\s+(?:19|20)\d\d\b)/i.exec(clause);
	// (The year alone needs the area inspection named: "the weaknesses identified in 2018 in its flood defences" are none.)
	return m && (/\binspection\b/i.test(m[0]) || /\b(?:SEND|CQC|Care Quality Commission|special educational needs)\b/.test(clause)) ? m : null;
}

/**
 * The weaknesses are the council's area inspection's: not denied or asked about, not a school's, academy trust's,
 * hospital's or police force's (the words before them in the sentence name no other body).
 */
function ownWeaknesses(sentence: string, m: RegExpExecArray | null): RegExpExecArray | null {
	if (!m) return null;
	const at = sentence.indexOf(m[0]);
	const before = at < 0 ? sentence : sentence.slice(0, at);
	if (sentence.trim().endsWith('?') || weaknessesNotFound.test(before) || (otherBody.test(before) && !/\b(?:SEND|special educational needs)\s+(?:services|system|partnership)\b|\blocal area\b/i.test(before))) return null;
	return m;
}
// (A hope to fix them tells no outcome either: "hopes to fix the weaknesses identified in 2018 before the CQC returns".
// That sentence had been left alone only because no rule's words were in it to make it a judging sentence.)
const weaknessesNotFound = /\b(?:no|not|never|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|disput(?:es|ed|ing)|claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|if|whether|hopes?|hoped|hoping)\b|n['’]t\b/i;

/** The part of a clause between the joins (", and", ", but", "; ") around a position. */
function partAround(clause: string, at: number): string {
	const join = /,\s+(?:and|but|while|whereas)\s+|;\s+/g;
	let start = 0;
	let end = clause.length;
	for (const m of matchesIn(join, clause)) {
		if (m.index + m[0].length <= at) start = m.index + m[0].length;
		else if (m.index >= at) {
			end = m.index;
			break;
		}
	}
	return clause.slice(start, end);
}

/** Whether three or more different grades follow one another joined only by commas, "or", "and", "to" and quote marks. */
function listedRun(clause: string, grades: readonly {rating: string; index: number; end: number}[]): boolean {
	let run = new Set<string>();
	for (const [i, g] of grades.entries()) {
		const joined = i > 0 && /^[\s'’"”‘“,/]*(?:(?:or|and|to|through)\b[\s'’"”‘“]*)?$/i.test(clause.slice(grades[i - 1]!.end, g.index));
		run = joined ? run.add(g.rating) : new Set([g.rating]);
		if (run.size >= 3) return true;
	}
	return false;
}

// Whether the sentence explains the grading scale, asked by each of its clauses: kept for the last sentence.
let scaleSentence: string | null = null;
let scaleExplained = false;
function explainsScale(sentence: string): boolean {
	if (sentence !== scaleSentence) {
		scaleSentence = sentence;
		scaleExplained = scaleWordsIn(sentence.toLowerCase()).size > 0 && gradingScale.test(sentence);
	}
	return scaleExplained;
}

const lowerHas = (clause: string, word: string) => clause.includes(word) || clause.includes(word[0]!.toUpperCase() + word.slice(1));
/**
 * ", with neighbouring Medway rated outstanding", "and with Bradford judged inadequate": a council named after "with",
 * then graded, is set beside the council the article is about; its grade is not this one's.
 */
const withCouncilGraded = /(?:^|,\s+|\band\s+)with\s+(?:neighbouring\s+|nearby\s+|fellow\s+|near neighbours?\s+)?((?:[A-Z][\w'’-]*\s+)(?:(?:and|upon|on|of|the|[A-Z][\w'’-]*)\s+){0,5}?)(?:(?:also|both|now|having been|being)\s+)?(?:rated|judged|graded|given|awarded|found|deemed|branded)\s+(?:(?:as|to be|an?)\s+)?['‘"“]?$/;
function otherCouncilBeside(clause: string, at: number): boolean {
	const m = withCouncilGraded.exec(clause.slice(Math.max(0, at - 110), at));
	return m !== null && findAuthorityMentions(m[1]!).length > 0;
}

/** A direct yes-or-no question: it opens with an auxiliary and ends with its question mark. */
const yesNoQuestion = /^\W*(?:will|would|could|can|should|shall|is|are|was|were|has|have|had|did|does|do|might|may)\s[^?]*\?\W*$/i;

/** Pushes each judgement of the clause (positions within it) and says whether it gave any. */
export function readJudgements(clause: string, sentence: string, how: {judging: boolean; dated: boolean; lowered?: string}, raw: readonly RawEvent[], push: Push): boolean {
	let judged = false;
	// Three grades and no date: the scale explained ("rated outstanding, good, requires improvement or inadequate").
	// A list, not grades told apart: "'require improvement to be good' - a step up from 'inadequate' with 'good' next" is
	// a grade and its story.
	// (A run needs three grades: a clause with fewer is not read for other councils' parts.)
	const scale = () => !how.dated && ratingsIn(clause).length >= 3 && listedRun(clause, ratingsIn(clause).filter((r) => !otherAuthorities.test(partAround(clause, r.index))));
	// "Will Barnsley be judged good at its next inspection?": a question asks about a grade, none is given.
	const asked = how.judging && sentence.includes('?') && yesNoQuestion.test(sentence);
	if (how.judging && !asked && !explainsScale(sentence) && !scale()) {
		// An aim is read just before its grade ("aims to be rated good"): elsewhere in the sentence it is someone else's.
		for (const r of headlineRatings(clause)) {
			// "60 per cent of councils have been judged inadequate, and Wigan was rated good": the statistic's part of the
			// clause is about other councils, the part after ", and" about this one.
			if (otherAuthorities.test(partAround(clause, r.index))) continue;
			if (gradeNotGiven(clause, r) || gradeOfTallyOrAim(clause, sentence, r.index)) continue;
			// "Pupils with SEND at the academy typically have positive experiences": a school's report, not the area's.
			if (sendOutcomeAt(clause, r.index) && !sendOutcomeOfArea(sentence)) continue;
			// Farther back only with the grade's own "to be rated": "wants to be the first council in the region to be rated outstanding".
			const lead = clause.slice(Math.max(0, r.index - 90), r.index);
			if (aspiration.test(clause.slice(Math.max(0, r.index - 50), r.index)) || (aspiration.test(lead) && /\bto be (rated|judged|graded|given)\b/i.test(lead))) continue;
			// "rated good with outstanding features": the features' praise, not a second grade.
			if (isPartGrade(clause, r)) continue;
			// "In no area was the council found to be 'outstanding'": a grade no part was given.
			if (/\bin no (?:areas?|parts?|respects?|categor(?:y|ies))\b[^.;,]{0,60}$/i.test(clause.slice(Math.max(0, r.index - 80), r.index))) continue;
			// "judged 'inadequate' under 12 headings, 'adequate' under nine others": counts of the report's parts, no overall grade.
			if (/^['’"”]?\s+under\s+(?:only\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:others?|of\s+(?:the|its)\s+\w+|headings|areas|judgements|judgments|categories|sections|strands)\b|\s*(?:[.,;]|$))/i.test(clause.slice(r.end, r.end + 40))) continue;
			// "with 'good' as the next category to aim for": a grade aimed at.
			if (/^['’"”]?\s+(?:as|is|was|being) (?:the|our|its|their) (?:next|target|ambition|aim|goal)\b/i.test(clause.slice(r.end, r.end + 30))) continue;
			// "a service rated good or better", "judged good or outstanding": a standard, not a grade given.
			if (/^[\s'’"”]*or (better|above|higher|outstanding|worse|below)\b/i.test(clause.slice(r.end, r.end + 30))) continue;
			// "a third were judged less than good", "at least good": a threshold, not a grade given.
			if (/\b(?:less than|lower than|worse than|better than|short of|at least|below)\s+['‘"“]?$/i.test(clause.slice(Math.max(0, r.index - 14), r.index))) continue;
			// "None have been rated outstanding", "has never been judged inadequate": a grade nobody was given.
			if (/\b(?:none|never|not|no (?:[\w-]+\s+){0,3}?(?:councils?|authorit(?:y|ies)|services?|areas?|parts?|aspects?))\b(?!\s+(?:only|just|longer|yet)\b)[^.;,]{0,50}\b(?:rated|judged|graded|given|gained|received|achieved|secured|earned|won|awarded)\b[^.;,]{0,16}$/i.test(clause.slice(Math.max(0, r.index - 90), r.index))) continue;
			// "The visit did not give a rating of 'good' or 'requires improvement'", "this would not be a judgement of good":
			// a monitoring visit's letter says what it is not.
			if (/\bnot\s+(?:(?:give|gives|given|giving|award|awarded|make|made|result in|lead to|be)\s+)?(?:a|an|any)\s+(?:new\s+|overall\s+)?(?:rating|grade|judgement|judgment)s?\s+(?:of|as|such as)\b[^.;]{0,60}$/i.test(clause.slice(Math.max(0, r.index - 110), r.index))) continue;
			// "70 per cent have been judged inadequate or requiring improvement", "a third of councils are rated good": a share
			// of many councils, not this one's grade.
			if (shareOfMany.test(clause.slice(Math.max(0, r.index - 90), r.index))) continue;
			// "Of the 20 services we inspected in 2022, four were rated inadequate", "10 of the 17 reports found services
			// inadequate": counts of an inspectorate's year, not one council's grade.
			if (countOfMany.test(clause.slice(Math.max(0, r.index - 120), r.index)) || (/^\W*Of\s+(?:the|those|these|all)\s+(?:\d+|[a-z]+)\b[^.;]{0,100},/i.test(sentence) && countedGrade.test(clause.slice(Math.max(0, r.index - 50), r.index)))) continue;
			// "not meeting an adequate standard": a standard, not the pre-2013 grade.
			if (r.rating === 'adequate' && /^['’"”]?\s+(?:standards?|levels?)\b/i.test(clause.slice(r.end, r.end + 12))) continue;
			// "recommendations to move services from requires improvement to good": the grade aimed at.
			if (/\bto\s+(?:move|take|get|bring|lift|help|transform|turn|improve|raise|change)\b[^.;]{0,80}\bfrom\b[^.;]{0,40}\bto\s+(?:an?\s+)?['‘"“]?$/i.test(clause.slice(Math.max(0, r.index - 140), r.index))) continue;
			// "failed to secure a 'good' rating": a grade missed, not given. "failed to keep its outstanding rating": one lost,
			// given before but not told when (the rating "it won in 2019" is that year's).
			if (/\b(?:fail(?:ed|s|ing)?|unable) to (?:secure|achieve|earn|get|gain|reach|win|obtain)\s+(?:an?\s+|the\s+)?['‘"“]?$/i.test(clause.slice(Math.max(0, r.index - 40), r.index))) continue;
			if (!how.dated && /\b(?:fail(?:ed|s|ing)?|unable) to (?:keep|retain|maintain|sustain|hold on to)\s+(?:the\s+|its\s+|their\s+)?['‘"“]?$/i.test(clause.slice(Math.max(0, r.index - 40), r.index))) continue;
			// "with leadership singled out as outstanding", "The leadership of the service was rated outstanding": a part of
			// the inspection graded, not the service's overall grade.
			if (/\b(?:leadership|leaders|management|the impact of leaders)(?: of (?:the |its |their )?(?:service|department|council))?\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:(?:singled out|rated|judged|graded|found|deemed|described)\s+(?:as\s+|to be\s+)?)?['‘"“]?$/i.test(clause.slice(Math.max(0, r.index - 70), r.index))) continue;
			// A grade of the capacity to improve is a forecast beside the service's grade.
			if (capacityGrade(clause, r)) continue;
			// "rated requires improvement, although its adoption service was judged outstanding": beside the overall grade, a
			// part of the service graded (on its own, "its fostering service was rated outstanding" is that service's).
			// (Not beside its own earlier grade: "its fostering service was judged good, up from 'poor'" is the service's.)
			// (Nor, before 2013, the looked-after children's grade beside safeguarding's: an inspection of "safeguarding and
			// looked after children" gave each its own overall grade, 'adequate' the middle one of that framework.)
			const part = ratingsIn(sentence).length > 1 ? subArea.exec(clause.slice(Math.max(0, r.index - 80), r.index)) : null;
			if (part && gradesBesidesChange(sentence) > 1 && !(/^(?:looked[- ]after|children in care)/i.test(part[0]) && /\bsafeguarding\b/i.test(sentence) && ratingsIn(sentence).some((g) => g.rating === 'adequate'))) continue;
			// A probation comment grades only the youth offending service, told by its inspectorate (event-probation-guards.ts).
			if (isProbationComment(clause, r.index) && !probationCommentsStand(sentence)) continue;
			// "Ofsted rated Stepping Hill Hospital good": the body the grading verb names as its object is graded, not the council
			// (a school, nursery or adoption agency graded is read as that service's grade, by the service facets).
			const object = /\b(?:rated|judged|graded|deemed|branded)\s+([^,;.]{1,60}?)\s+(?:as\s+|to be\s+)?['‘"“]?$/i.exec(clause.slice(Math.max(0, r.index - 80), r.index));
			// (The council's adult social care graded by the Care Quality Commission is a grade of the council's other service.)
			if (object && otherBody.test(object[1]!) && !childrens.test(object[1]!) && !/\b(?:schools?|academ(?:y|ies)|nurser(?:y|ies)|adoption|fostering|agency|homes?)\b/i.test(object[1]!) && !(/\badult(?:s['’]?)? (?:social care|services)\b/i.test(object[1]!) && /\b(?:CQC|Care Quality Commission)\b/.test(sentence))) continue;
			// "judged good, with neighbouring Medway rated outstanding": another council's grade set beside this one's.
			if (lowerHas(clause, 'with') && otherCouncilBeside(clause, r.index)) continue;
			// "could face intervention if services were judged inadequate at the next inspection": a condition, not a grade.
			if (conditionBefore.test(clause.slice(Math.max(0, r.index - 90), r.index))) continue;
			push('inspection-judgement', r.index, r.rating, clause.slice(r.index, r.index + 40));
			judged = true;
		}
	}
	// The patterns below are tried only where the lower-cased clause holds words they cannot match without (and only
	// for a judging sentence's clause that gave no grade: it is lower-cased only then).
	// (`how.lowered`: the clause lower-cased where the caller has it with every letter in its place; the words looked for
	// below are ASCII.)
	const lowered = !judged && how.judging ? (how.lowered ?? clause.toLowerCase()) : '';
	// The area SEND framework before 2023 gave no grade: "significant weaknesses" meant a written statement of action.
	const weaknesses = !judged && how.judging && lowered.includes('weakness') ? sendWeaknesses.exec(clause) : null;
	if (weaknesses) {
		push('inspection-judgement', weaknesses.index, undefined, weaknesses[0]);
		judged = true;
	}
	// (The earlier inspection's outcome, beside the revisit the clause tells: the revisit stays a visit of its own.)
	const identified = !judged && how.judging && lowered.includes('weakness') ? ownWeaknesses(sentence, weaknessesIdentifiedBefore(clause)) : null;
	if (identified) push('inspection-judgement', identified.index, undefined, identified[0]);
	// "A damning Ofsted report has found ...", "Ofsted published its report on Tuesday", "Its report was published on
	// Friday, following inspection": a judgement whose grade the sentence does not give (settle joins it to a graded one
	// of the same council).
	const ungraded = !judged && how.judging && mayReportWithoutGrade(lowered) ? reportWithoutGrade.exec(clause) : null;
	if (ungraded) {
		push('inspection-judgement', ungraded.index, undefined, ungraded[0]);
		judged = true;
	}
	// "An inspection in 2021 found systemic failings", "a re-inspection report published today", "days before an Ofsted
	// report is due to be published": an inspection's outcome, its grade not told (event-report-published.ts).
	// (Not where a later clause of the sentence grades: "The inspection report published today ... rates the service
	// 'requires improvement'" is that one judgement.)
	for (const outcome of !judged && how.judging ? inspectionOutcomesWithoutGrade(clause, sentence, lowered) : []) {
		if (ratingsIn(sentence).some((g) => g.index > sentence.indexOf(clause) + outcome.index)) continue;
		push('inspection-judgement', outcome.index, undefined, outcome[0]);
	}
	// "The council, last inspected in 2019, expects ...": the last inspection's grade, not told (a sentence that grades tells it).
	const last = !judged && how.judging && ratingsIn(sentence).length === 0 ? lastInspectionWithoutGrade(clause, sentence) : null;
	if (last) push('inspection-judgement', last.index, undefined, last[0]);
	// "inspectors described its support for struggling schools as 'ineffective'": the school improvement inspection's failing outcome.
	// (A grade of another service, beside the clause's own: "first judged 'inadequate' in March 2013, and three months later
	// inspectors described its support for struggling schools as 'ineffective'".)
	const ineffective = how.judging && clause.includes('neffective') ? schoolSupportJudgedIneffective(clause, sentence, how.lowered ?? clause.toLowerCase()) : null;
	if (ineffective) {
		const grade = ineffective.index + ineffective[0].length - 'ineffective'.length;
		push('inspection-judgement', grade, 'inadequate', clause.slice(grade, grade + 40));
		judged = true;
	}
	// "found 'substantial' improvement needed", "done well enough only 47 per cent of the time": a youth offending team's
	// core case inspection, its grade left open.
	const probation = !judged && how.judging ? probationFindingWithoutGrade(clause, sentence, lowered) : null;
	if (probation) {
		push('inspection-judgement', probation.index, undefined, probation[0]);
		judged = true;
	}
	// Both readings of the grade told before need "the same" or "as was" (sameEarlierWords): only then is it looked up.
	// ("In September it held on to that grade": the grade told last, kept; event-kept-grade.ts.)
	const keptHere = !judged && clause.includes(' t') ? keptGrade(clause) : null;
	const lastGrade = sameEarlierWords.test(clause) || keptHere ? raw.findLast((e) => e.type === 'inspection-judgement' && e.rating)?.rating : undefined;
	// (Also after a grade of the same clause: "Weeks after the probation inspectorate rated its youth justice service
	// inadequate in October, Ofsted has now given children's social care the same grade.")
	const sameFound = lastGrade ? (sameGrade.exec(clause) ?? keptHere) : null;
	const same = sameFound && (!judged || ratingsIn(clause).every((g) => g.end <= sameFound.index)) ? sameFound : null;
	if (same) {
		push('inspection-judgement', same.index, lastGrade, same[0]);
		judged = true;
	}
	// "require improvement, the same grade the council received in 2018": that earlier grade, on its own date.
	const earlier = judged && lastGrade && sameEarlierWords.test(clause) ? new RegExp(sameEarlierGrade.source, 'i').exec(clause) : null;
	if (earlier && !notOursEarlier(earlier[0])) push('inspection-judgement', earlier.index + sameEarlierWords.exec(earlier[0])!.index, lastGrade, earlier[0]);
	return judged;
}
