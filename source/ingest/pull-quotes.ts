/**
 * A pull quote: words printed above or beside the story, in quotation marks and unattributed, that a later
 * paragraph gives with their speaker. They are said once, by that speaker: the unattributed copy is page furniture.
 */
import {comparable as norm} from './text.js';

/** `quotes` without the unattributed ones a later attributed quote repeats (30 characters or more in common). */
export function withoutPullQuotes<Q extends {paragraph: number; text: string; speaker: unknown; fragment: boolean}>(quotes: readonly Q[]): Q[] {
	if (!quotes.some((q) => q.speaker == null && !q.fragment)) return [...quotes];
	const attributed = quotes.filter((r) => r.speaker != null).map((r) => ({paragraph: r.paragraph, words: norm(r.text)}));
	return quotes.filter((q) => {
		if (q.speaker != null || q.fragment) return true;
		const words = norm(q.text);
		if (words.length < 30) return true;
		const head = words.slice(0, Math.min(words.length, 60));
		return !attributed.some((r) => r.paragraph > q.paragraph && r.words.startsWith(head));
	});
}
