/**
 * A visit told by the inspectors' presence or their work rather than by a visit's noun: "Ofsted and the CQC were in the
 * borough in March", "Inspectors were with the service between 20 and 24 January", "Inspectors examined 50 cases in
 * May", "Their short quality screening took place in September". The month or span names the fieldwork; the clause's
 * own date dates it as for any visit. They describe how news tells inspectors' fieldwork, never a particular article.
 */
import type {Rule} from './event-rules.js';

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** "in March", "during early May", "between 20 and 24 January", "from 3 to 7 May", "last month". */
const when = String.raw`(?:(?:in|during|throughout)\s+(?:(?:early|late|mid-?)\s*)?${month}|(?:between|from)\s+${day}(?:\s+${month})?\s*(?:and|to|-|–)\s*${day}\s+${month}|last\s+(?:week|month))\b`;
/** Who inspects: Ofsted, the CQC, inspectors (of any inspectorate), the inspection team. */
const who = String.raw`\b(?:Ofsted|CQC|Care Quality Commission|[Ii]nspectors|[Tt]he inspection team)\b`;

export const inspectorsPresentRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['ofsted', 'inspector', 'inspection team'],
		// (A school's or a nursery's inspection is none of the council's: "Ofsted inspectors were at Oakfield Primary in March".)
		// (Nor other inspectors': "Tax inspectors were in Wiltshire last week".)
		unless: /\b(?:school|primary|academy|nursery|college|secondary|infant|junior|pupils?)\b|\b(?:tax|fire|police|food|building|factory|health and safety|HMRC|prison|trading standards|ticket|planning)\s+inspectors?\b/i,
		test: new RegExp(
			// "Ofsted and the CQC were in the borough in March", "Inspectors were with the service between 20 and 24 January".
			String.raw`${who}[^.;]{0,40}?\b(?:were|was)\s+(?:in|at|with)\s+(?!(?:the\s+)?(?:news|headlines|spotlight|press|touch|talks|contact|charge|favour|place|agreement|court)\b)(?:the\s+)?(?:[\w'’-]+\s+){0,4}?${when}` +
				// "Inspectors examined 50 cases in May", "inspectors who sampled 40 case files in April".
				String.raw`|${who}\s+(?:who\s+)?(?:examined|reviewed|looked at|audited|read|sampled|scrutinised|tracked)\s+(?:\d+|a sample of|[\w-]+)\s+(?:[\w'’-]+\s+){0,3}?(?:cases|case files|files|records)\s+${when}`,
		),
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['screening', 'fieldwork'],
		// "Their short quality screening took place in September", "The fieldwork ran from 3 to 7 May".
		test: new RegExp(String.raw`\b(?:quality screening|screening inspection|fieldwork)\s+(?:was carried out|took place|ran|happened|was done)\s+${when}`, 'i'),
	},
];
