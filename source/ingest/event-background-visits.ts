/**
 * Inspections told as the background of a story, in words the visit rules of event-rules.ts do not hold: "practice
 * had slipped since an earlier visit", "Ofsted were in the building", and an inspection placed at a time of its own
 * beside a judgement ("judged adequate in 2011, with an unannounced visit the year before finding ..."). They describe
 * how papers tell earlier inspections, never a particular article; a royal, ministerial or fire officers' visit is none
 * (the sentence must name an inspectorate, and the context leaves other bodies' inspections alone).
 */
import type {Rule} from './event-rules.js';

/** The sentence names no inspectorate of children's services: a visit there is anyone's. */
const noInspectorate = /^(?![^]*\b(?:Ofsted|inspectors?|inspectorate|HMI Probation|watchdog)\b)/i;

export const backgroundVisitRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		// (The visit rules' own word: a sentence with it is read already, so the rule costs nothing more.)
		needs: ['visit'],
		// "Inspectors said practice had 'slipped badly' since an earlier visit", "the first improvement since the last
		// monitoring visit": the earlier visit, undated unless the sentence dates it. (An earlier full inspection is its
		// judgement, read by event-visits.ts.)
		test: /\bsince\s+(?:an?|the|its|their)\s+(?:earlier|previous|prior|last)\s+(?:(?:Ofsted|inspectors['’]|monitoring|focused|short|unannounced)\s+)?visit\b(?!\s+(?:by|of|from)\s+(?!Ofsted\b|(?:the\s+)?inspect))/i,
		// The visitors must be the inspectors, named before ("Inspectors said ... since their last visit") or in the words
		// ("since the last Ofsted visit"): councillors' own visit is none. And a home's, a school's, a nursery's or adult
		// care's inspection is theirs, not the council's children's services'.
		unless: /^(?![^]*\b(?:Ofsted|inspectors?|inspectorate|HMI Probation|watchdog)\b[^]*\bsince\b)(?![^]*\bsince\s+(?:an?|the|its|their)\s+(?:earlier|previous|prior|last)\s+(?:Ofsted|inspectors['’])\s+visit)|\b(?:children['’]s homes?|nurser(?:y|ies)|schools?|academ(?:y|ies)|care homes?|adults?|force|prisons?|hospitals?)\b/i,
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['in the building'],
		// "told us Ofsted were in the building", "while the inspectors were in the building": an inspection under way then.
		test: /\b(?:Ofsted|(?:the\s+)?inspectors)\s+(?:were|was|are|is)\s+(?:still\s+|already\s+)?in the building\b/i,
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['not inspected', 'not been inspected', 'n’t inspected', "n't inspected", 'n’t been inspected', "n't been inspected"],
		// "Ofsted has not inspected children's services on the islands since 2012": the last inspection, that year.
		test: /\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:been\s+)?(?:fully\s+)?inspected\b(?=[^.;]{0,80}\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b)/i,
		unless: noInspectorate,
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['inspectors were in', 'inspectors were at', 'ofsted was in', 'ofsted were in', 'team was in', 'team were in'],
		// "Inspectors were in the city in June", "Ofsted was in Stockport last month": the inspectors' stay, when it is dated.
		test: /\b(?:[Ii]nspectors|Ofsted|(?:[Tt]he\s+)?[Ii]nspection team)\s+(?:were|was)\s+(?:in|at)\s+(?:the\s+)?(?:city|county|borough|town|district|area|council|islands?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=(?:in|on|during|between|from|last|this|over|for)\s)/,
		// Other inspectors: the taxman's, the fire service's, a food or building inspector's, a school's.
		// And a named school, hospital or prison visited ("Ofsted inspectors were at Oakfield Primary in March") is theirs.
		unless: /\b(?:[Ff]ire|[Tt]ax|HMRC|[Hh]ealth and safety|[Ff]ood(?: hygiene)?|[Hh]ygiene|[Bb]uilding|[Ss]afety|[Pp]olice|[Pp]risons?|[Ss]chools?|[Ee]nvironmental health|[Tt]icket|[Tt]rading standards|[Gg]as|[Rr]ail|HSE)\s+[Ii]nspectors\b|\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Primary|School|Academy|College|Nursery|Hospital|Infirmary|Prison)\b|\b(?:in|at)\s+HMP\b/,
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['monitoring letter', 'visit letter'],
		// "days after an Ofsted monitoring letter said ...": the letter reports a monitoring visit, made before it.
		test: /\b(?:monitoring|focused visit)\s+letters?\b/i,
		// Only beside the inspectorate, a grade or children's services: a bank's or a regulator's letter to a firm is none.
		unless: /^(?![^]*\b(?:Ofsted|inspectors?|inspectorate|watchdog|children|social (?:care|work)|rated|inadequate|improvement)\b)/i,
	},
];

