/**
 * Whose words a colon with no reporting verb hands on: "In a letter to Cllr Harris, the minister was blunt:".
 */
import type {Mention} from './mentions.js';
import {mentionsBetween} from './quote-positions.js';
import type {QuoteParagraph, Speaker} from './quotes.js';

/**
 * The one the sentence from `from` to `to` is about: the subject after an opening phrase ("In a letter to Cllr
 * Harris, the minister was blunt:"), else the first named.
 */
export function colonSubject(p: QuoteParagraph, from: number, to: number, fromMention: (m: Mention) => Speaker | null): Speaker | null {
	const lead = p.narrative.slice(from, to);
	const comma = lead.lastIndexOf(',');
	const candidates = mentionsBetween(p, from, to).filter((m) => m.kind !== 'org' || m.org !== 'it');
	const subject = (/^\s*(?:In|After|Before|Following|Speaking|Responding|Writing|Asked)\b/.test(lead) && comma > 0 ? candidates.find((m) => m.start > from + comma) : undefined) ?? candidates[0];
	return subject ? fromMention(subject) : null;
}
