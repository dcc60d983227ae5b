/**
 * An inspection told in a side clause of a sentence about its outcome: "rated outstanding, following Ofsted's visit in
 * January", "The results of the ten-day inspection, held in November, gave ...", "Following a visit under the ILACS
 * framework, inspectors found ...". Of the visit group: read only where the rules of event-rules.ts found no visit in
 * the clause. They describe how papers tell a visit behind a judgement, never a particular article; an inspection by
 * a fire service, an environmental health officer or a school's inspectors is none of the council's (their context).
 */
import type {Rule} from './event-rules.js';

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Whose inspection a possessive names: the inspectorates of children's services. */
const inspectorate = String.raw`(?:Ofsted|[Ii]nspectors|[Tt]he inspectorate|[Tt]he watchdog|HMI Probation|[Tt]he CQC)['’]s?`;
/** When, right after the visit's words: "in January", "last March", "at the beginning of November". */
const when = String.raw`(?:in|on|during|last|this|at the (?:start|end|beginning) of|between)\s+(?:(?:early|late|mid-?)\s*)?(?:${month}|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+${month}|week|month|year|autumn|spring|summer|winter)\b`;

export const sideVisitRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		// The inspectorate's possessive, whose apostrophe the test needs.
		needs: ["ofsted'", 'ofsted’', "inspectors'", 'inspectors’', "inspectorate'", 'inspectorate’', "watchdog'", 'watchdog’', "probation'", 'probation’', "cqc'", 'cqc’'],
		// "following Ofsted's visit in January", "after the inspectorate's re-inspection last March", "Ofsted's visit in
		// April was its first since ...".
		test: new RegExp(String.raw`(?:\b(?:[Aa]fter|[Ff]ollowing|[Dd]uring)\s+)?(?<![\w'’-])${inspectorate}\s+(?:[\w-]+\s+)?(?:visit|inspection|re-?inspection)\s+${when}`),
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['inspection, held', 'inspection, carried out', 'inspection, which was held', 'inspection, which was carried out', 'visit, held', 'visit, carried out', 'visit, which was'],
		// "the ten-day inspection, held in November, gave leadership a good rating".
		test: new RegExp(String.raw`\b(?:inspection|visit|re-?inspection),\s+(?:which (?:was|took place|had been)\s+)?(?:held|carried out|conducted|undertaken)?\s*${when}`, 'i'),
		// Only where the sentence names an inspectorate or a grade (a royal visit is none; another body's inspection is the
		// context's to leave).
		unless: new RegExp(String.raw`^(?![^.]*\b(?:Ofsted|inspectors|inspectorate|CQC|children|social (?:care|work)|youth (?:justice|offending)|SEND|rating|rated|judged|graded|good|outstanding|inadequate|requires improvement)\b)`, 'i'),
	},
];
