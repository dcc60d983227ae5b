/**
 * Whose grade a run of grades repeats ("rated inadequate again", "retained its good rating"). The run's earlier grade is
 * history of the council's children's services only: a hospital, school, police force or care provider keeping its
 * grade, another council's run, and a run denied, claimed, predicted or supposed tell no earlier grade of the council's.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import type {RawEvent} from './event-types.js';

/** Another organisation as the clause's subject: its grade is its own, whatever the rules' reading gave it. */
export const otherBody = /\b(?:infirmary|hospitals?|hospice|police|constabulary|colleges?|schools?|academy|academies|nurser(?:y|ies)|universit(?:y|ies)|care homes?|(?:NHS|health|hospital|foundation|academy|multi-academy) trusts?|prisons?|clubs?|agency|partners?|adults?['’]? (?:social care|services?)|adult social care|GP|surgery|practice|league|fire (?:and rescue )?service|restaurants?|pubs?|shops?|landlords?|firms?|compan(?:y|ies)|business(?:es)?|football)\b/i;
/** Another inspectorate's grade (unless Ofsted's is named too, as in a joint SEND inspection). */
export const otherInspectorate = /\b(?:CQC|Care Quality Commission|police inspectorate|HMICFRS|HM Inspectorate of (?:Constabulary|Prisons|Probation)|auditors?)\b/i;
export const childrens = /\bchildren['’]?s?\s+(?:services?|social care|social services)\b/i;
/** Words that make the run not a grade given: denied, claimed, predicted, expected, supposed, asked. */
const notGiven = /\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|disput(?:es|ed|ing)|refut(?:es|ed|ing)|rejected (?:claims|suggestions|reports)|claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|predict(?:s|ed|ing|ion)?|expect(?:s|ed|ing)?|forecast(?:s|ed)?|likely|tipped|set to|if|unless|whether|could|may|might|would)\b/i;

/** Whether the run at `at` (an index into `sentence`) repeats a grade of `template`'s council's children's services. */
export function runIsOurs(sentence: string, at: number, template: RawEvent): boolean {
	if (template.service === 'school' || template.service === 'other') return false;
	const before = sentence.slice(0, at);
	if (sentence.trim().endsWith('?') || notGiven.test(before)) return false;
	// The run's own clause: from the last clause break before the grade to the next after it.
	const breaks = [...before.matchAll(/;|,\s+(?:and|but|while|whereas)\s+|\.\s/g)];
	const from = breaks.length ? breaks[breaks.length - 1]!.index! + breaks[breaks.length - 1]![0].length : 0;
	const after = /[;,.]/.exec(sentence.slice(at));
	const clause = sentence.slice(from, after ? at + after.index : sentence.length);
	const subject = sentence.slice(from, at);
	if (otherBody.test(subject) && !childrens.test(subject)) return false;
	if (otherInspectorate.test(clause) && !/\bOfsted\b/.test(clause)) return false;
	// "Bolton's children's services were rated inadequate again, Wigan's director noted": the council named last before
	// the grade is whose grade it is.
	const named = findAuthorityMentions(before).filter((m) => m.start >= from);
	const last = named[named.length - 1];
	return !last || !template.authority || last.name === template.authority;
}
