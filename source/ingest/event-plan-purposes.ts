/**
 * An improvement plan named by what it is for rather than called one: "a plan to improve the council's children's
 * services has been published", "the council has drawn up a plan setting out how it will tackle the failings", "a
 * post-inspection plan will go to cabinet". The plan word alone is everyone's (a budget plan, a plan for the roads, a
 * child's care plan): these need the plan's purpose next to it, a word of its making (drawn up, published, approved,
 * submitted, will go to cabinet) in the clause, and a sentence about children's services. A school's, a care home's or
 * a police force's plan, a plan hoped for or asked about, one that does not exist, are none. They describe how news
 * tells these plans, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** A word of the plan's making, in any tense: drafted, published, agreed, sent, put before councillors. */
const made = String.raw`\b(?:submit|publish|produc|drawn up|draw(?:s|ing)? up|drew up|writ|wrote|prepar|sen[dt]|set(?:s|ting)? out|unveil|approv|agree|adopt|endors|backed|sign(?:ed|s|ing)? off|present|launch|reveal|(?:go|goes|went|going) (?:to|before)|put (?:to|before)|considered|discussed|debated)\w*`;
// (Asked at the end of the plan's words, once they have matched: asked at every position it cost more than the rule.)
const madeNear = String.raw`(?:(?=[^.;]*${made})|(?<=${made}[^.;]*))`;

/** What the plan is for: the service turned around, or the inspection's findings answered. */
const purpose = String.raw`(?:to|for)\s+(?:improv(?:e|ing)|turn(?:ing)? (?:it |them |the service |services )?(?:around|round)|transform(?:ing)?|overhaul(?:ing)?|fix(?:ing)?|rebuild(?:ing)?|put(?:ting)? right|respond(?:ing)? to|address(?:ing)?|tackl(?:e|ing))\b`;
const settingOut = String.raw`(?:setting out|that sets out|which sets out|that will set out|outlining|detailing|explaining|showing)\s+(?:how|what|the (?:steps|actions|changes|improvements|response)|its response)\b`;

export const planPurposeRules: readonly Rule[] = [
	{
		group: 'plan',
		type: 'improvement-plan',
		context: 'childrens-services',
		needs: ['plan'],
		test: new RegExp(
			String.raw`\b(?:a|an|the|its|their|[A-Z][\w'’-]+['’]s)\s+(?:(?:new|draft|detailed|revised|updated|first|formal|full|written|[\w-]+-(?:point|month|year|page|step|week))\s+){0,2}plan\s+(?:${purpose}|${settingOut})${madeNear}` +
				// "a post-inspection plan", "the post-Ofsted action plan": a plan that answers the inspection, whatever it is for.
				String.raw`|\bpost-(?:inspection|Ofsted)\s+(?:[\w-]+\s+)?plan\b` +
				// "I have asked for a plan to be in front of me within days", "asked officers for a plan": one asked for, to come.
				String.raw`|\b(?:asked|asks|asking|commissioned|instructed)\s+(?:[\w'’]+\s+){0,3}?for\s+(?:a|an)\s+(?:(?:new|full|detailed|urgent|written|recovery|rapid)\s+)?plan\b`,
			'i',
		),
		// Hoped for, called for, asked about, denied, or another body's.
		unless: /\?\s*$|^\W*(?:if|unless)\b|\b(?:hopes?|hoped|hoping|wants?|wanted|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|demand(?:s|ed|ing)?)\b|\b(?:no|not yet|never)\b[^.;]{0,30}\bplan\b|\bplan\b[^.;]{0,40}\b(?:has|have|had|was|were|is|are|did|does|do)(?:\s+(?:not|never)\b|n['’]t\b)|\b(?:school|academy|nursery|care home|police|force|hospital|NHS trust|prison|housing|roads?|budget|leisure|library)\b/i,
	},
];
