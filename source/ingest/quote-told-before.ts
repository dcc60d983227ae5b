/**
 * A quotation that is a sentence of its own, told by the sentence before it in its paragraph: "..., will remain in
 * post, he explained. "The two roles are separate."" is the reporter's; "Cllr Nora Pike welcomed the decision. "The
 * department now has six months ..."" is the person that sentence opened with; "A statement said:" is the body
 * that spoke just before.
 */
import type {Mention} from './mentions.js';
import {between, mentionsBetween, sentenceAt, verbsBetween} from './quote-positions.js';
import type {QuoteSpan} from './quote-spans.js';
import type {Verb} from './quote-verbs.js';
import {isFullQuote} from './quote-whole.js';
import type {Found, QuoteParagraph, Speaker} from './quotes.js';
import {squash} from './text.js';

export type SpeakerOf = {
	readonly subjectOf: (verb: Verb, from: number, to: number) => Speaker | null;
	readonly fromMention: (m: Mention) => Speaker | null;
};

export function toldBefore(p: QuoteParagraph, s: QuoteSpan, leadIn: string, speakerOf: SpeakerOf): Found | null {
	const lead = /[.!?]\s*$/.exec(p.narrative.slice(Math.max(0, s.start - 40), s.start));
	if (!lead) return null;
	const previous = sentenceAt(p.text, s.start - lead[0].length);
	const verb = verbsBetween(p, previous.start, previous.end).at(-1);
	// A sentence before that quoted someone in full speaks for itself, not for the quotation after it.
	const quoted = between(p.spans, previous.start, previous.end).some((x) => isFullQuote(p, x));
	if (quoted) return null;
	const sp = verb ? speakerOf.subjectOf(verb, previous.start, previous.end) : null;
	if (sp) return {speaker: sp, how: 'reported-speech', cue: squash(p.narrative.slice(previous.start, verb!.end)).slice(-80)};
	// With no reporting verb, only a person who opens that sentence, and only for a quotation with no words before it.
	const subject = !verb && leadIn.trim() === '' ? mentionsBetween(p, previous.start, previous.end)[0] : undefined;
	const opener = subject?.kind === 'person' && p.narrative.slice(previous.start, subject.start).trim() === '' ? speakerOf.fromMention(subject) : null;
	return opener ? {speaker: opener, how: 'reported-speech', cue: squash(p.narrative.slice(previous.start, previous.end)).slice(0, 80)} : null;
}

/**
 * The organisation that spoke in the sentence before `at`: "In response, the council said its cabinet would step
 * down. A statement said: ..." is the council's; at a paragraph's start, the body the paragraph before reported.
 */
export function bodyBefore(p: QuoteParagraph, at: number, speakerOf: SpeakerOf, previousSpeaker: Speaker | null): Speaker | null {
	const sentence = sentenceAt(p.text, at);
	const previous = sentence.start > 0 ? sentenceAt(p.text, sentence.start - 1) : null;
	if (!previous || previous.start >= sentence.start || p.text.slice(0, sentence.start).trim() === '') return previousSpeaker && !previousSpeaker.person ? previousSpeaker : null;
	const verb = verbsBetween(p, previous.start, Math.min(previous.end, sentence.start)).at(-1);
	const sp = verb ? speakerOf.subjectOf(verb, previous.start, previous.end) : null;
	return sp && !sp.person ? sp : null;
}
