/**
 * Which service a grade is given to, told by the thing graded just before it: "a secondary academy has been rated
 * inadequate", "a second home was rated 'inadequate'", "the probation inspectorate rated its youth justice service
 * inadequate", "the youth justice service requires improvement". The subject decides over words elsewhere in the
 * sentence ("for the quality of its leadership and safeguarding"): those say what was judged, not whose grade it is.
 * Also the inspections that grade no single service: a joint targeted area inspection (of how agencies work together),
 * and a report of the probation inspectorate alone, which inspects youth justice.
 */
import type {InspectedService} from '../corpus/schema.js';

type Subject = {service: InspectedService; inspectorate: string | null};

// ("school improvement" is a council's service to schools, not a school.)
// Each subject's pattern is tried only where the lower-cased window holds one of its words.
const subjects: readonly [RegExp, Subject, readonly string[]][] = [
	[/\b(?:school(?!\s+improvement\b)|academy|nursery|pupil referral unit)\b/gi, {service: 'school', inspectorate: null}, ['school', 'academy', 'nursery', 'pupil referral']],
	[/\b(?:children['’]s homes?|short[- ]breaks? (?:home|unit|centre)s?|respite (?:home|unit|centre)s?|residential (?:home|unit|setting)s?|secure (?:children['’]s home|unit)s?|(?:the|a|this|that|one|another|second|third|first|fourth|remaining|other|its|their|council['’]s|[\w-]+-run)\s+(?:[\w-]+\s+){0,2}?homes?)\b/gi, {service: 'other', inspectorate: null}, ['home']],
	[/\b(?:youth offending (?:team|service)s?|youth justice (?:service|partnership|team)s?|YOTs?|YOS)\b/g, {service: 'youth justice', inspectorate: 'HM Inspectorate of Probation'}, ['youth', 'yot', 'yos']],
	[/\b(?:fostering|adoption) (?:service|agency|agencies)\b/gi, {service: 'other', inspectorate: null}, ['fostering', 'adoption']],
	// A council's support for its schools, inspected by Ofsted from 2013 ("its support for struggling schools as 'ineffective'").
	[/\b(?:school improvement|support (?:for|to) (?:(?:struggling|maintained|local|weaker|underperforming|its|the)\s+)?schools)\b/gi, {service: 'other', inspectorate: 'Ofsted'}, ['school improvement', 'schools']],
];

/** The subject's words up to its grade: "was rated", "has since been judged", "is now", nothing at all. */
const subjectThenVerb = /^[^.;]{0,120}?\b(?:(?:was|were|is|are|has|have|had)\s+(?:(?:also|now|since|previously|again|then|once|been)\s+){0,2})?(?:rated|judged|graded|deemed|found|given|awarded|handed)\b(?:\s+(?:as|to be|an?|the|its))*\s*['‘"“]?$|^\s*(?:(?:is|are|was|were|remains?|remained)\s+)?(?:(?:now|still|also)\s+)?['‘"“]?$/i;
/** Another clause, or the council itself, between the subject and its grade: the grade is someone else's. */
const otherBetween = /[,;]\s+(?:and|but|while|whereas)\b|\b(?:council|authority|borough|department|children['’]s (?:social care|services))\b/i;
/** The judging verb, then the subject: "rated Gateshead's youth justice service inadequate", "judged the school good". */
const verbThenSubject = /\b(?:rated|judged|graded|deemed|found|described)\s+(?:(?:the|its|their|a|an|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s?)\s+)?(?:[\w-]+\s+){0,2}$/;
const runBy = /\b(?:run|maintained|owned|managed|operated) by (?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:council|authority|borough)\b/gi;
/** "Wigan's children's services, which run 12 children's homes, were rated good": the subject is the services. */
const servicesThenAside = /\b(?:children['’]s (?:social care|services)|council|authority)\b[^.;,]{0,12},\s+(?:which|who|that)\b[^.;]*$/i;

const jointTargeted = /\bjoint targeted area inspection|\bJTAI\b|\bjoint inspection of how (?:agencies|partners|services)\b/i;
const probationOnly = /\b(?:probation inspectorate|Inspectorate of Probation|HMI Probation)\b/i;
const otherInspectorate = /\b(?:Ofsted|CQC|Care Quality Commission|HMIC\w*|Constabulary|joint)\b/i;

/** The service the grade at `at` (a position in `sentence`) is given to, where the words tell it; else null. */
export function ratedSubjectService(sentence: string, at: number): Subject | null {
	const window = sentence.slice(Math.max(0, at - 160), at);
	let best: {end: number; start: number; subject: Subject} | null = null;
	const lowered = window.toLowerCase();
	for (const [re, subject, needs] of subjects) {
		if (!needs.some((w) => lowered.includes(w))) continue;
		re.lastIndex = 0;
		for (let m = re.exec(window); m; m = re.exec(window)) if (!best || m.index + m[0].length > best.end) best = {start: m.index, end: m.index + m[0].length, subject};
	}
	if (best) {
		const tail = window.slice(best.end);
		const head = window.slice(0, best.start);
		// ("A pupil referral unit run by Wigan Council has been judged": the council that runs it is no subject.)
		if (subjectThenVerb.test(tail) && !otherBetween.test(tail.replace(runBy, '')) && !servicesThenAside.test(head)) return best.subject;
		if (/^\s*(?:as\s+|to be\s+)?['‘"“]?$/.test(tail) && verbThenSubject.test(head)) return best.subject;
	}
	if (jointTargeted.test(sentence)) return {service: 'other', inspectorate: null};
	if (probationOnly.test(sentence) && !otherInspectorate.test(sentence)) return {service: 'youth justice', inspectorate: 'HM Inspectorate of Probation'};
	return null;
}
