/**
 * Money for children's services as newsrooms report it beyond a sum: "pledged extra money for social work", "approved a
 * 12 per cent increase in its children's services budget"; and money "released" or "handed" to the service on a date
 * of its own ("the first £1 million was released in July": the money's verb, not another event's). Only money for
 * children, social work or the service: a pledge for roads or a rise in the highways budget is none. They
 * describe how news tells of money, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** What the money is for: the service or its work. */
const forChildren = String.raw`(?:children|children['’]s (?:services|social care|social work)|social work(?:ers)?|social care for children|child protection|the (?:service|department)|care leavers|looked[- ]after children|youth (?:justice|offending)|SEND|special educational needs)`;

/** "extra money", "more funding", ...: the words the first pattern below cannot match without. */
const moneyWords = ['extra', 'more', 'additional', 'further', 'new'].flatMap((a) => ['money', 'funding', 'cash', 'investment', 'resources'].map((m) => `${a} ${m}`));

export const fundingNewsRules: readonly Rule[] = [
	{
		group: 'funding',
		type: 'funding',
		// The money's words, not the verb's: "commit" is in every "committee", "rise" in every "surprise".
		needs: [...moneyWords, 'budget'],
		context: 'council-named',
		// "has pledged extra money for social work", "promised more funding for children in care"; "approved a 12 per cent
		// increase in its children's services budget", "agreed a £3m uplift to the children's social care budget".
		test: new RegExp(
			String.raw`\b(?:pledg|promis|commit|earmark)(?:ed|es|ing|s|ted|ting)?\s+(?:an?\s+)?(?:extra|more|additional|further|new)\s+(?:money|funding|cash|investment|resources)\s+(?:for|to|in|into)\s+(?:its\s+|the\s+|their\s+)?${forChildren}\b` +
				String.raw`|\b(?:approv(?:e|ed|es|ing)|agree(?:d|s|ing)?|back(?:ed|s|ing)?|vot(?:e|ed|es|ing)|sign(?:ed|s|ing)?)\s+(?:through\s+|off\s+)?(?:an?\s+)?(?:\d+(?:\.\d+)?\s?(?:per ?cent|%)\s+|£\s?\d[\d.,]*\s?(?:m|bn|k|million)?\s+)?(?:increase|rise|uplift|boost)\s+(?:in|to|of)\s+(?:its\s+|the\s+|their\s+)?(?:council['’]s\s+)?(?:children['’]s (?:services|social care)|social care for children|social work|youth justice|SEND)\s+budget\b`,
			'i',
		),
	},
];

/** "was released in July", "handed to the service in March": the money's own verb before its date. */
export const moneysOwnVerb = /^[^,;]*\b(?:released|allocated|handed over|handed|paid out|made available)\b[^,;]*$/i;

/** Where a pledge the rule above reads is told: "pledged extra money", "has promised more funding". */
const toldPledge = /^(?:pledg|promis|commit|earmark)/i;

/**
 * "pledged extra money for children hit by the floods in February": a date after words that tell of the children (or
 * of another act: "after", "since", "when", "who ...") is that act's, not the pledge's.
 */
export function pledgesOtherDate(sentence: string, type: string, d: {start: number; end: number}, at: number): boolean {
	if (type !== 'funding' || d.start < at || !toldPledge.test(sentence.slice(at, at + 12))) return false;
	return /\b(?:hit|affected|caught|left|displaced|living|struggling|facing|who|that|which|whose|since|after|following|during|when|in the wake of|by)\b/i.test(sentence.slice(at, d.start));
}
