/**
 * An intervention told in other words than the rules of event-rules.ts know: a council "handed an improvement order by
 * the government". Of the notice group: read only where those rules found no notice in the clause. An order or a
 * notice served on a landlord, a takeaway or a care home is a council's own enforcement, not an intervention in it.
 * They describe how papers tell an intervention, never a particular article.
 */
import type {Rule} from './event-rules.js';

export const interventionWordRules: readonly Rule[] = [
	{
		group: 'notice',
		type: 'improvement-notice',
		needs: ['improvement order'],
		// "has been handed an improvement order by the government", "was served with an improvement order".
		test: /\b(?:has been|have been|had been|was|were|is being|being)\s+(?:handed|given|issued|served)\s+(?:with\s+)?(?:an?|another|a second|a formal)\s+(?:formal\s+|statutory\s+)?improvement order\b/i,
		// Only an order from the government or the department is an intervention: not one from the Environment Agency or a league.
		unless: /\b(?:food|hygiene|landlord|takeaway|restaurant|premises|housing|tenant|HMO|care home|nursery|shop|business|café|cafe)\b|^(?![^.]*\b(?:government|DfE|Department for Education|department|ministers?|secretary of state|education secretary|Whitehall)\b)/i,
	},
];
