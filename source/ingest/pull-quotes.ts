/**
 * A pull quote: words printed above or beside the story, in quotation marks and unattributed, that a later
 * paragraph gives with their speaker. They are said once, by that speaker: the unattributed copy is page furniture.
 */
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** `quotes` without the unattributed ones a later attributed quote repeats (30 characters or more in common). */
export function withoutPullQuotes<Q extends {paragraph: number; text: string; speaker: unknown; fragment: boolean}>(quotes: readonly Q[]): Q[] {
	return quotes.filter((q) => {
		if (q.speaker != null || q.fragment) return true;
		const words = norm(q.text);
		if (words.length < 30) return true;
		return !quotes.some((r) => r !== q && r.paragraph > q.paragraph && r.speaker != null && norm(r.text).startsWith(words.slice(0, Math.min(words.length, 60))));
	});
}