/**
 * A clause that places its inspection at a time of its own, told against another ("with an unannounced visit the
 * year before", "an unannounced inspection ... that summer"): a separate occasion, not the inspection behind a grade
 * the sentence gives.
 */
const ownOccasion = /\b(?:the|that)\s+(?:year|month|spring|summer|autumn|winter)\s+(?:before|after|earlier)\b|\bthat\s+(?:spring|summer|autumn|winter)\b|\bthe\s+(?:previous|following|preceding)\s+(?:year|month|spring|summer|autumn|winter)\b/i;

/**
 * "joint inspections by Ofsted and the Care Quality Commission this summer", "the inspection carried out last
 * month": a date right after an inspection's words, with no preposition between, is the inspection's (the visit
 * cues of event-cues.ts ask for "in", "on" or "during" first).
 */
/**
 * Another body's inspection: "a short inspection of the council's fire service", "a full inspection of the county's
 * prisons", "a police inspection", "the hospital trust's inspection", "a CQC inspection". Never the visit behind a grade
 * of children's services, however it is dated.
 */
const othersInspection = /\b(?:inspections?|visits?)\s+(?:of|at|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:fire|police|force|prisons?|hospitals?|trusts?|schools?|academ(?:y|ies)|nurser(?:y|ies)|care homes?|custody|adults?|probation|housing)\b|\b(?:police|CQC|Care Quality Commission|hospital|trust['’]s|school|prison|fire|health|HMIC\w*|constabulary)\s+(?:[\w'’-]+\s+){0,2}?inspections?\b/i;

/** A clause that places the council's inspection at a time of its own, not another body's. */
export const ownOccasionOf = (clause: string): boolean => ownOccasion.test(clause) && !othersInspection.test(clause);
/** Whether a clause tells another body's inspection ("a short inspection of the council's fire service the previous year"). */
export const othersInspectionIn = (clause: string): boolean => othersInspection.test(clause);

/**
 * A new subject after the grade (", although a police inspection last month", ", and the county's care homes are
 * awaiting ... an inspection carried out last month"): that clause gives no grade, so its inspection is not the grade's.
 */
const newSubject = /,\s*(?:although|though|while|whereas|but|and)\s+(?!(?:was|were|is|are|has|have|had|then|after|following)\b)/gi;
const gradeWords = /\b(?:rated|rating|judged|graded|found|inadequate|good|outstanding|requires? improvement|requiring improvement)\b/i;
function apartFromGrade(sentence: string, at: number): boolean {
	let from = -1;
	newSubject.lastIndex = 0;
	for (let m = newSubject.exec(sentence); m && m.index < at; m = newSubject.exec(sentence)) from = m.index;
	return from >= 0 && !gradeWords.test(sentence.slice(from));
}

const inspectionJustNamed = /\b(?:inspect(?:ion|ions)|re-?inspections?|(?:monitoring|focused|inspection|Ofsted['’]s?|inspectors['’]) visits?)\b(?:,?\s+(?:held|carried out|conducted|undertaken))?(?:\s+by\s+[^.;,]{1,60}?)?\s+$/i;
export const inspectionDatedThen = (sentence: string, d: {start: number; text: string}): boolean => {
	if (!/^(?:this|last)\s/i.test(d.text)) return false;
	const before = sentence.slice(Math.max(0, d.start - 90), d.start);
	return inspectionJustNamed.test(before) && !othersInspection.test(before) && !apartFromGrade(sentence, d.start);
};
