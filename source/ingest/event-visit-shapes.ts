/**
 * An inspection told by its span of days: "the recent inspection of 3 to 21 October 2022", "the last inspection of
 * 2 May to 20 May 2016", "the inspection between 3 and 21 October". The span names the visit whatever the verb around
 * it ("had been undertaken under the new framework", "was the first under"), and in reported speech ("The report
 * outlined that ... and that ...") two such spans are two visits. They describe how papers and reports give an
 * inspection's fieldwork, never a particular article. And a visit told by those who made it, between their coming and
 * what they found: "Ofsted inspectors, visiting in February, found", "Inspectors who came to the council in October
 * found", "Ofsted, which inspected the service in October, said".
 */
import type {Rule} from './event-rules.js';

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** "3 to 21 October", "2 May to 20 May 2016", "between 3 and 21 October", "January 10 to January 21", "3-21 October". */
const span = String.raw`(?:between\s+|from\s+)?(?:${day}(?:\s+${month})?(?:\s+(?:19|20)\d\d)?|${month}\s+${day})\s*(?:to|and|until|till|-|–)\s*(?:${day}\s+${month}|${month}\s+${day})\b`;
const visitWords = String.raw`(?:re-?inspection|inspection|visit)s?`;
const spanAfter = String.raw`\s+(?:of\s+|on\s+|held\s+|carried\s+out\s+)?${span}`;
const when = String.raw`\b(?:in|on|during|between)\s+(?:(?:early|late|mid-?)\s*)?(?:${month}|(?:19|20)\d\d)\b`;
const found = String.raw`\b(?:found|find|finds|said|says|concluded|noted|reported|praised|highlighted|warned|identified|judged|rated|saw|observed)\b`;

export const visitRangeRules: readonly Rule[] = [
	{
		group: 'visit-span',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['inspection', 'visit'],
		test: new RegExp(String.raw`\b${visitWords}${spanAfter}`, 'i'),
	},
	{
		// The second span of a clause: "... of 2 May to 20 May 2016, ... and that the recent inspection of 3 to 21 October
		// 2022 ..." (a clause gives each group one event). Looked behind only where the visit's word and a span are.
		group: 'visit-span-second',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['inspection', 'visit'],
		test: new RegExp(String.raw`\b(?:re-?inspection|inspection|visit)(?=s?${spanAfter})(?<=\b${visitWords}${spanAfter}[^.;]*?\b(?:re-?inspection|inspection|visit))s?${spanAfter}`, 'i'),
	},
	{
		// (Of the visit group: read only where the rules of event-rules.ts found no visit in the clause.)
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['inspector', 'ofsted', 'inspectorate'],
		test: new RegExp(String.raw`\b(?:Ofsted(?:\s+inspectors)?|[Ii]nspectors|[Tt]he inspectorate),?\s+(?:who\s+|which\s+)?(?:visiting|came to|come to|inspected|inspecting|looked at|examined|reviewed)\b(?=[^.;]{0,80}?${when}[^.;]{0,60}?${found})`),
	},
];
