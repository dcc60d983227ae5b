/**
 * Notices told in passing, in the plural: "earlier improvement notices issued by the Department for Education to the
 * council in March 2018 and October 2019", "had been served with improvement notices in 2015 and 2017". Each date
 * of the list is a notice of its own (events.ts reads a list of dates as one event each). What notices are in
 * general ("Improvement notices are issued when a council is judged inadequate") is no notice.
 */
import type {Rule} from './event-rules.js';

export const noticePluralRules: readonly Rule[] = [
	{
		group: 'notice-plural',
		type: 'improvement-notice',
		needs: ['improvement notices', 'statutory directions', 'notices to improve'],
		unless: /\b(?:improvement notices|statutory directions|notices to improve)\s+(?:are|can|may|could|would|will)\b|\b(?:councils|authorities)\b[^.;]{0,40}\b(?:improvement notices|statutory directions|notices to improve)\b/i,
		test: /\b(?:improvement notices|statutory directions|notices to improve)\b[^.;]*?\b(?:issued|served|imposed|given|placed|handed|sent)\b|\b(?:issued|served|imposed|given|received|handed)\b[^.;]*?\b(?:improvement notices|statutory directions|notices to improve)\b/i,
	},
];
