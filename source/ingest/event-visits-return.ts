/**
 * Visits to come told by the inspectorate's return, where the inspectorate is named as a body rather than as
 * "Ofsted" or "inspectors" (event-rules.ts reads those): "the inspectorate will return within 12 to 18 months", "the
 * watchdog will come back in the spring", "HM Inspectorate of Probation plans to revisit the service". And a second
 * visit to come told after a first in the same clause ("will return for a focused visit within two years, with a
 * full inspection expected in around three years' time"), which the clause's one visit rule cannot read twice. A
 * minister's or a police inspectorate's return, one hoped for, asked about or denied are none. They describe how news
 * tells these visits, never a particular article.
 */
import type {DateMatch} from './dates/types.js';
import type {Rule} from './event-rules.js';

const body = String.raw`(?:the\s+(?:inspectorate|watchdog|probation\s+inspectorate)|(?:HM\s+|His\s+Majesty['’]s\s+|Her\s+Majesty['’]s\s+)?Inspectorate\s+of\s+Probation|HMI\s+Probation)`;

export const visitReturnRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		// (Words the test cannot match without, each already read for the visit rules: no sentence is read for this rule alone.)
		needs: ['inspectorate', 'watchdog', 'hmi probation'],
		test: new RegExp(String.raw`\b${body}\s+(?:will|is\s+(?:due|set|expected|scheduled)\s+to|plans\s+to|intends\s+to)\s+(?:return|revisit|come\s+back|be\s+back|visit\s+again)\b`, 'i'),
		// A hope, a question, a denial, a condition.
		unless: /\?\s*$|^\W*(?:if|unless|whether|will)\b|\b(?:hopes?|hoped|hoping|wants?|wanted|whether)\b|\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,1}(?:return|revisit|come back|be back)\b/i,
	},
];

/** "..., with a full inspection expected in ...", "... and a monitoring visit is due within ...": a second visit to come. */
const secondToCome = /(?:,\s*(?:with|and)|;|\band)\s+(?:a|an|the|its|their)\s+((?:(?:next|full|further|new|fresh|monitoring|focused|Ofsted|standard|short|re-?)\s+){0,3}(?:inspection|re-?inspection|visit|revisit))\s+(?:(?:is|are)\s+(?:now\s+|also\s+)?)?(?:expected|due|scheduled)\b/gi;

/** Where a clause tells a second visit to come after its first, and its words. */
export function secondVisitsToCome(clause: string): {at: number; cue: string}[] {
	// A cheap test before the pattern: most clauses tell no visit to come.
	if (!/\b(?:expected|due|scheduled)\b/i.test(clause)) return [];
	const out: {at: number; cue: string}[] = [];
	for (const m of clause.matchAll(secondToCome)) {
		// Only after another visit's words: the first is the rule's.
		if (!/\b(?:visit|inspection|re-?inspection|inspect|return|revisit)\w*\b/i.test(clause.slice(0, m.index))) continue;
		out.push({at: m.index + m[0].indexOf(m[1]!), cue: m[0].trim()});
	}
	return out;
}

/**
 * "... since the last full inspection in 2016 ... on those raised again during a focused visit in 2019": a focused or
 * monitoring visit the clause dates after another inspection's words, which took the clause's one visit rule. Such a
 * visit gives no grade, so it is never the inspection behind one: a visit of its own, on the date right after it.
 */
const gradelessDated = /\b(?:during|in|at|after|following|by)\s+(?:a|an|the|its|their)\s+(?:(?:first|second|third|fourth|fifth|further|latest|recent|subsequent)\s+)?(?:focused|monitoring)\s+visit\s+(?:in|on)\s+$/i;

/** Where such visits are (their words' start in the clause) and their words, each with a date of its own right after. */
export function gradelessVisitsDated(clause: string, clauseStart: number, dates: readonly DateMatch[]): {at: number; cue: string}[] {
	// A cheap test before the dates are looked at: most clauses name no such visit.
	if (!/\b(?:focused|monitoring) visit\b/i.test(clause)) return [];
	const out: {at: number; cue: string}[] = [];
	for (const d of dates) {
		const rel = d.start - clauseStart;
		if (d.date.value === null || rel < 0 || rel > clause.length) continue;
		// (A date's words may begin with their preposition: "in 2019".)
		const to = rel + (/^(?:in|on)\s+/i.exec(d.text)?.[0].length ?? 0);
		const from = Math.max(0, to - 80);
		const m = gradelessDated.exec(clause.slice(from, to));
		if (m) out.push({at: from + m.index, cue: m[0].trim()});
	}
	return out;
}
