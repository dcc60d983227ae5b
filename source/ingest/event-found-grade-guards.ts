/**
 * What the grading verbs and frames of event-found-grade.ts need beyond their words: the thing graded is a council's
 * children's services, and whoever grades it is an inspectorate of those services.
 *
 * "found Wigan's adult social care services good", "Wigan's maternity services were given a good verdict": the same
 * frames grade other services (adults', housing, libraries, police, hospitals), which no children's services event
 * tells. "were condemned as inadequate by opposition councillors", "considered good by the former director",
 * "Campaigners gave ... a good verdict", "a good verdict for the family" (a court's): a verdict of someone who does not
 * inspect, no grade. Stated in general terms (the words a children's service is named with, the bodies that inspect
 * one), never of particular sentences.
 */

/** Words a council's children's services are named with, after a determiner or a possessive ("the council's social care department"). */
const childrensWord = /^(?:children['’]s|children|child|young|people(?:['’]s)?|youth|justice|offending|social|care|work|services?|department|directorate|provision|safeguarding|family|families|early|help|fostering|adoption|SEND|special|educational|education|needs|and|for|vulnerable|looked-after|protection|in|its|their)$/i;
/** Where the name of the thing starts: a determiner or a possessive ("Wigan's", "the council's", "children's"). */
const opener = /^(?:the|its|their|his|her|this|that|these|those|a|an)$|['’]s$/i;

/**
 * Whether the words ending at the thing's head name a council's children's services: every word after the last
 * determiner or possessive is one a children's service is named with ("Wigan's children's services", "the service",
 * "the council's services for children"; not "Wigan's adult social care", "Wigan's library services").
 */
export function namesChildrensServices(words: string): boolean {
	const tokens = words.trim().split(/\s+/).filter(Boolean).map((t) => t.replace(/^[‘'"“(]+/, '').replace(/[,;:’'"”)]+$/, ''));
	for (let i = tokens.length - 1; i >= 0; i--) {
		const t = tokens[i]!;
		// The name opens after a determiner or a possessive ("Wigan's", "the council's"; "children's" opens it too, the
		// service named after it).
		if (opener.test(t)) return i < tokens.length - 1 || childrensWord.test(t);
		if (childrensWord.test(t)) continue;
		// Before the name without a determiner: a year, a clause's word ("Three years later services ..."), or a place's
		// name inside the sentence ("Wigan children's services"). A lower-case word, or a capitalised one opening the
		// sentence ("Adult social care"), names another service.
		if (/^(?:\d+|later|then|now|also|since|until|when|after|before|and|but|in|on|by|that|which|where|found|finds|said|says)$/i.test(t) && i > 0) return true;
		return /^[A-Z]/.test(t) && i > 0;
	}
	return true;
}

/**
 * Bodies that inspect a council's children's services: Ofsted, its inspectors and reports, the older inspectorates
 * (CSCI, the Audit Commission's assessments), and the probation inspectorate for youth justice. An inspectorate named
 * of another field ("HM Inspectorate of Constabulary") is another's; the Care Quality Commission inspects health and adults.
 */
const childrensInspectorate = /^(?:(?:the|its|their|government|independent|Ofsted|HM|His Majesty['’]s|Her Majesty['’]s)\s+)*(?:Ofsted|inspectors?|inspection(?: team| report)?|re-?inspection|report|watchdog|inspectorate(?!\s+of\s+(?!Probation\b)\w)|Inspectorate of Probation|HMI Probation|probation inspectors|Commission for Social Care Inspection|CSCI|Audit Commission|joint area review)\b/i;

/** Whether the words after a grade name an agent ("by opposition councillors") that is not an inspectorate of children's services. */
export function gradedByOther(after: string): boolean {
	const by = /^\W*by\s+(.{1,80})/i.exec(after);
	return by !== null && !childrensInspectorate.test(by[1]!.trim());
}

/** Whether a giver named as the subject of "gave ... a good verdict" ("Campaigners gave", "The judge delivered") is an inspectorate. */
export function giverIsInspectorate(giver: string): boolean {
	return childrensInspectorate.test(giver.trim());
}

/**
 * A finding the inspectorate has made and the article tells as made: not one denied ("did not find ... good"), not one
 * still to come or only wished for ("will find", "hopes inspectors find"), and not someone's claim of what it found
 * ("..., a leaked draft claimed"). `before`: the clause up to the finder; `finding`: the finder's words through
 * "find"; `after`: the clause after the grade.
 */
export function findingNotMade(before: string, finding: string, after: string): boolean {
	if (/\b(?:not|never|no longer)\s+(?:yet\s+|ever\s+|always\s+)?(?:find|finds|found)\s*$|n['’]t\s+(?:yet\s+)?(?:find|found)\s*$|\bfail(?:s|ed)?\s+to\s+find\s*$/i.test(finding)) return true;
	// The bare "find" after a modal or "to" is a finding to come ("Inspectors find X good", a headline's present, stands).
	if (/\b(?:will|would|shall|should|could|can|may|might|must|to)\s+(?:\w+\s+){0,2}?find\s*$/i.test(finding)) return true;
	if (/\b(?:hope[sd]?|hoping|want(?:s|ed)?|aim(?:s|ed|ing)?|expect(?:s|ing)?|predict(?:s|ed|ing)?|if|unless|whether)\b/i.test(before)) return true;
	return /\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|purport(?:s|ed|ing)?)\b/i.test(before) || /^[^.;]*?\b(?:claim(?:s|ed)?|alleg(?:es|ed)|purport(?:s|ed)?)\b/i.test(after);
}
