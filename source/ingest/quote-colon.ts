/**
 * Whose words a colon with no reporting verb hands on ("In a letter to Cllr Harris, the minister was blunt:"), and
 * whose a press release's heading gives them to ("Response from the cabinet member for children's services"), with
 * no "said" anywhere.
 */
import type {Mention} from './mentions.js';
import type {ArticlePerson} from './people.js';
import {mentionsBetween} from './quote-positions.js';
import type {QuoteParagraph, Speaker} from './quotes.js';
import {personByRole} from './role-reference.js';

/**
 * The one the sentence from `from` to `to` is about: the subject after an opening phrase ("In a letter to Cllr
 * Harris, the minister was blunt:"), else the first named. Who a that-clause names is no subject of the sentence
 * ("... a statement announcing that he had been sacked:").
 */
export function colonSubject(p: QuoteParagraph, from: number, to: number, fromMention: (m: Mention) => Speaker | null): Speaker | null {
	const lead = p.narrative.slice(from, to);
	const comma = lead.lastIndexOf(',');
	const that = lead.search(/\bthat\b/);
	const candidates = mentionsBetween(p, from, that >= 0 ? from + that : to).filter((m) => m.kind !== 'org' || m.org !== 'it');
	const subject = (/^\s*(?:In|After|Before|Following|Speaking|Responding|Writing|Asked)\b/.test(lead) && comma > 0 ? candidates.find((m) => m.start > from + comma) : undefined) ?? candidates[0];
	return subject ? fromMention(subject) : null;
}

/** A heading that names a role as the author: "Response from the cabinet member for children's services". */
const roleHeading = /^\s*(?:(?:full|joint|official)\s+)?(?:statement|response|reply|message|comments?|reaction)\s+(?:in full\s+)?(?:from|by)\s+(?:the\s+)?(?:council['’]s\s+)?([a-z][^.!?:"“”]{2,80}?)\s*:?\s*$/i;

/** The role words a heading may name, as personByRole reads them. */
const roleKey = /\b(cabinet member|portfolio holder|lead member|director|chief executive|council leader|leader|mayor|chair|chairman|chairwoman|commissioner|headteacher)\b/i;

/**
 * The author a heading names by role: the one person the article gives that role, else the role itself
 * ("Cabinet member for children's services"), who speaks as themself though the article names no one.
 */
export function headingSpeaker(narrative: string, people: readonly ArticlePerson[]): Speaker | null {
	const m = roleHeading.exec(narrative);
	const key = m ? roleKey.exec(m[1]!) : null;
	if (!m || !key) return null;
	const person = personByRole(people, key[1]!, []);
	if (person) return {name: person.name, person};
	const role = m[1]!.trim();
	return {name: role[0]!.toUpperCase() + role.slice(1), person: null};
}

/**
 * "Her view:", "His verdict on the report was blunt:", "Her message to staff:": a lead-in whose subject is what a
 * pronoun's referent thinks or says, with no reporting verb.
 */
const ownWords = /^\s*(?:(?:But|And|However)\s*,?\s+)?(His|Her)\s+(?:own\s+|personal\s+|final\s+)?(?:view|verdict|message|response|reply|answer|assessment|conclusion|advice|warning|reaction|take|words|plea|promise|pledge|thoughts|opinion|explanation|prediction|comments?)(?:\s+(?:to|on|for|about)\s+[^.:;"“”]{1,40}?)?(?:\s+(?:was|is)(?:\s+(?:clear|simple|blunt|stark|short|direct|unequivocal))?)?\s*:\s*$/;

/** Whose words such a lead-in (from `at`) hands on: the one the pronoun is. */
export function pronounWords(leadIn: string, at: number, fromMention: (m: Mention) => Speaker | null): Speaker | null {
	// (Only a lead-in that opens with the pronoun: most are spared the pattern.)
	if (leadIn.length > 120 || !/^\s*(?:\w+\s*,?\s+)?H(?:is|er)\s/.test(leadIn)) return null;
	const m = ownWords.exec(leadIn);
	return m ? fromMention({kind: 'pronoun', start: at, end: at, gender: m[1] === 'His' ? 'm' : 'f'}) : null;
}
