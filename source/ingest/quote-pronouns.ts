/**
 * Who "he" or "she" is when a pronoun reports quoted words: the person its own sentence names, else the one the
 * paragraph named last, else the one the story is about, never one of the other gender; after an unnamed
 * spokesperson, that spokesperson's body; the body a paragraph opens with, for "it" and "they" after it; and the
 * inspectorate a sentence opened with, for "They said:" after it.
 */
import type {Mention} from './mentions.js';
import type {ArticlePerson, PeopleResult} from './people.js';
import {mentionsBetween, sentenceAt} from './quote-positions.js';
import type {QuoteParagraph, Speaker} from './quotes.js';

export type PronounContext = {
	readonly people: PeopleResult;
	readonly focus: ArticlePerson | null;
	readonly lastSpeaker: Speaker | null;
	readonly previousCue: string;
	/** Who the paragraph before reported, with no quotation of its own ("A council spokeswoman said ..."). */
	readonly previousNarrativeSpeaker?: Speaker | null;
	readonly sentenceAround: (p: QuoteParagraph, at: number) => {start: number; end: number};
};

export function pronounSpeaker(ctx: PronounContext, m: Extract<Mention, {kind: 'pronoun'}>, p?: QuoteParagraph): Speaker | null {
	// "A council spokesperson said: ... / He added:": the spokesperson's body, while no person is named before it.
	if (p && ctx.lastSpeaker && !ctx.lastSpeaker.person && /\bspokes(?:man|woman|person)\b/i.test(ctx.previousCue) && !p.mentions.some((x) => x.kind === 'person' && x.start < m.start)) return ctx.lastSpeaker;
	// "A council spokeswoman said a new team was in place. / "...," she said.": the body the paragraph before reported,
	// when its spokesperson may be that pronoun.
	const reported = ctx.previousNarrativeSpeaker;
	const spokes = reported && !reported.person ? /\bspokes(man|woman|person)\b/i.exec(ctx.previousCue) : null;
	if (p && spokes && (spokes[1]!.toLowerCase() === 'person' || (spokes[1]!.toLowerCase() === 'man') === (m.gender === 'm')) && !p.mentions.some((x) => x.kind === 'person' && x.start < m.start)) return reported!;
	// "Mr Marsden ... said he had met": a pronoun after a name in its own sentence is that sentence's subject.
	if (p) {
		const sentence = ctx.sentenceAround(p, m.start);
		// "..., Robert Akintola will remain in post, he explained.": whoever the reported clause names, the pronoun
		// that reports it is someone else (were it the same, the clause would say "he").
		const tail = /,\s*$/.test(p.narrative.slice(sentence.start, m.start)) && /^\s+(?:said|says|added|explained|told|insisted|stressed|warned|argued|admitted|confirmed)\b/.test(p.narrative.slice(m.end, m.end + 12));
		const subject = tail ? undefined : mentionsBetween(p, sentence.start, m.start)
			.filter((x): x is Extract<Mention, {kind: 'person'}> => x.kind === 'person' && x.start >= sentence.start && x.end <= m.start)
			.map((x) => ctx.people.resolve(x))
			.find((x) => x !== null && (x.gender === null || x.gender === m.gender));
		if (subject) return {name: subject.name, person: subject};
		// "Cllr Rosemary Achterberg ... said the result was 'a proud day'. She said: ..." : the person this paragraph
		// named last before it, when the gender allows.
		const earlier = mentionsBetween(p, 0, sentence.start)
			.filter((x): x is Extract<Mention, {kind: 'person'}> => x.kind === 'person')
			.map((x) => ctx.people.resolve(x))
			.filter((x) => x !== null && (x.gender === null || x.gender === m.gender));
		const last = earlier.at(-1);
		if (last) return {name: last.name, person: last};
	}
	if (ctx.focus && (ctx.focus.gender === null || ctx.focus.gender === m.gender)) return {name: ctx.focus.name, person: ctx.focus};
	// Someone of that gender, else someone whose gender the text does not give, never one of the other gender.
	const other = [...ctx.people.people].reverse().find((p) => p.gender === m.gender) ?? [...ctx.people.people].reverse().find((p) => p.gender === null);
	return other ? {name: other.name, person: other} : ctx.focus ? {name: ctx.focus.name, person: ctx.focus} : null;
}

