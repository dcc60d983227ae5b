/**
 * "Calderdale, which spent three years under government direction earlier in the decade", "spent eighteen months
 * under a government notice to improve between 2012 and 2013": a spell under intervention told by the time spent in
 * it. The notice is read from "under" so that, as with "under an improvement notice since 2017", the spell's start
 * ("from 2011", "between 2012 and ...") is its date and no other date of the sentence is.
 */
import type {Rule} from './event-rules.js';

export const spellRules: readonly Rule[] = [
	{
		group: 'notice',
		type: 'improvement-notice',
		// The intervention's own words, which the notice rules already need: 'spent' alone would open every sentence of money.
		needs: ['direction', 'notice to improve', 'improvement notice', 'intervention', 'supervision'],
		// ("spent £2m under government direction on highways": money spent, not time.)
		// ('under' is looked for before the lookbehind, which would otherwise walk back from every position.)
		test: /(?=under\s)(?<=\b(?:spent|spend|spends|spending)\b[^.;£$€]{0,40}?\s)under\s+(?:an?\s+|the\s+|its\s+)?(?:government|ministerial|statutory|formal|DfE|Department for Education)\s+(?:direction|notice to improve|improvement notice|intervention|supervision)\b/i,
	},
];
