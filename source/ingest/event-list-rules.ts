/**
 * An intervention told as a list of steps, each with its month: "• Direction lifted: January 2023", "• January 2023:
 * direction lifted". The label names the step and the date beside its colon is the step's. Read only where the rules
 * of event-rules.ts found nothing of the same group (these come after them). They describe how councils and papers
 * set out an intervention's history, never a particular article.
 */
import {datedListItem} from './event-date-ties.js';
import type {Rule} from './event-rules.js';

/** A list item's opening: a bullet or dash, then the label's words. */
const item = String.raw`^\W*(?:[•*·–-]\s*)?(?:(?:the|its|an?)\s+)?`;
/** The end of a label: a colon or dash before its date. */
const labelEnd = String.raw`\s*[:–-]`;

export const listRules: readonly Rule[] = [
	{
		group: 'notice-lifted',
		type: 'improvement-notice-lifted',
		needs: ['direction', 'notice', 'intervention', 'supervision'],
		test: new RegExp(String.raw`${item}(?:statutory\s+|government\s+|formal\s+)?(?:direction|improvement notice|notice to improve|intervention|supervision)s?\s+(?:formally\s+)?(?:lifted|removed|revoked|withdrawn|ended|rescinded)${labelEnd}|${datedListItem.source}\s*(?:(?:the|its)\s+)?(?:statutory\s+|government\s+|formal\s+)?(?:direction|improvement notice|notice to improve|intervention|supervision)s?\s+(?:(?:is|was|has been)\s+)?(?:formally\s+)?(?:lifted|removed|revoked|withdrawn|ended|rescinded)\b`, 'i'),
	},
];

