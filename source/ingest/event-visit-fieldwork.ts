/**
 * Inspections told by their fieldwork, as newsrooms write them: the inspectors "spent most of October in the city",
 * Ofsted "returned in July and September", inspectors "who visited in April" told in an aside of their own. Only
 * where the sentence names an inspectorate: a footballer who returned in July or a minister who spent most of
 * August in the county is none. They describe how news tells when inspectors were there, never a particular article.
 */
import type {Rule} from './event-rules.js';

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The inspectorate as a sentence's subject. */
const inspectors = String.raw`(?:Ofsted|(?:the\s+)?inspectors|(?:the\s+)?inspection team|(?:the\s+)?inspectorate|(?:the\s+)?watchdog)`;

export const fieldworkRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		needs: ['spent most of', 'spent much of', 'spent part of', 'spent all of', 'spent the ', 'spent two weeks of', 'spent three weeks of', 'spent a week of', 'spent a fortnight of'],
		context: 'council-named-people',
		// "Inspectors, who spent most of October in the city", "the inspection team spent the first half of May in the
		// borough".
		test: new RegExp(
			String.raw`\b${inspectors}\b[^.;]{0,20}?\bspent\s+(?:(?:most|much|part|all|the whole|the bulk|the (?:first|second|last) (?:half|part|week|fortnight)|the (?:start|end|beginning|middle)|two weeks|three weeks|a week|a fortnight)\s+of\s+)(?:(?:early|late|mid-?)\s*)?(?:${months})\b`,
			'i',
		),
	},
	{
		// "Ofsted first inspected the home in May and returned in July and September", "inspectors returned to the council
		// in March". A group of its own: the inspection told first ("first inspected the home in May") is another visit.
		group: 'visit-return',
		type: 'inspection-visit',
		needs: ['returned in', 'returned on', 'returned during', 'returned to'],
		context: 'council-named-people',
		test: new RegExp(String.raw`\breturned\s+(?:to\s+(?:the|its|their)\s+[\w'’ -]{1,30}?\s+)?(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?(?:${months}|\d{1,2}\s+(?:${months}))\b`, 'i'),
		// Only the inspectorate's return ("Ofsted ... and returned"): a person's is none ("the director returned in July").
		unless: new RegExp(String.raw`^(?![^.]*\b${inspectors}\b[^.]*\breturned\b)|\b(?:director|chief executive|leader|councillor|manager|head|minister|player|striker|former inspector)\b[^.;]{0,40}?\breturned\b`, 'i'),
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		needs: ['which took place', 'which was held', 'which was carried out'],
		context: 'council-named-people',
		// "The findings of the joint local area SEND inspection in Hackney, which took place from 27 November": the
		// inspection's own verb after the place it was held (a comma right after "inspection" is event-side-visits.ts's).
		test: /\b(?:re-?inspection|inspection|re-?visit|visit)\s+(?:of|in|at|into)\s+[^,.;]{1,60},\s+which\s+(?:took place|was (?:held|carried out|conducted|undertaken))\s+(?:in|on|from|between|over|during)\b/i,
		unless: new RegExp(String.raw`^(?![^.]*\b(?:Ofsted|inspectors|inspectorate|CQC|Care Quality Commission|SEND|youth (?:justice|offending)|children['’]s (?:services|social care|home))\b)`, 'i'),
	},
	{
		// A group of its own, free of the visit rule's "hopes": "hopes to be judged good when Ofsted next visits, which is
		// expected in 2022" hopes for the grade, not for the visit, which is due then.
		group: 'visit-next',
		type: 'inspection-visit',
		needs: ['next visit', 'next inspect', 'next call'],
		context: 'council-named-people',
		test: new RegExp(String.raw`\b${inspectors}\s+next\s+(?:visits?|inspects?|calls?)\b[^.;]{0,30}?\b(?:expected|due|scheduled|likely)\s+(?:to (?:be|come)\s+)?(?:in|by|before)\b`, 'i'),
	},
];

/** "Inspectors, who visited in April, found ...": the fieldwork in an aside of its own is a visit of its own. */
export const fieldworkAside = new RegExp(String.raw`\b${inspectors},?\s+who\s+(?:visited|spent|were in|inspected)\b[^,;.]{0,60}?\b(?:in|on|during|over|between|from|last)\b[^,;.]{0,30},`, 'i');
