/**
 * The trusts, boards, charities, unions and companies an article has named, in order: whom "the trust said" or "a
 * spokeswoman for the company" speaks for. Besides the bodies the lists know, a body introduced with what it is
 * ("Bright Start for Children, the company that runs the borough's services", "Kinship, the children's charity,")
 * is the one the article calls by that word afterwards, though no list knows its name.
 */
import {charityNames, unionNames} from './lexicon.js';
import type {QuoteParagraph} from './quote-types.js';

/** The charities and unions of lexicon.ts's organisations, for "the charity said", "a spokesperson for the union". */
const charities = new RegExp(`^(?:NSPCC|${charityNames})$`);
const unions = new RegExp(`^(?:${unionNames})$`);

/** The words a body may be described by after its name. */
const heads = ['company', 'charity', 'organisation', 'trust', 'union', 'partnership'];

/**
 * A name in capitals, a comma and what it is: "Bright Start for Children, the not-for-profit company that",
 * "Kinship, the children's charity,". The description is a few words ending in one of `heads`.
 */
const described = /((?:[A-Z][\w'’&-]*\s+(?:(?:for|of|and|&|in|on|the)\s+){0,2}){0,5}[A-Z][\w'’&-]*),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(company|charity|organisation|trust|union|partnership)\b/g;

/** Words that open a sentence in capitals and name no body ("Today, the charity said"). */
const notAName = /^(?:The|A|An|However|Meanwhile|Today|Yesterday|Now|But|And|Also|Instead|Elsewhere|Last|This|That|In|On|At|For|Since|After|Before|Earlier|Later|Separately|Similarly|Nationally|Locally|Overall|Still|Yet|Indeed|Previously|Currently|Recently|Ofsted|Inspectors)$/;

type Body = {name: string; head: string | null};

export class BodiesTrail {
	private readonly bodies: Body[] = [];

	/** Notes the bodies the paragraph names, in text order. */
	note(p: QuoteParagraph): void {
		const found: {at: number; body: Body}[] = [];
		for (const m of p.mentions) if (m.kind === 'org' && (/ (Trust|Board|Partnership)$/.test(m.org) || charities.test(m.org) || unions.test(m.org))) found.push({at: m.start, body: {name: m.org, head: null}});
		// (A body described by what it is needs a comma and one of the words: most paragraphs are spared the search.)
		const lower = /, (?:the|a|an) /.test(p.narrative) ? p.narrative.toLowerCase() : '';
		if (lower && heads.some((w) => lower.includes(w))) {
			for (const m of p.narrative.matchAll(described)) {
				const name = m[1]!.replace(/^(?:The|A|An)\s+/, '');
				if (notAName.test(name) || /^[A-Z]+$/.test(name) && name.length < 3) continue;
				found.push({at: m.index, body: {name, head: m[2]!.toLowerCase()}});
			}
		}
		for (const f of found.sort((a, b) => a.at - b.at)) this.bodies.push(f.body);
	}

	/** The body of that kind named last: a charity or union the lists know, a body so described, a name ending so. */
	last(head: string): string | null {
		const kind = head === 'charity' ? charities : head === 'union' ? unions : null;
		const named = [...this.bodies].reverse().find((b) => b.head === head || (b.head === null && (kind ? kind.test(b.name) : b.name.toLowerCase().endsWith(head))));
		return named?.name ?? null;
	}
}
