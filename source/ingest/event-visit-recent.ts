/**
 * An inspectorate's visit dated only by words that count from the article: "in a letter following a visit earlier this
 * month", "after a visit late last year". Only where the sentence names the inspectorate: a mayor's visit earlier this
 * month is none, nor is food hygiene or police inspectors'. They describe how papers date a recent visit, never a particular article.
 */
import type {Rule} from './event-rules.js';

export const recentVisitRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['visit earlier', 'visit early', 'visit late'],
		test: /\b(?:after|following|during) (?:a|an|the|its|their) (?:[\w-]+ )?visit (?:earlier|early|late) (?:this|last)\b/i,
		unless: /^(?![^.]*\b(?:Ofsted|CQC|Care Quality Commission|Inspectorate of Probation)\b)/,
	},
];
