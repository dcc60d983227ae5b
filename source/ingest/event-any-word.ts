/**
 * Whether a text holds any of a list of words: the same answer as `words.some((w) => text.includes(w))`, found by one
 * scan of the text (a pattern of the words, escaped, as alternatives) instead of one scan per word. The event rules
 * test most sentences and clauses for lists of twenty words and more before their patterns, and most hold none.
 */
export function anyWord(words: readonly string[]): (text: string) => boolean {
	// (No words: none is held, where an empty pattern would match any text.)
	if (words.length === 0) return () => false;
	const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
	return (text) => re.test(text);
}

/**
 * Whether a set of the words found in a text holds any of a list: the same answer as `words.some((w) => found.has(w))`,
 * looked up from the few words found rather than by asking for every word of the list.
 */
export function anyFound(words: readonly string[]): (found: ReadonlySet<string>) => boolean {
	const listed = new Set(words);
	return (found) => {
		for (const w of found) if (listed.has(w)) return true;
		return false;
	};
}
