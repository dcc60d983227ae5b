/**
 * The order a search index numbers documents in: by words (as Fuse counts them for its field-length norm), then
 * by document number. A query's first matches in that order are the candidates Fuse ranks (search.ts), so the
 * order decides which documents a capped query looks at. The documents are kept in two parts, each indexed on
 * its own (segments.ts): what the importer extracted, and the timeline's lines, which curated records change.
 */

/** Words in a text the way Fuse counts them for its field-length norm. */
export function wordsOf(text: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const sep = (c >= 9 && c <= 13) || c === 32 || c === 160;
		if (!sep && !inWord) n++;
		inWord = !sep;
	}
	return Math.max(1, n);
}

/**
 * Documents `from` to `to` (exclusive) ordered by words, then number (a counting sort: word counts are small
 * numbers), and where each word count starts in that order: `starts[w]` documents have fewer than `w` words.
 */
export function byWordsIn(searchText: (i: number) => string, from: number, to: number): {order: Uint32Array; starts: Uint32Array} {
	const words = new Uint32Array(to - from);
	for (let i = from; i < to; i++) words[i - from] = wordsOf(searchText(i));
	let most = 0;
	for (const w of words) if (w > most) most = w;
	const starts = new Uint32Array(most + 2);
	for (const w of words) starts[w + 1]!++;
	for (let w = 1; w <= most + 1; w++) starts[w]! += starts[w - 1]!;
	const order = new Uint32Array(to - from);
	const next = starts.slice();
	for (let k = 0; k < words.length; k++) order[next[words[k]!]!++] = from + k;
	return {order, starts};
}

/** Whether `order` holds each of `from`..`to`-1 once: a damaged table would number documents wrongly. */
export function isOrderOf(order: Uint32Array, from: number, to: number): boolean {
	if (order.length !== to - from) return false;
	const seen = new Uint8Array(to - from);
	for (const i of order) {
		if (i < from || i >= to || seen[i - from] === 1) return false;
		seen[i - from] = 1;
	}
	return true;
}

/** Whether `starts` can be word starts of `n` documents: from 0, never falling, ending at `n`. */
export function isWordStarts(starts: Uint32Array | undefined, n: number): starts is Uint32Array {
	if (!starts || starts.length < 2 || starts[0] !== 0 || starts[starts.length - 1] !== n) return false;
	for (let w = 1; w < starts.length; w++) if (starts[w]! < starts[w - 1]!) return false;
	return true;
}
