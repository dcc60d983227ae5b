/**
 * Judgements told with verbs and frames the main rules do not read.
 *
 * "Inspectors found Dorset's services good.", "An inspection in 2021 found the service good.": an inspectorate that
 * finds a service a grade gives it, quoted or not. A bare "good" or "outstanding" is a common word, so it is read as
 * the grade only in this frame: the inspection, its report or its inspectors find, the thing found is a service as a
 * whole (its last word "service(s)", "social care", "department", "provision", or "services for children"), and the grade closes it ("good at
 * listening", "good in places", "good practice" are praise of a part, no grade). "found ... inadequate" needs no such
 * frame: that word is a grade wherever it stands.
 *
 * "were condemned as inadequate", "classed as inadequate", "assessed as performing well", "considered good",
 * "categorised as requires improvement", "slipped to requires improvement", "scored an inadequate", "a good verdict":
 * newsrooms' other verbs of grading, read only with a service, a council or a pronoun as their subject and the grade
 * right after them ("Staff morale was considered good" is no grade of the council).
 *
 * "Its children's services have been inadequate since 2016", "The service, inadequate since 2016, is now good": a
 * grade held since a year (given then), told with no verb of grading at all.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {findingNotMade, giverIsInspectorate, gradedByOther, namesChildrensServices} from './event-found-grade-guards.js';
import {anyWord} from './word-set.js';

const finder = String.raw`\b(?:inspection|re-?inspection|inspectors|Ofsted|(?:the|its|their|Ofsted['’]s) report|watchdog|inspectorate)\b[^.;]{0,60}?\b(?:found|finds|find)\s+`;
// ("Inspectors found Barnsley's services for children good": a service named by whom it serves ends with them.)
const thing = String.raw`(?:[\w'’-]+\s+){0,8}?(?:services?(?:\s+for\s+(?:vulnerable\s+)?children(?:\s+and\s+(?:young people|families|their families))?)?|social care|department|provision)\s+`;
const closes = String.raw`(?!\s+(?:at|for|to|in (?:places|parts|some|many|most)|practice|work|progress|news|value|relationships)\b)(?=\s*['’"”]?\s*(?:[.,;:!)]|$|overall\b|and\b|but\b|with\b|across\b|by\b|after\b|following\b|in (?:all|every|each)\b|in (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b))`;

/** A service, a council or a pronoun standing for one, then the passive's auxiliary. */
// (The word before the auxiliary is checked after the match: a council's name is capitalised, the patterns are not case-sensitive.)
const subject = String.raw`\b([\w'’-]+)\s+(?:(?:had|has|have)\s+)?(?:was|were|is|are|been|being)\s+(?:(?:also|again|now|once again|officially|previously|subsequently|then)\s+)?`;
const gradingVerb = String.raw`(?:condemned|classed|classified|slammed|assessed|considered|categori[sz]ed|criticised|criticized|marked (?:down|up))\s+(?:as\s+|to be\s+|to\s+)?`;
const grade = (word: string) => String.raw`['‘"“]?(?:${word})\b`;
const anyGrade = 'inadequate|requires? improvement|requiring improvement|good|outstanding|adequate|performing (?:poorly|well|adequately|excellently)';

const passive = new RegExp(subject + gradingVerb + grade(anyGrade) + closes, 'gi');
/** The verb and grade every match of passive holds, found without trying a subject at each word first. */
const passiveCore = new RegExp(gradingVerb + grade(anyGrade), 'i');
/** "slipped to requires improvement", "fell to inadequate": a fall into a grade (rises are read by the main rules). */
const fallCore = String.raw`(?:slipped|fell|fallen|dropped|sank|sunk|slumped|plunged|tumbled)\s+(?:back\s+)?(?:down\s+)?to\s+${grade('inadequate|requires? improvement')}`;
const fellTo = new RegExp(String.raw`\b([\w'’-]+)\s+(?:(?:has|have|had)\s+)?${fallCore}${closes}`, 'gi');
const fellCore = new RegExp(fallCore, 'i');
const scored = new RegExp(String.raw`\bscored\s+(?:an?\s+|the\s+)?${grade(anyGrade)}${closes}`, 'i');

