/**
 * Who speaks a reporting verb: the nearest person before it in its sentence (organisations only when no person is
 * there), across asides and pairs, else who follows it ("said Cllr Smith").
 */
import type {Mention} from './mentions.js';
import type {PeopleResult} from './people.js';
import {documentsSubject, mentionsBetween} from './quote-positions.js';
import type {Verb} from './quote-verbs.js';
import type {QuoteParagraph, Speaker} from './quotes.js';

export type SubjectContext = {
	readonly people: PeopleResult;
	readonly fromMention: (m: Mention) => Speaker | null;
};

/** From a name to its verb across an aside: ", who introduced X to the cabinet, ", ", speaking alongside X, ". */
const asideToVerb = /^\s*,\s*(?:who|whose|speaking|standing|sitting|alongside|flanked|joined|accompanied|introducing|welcoming|having|in (?:a|an|her|his|their) (?:letter|e-?mail|reply|response|message) to|writing to|replying to|responding to)\b[^,.;:]*,\s*$/i;

/**
 * "sent to the director", "addressed to council leader", "In a letter to council leader Amy Brook,", "Writing to the
 * minister,", "Addressing Cllr Hart,": the words before one written or spoken to, who is not the one speaking.
 */
const addressedTo = /\b(?:(?:sent|addressed|copied|written|delivered|forwarded)\s+to|(?:letter|e-?mail|message|note|reply|response)\s+to|(?:writing|wrote|writes|replying|responding|turning)\s+to|addressing)\s+(?:the\s+)?[^,.;:]{0,40}$/i;

/** Between a possessive owner and the verb, the document itself: "'s open letter", "'s statement also". */
const ownedDocumentVerb = /^\s+(?:(?:open|latest|new|written|formal|official|full|own|final|short|brief|social media|facebook)\s+){0,2}(?:letter|statement|post|tweet|e-?mail|message|blog(?:\s+post)?|column|article|response|reply|submission|report)\s+(?:also\s+|further\s+|then\s+)?$/i;

/**
 * The speaker of a reporting verb: the nearest person before it in the sentence (organisations only when no
 * person is there), or for an -ing participle the word right before it or else the clause's subject.
 */
