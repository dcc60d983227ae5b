/**
 * An inspection told by its span of days: "the recent inspection of 3 to 21 October 2022", "the last inspection of
 * 2 May to 20 May 2016", "the inspection between 3 and 21 October". The span names the visit whatever the verb around
 * it ("had been undertaken under the new framework", "was the first under"), and in reported speech ("The report
 * outlined that ... and that ...") two such spans are two visits. They describe how papers and reports give an
 * inspection's fieldwork, never a particular article.
 */
import type {Rule} from './event-rules.js';

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** "3 to 21 October", "2 May to 20 May 2016", "between 3 and 21 October", "January 10 to January 21", "3-21 October". */
const span = String.raw`(?:between\s+|from\s+)?(?:${day}(?:\s+${month})?(?:\s+(?:19|20)\d\d)?|${month}\s+${day})\s*(?:to|and|until|till|-|–)\s*(?:${day}\s+${month}|${month}\s+${day})\b`;
const visitWords = String.raw`(?:re-?inspection|inspection|visit)s?`;
const spanAfter = String.raw`\s+(?:of\s+|on\s+|held\s+|carried\s+out\s+)?${span}`;

export const visitRangeRules: readonly Rule[] = [
	{
		group: 'visit-span',
		type: 'inspection-visit',
		needs: ['inspection', 'visit'],
		test: new RegExp(String.raw`\b${visitWords}${spanAfter}`, 'i'),
	},
	{
		// The second span of a clause: "... of 2 May to 20 May 2016, ... and that the recent inspection of 3 to 21 October
		// 2022 ..." (a clause gives each group one event). Looked behind only where the visit's word is.
		group: 'visit-span-second',
		type: 'inspection-visit',
		needs: ['inspection', 'visit'],
		test: new RegExp(String.raw`\b(?:re-?inspection|inspection|visit)(?<=\b${visitWords}${spanAfter}[^.;]*?\b(?:re-?inspection|inspection|visit))s?${spanAfter}`, 'i'),
	},
];
