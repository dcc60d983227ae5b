/**
 * When a probation headline comment ("needs drastic improvement", "requires only moderate improvement", "above
 * average in all three areas") is a youth offending service's grade. The comment grades only what the probation
 * inspectorate judged: a youth offending service or an area of its work, said by that inspectorate (or by no one
 * else), stated rather than denied or wished, and the service's one comment. The same words of another body's work
 * (adult probation, a prison, a building, roads, exam results), told by someone else (a council's own audit, a
 * manager, Ofsted), denied ("did not find that"), wished ("must never again need"), or split between areas that got
 * different comments, are no grade of the service. Read on the whole sentence: its teller is often a clause apart.
 */
import {probationGradeWords} from './event-probation-grades.js';

/** The probation inspectorate, its inspectors or its inspection: who may tell its comment. */
const inspectorate = /\b(?:(?:HM |His Majesty['’]s |Her Majesty['’]s )?Inspectorate of Probation|HMI Probation|probation (?:inspectorate|inspectors?|watchdog)|chief inspector of probation|core case inspections?)\b/i;
/** An inspection's own words with nothing to say whose: "the report", "inspectors", "the inspection". */
// ("Separate reports for Rutland and Kingston found": the head noun is the inspection's; "the highways report" is another's.)
const bareInspection = /^(?:(?:the|its|their|this|that|a|an|separate|both|two|three|latest|new|follow-up|full)\s+)*(?:inspection(?: report)?s?|re-?inspections?|inspectors|reports?|watchdog)\b/i;

/** A youth offending service, by name or as "the team", "it". */
const service = /\b(?:youth offending|youth justice|YOTs?|YOS)\b/i;
const bareService = /^(?:(?:the|its|their|this|that)\s+)?(?:team|service|it|they)$/i;
/** An area of the service's work the inspectorate commented on ("work to reduce reoffending", "all three areas"). */
const area = /\b(?:areas?|work|safeguarding|public protection|risk(?: of harm)?|reoffending|management|practice|assessments?|interventions?)\b/i;
/** A possessive before the area: whose work it is ("the Probation Service's work"), another's unless the service's. */
const possessive = /([\w-]+)['’]s\b/g;

/** Verbs that tell: the teller stands before them ("the council's own audit found") or after ("said a spokesman"). */
const tellerBefore = /([^,;:.!?]*?)\s*\b(?:has\s+|have\s+|had\s+)?(?:said|says|found|finds|concluded|concludes|reported|judged|showed|warned|told|revealed)\b/gi;
const tellerAfter = /(?:^|[,;:]\s*|['’"”]\s*)(?:said|says|according to)\s+([^,;:.!?]+)/gi;
/** A finding denied: "did not find that", "has never said". */
const deniedTelling = /\b(?:(?:did|does|do|has|have|had)\s+not|didn['’]t|doesn['’]t|hasn['’]t|haven['’]t|never)\s+(?:(?:ever|yet)\s+)?(?:find|found|say|said|conclude|concluded|judge|judged)\b/i;
/** Words that make the need a wish, a rule or a denial rather than a finding: "must never again need". */
const notStated = /\b(?:not|never|no longer|must|should|could|would|will|may|might|shall|if|unless|hope|hopes|hoped)\b|n['’]t\b/i;

/** The words that open the clause the comment stands in, up to its verb of need. */
const clauseStart = /(?:^|[,;:]\s*|\b(?:that|which|who|where|while|whereas|but|and|said|says|found|finds|judged|judges|concluded|after|because|as)\s+)((?:(?![,;:]|\b(?:that|which|who|where|while|whereas|but|and|said|says|found|finds|judged|judges|concluded|after|because|as)\b)[^])*)$/i;
const needVerb = /\b(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing)|in need of)\s+(?:(?:only|just|a|some|further)\s+)?['‘"“]?$/i;

/** Whether the words before the verb of need are the service or an area of its work, not another body or thing. */
function subjectIsService(before: string): boolean {
	const verb = needVerb.exec(before);
	// "drastic improvement required", "above average in all three areas": the comment comes first; its object is the service's.
	if (!verb) return true;
	const subject = (clauseStart.exec(before.slice(0, verb.index))?.[1] ?? '').replace(/\b(?:now|again|also|still|only|to)\b/gi, ' ').replace(/\s+/g, ' ').trim();
	if (service.test(subject) || bareService.test(subject)) return true;
	if (!area.test(subject)) return false;
	for (const m of subject.matchAll(possessive)) if (!/^(?:team|service|YOT|YOS)$/.test(m[1]!) && !isPlace(m[1]!)) return false;
	return true;
}

/** A possessive that is a place's ("Derby's work"), not another body's ("the Probation Service's work"): one capitalised word not a body's noun. */
function isPlace(word: string): boolean {
	return /^[A-Z][a-z-]+$/.test(word) && !/^(?:Service|Prison|Trust|Board|Department|Office|Ofsted|Council|Authority)$/.test(word);
}

/** Whether everyone who tells the sentence's finding is the probation inspectorate or its inspection. */
function toldByInspectorate(sentence: string): boolean {
	if (deniedTelling.test(sentence)) return false;
	for (const m of sentence.matchAll(tellerBefore)) {
		const who = m[1]!.replace(/^\s*(?:that|and|but|while|whereas|which|as)\s+/i, '').replace(/^(?:in|on|by)\s+(?:19|20)\d\d\s+/i, '').replace(/^(?:now|then|today)\s+/i, '').trim();
		// (A passive's subject is the one told or found, not the teller: "the team was told it needs ...".)
		if (who === '' || inspectorate.test(who) || bareInspection.test(who) || /\b(?:was|were|been|is|are|being)$/i.test(who)) continue;
		return false;
	}
	for (const m of sentence.matchAll(tellerAfter)) if (!inspectorate.test(m[1]!) && !bareInspection.test(m[1]!.trim())) return false;
	return true;
}

/**
 * Whether the sentence's probation comments stand as the youth offending service's grade: each given to the service
 * or an area of its work, stated, told by the inspectorate or by no one, and all the same grade.
 */
export function probationCommentsStand(sentence: string): boolean {
	const found: {rating: string; index: number}[] = [];
	for (const [re, rating] of probationGradeWords) for (const m of sentence.matchAll(new RegExp(re.source, 'gi'))) found.push({rating, index: m.index});
	if (found.length === 0) return true;
	if (new Set(found.map((f) => f.rating)).size > 1) return false;
	if (!toldByInspectorate(sentence)) return false;
	return found.every((f) => {
		const before = sentence.slice(0, f.index);
		const verb = needVerb.exec(before);
		const own = verb ? (clauseStart.exec(before.slice(0, verb.index))?.[1] ?? '') : '';
		return subjectIsService(before) && !notStated.test(own);
	});
}

/** Whether a grade found at `index` of `clause` is a probation comment ("drastic improvement", "above average"). */
export function isProbationComment(clause: string, index: number): boolean {
	return /^(?:minimum|moderate|drastic)\s+improvement\b|^above\b/i.test(clause.slice(index, index + 24));
}
