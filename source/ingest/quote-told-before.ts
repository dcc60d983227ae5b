/**
 * A quotation that is a sentence of its own, told by the sentence before it in its paragraph: "..., will remain in
 * post, he explained. "The two roles are separate."" is the reporter's; "Cllr Nora Pike welcomed the decision. "The
 * department now has six months ..."" is the person that sentence opened with.
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
