/**
 * An improvement plan named by what it is for rather than called one: "a plan to improve the council's children's
 * services has been published", "the council has drawn up a plan setting out how it will tackle the failings", "a
 * post-inspection plan will go to cabinet". The plan word alone is everyone's (a budget plan, a plan for the roads, a
 * child's care plan): these need the plan's purpose next to it, a word of its making (drawn up, published, approved,
 * submitted, will go to cabinet) in the clause, and a sentence about children's services. A school's, a care home's or
 * a police force's plan, a plan hoped for or asked about, one that does not exist, are none. They describe how news
 * tells these plans, never a particular article.
 *
 * The purpose must be the council's children's services' own: the plan improves or turns round the services, or
 * answers the failings or findings an inspection found. A story about children's services tells of the council's other
 * plans too (to cut an overspend, to tackle homelessness, to spend a grant, to mend the parks), and of plans told only as
 * supposed ("would have been published ... had", "would be drawn up only if"): none is the improvement plan.
 */
import type {Rule} from './event-rules.js';

/** A word of the plan's making, in any tense: drafted, published, agreed, sent, put before councillors. */
const made = String.raw`\b(?:submit|publish|produc|drawn up|draw(?:s|ing)? up|drew up|writ|wrote|prepar|sen[dt]|set(?:s|ting)? out|unveil|approv|agree|adopt|endors|backed|sign(?:ed|s|ing)? off|present|launch|reveal|(?:go|goes|went|going) (?:to|before)|put (?:to|before)|considered|discussed|debated)\w*`;
// (Asked at the end of the plan's words, once they have matched: asked at every position it cost more than the rule.)
const madeNear = String.raw`(?:(?=[^.;]*${made})|(?<=${made}[^.;]*))`;

/** What an improvement turns round: the services, their work for children, or (a pronoun) the service told before. */
const theServices = String.raw`(?:(?:the|its|their|our|[A-Z][\w'’-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?(?:children['’]s\s+(?:services|social\s+care|social\s+work|safeguarding|homes?)|social\s+(?:care|work)|services?|safeguarding|child\s+protection|practice|outcomes|(?:help|support|care)\s+for\s+(?:vulnerable\s+)?children|(?:the\s+)?department|youth\s+(?:justice|offending)|SEND|fostering|adoption|it|them|things)\b`;
/**
 * What an answer answers: an inspection or what it found, not what another found ("the failings the auditors found in
 * its pension fund").
 */
const theFindings = String.raw`(?:(?:the|its|their|our|these|those|[A-Z][\w'’-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?(?:failings|findings|weaknesses|concerns|recommendations|shortcomings|issues|problems|criticisms?|areas? for improvement|report|inspection|judgement|verdict|rating|Ofsted|inspectors)\b(?!\s+(?:that\s+|which\s+)?(?:the\s+)?(?!(?:Ofsted|inspectors?|inspection|inspectorate|watchdog|report)\b)[\w'’-]+\s+(?:found|identified|raised|highlighted|uncovered)\b)`;
/** The plan's purpose as a verb and its object: the services improved, or the inspection's findings answered. */
const ownPurpose = String.raw`(?:improv\w*|transform\w*|overhaul\w*|fix\w*|rebuild\w*)\s+${theServices}|turn\w*\s+(?:(?:around|round)\s+${theServices}|${theServices}\s+(?:around|round))|(?:respond\w*\s+to|address\w*|tackl\w*|act\w*\s+on|deal\w*\s+with)\s+${theFindings}|put\w*\s+(?:right\s+${theFindings}|${theFindings}\s+right)`;
const purpose = String.raw`(?:to|for)\s+(?:${ownPurpose})`;
/** "setting out how it will tackle the failings", "... how children's services will be improved", "... the steps". */
const settingOut = String.raw`(?:setting out|that sets out|which sets out|that will set out|outlining|detailing|explaining|showing)\s+(?:(?:how|what)\s+(?:(?:[\w'’-]+\s+){1,4}?(?:will|would|is going to|are going to|plans? to|intends? to|can|must)\s+(?:now\s+|further\s+|continue to\s+)?(?:${ownPurpose})|${theServices}\s+(?:will|would|can|must)\s+be\s+(?:improved|transformed|turned (?:around|round)|overhauled|rebuilt))|(?:the (?:steps|actions|changes|improvements|response)|its response)\b)`;

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
				// "I have asked for a plan to be in front of me within days", "asked officers for a plan": one asked for, to
				// come; with a purpose told, that purpose must be the services' ("for a plan to cut the overspend" is not).
				String.raw`|\b(?:asked|asks|asking|commissioned|instructed)\s+(?:[\w'’]+\s+){0,3}?for\s+(?:a|an)\s+(?:(?:new|full|detailed|urgent|written|recovery|rapid)\s+)?plan\b(?:\s+(?:${purpose}|${settingOut})|(?!\s+(?:to\s+(?!be\b)|for\s|on\s|of\s|about\s|setting\b|that\s|which\s|outlining|detailing|explaining|showing)))`,
			'i',
		),
		// Hoped for, called for, asked about, denied, supposed ("would have been published ... had", "only if"), or
		// another body's.
		unless: /\?\s*$|^\W*(?:if|unless)\b|\bwould\s+have\b|\bonly\s+if\b|\b(?:would|could)\b[^.;]*\b(?:if|unless)\b|\b(?:hopes?|hoped|hoping|wants?|wanted|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|demand(?:s|ed|ing)?)\b|\b(?:no|not yet|never)\b[^.;]{0,30}\bplan\b|\bplan\b[^.;]{0,40}\b(?:has|have|had|was|were|is|are|did|does|do)(?:\s+(?:not|never)\b|n['’]t\b)|\b(?:school|academy|nursery|care home|police|force|hospital|NHS trust|prison|housing|roads?|budget|leisure|library)\b/i,
	},
];
