/**
 * Judgements of the other inspections of children's services, told by what the inspection found rather than by a
 * grade: a youth offending team's core case inspection, a joint targeted area inspection, a local area SEND
 * inspection or revisit ("has found strong partnership working", "the findings of ... have been published"), and
 * the weaknesses "identified in its 2019 SEND inspection". Each gives a judgement without a rating. Only inspections
 * named for these services: a bridge's, a restaurant's or a school's own inspection is none. They describe how news
 * reports these inspections, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** The inspection's kind, named before "inspection". */
const kind = String.raw`(?:core case|joint targeted area|(?:joint\s+)?(?:local\s+)?area\s+SEND|SEND|youth (?:justice|offending)(?:\s+(?:service|team))?|(?:local area\s+)?special educational needs(?:\s+and disabilit(?:y|ies))?)`;
/** The service named after the inspection, up to its name: "a re-inspection of the Bournemouth and Poole youth offending service". */
const serviceAfter = String.raw`\s+(?:of|into|in)\s+[^.;]{0,60}?\b(?:SEND|youth (?:offending|justice)(?: service| team)?|special educational needs|child sexual exploitation|children['’]s (?:services|social care)|safeguarding children)\b`;

export const otherInspectionRules: readonly Rule[] = [
	{
		group: 'judgement-ungraded',
		type: 'inspection-judgement',
		needs: ['inspection'],
		context: 'council-named',
		test: new RegExp(
			// "The core case inspection by HM Inspectorate of Probation also found", "A joint targeted area inspection of how
			// agencies respond to exploitation has found", "the local area SEND inspection concluded".
			String.raw`\b${kind}\s+(?:re-?)?inspection\b(?:\s+(?:by|of|into|in)\s+[^.;]{1,80}?)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:found|concluded|identified|highlighted|praised|criticised)\b` +
				// "The findings of the joint local area SEND inspection ... have been published", "discuss the findings of a
				// re-inspection of the youth offending service".
				String.raw`|\bfindings of (?:an?|the|its|their)\s+(?:(?:[\w-]+\s+){0,5}?${kind}\s+(?:re-?)?inspection\b|(?:[\w-]+\s+){0,2}?(?:re-?)?inspection\b${serviceAfter})` +
				// "weaknesses identified in its 2019 SEND inspection": that inspection's judgement, dated in its name ("identified at
				// its SEND inspection in 2018" beside a revisit stays the revisit's background: events-news-phrasings.test.ts).
				String.raw`|\b(?:weaknesses|failings|concerns|areas for improvement)\s+(?:identified|found|raised)\s+(?:in|at|by|during)\s+(?:its|the|their|a)\s+(?:19|20)\d\d\s+${kind}\s+(?:re-?)?inspection\b`,
			'i',
		),
		// A school's or a nursery's own SEND inspection is a school's.
		unless: /\b(?:school|academy|nursery|college|pupil referral unit)['’]s\s+(?:own\s+)?(?:SEND|special educational needs)\b/i,
	},
	{
		group: 'judgement-ungraded',
		type: 'inspection-judgement',
		needs: ['joint inspection'],
		context: 'council-named',
		// "A joint inspection of how agencies in Halton respond to child exploitation has found strengths", "A joint
		// inspection has found that agencies in Wirral are working well together to protect children": the partners'
		// joint inspection of their work with children, its judgement without a grade.
		test: /\bjoint\s+inspection\b(?:\s+(?:of|into)\s+[^.;]{1,100}?)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:found|concluded|identified|highlighted|praised|criticised)\b/i,
		// Only of the agencies' work with children: a joint inspection of a hospital's wards or of a prison is another's.
		// Nor a denial or a condition: "No joint inspection has found ...", "If a joint inspection had found ...".
		unless: /^(?![^]*\b(?:child|children|young people|exploitation|safeguarding|SEND|special educational)\b)|\b(?:hospitals?|wards?|prisons?|young offender institution|custody suites?)\b|\b(?:no|not|never|if|unless|would)\b/i,
	},
];