export function subjectOf(p: QuoteParagraph, verb: Verb, sentenceStart: number, sentenceEnd: number, ctx: SubjectContext): Speaker | null {
	const inSentence = mentionsBetween(p, sentenceStart, sentenceEnd);
	// "paid tribute to Ms Holt's commitment but said": a possessive name is not the one speaking.
	// "Ofsted's letter, sent to the director Jo Bright, said": whom a document was sent to is not its author.
	const addressee = (m: Mention) => m.kind === 'person' && addressedTo.test(p.narrative.slice(Math.max(sentenceStart, m.start - 60), m.start));
	const possessive = (m: Mention) => m.kind === 'person' && /['’]s?$/.test(p.narrative.slice(m.end - 2, m.end));
	// "Cllr Reed's letter added:", "the mayor Jo Hart's statement said:": the document speaks for its owner.
	const owner = !verb.participle ? inSentence.findLast((m) => m.end <= verb.start && possessive(m)) : undefined;
	// (The owner opens the sentence: "The council's reply to Cllr Reed's letter said:" is the council's reply.)
	if (owner && ownedDocumentVerb.test(p.narrative.slice(owner.end, verb.start)) && !/[,;]|\b(?:to|of|about|on|into|against|for|in|by|from)\b/i.test(p.narrative.slice(sentenceStart, owner.start))) {
		const sp = ctx.fromMention(owner);
		if (sp) return {...sp, written: true};
	}
	const before = inSentence.filter((m) => m.end <= verb.start && !possessive(m) && !documentsSubject(p.narrative, m) && !addressee(m));
	if (verb.participle) {
		const adjacent = before.at(-1);
		if (adjacent && p.narrative.slice(adjacent.end, verb.start).trim() === '') return ctx.fromMention(adjacent);
		// "Ofsted praised the borough's senior leaders for ..., saying": the one that opens the sentence is its subject.
		const opening = before[0] && /^\s*(?:(?:But|And|However|Yet|Overall|Today|Now)\s*,?\s+)?(?:the\s+)?$/i.test(p.narrative.slice(sentenceStart, before[0].start)) ? before[0] : undefined;
		// "A response to the Ofsted report by the council, calling for": not the object of "to", but the one it is by.
		const agent = before.find((m) => /\b(?:by|from)\s+(?:the\s+)?$/i.test(p.narrative.slice(Math.max(0, m.start - 10), m.start)));
		const object = (m: Mention) => /\b(?:to|on|into|of|about|against|for)\s+(?:the\s+)?$/i.test(p.narrative.slice(Math.max(0, m.start - 10), m.start));
		const subject = opening ?? agent ?? before.find((m) => m.kind !== 'org' && !object(m)) ?? before.find((m) => !object(m)) ?? before[0];
		return subject ? ctx.fromMention(subject) : null;
	}
	// "raised the report, noting it identified": "it" right before the verb is the organisation or document named
	// before it, never a person.
	if (/(?:^|[\s,])it\s+(?:also\s+|had\s+|has\s+)?$/i.test(p.narrative.slice(Math.max(sentenceStart, verb.start - 16), verb.start))) {
		const body = before.findLast((m) => m.kind === 'org' && m.org !== 'it');
		if (body) return ctx.fromMention(body);
	}
	// "..., but the city council said:", "the Ofsted report which stated": the organisation right before its verb speaks.
	const last = before.at(-1);
	if (last?.kind === 'org' && /^\s*,?\s*(?:which|that)\s+(?:had\s+|has\s+)?$/i.test(p.narrative.slice(last.end, verb.start))) return ctx.fromMention(last);
	// Not the organisation a person's role names ("Helen Marsh, cabinet member at Rutland County Council said:").
	if (last?.kind === 'org' && !last.org.startsWith('the document:') && p.narrative.slice(last.end, verb.start).trim() === '' && before.some((m) => m.kind === 'person') && !/\b(?:at|of|for|with|from|on)\s+(?:the\s+)?$/i.test(p.narrative.slice(Math.max(0, last.start - 12), last.start))) return ctx.fromMention(last);
	let person: Mention | undefined = [...before].reverse().find((m) => m.kind !== 'org');
	// "Cllr Graham Bulloch, who introduced Ayo Bankole to the cabinet, said:": a name inside an aside between the
	// subject and its verb is not the one speaking.
	const aside = person ? before.findLast((m) => m.kind === 'person' && m.end <= person!.start && verb.start - m.end <= 200 && asideToVerb.test(p.narrative.slice(m.end, verb.start))) : undefined;
	if (aside) person = aside;
	if (person) {
		// "council leader Amrit Sandhu and chief executive Joanne Pryor said": the first of a pair speaks first.
		const k = before.indexOf(person);
		const pair = before[k - 1];
		// ("Cllrs Stefan Okafor and Maureen Lyle": the plural title's second name starts where the first does.)
		if (person.kind === 'person' && pair?.kind === 'person' && (person.start <= pair.start || /^\s*and\s+[^,.;:]{0,70}$/.test(p.narrative.slice(pair.end, person.start)))) return ctx.fromMention(pair);
		return ctx.fromMention(person);
	}
	// "Wigan Council, replying to a letter from Ofsted, said": not the body inside the aside.
	const org = before.findLast((m) => m.kind === 'org' && m.org !== 'it' && verb.start - m.end <= 200 && asideToVerb.test(p.narrative.slice(m.end, verb.start))) ?? before.at(-1);
	// "Orrell added:": a surname alone before its verb, once the article has printed the full name.
	const bare = /(?<![\w'’-])([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s+$/.exec(p.narrative.slice(Math.max(sentenceStart, (org?.end ?? 0)), verb.start));
	if (bare && !verb.participle) {
		const person = ctx.people.resolve({kind: 'person', start: 0, end: 0, names: [bare[1]!], title: null, gender: null});
		if (person && person.name.includes(' ')) return {name: person.name, person};
		// "Richard said": a first name alone, when one person the article names has it.
		const given = ctx.people.people.filter((x) => x.name.startsWith(`${bare[1]} `));
		if (!person && given.length === 1) return {name: given[0]!.name, person: given[0]!};
	}
	// "The report, by Ofsted and the Care Quality Commission, found:": the first of a pair.
	const pair = before.at(-2);
	if (org && pair?.kind === 'org' && /^\s*and\s+$/i.test(p.narrative.slice(pair.end, org.start).replace(/\bthe\s+$/i, ''))) return ctx.fromMention(pair);
	// "The council welcomed the report, but said ...": a verb whose subject the conjunction left out is the sentence's
	// subject's, not the object named before it.
	if (org && before[0] !== org && /^[^.;:]*?,?\s+(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+)?$/i.test(p.narrative.slice(org.end, verb.start))) return ctx.fromMention(before[0]!);
	if (org) return ctx.fromMention(org);
	// "said Cllr Smith": the speaker follows the verb ("argued that Mr Pryce had suffered" names whom it is about).
	const after = inSentence.find((m) => m.start >= verb.end);
	return after && !/\b(?:that|whether|how|why)\b/i.test(p.narrative.slice(verb.end, after.start)) ? ctx.fromMention(after) : null;
}
