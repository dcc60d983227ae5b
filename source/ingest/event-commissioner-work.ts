/**
 * The work a commissioner is set, told without the word "commissioner" in the clause: "Her first job is to produce an
 * assessment ..., which she must hand to the minister by the end of April", "will carry out a three-month assessment
 * of whether children's social care should be run by someone else", "giving her until the end of June to decide
 * whether the borough can be trusted". Read by event-short-references.ts only where the story has just told of a
 * commissioner (or, for a report handed to a minister, names one anywhere): a council's own review, an auditor's or a
 * school's is no commissioner's. They describe how papers tell this work, never a particular article.
 */

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A report, assessment or verdict handed to a minister. */
const toMinister = /\b(?:hand|hands|handing|handed|give|gives|giving|given|deliver|delivers|delivering|delivered|present|presents|presenting|presented|submit|submits|submitting|submitted|send|sends|sending|sent|go|goes|going)\s+(?:it\s+|them\s+|this\s+)?to\s+(?:the\s+)?(?:children['’]s\s+|education\s+)?(?:minister|ministers|secretary of state|education secretary)\b/i;
/** What toMinister cannot match without (every alternative of its last group ends in one). */
const ministerNamed = /minister|secretary/i;
/** What reviewOfWhether and decideWhether cannot match without. */
const whetherNamed = /whether/i;
/** What pronounVerdict cannot match without. */
const verdictVerb = /recommended|concluded|advised/i;
const reportNoun = /\b(?:assessment|report|review|recommendations|findings|verdict)\b/i;
/** "will carry out a three-month assessment of whether", "to produce a review of whether". */
const reviewOfWhether = /\b(?:carry out|carries out|carrying out|conduct|conducts|conducting|undertake|undertakes|undertaking|lead|leads|leading|produce|produces|producing|prepare|write|draw up|complete)\s+(?:an?|her|his|their|the)\s+(?:[\w-]+\s+){0,2}?(?:assessment|review|report)\s+(?:of|on|into)\s+whether\b/i;
/** "until the end of June to decide whether": a deadline for a verdict. */
const untilToDecide = new RegExp(String.raw`\buntil\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:${month}|the (?:spring|summer|autumn|winter)|Christmas|the new year)\b[^.;]{0,20}?\bto\s+(?:decide|assess|judge|determine)\s+(?:whether|if)\b`, 'i');
/** What untilToDecide cannot match without. */
const untilNamed = /until/i;
/** "He will decide by the autumn whether the service should remain with the council": a verdict to come. */
const decideWhether = /\b(?:will|must|is to|are to|has to|is due to|is expected to)\s+(?:then\s+)?(?:decide|determine|recommend|advise|judge|assess)\b[^.;]{0,40}?\bwhether\b/i;
/** "A commissioner was appointed in 2014, and the following year he recommended that ...": the verdict given. */
const pronounVerdict = /\b(?:he|she|they)\s+(?:then\s+|later\s+|subsequently\s+|duly\s+)?(?:recommended|concluded|advised)\s+(?:that|the\s+(?:council|department|minister|ministers|government|DfE|secretary of state|education secretary))\b/i;
/** The council's own work, whoever reads it: "the council will send its report to the minister". */
const councilsOwn = /\b(?:the|its|their)\s+(?:council|authority|cabinet|committee|scrutiny)['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:report|review|assessment)\b|\b(?:council|authority|cabinet|committee|councillors|members)\s+(?:will|must|is to|are to|has to|have to|agreed to)\s+(?:then\s+)?(?:send|submit|hand|give|present|decide|determine|recommend|assess|judge|advise)\b/i;

/**
 * Another body that decides, assesses or reports: the Crown Prosecution Service, Ofsted, a coroner, a court, a minister,
 * auditors, a committee or its chairman. Named nearer the verb than the commissioner, it is the one acting.
 */
const otherActor = /\b(?:Ofsted|inspectors?|inspectorate|CPS|Crown Prosecution|court|coroner|inquest|ministers?|secretary of state|(?:education|health) secretary|auditors?|consultants?|committee|panel|chair(?:man|woman)?|governors|trust|police|MPs?|club|owners?|councillors|officers|leader|campaigners|parents|carers|ombudsman|peer review)\b/gi;
const commissionerSide = /\b(?:commissioner|adviser|she|he|they|her|his|their)\b/gi;
const lastIndex = (re: RegExp, text: string) => {
	let at = -1;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
	return at;
};
/**
 * Whether the commissioner is the one who acts at `at` of the sentence: no other body named after the last mention of
 * the commissioner (or a pronoun for them), and no one else's report of what they would do ("the cabinet member said
 * she would report back").
 */
export function commissionerActs(sentence: string, at: number): boolean {
	const before = sentence.slice(0, at);
	const said = /\b(?:said|says|told|added)\b/i.exec(before);
	if (said && !/\b(?:commissioner|adviser)\b/i.test(before.slice(0, said.index))) return false;
	return lastIndex(otherActor, before) < lastIndex(commissionerSide, before) || lastIndex(otherActor, before) < 0;
}

/** The report handed on is the commissioner's: "her assessment", "which she must hand", not a council's or a review's. */
const theirReport = /\b(?:her|his|their|the commissioner['’]s|the adviser['’]s)\s+(?!own\b)(?:[\w-]+\s+){0,2}?(?:assessment|report|review|recommendations|findings|verdict)\b|\b(?:which|that)\s+(?:she|he|they)\b|\b(?:she|he|they)\s+(?:must|will|is to|are to|has to|have to|should|is due to|is expected to)\s+(?:then\s+)?(?:hand|give|deliver|present|submit|send)\b/i;

/**
 * Where a clause tells a commissioner's work, and whether it is handed to a minister (a kind of report only a commissioner
 * or an adviser gives, told anywhere in a story about one). Null where it tells none.
 */
export function commissionerWork(clause: string): {index: number; toMinister: boolean} | null {
	// The council's own work tells none: asked only of a clause that tells some (most clauses tell none).
	// (Each pattern only where a word it cannot match without is in the clause: a minister, "whether", the verdict's verb.)
	const handed = ministerNamed.test(clause) ? toMinister.exec(clause) : null;
	if (handed && reportNoun.test(clause)) return !councilsOwn.test(clause) && theirReport.test(clause) && commissionerActs(clause, handed.index) ? {index: handed.index, toMinister: true} : null;
	const whether = whetherNamed.test(clause);
	const m = (whether ? reviewOfWhether.exec(clause) : null) ?? (untilNamed.test(clause) ? untilToDecide.exec(clause) : null) ?? (whether ? decideWhether.exec(clause) : null) ?? (verdictVerb.test(clause) ? pronounVerdict.exec(clause) : null);
	return m && !councilsOwn.test(clause) && commissionerActs(clause, m.index) ? {index: m.index, toMinister: false} : null;
}

/**
 * Words (lower case) of which a clause lower-cased must hold one for `commissionerWork` to find anything: each of its
 * patterns is tried only where its own words are (ministerNamed, whetherNamed, untilNamed, verdictVerb above; keep
 * this list with them).
 */
export const commissionerWorkNeeds = ['minister', 'secretary', 'whether', 'until', 'recommended', 'concluded', 'advised'];

/** Words one of which a sentence must hold for `commissionerWork` to find anything there (lower case). */
export const commissionerWorkWords = [
	'to the minister', 'to ministers', 'to the secretary of state', 'to the education secretary', "to the children's minister", 'to the children’s minister',
	'of whether', 'on whether', 'into whether', 'decide whether', 'decide if', 'decide by', 'decide before', 'determine whether', 'determine if',
	'recommend whether', 'advise whether', 'assess whether', 'assess if', 'judge whether', 'he recommended', 'she recommended', 'they recommended',
	'he concluded', 'she concluded', 'he advised', 'she advised',
];
