/**
 * An inspection told by its span of days at the head of the sentence, with the inspectors after it: "Between 4th
 * and 15th November, Ofsted went in to assess ...", "From 3 to 14 May, inspectors looked at ...", "Over two weeks in
 * March, Ofsted inspectors examined ...". They describe how papers open an account of fieldwork, never a particular
 * article.
 */
import type {Rule} from './event-rules.js';

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** "Between 4th and 15th November", "From 3 May to 14 May", "Over two weeks in March", "During three days in June". */
const lead = String.raw`^\W*(?:(?:between|from)\s+${day}(?:\s+${month})?\s*(?:and|to|until|-|–)\s*${day}\s+${month}|(?:over|across|during|for)\s+(?:two|three|four|five|six|\d)\s+(?:days|weeks)\s+in\s+${month})(?:\s+(?:19|20)\d\d)?,?\s+`;
const who = String.raw`(?:Ofsted|inspectors|Ofsted inspectors|the inspectors|the inspectorate|the watchdog|HM Inspectorate of Probation|a team of inspectors)`;
const did = String.raw`(?:went in|came in|visited|looked|examined|assessed|inspected|spent|were|came|carried out|reviewed|scrutinised|observed|met|spoke)`;

export const visitLeadRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		needs: ['ofsted', 'inspector', 'inspectorate', 'watchdog'],
		test: new RegExp(`${lead}${who}\\s+(?:also\\s+|then\\s+)?${did}\\b`, 'i'),
	},
];
