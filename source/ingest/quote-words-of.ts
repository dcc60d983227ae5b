/**
 * A quotation printed first and given its speaker by the paragraph after it: ""It is the hardest job I have ever
 * done." / Those were the words of foster carer Jo Bloggs, ...", "That was the verdict of the chief inspector".
 */
import type {Mention} from './mentions.js';
import type {QuoteParagraph, Speaker} from './quote-types.js';

const wordsOf = /^\s*(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:(?:blunt|stark|frank|honest|candid|measured)\s+)?(?:words|verdict|view|message|warning|assessment|reaction|response)\s+of\s+/;

/** The one the next paragraph says the words were of, when it opens so (wordsOf): its first person, else body. */
export function speakerAfter(next: QuoteParagraph | null | undefined, fromMention: (m: Mention) => Speaker | null): Speaker | null {
	if (!next || !/^\s*(?:Th|Su)/.test(next.narrative)) return null;
	const m = wordsOf.exec(next.narrative);
	if (!m) return null;
	const end = next.narrative.slice(m[0].length).search(/[.;:!?]/);
	const inPhrase = next.mentions.filter((x) => x.start >= m[0].length && (end < 0 || x.start < m[0].length + end) && x.kind !== 'pronoun');
	const who = inPhrase.find((x) => x.kind === 'person') ?? inPhrase[0];
	return who ? fromMention(who) : null;
}
