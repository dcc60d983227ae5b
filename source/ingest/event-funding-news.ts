/**
 * Money for children's services as newsrooms report it beyond a sum: "pledged extra money for social work", "approved a
 * 12 per cent increase in its children's services budget"; and money "released" or "handed" to the service on a date
 * of its own ("the first £1 million was released in July": the money's verb, not another event's). Only money for
 * children, social work or the service: a pledge for roads or a rise in the highways budget is none. They
 * describe how news tells of money, never a particular article.
 */
import type {DateValue} from '../corpus/schema.js';
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
		needs: [...moneyWords, 'budget', 'spending on'],
		context: 'council-named',
		// "has pledged extra money for social work", "promised more funding for children in care"; "approved a 12 per cent
		// increase in its children's services budget", "agreed a £3m uplift to the children's social care budget".
		test: new RegExp(
			String.raw`\b(?:pledg|promis|commit|earmark)(?:ed|es|ing|s|ted|ting)?\s+(?:an?\s+)?(?:extra|more|additional|further|new)\s+(?:money|funding|cash|investment|resources)\s+(?:for|to|in|into)\s+(?:its\s+|the\s+|their\s+)?${forChildren}\b` +
				// "has set aside more money for children's social work", "boosted spending on children's social care by 10 per cent".
				String.raw`|\b(?:set(?:s|ting)? aside|allocat(?:e|ed|es|ing))\s+(?:an?\s+)?(?:extra|more|additional|further)\s+(?:money|funding|cash|resources)\s+(?:for|to)\s+(?:its\s+|the\s+|their\s+)?${forChildren}\b` +
				String.raw`|\b(?:boost|increas|rais|lift)(?:e|ed|es|ing|s)?\s+(?:its\s+|their\s+|the\s+|council\s+)?spending on\s+(?:its\s+|the\s+|their\s+)?${forChildren}\b` +
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

/**
 * A budget's "next year" is the financial year that starts in April: told from January to March it is the calendar year
 * of the article, so it is not the year after ("agreed an extra £5m in next year's budget", "plans to raise the
 * service's budget by 12 per cent next year", in February). The article's own date stands in for it.
 */
export function budgetsPeriod(sentence: string, type: string, d: {start: number; end: number; text: string}, published: DateValue): boolean {
	if (type !== 'funding' || published.value === null || published.value.length < 7 || Number(published.value.slice(5, 7)) > 3 || !/\b(?:next|coming|following) (?:financial )?year\b/i.test(d.text)) return false;
	return /^['’]s?\s+(?:[\w'’-]+\s+){0,3}?budgets?\b/i.test(sentence.slice(d.end, d.end + 40)) || /\bbudgets?\b[^.;]{0,60}$/i.test(sentence.slice(Math.max(0, d.start - 70), d.start));
}

/** Whose budget: the service's or its work's, never the council's whole budget or another service's. */
const serviceBudget = String.raw`(?:the\s+|its\s+|their\s+)?(?:(?:council|authority)['’]s\s+)?(?:very\s+)?(?:(?:children['’]s|service['’]s|department['’]s|children['’]s department['’]s)\s+)?(?:(?:children['’]s (?:services|social care|department)|social work|social care|youth justice|youth offending|SEND|special educational needs|improvement|management)\s+)?budget\b`;

/** A budget raised, protected or cut as a plan, a decision or a proposal: "plans to increase its children's services budget". */
export const budgetPlanRules: readonly Rule[] = [
	{
		group: 'funding',
		type: 'funding',
		context: 'childrens-services',
		needs: ['budget'],
		test: new RegExp(
			String.raw`\b(?:plans?|planning|planned|intends?|intending|proposes?|proposed|proposing|would be|will be|is to|are to|decided|agreed|voted|voting)\s+(?:in\s+[A-Z][a-z]+\s+)?(?:to\s+)?(?:increas|rais|boost|protect|cut|reduc|top(?:ping)? up)\w*\s+(?=(?:the\s+|its\s+|their\s+)?(?:(?:council|authority)['’]s\s+)?(?:very\s+)?(?:children['’]s|service['’]s|department['’]s|social|youth|SEND|special|improvement|management))${serviceBudget}`,
			'i',
		),
		// A hope, a question, a denial or a condition is no plan; a budget for something else ("its budget for
		// libraries") is not the service's.
		unless: /\b(?:hopes?|hoped|hoping|urg\w+|calls? (?:on|for)|should|must|could|might|wants?)\b[^.;]{0,40}\b(?:increas|rais|boost|protect|cut|reduc)|\bno plans?\b|\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}(?:increas|rais|boost|protect|cut|reduc)|\?\s*$|^\W*(?:if|unless)\b|\bbudgets? (?:for|on) (?!(?:children|social|the service|youth|SEND|special|care))/i,
	},
];
