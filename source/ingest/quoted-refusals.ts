/**
 * Refusals told in the refuser's own words. Events are read from the narrative, never from inside quotations,
 * with one exception: a person who was called on to go and says "I am not going to walk away" has refused to
 * resign, and the article often reports the refusal only in those words ("my job is to put it right, not to walk
 * away").
 */
import {unknownDate} from '../corpus/date-value.js';
import type {DateMatch} from './dates/types.js';
import type {RawEvent} from './event-types.js';
import {squash} from './text.js';

const refusal = /\bI(?:['’]m| am| will| shall|['’]ll| have| do)? ?(?:not|no intention of|never|not going to|won['’]t|don['’]t intend to|do not intend to)\b[^.!?]{0,30}?\b(?:resign(?:ing)?|step(?:ping)? (?:down|aside)|stand(?:ing)? (?:down|aside)|quit(?:ting)?|walk(?:ing)? away|go(?:ing)? anywhere)\b|\bI(?:['’]m| am) going nowhere\b|,\s*not to (?:walk away|resign|quit|step (?:down|aside)|stand (?:down|aside))\b/i;

/** Calls for someone to go: only an article that reports one reads refusals in quotes. */
export const resignationTalk = /\b(resign|resignation|resignations|step down|stand down|step aside|quit|walk away)\b/i;

export type QuotedRefusal = {paragraph: number; speaker: string; words: string};

/** The quotes in which their speaker, a person, refuses to go. */
export function quotedRefusals(quotes: readonly {paragraph: number; text: string; speaker: string | null; speakerIsPerson: boolean; fragment: boolean}[]): QuotedRefusal[] {
	const out: QuotedRefusal[] = [];
	for (const q of quotes) {
		if (q.fragment || !q.speaker || !q.speakerIsPerson) continue;
		const m = refusal.exec(q.text);
		if (m) out.push({paragraph: q.paragraph, speaker: q.speaker, words: m[0]});
	}
	return out;
}

/**
 * The refusals to resign told in the refusers' own words, as events: "said on Thursday: ..." dates the words;
 * else they are the article's news. Only in an article that talks of resigning.
 */
export function refusalEvents(refusals: readonly QuotedRefusal[], narratives: readonly string[], authority: string | null, datesIn: (text: string) => readonly DateMatch[]): RawEvent[] {
	if (refusals.length === 0 || !narratives.some((n) => resignationTalk.test(n))) return [];
	return refusals.map((r) => {
		const date = datesIn(narratives[r.paragraph - 1] ?? '').find((d) => d.date.value !== null)?.date ?? null;
		return {
			participants: [{name: r.speaker, role: 'by'}],
			date: date ?? unknownDate(),
			authority: authority ?? '',
			type: 'resignation-refused',
			evidence: {sentence: squash(r.words), cue: 'in their own words'},
			summary: `${r.speaker} refused to go: “${squash(r.words)}”`,
			paragraph: r.paragraph,
			alsoIn: [],
			dated: date !== null,
			future: false,
			undatedPast: false,
			reportsNews: false,
		};
	});
}
