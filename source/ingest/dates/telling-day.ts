/**
 * A day told right after a verb of telling ("said on Friday", "announced on Monday", "confirmed yesterday") is the day
 * of the telling. What the telling says may be still to come ("said on Friday it would appeal against the inadequate
 * rating") or may have come before it ("announced on Monday that its director had resigned"): then the day is an
 * event's only by a reading of the sentence. (A refusal or a call is made by being said, and keeps the day; so does a
 * going told as the news itself, or announced ahead: "announced on Monday that its director has resigned", "that she
 * would retire".)
 */

/** A verb of telling right before the date's words. */
const tellingBefore = /\b(?:said|says|told\s+(?:[\w'’-]+\s+){0,2}?|announced|confirmed|revealed|reported|disclosed|stated|wrote|insisted|indicated)\s*$/i;
/** The teller, or what it speaks of, and a verb of what is still to come: "it would appeal", "that the council will". */
const laterAct = /^\s*,?\s*(?:that\s+)?(?:it|they|he|she|we|the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|its\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:would|will|was\s+going\s+to|planned\s+to|intended\s+to|was\s+to)\b/i;
/** A going told in the past perfect: before the telling ("that its director of children's services had resigned"). */
const goneBefore = /^\s*,?\s*(?:that\s+)?(?:[\w'’-]+\s+){1,7}?had\s+(?:already\s+)?(?:resigned|stepped\s+down|stood\s+down|quit|left)\b/i;

/** Why the date at `at` (its words `words`) is a telling's rather than the event's; null where it is not. */
export function tellingOnly(sentence: string, at: number, words: string, type: string): string | null {
	// (The words of a weekday or "yesterday" may begin with "on": the verb stands before them.)
	if (!tellingBefore.test(sentence.slice(Math.max(0, at - 40), at))) return null;
	const after = sentence.slice(at + words.length, at + words.length + 120);
	// (A going announced ahead, "announced in March that he planned to retire", is resigning on that day.)
	if (type !== 'resignation-refused' && type !== 'resignation-call' && type !== 'resignation' && laterAct.test(after)) return 'the day of a telling of what was to come';
	if (type === 'resignation' && goneBefore.test(after)) return 'the day of the telling';
	return null;
}