/** "Its children's services have been inadequate since 2016", "The service, inadequate since 2016, is now good": a grade held since a year, given then. */
const heldCore = String.raw`(?:has|have|had)\s+been\s+${grade('inadequate|requires? improvement|good|outstanding')}['’"”]?\s+(?:ever\s+)?since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b`;
const heldSince = new RegExp(String.raw`\b([\w'’-]+)\s+${heldCore}`, 'gi');
const heldSinceCore = new RegExp(heldCore, 'i');
const asideSince = /\b(?:services?|social care|department),\s*['‘"“]?(?:inadequate|requires? improvement|good|outstanding)['’"”]?\s+since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\s*,/i;

const passiveWords = ['condemned', 'classed', 'classified', 'slammed', 'assessed', 'considered', 'categorised', 'categorized', 'criticised', 'criticized', 'marked'];
const fallWords = ['slipped', 'fell', 'fallen', 'dropped', 'sank', 'sunk', 'slumped', 'plunged', 'tumbled'];
/** Words of which a lower-cased sentence holds one wherever these frames match: most hold none. */
const verbWords = ['since', 'condemned', 'classed', 'classified', 'slammed', 'assessed', 'considered', 'categorised', 'categorized', 'criticised', 'criticized', 'marked', 'slipped', 'fell', 'fallen', 'dropped', 'sank', 'sunk', 'slumped', 'plunged', 'tumbled', 'scored'];
const hasVerbWord = anyWord(verbWords);
const hasPassiveWord = anyWord(passiveWords);
const hasFallWord = anyWord(fallWords);

/** Whether the sentence grades with one of the verbs the main judging words lack. */
export function gradedByOtherVerb(sentence: string, lowered: string): boolean {
	if (!hasVerbWord(lowered)) return false;
	// Each frame only where its own verb is in the sentence ("since" is common; the others are rare).
	return (
		(hasPassiveWord(lowered) && passiveCore.test(sentence) && subjectMatch(passive, sentence)) ||
		(hasFallWord(lowered) && fellCore.test(sentence) && subjectMatch(fellTo, sentence)) ||
		(lowered.includes('scored') && scored.test(sentence)) ||
		(lowered.includes('since') && ((lowered.includes('been') && heldSinceCore.test(sentence) && subjectMatch(heldSince, sentence)) || asideSince.test(sentence)))
	);
}

/** A service, a council or a pronoun standing for one: a name (capitalised, not the sentence's first word) or a service's word. */
const serviceSubject = /^(?:services?|care|children|department|provision|council|authority|it|they)$/i;
function subjectOk(text: string, word: string, at: number): boolean {
	if (serviceSubject.test(word)) return true;
	if (!/^[A-Z]/.test(word)) return false;
	// A capitalised word inside the sentence is a name; the sentence's first word only when it names a council ("Morale was ...").
	return at > 0 ? /\S/.test(text.slice(0, at)) && !/[.!?]\s*$/.test(text.slice(0, at)) : findAuthorityMentions(text.slice(0, word.length + 12)).some((m) => m.start === 0);
}

/**
 * Whether a pattern whose first group is the subject's last word matches with a subject that is a service or a council:
 * a service named as a council's children's services (not "Wigan's adult social care"), and graded by no one but an
 * inspectorate of them (not "condemned as inadequate by opposition councillors").
 */
function subjectMatch(re: RegExp, text: string): boolean {
	re.lastIndex = 0;
	for (const m of text.matchAll(re)) {
		const word = m[1]!.replace(/['’]s$/, '');
		if (!subjectOk(text, word, m.index) || opinionBefore(text.slice(0, m.index), text)) continue;
		// (A name or a pronoun stands for the council; a service's word is read with the words that name the service.)
		if (/^(?:services?|care|children|department|provision)$/i.test(word) && !namesChildrensServices(text.slice(0, m.index + m[1]!.length))) continue;
		if (gradedByOther(text.slice(m.index + m[0].length))) continue;
		return true;
	}
	return false;
}

/** "Parents said the service was considered good": someone's opinion told, with no inspectorate in the sentence. */
const opinion = /\b(?:said|says|say|told|tells|believe[sd]?|think|thinks|thought|felt|feel|feels|claim(?:s|ed)?|argue[sd]?|insist(?:s|ed)?)\b/i;
const inspectorate = /\b(?:Ofsted|inspectors?|inspection|inspectorate|watchdog|report)\b/i;
export function opinionBefore(before: string, sentence: string): boolean {
	return opinion.test(before) && !inspectorate.test(sentence);
}

const cache = new Map<string, RegExp>();
const verbCache = new Map<string, RegExp>();
/** The verb and grade every match of a word's passive holds, tried before the subject at each word. */
const verbCoreCache = new Map<string, RegExp>();

/** Whether the clause gives the bare word (`good` or `outstanding`) as a grade in one of the frames above. */
export function foundGrade(clause: string, word: 'good' | 'outstanding'): boolean {
	let re = cache.get(word);
	if (!re) {
		re = new RegExp(`\\bscored\\s+(?:an?\\s+|the\\s+)?${grade(word)}${closes}`, 'i');
		cache.set(word, re);
	}
	let verbs = verbCache.get(word);
	if (!verbs) verbCache.set(word, (verbs = new RegExp(subject + gradingVerb + grade(word) + closes, 'gi')));
	let verbsCore = verbCoreCache.get(word);
	if (!verbsCore) verbCoreCache.set(word, (verbsCore = new RegExp(gradingVerb + grade(word), 'i')));
	// Each frame only where its own word is in the clause: a bare "good" is common, the frames' patterns are not cheap.
	const lowered = clause.toLowerCase();
	return (
		(lowered.includes('scored') && re.test(clause)) ||
		(lowered.includes('find') || lowered.includes('found') ? foundByInspectors(clause, word) : false) ||
		(lowered.includes('verdict') && goodVerdict(clause, word)) ||
		(hasPassiveWord(lowered) && verbsCore.test(clause) && subjectMatch(verbs, clause)) ||
		(clause.includes('since') && ((heldSinceCore.test(clause) && subjectMatch(heldSince, clause)) || asideSince.test(clause)))
	);
}

const foundCache = new Map<string, RegExp>();
/** "Inspectors found Wigan's services good": the thing found named as a council's children's services. */
function foundByInspectors(clause: string, word: string): boolean {
	let re = foundCache.get(word);
	if (!re) foundCache.set(word, (re = new RegExp(`${finder}(${thing})(?:to be\\s+|as\\s+)?${word}\\b${closes}`, 'gid')));
	re.lastIndex = 0;
	for (const m of clause.matchAll(re)) {
		const after = clause.slice(m.index + m[0].length);
		if (!namesChildrensServices(m[1]!) || otherBodysForChildren(m[1]!) || gradedByOther(after)) continue;
		// (Denied, to come, hoped for or someone's claim: no finding made.)
		if (findingNotMade(clause.slice(0, m.index), clause.slice(m.index, m.indices![1]![0]), after)) continue;
		return true;
	}
	return false;
}

/** "the school's services for children", "the force's services for children": another body's work for children, not the council's. */
function otherBodysForChildren(thing: string): boolean {
	return /\bfor\s+(?:vulnerable\s+)?children\b/i.test(thing) && /\b(?:school|academy|nursery|college|home|hospital|police|force|trust|charity|NHS|health)(?:['’]s|s['’])?\s+(?:[\w-]+\s+){0,2}services?\s+for\b/i.test(thing);
}

/**
 * "were given a good verdict", "received a good verdict", "Ofsted gave the service a good verdict": a verdict is a
 * grade only when it is given to the council's children's services, by an inspectorate of them where the giver is
 * named ("Campaigners gave ... a good verdict", "The judge delivered a good verdict for the family" are none).
 */
const verdictCache = new Map<string, RegExp>();
function goodVerdict(clause: string, word: string): boolean {
	let re = verdictCache.get(word);
	if (!re) verdictCache.set(word, (re = new RegExp(`\\b(?:an?|the|its|their)\\s+['‘"“]?${word}['’"”]?\\s+verdict\\b`, 'i')));
	const verdict = re.exec(clause);
	if (!verdict || gradedByOther(clause.slice(verdict.index + verdict[0].length))) return false;
	const before = clause.slice(0, verdict.index);
	const received = /\b([\w'’-]+)\s+(?:(?:had|has|have)\s+)?(?:(?:was|were|been|is|are)\s+(?:given|handed|awarded)|received|won|earned|got|secured|gained)\s+$/i.exec(before);
	if (received) return subjectAccepted(before, received);
	const given = /^(.*?)\s+(?:gave|give|gives|handed|hands|awarded|awards|delivered|delivers)\s+(.+?)\s*$/i.exec(before);
	return given !== null && giverIsInspectorate(given[1]!.replace(/^.*[,;:]\s*/, '')) && namesChildrensServices(given[2]!);
}

/** Whether the receiver before "received a good verdict" is the council's children's services, a council or a pronoun. */
function subjectAccepted(before: string, received: RegExpExecArray): boolean {
	const word = received[1]!.replace(/['’]s$/, '');
	if (!subjectOk(before, word, received.index)) return false;
	return !/^(?:services?|care|children|department|provision)$/i.test(word) || namesChildrensServices(before.slice(0, received.index + received[1]!.length));
}
