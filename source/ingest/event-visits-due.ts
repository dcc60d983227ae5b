/**
 * Inspections told before they happen or long after, in the words news uses for them rather than "visit": one due,
 * expected or scheduled ("An Ofsted inspection is due later this year", "an inspection of the youth justice service by
 * HM Inspectorate of Probation is expected in the autumn", "the council is next due to be inspected in 2025"), an
 * inspectorate awaited ("expects inspectors back within 12 months", "is expecting HM Inspectorate of Probation in the
 * spring"). (A service "last inspected in 2019" is that inspection's judgement: event-visits.ts.) A school's, a care
 * home's, a police force's or a hospital's inspection, one hoped for, asked about or denied, and an inspectorate expected to rule
 * ("expects Ofsted to rate it good") are none. They describe how news tells these visits, never a particular article.
 */
import type {Rule} from './event-rules.js';

/**
 * The visit must be an inspectorate's visit of the council's children's services. Told of "the inspection", what is
 * awaited may be what follows it ("Ofsted's report on the inspection is expected", "the outcome of the inspection is
 * due"): no visit to come. Told with what it inspects ("an inspection of ... bridges"), that must be the services; told
 * with who comes ("a visit by the King", "inspectors from the Health and Safety Executive"), that must be an
 * inspectorate of them.
 */
const notAfterItsOutcome = String.raw`(?<!\b(?:report|reports|outcome|outcomes|result|results|findings|verdict|judgement|judgment|publication|letter|feedback)\s+(?:on|of|from|into|after|following)\s+)`;
/** What an inspection is "of": words of the services (other services' own are the context's to set aside). */
const ofTheServices = String.raw`(?:of|into)\s+(?=(?:(?!\s(?:is|are|by)\s)[^.;]){0,60}?\b(?:children|youth|SEND|safeguarding|fostering|adoption|social\s+(?:care|work)|care\s+leavers|looked[- ]after|services?)\b)[^.;]{0,60}?\s+`;
/** Who comes, where the sentence says: an inspectorate that visits children's services. */
const byAnInspectorate = String.raw`by\s+(?=[^.;]{0,50}?\b(?:Ofsted|inspectors?|inspectorate|HMI|CQC|Care Quality Commission)\b)[^.;]{0,50}?\s+`;
/** Inspectors "from" or "of" a body must be the inspectorate's (not "inspectors from the Health and Safety Executive"). */
const notOthersInspectors = String.raw`(?!\s+(?:from|of|at)\s+(?!(?:Ofsted|the inspectorate|HM\b|HMI\b|His Majesty|Her Majesty|the CQC|the Care Quality Commission|children)\b)(?:the\s+)?[A-Z])`;

const inspectorate = String.raw`(?:Ofsted|inspectors|the inspectorate|the watchdog|(?:HM |His Majesty['’]s |Her Majesty['’]s )?Inspectorate of Probation|HMI Probation|probation inspectors|the probation inspectorate)`;
/** What the inspectorate is expected to do that is a ruling, not a visit. */
const ruling = String.raw`\s+to\s+(?:rate|judge|grade|find|say|give|award|publish|report|conclude|agree|approve|lift|recommend|decide|confirm|sign)\b`;

/** A hope, a question, a denial, a condition, or another body's inspection. */
const notOurs = /\?\s*$|^\W*(?:if|unless|whether)\b|\b(?:hopes?|hoped|hoping|wants?|wanted|whether)\b|\b(?:not|never|no longer|n['’]t)\s+(?:\w+\s+){0,2}(?:due|expected|expect|expecting|scheduled|inspected)\b|^(?![^]*\b(?:council|authority|children['’]s (?:services|social care)|social care|youth (?:justice|offending)|SEND|partnership|borough|county|city)\b)[^]*\b(?:school|academy|nursery|care home|police|force|hospital|prison)\b/i;

export const visitsDueRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['due', 'expected', 'scheduled', 'pencilled', 'anticipated'],
		test: new RegExp(
			// "An Ofsted inspection is due later this year", "the next full inspection is expected in the spring", "an
			// inspection of the youth justice service by HM Inspectorate of Probation is scheduled for October".
			String.raw`${notAfterItsOutcome}\b(?:an?|the|its|their|another)\s+(?:(?:next|full|further|new|Ofsted|standard|short|focused|monitoring|joint|area|SEND|probation|re-?)\s+){0,3}(?:inspection|re-?inspection|visit)\s+(?:${ofTheServices})?(?:${byAnInspectorate})?(?:is|are)\s+(?:now\s+|also\s+)?(?:due|expected|scheduled|pencilled in|anticipated)\b(?!\s+to\s+(?:find|rate|judge|show|conclude|say|look))` +
				// "is next due to be inspected in 2025", "are due for re-inspection".
				String.raw`|\b(?:is|are)\s+(?:next\s+|now\s+)?due\s+(?:to\s+be\s+(?:re-?)?inspected|(?:for\s+)?(?:an?\s+|its\s+)?(?:full\s+|new\s+|Ofsted\s+)?(?:re-?)?inspection)\b`,
			'i',
		),
		unless: notOurs,
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['expect', 'anticipat', 'await', 'braced for'],
		// "expects inspectors back within the next 12 months", "is expecting HM Inspectorate of Probation in the spring",
		// "awaits a visit from Ofsted".
		test: new RegExp(String.raw`\b(?:expect(?:s|ed|ing)?|anticipat(?:es|ed|ing)|await(?:s|ed|ing)?|braced for)\s+(?:an?\s+(?:[\w-]+\s+)?(?:visit|inspection|return)\s+(?:from|by)\s+)?${inspectorate}\b(?!${ruling})(?!['’])${notOthersInspectors}`, 'i'),
		unless: notOurs,
	},
];
