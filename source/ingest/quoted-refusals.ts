/**
 * Refusals told in the refuser's own words. Events are read from the narrative, never from inside quotations,
 * with one exception: a person who was called on to go and says "I am not going to walk away" has refused to
 * resign, and the article often reports the refusal only in those words.
 */

const refusal = /\bI(?:['’]m| am| will| shall|['’]ll| have| do)? ?(?:not|no intention of|never|not going to|won['’]t|don['’]t intend to|do not intend to)\b[^.!?]{0,30}?\b(?:resign(?:ing)?|step(?:ping)? (?:down|aside)|stand(?:ing)? (?:down|aside)|quit(?:ting)?|walk(?:ing)? away|go(?:ing)? anywhere)\b/i;

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