/** A sentence adverb a paragraph may open with before its subject or its fronted phrase ("However, ..."). */
const sentenceAdverb = String.raw`(?:(?:However|Meanwhile|But|And|Now|Also|Overall|Instead|Still|Yet|Today|Elsewhere|Crucially|Importantly)\s*,?\s+)?`;
/** A prepositional phrase that opens a paragraph before its subject, up to its comma. */
const frontedPhrase = new RegExp(String.raw`^\s*${sentenceAdverb}(?:in|according to|following|after|within)\s+[^,.;:"“”‘’]{1,80},\s*`, 'i');
/** Nothing but a sentence adverb and an article before the body a paragraph opens with. */
const onlyAdverbBefore = new RegExp(String.raw`^\s*${sentenceAdverb}(?:the\s+)?$`, 'i');

/**
 * The body a paragraph opens with ("Ofsted carried out ..."): who "it" and "they" are in the next paragraph when
 * nothing nearer is. Only while the paragraph names no other body after it ("Ofsted ... Parents set up a group,
 * X. / It said:" is not Ofsted).
 */
export function openingBody(p: QuoteParagraph): Mention | null {
	// "A response to the Ofsted report by the council, calling for ...": the body the opening document is by.
	const by = /^\s*(?:A|An|The|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?(?:response|reply|statement|submission|letter)\b[^.;:]*?\b(?:by|from)\s+(?:the\s+)?(?=\S)/i.exec(p.narrative);
	const author = by ? p.mentions.find((m) => m.start === by[0].length && m.kind === 'org' && m.org !== 'it') : undefined;
	if (author) return author;
	// "But in its latest report, Ofsted has found ...", "According to a letter to the council, the DfE ...": a phrase set
	// before the subject with a comma is not the subject, nor are the bodies and documents it names.
	const frontedEnd = frontedPhrase.exec(p.narrative)?.[0].length ?? 0;
	const opening = p.mentions.find((m) => m.start >= frontedEnd);
	// ("However, the latest report highlights ...": a sentence adverb before it still opens with the body.)
	if (opening?.kind !== 'org' || opening.org === 'it' || !onlyAdverbBefore.test(p.narrative.slice(frontedEnd, opening.start))) return null;
	// ("Wigan Council, replying to a letter from Ofsted, said ...": a body inside an aside after it is not another subject.)
	const asideEnd = opening.end + (/^\s*,[^,.;:]{1,120},/.exec(p.narrative.slice(opening.end))?.[0].length ?? 0);
	const otherBody = p.mentions.some((m) => m !== opening && m.start >= frontedEnd && m.kind === 'org' && m.org !== 'it' && !m.org.startsWith('the document:') && !(m.start >= opening.end && m.end <= asideEnd));
	return otherBody ? null : opening;
}

const inspectorates = new Set(['Ofsted', 'the inspectorate', 'HM Inspectorate of Probation', 'Care Quality Commission']);

/**
 * Who "They said:" is: an inspectorate that opened the sentence before, with nobody named since ("Ofsted was critical
 * of ... They said:"). People are "they" as often, and "Two councillors criticised Ofsted. They said:" are the
 * councillors: null leaves the words unattributed rather than give them to the wrong side.
 */
export function inspectorateBefore(p: QuoteParagraph, they: Mention): Mention | null {
	const last = [...p.mentions].reverse().find((x) => x.end <= they.start && x !== they);
	if (last?.kind !== 'org' || !inspectorates.has(last.org)) return null;
	const opened = p.mentions.find((x) => x.start >= sentenceAt(p.text, last.start).start) === last;
	return opened ? last : null;
}
