/**
 * A notice or direction replaced, reissued or revised: a second notice beside the first ("first imposed in April 2013
 * and reissued a year later", "under an improvement notice since 2012, which was revised in 2014", "revoked and
 * replaced by a non-statutory improvement notice"), and a direction replaced by a notice is a direction lifted ("the
 * direction was replaced with an improvement notice", "received an improvement notice in place of the direction").
 * Each group gives a clause one event, so these are groups of their own. They describe how papers tell of notices
 * renewed, never a particular article.
 */
import type {Rule} from './event-rules.js';

const notice = String.raw`(?:improvement notice|notice to improve|statutory direction|(?:revised|new|fresh|second|further|non-statutory) (?:improvement )?notice)`;
/** The sentence names a notice or direction before the verb that renews it. */
const renewedNotice = /\b(?:notice|direction)\b[^.]*?\b(?:reissued|re-issued|revised|renewed)\b/i;
/**
 * A sentence that never names an improvement notice or a statutory direction renews another kind: an abatement,
 * enforcement, closure or tenancy notice, a road sign's direction.
 */
const otherNotice = String.raw`^(?![^.]*\b(?:improvement notices?|notices? to improve|statutory directions?|(?:government|ministerial|DfE)\s+directions?)\b)`;

export const noticeReplacementRules: readonly Rule[] = [
	{
		group: 'notice-renewed',
		type: 'improvement-notice',
		needs: ['reissued', 're-issued', 'revised', 'renewed', 'replaced'],
		// The match starts at the renewing verb, so that the date nearest it ("a year later", "in 2014") is the new notice's.
		test: new RegExp(
			[
				String.raw`(?<=\b(?:notice|direction)\b[^.;]*?\b(?:and|was|were|been|which was|that was)\s+(?:(?:later|then|subsequently|formally)\s+)?)(?:reissued|re-issued|revised|renewed)\b`,
				String.raw`^\W*which (?:was|had been) (?:(?:later|then|subsequently)\s+)?(?:reissued|re-issued|revised|renewed)\b`,
				String.raw`\breplaced\s+(?:it\s+|them\s+)?(?:with|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?${notice}\b`,
			].join('|'),
			'i',
		),
		// "which was revised" names the notice only earlier in the sentence; "the revised budget", "a revised plan" are none.
		unless: new RegExp(String.raw`^(?![^.]*?(?:${renewedNotice.source}|\breplaced\s+(?:it\s+|them\s+)?(?:with|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?${notice}))|${otherNotice}`, 'i'),
	},
	{
		group: 'direction-replaced',
		type: 'improvement-notice-lifted',
		needs: ['replaced', 'in place of'],
		unless: new RegExp(otherNotice, 'i'),
		// (The match starts at "replaced", so that "nearly three years later" after the notice is near it.)
		test: /(?<=\b(?:the|its|a)\s+(?:statutory\s+|government\s+|ministerial\s+|formal\s+)?direction\b(?!\s+of\b)[^.;]{0,40}?\b(?:was|were|has been|had been|is being|will be|is to be)\s+(?:formally\s+)?)replaced\s+(?:with|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:improvement\s+)?notice\b|\b(?:improvement\s+)?notice\s+in place of\s+(?:the|its)\s+(?:statutory\s+)?direction\b|\breplaced\s+the\s+(?:statutory\s+)?direction\s+(?:with|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:improvement\s+)?notice\b/i,
	},
];
