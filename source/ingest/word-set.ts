/**
 * Which of a fixed list of words occur in a text, found in one pass: the same answer as asking `text.includes(w)`
 * of each word, for the cheap "needs one of these words" tests that spare most text most patterns.
 */
import {wordAutomaton, wordAutomatonByPart, wordAutomatonOverWords} from './word-automaton.js';

export type WordsPresent = ReadonlySet<string>;

/** A word as a pattern that matches it literally. */
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A finder for `words`: given a (lower-cased) text, the words of the list that occur in it anywhere. Pure. */
export function wordFinder(words: readonly string[]): (text: string) => WordsPresent {
	const list = [...new Set(words)];
	if (list.includes('')) return () => new Set(list);
	return wordAutomaton(list);
}

/**
 * A finder for `words` written as whole words between spaces (" nhs "), given a lower-cased text: the words of the list
 * that `` ` ${lower.replace(/[^a-z0-9&]+/g, ' ')} ` `` holds, found without writing that text out. Pure.
 */
export function wordFinderOverWords(words: readonly string[]): (lower: string) => WordsPresent {
	const list = [...new Set(words)];
	if (list.includes('')) return () => new Set(list);
	return wordAutomatonOverWords(list);
}

/**
 * The same finder for many parts of one text: given the (lower-cased) text, what the finder would answer for
 * `text.slice(start, end)`, for each part asked, from one pass over the whole text. Pure.
 */
export function wordFinderByPart(words: readonly string[]): (text: string) => (start: number, end: number) => WordsPresent {
	const list = [...new Set(words)];
	if (list.includes('')) return () => () => new Set(list);
	return wordAutomatonByPart(list);
}

/**
 * For items that each need one of their words in a text: given the words found in it, the items (in their order)
 * that have one, looked up from the few words found rather than by asking for every word of every item.
 */
export function neededBy<T>(items: readonly T[], needs: (item: T) => readonly string[]): (present: WordsPresent) => T[] {
	const byWord = new Map<string, number[]>();
	items.forEach((item, i) => {
		for (const w of needs(item)) byWord.set(w, [...(byWord.get(w) ?? []), i]);
	});
	// The few items the found words name, in the items' order: not a pass over every item for each text.
	return (present) => {
		const at: number[] = [];
		for (const w of present) {
			const items = byWord.get(w);
			if (items) for (const i of items) at.push(i);
		}
		// Sorted in place by insertion: a few dozen numbers at most, where Array.prototype.sort copied them into a work
		// array each call (a large share of an article's garbage, a call per sentence and per paragraph).
		for (let k = 1; k < at.length; k++) {
			const v = at[k]!;
			let j = k - 1;
			for (; j >= 0 && at[j]! > v; j--) at[j + 1] = at[j]!;
			at[j + 1] = v;
		}
		const out: T[] = [];
		for (let k = 0; k < at.length; k++) if (k === 0 || at[k] !== at[k - 1]) out.push(items[at[k]!]!);
		return out;
	};
}

/**
 * A pattern that matches exactly the strings of `words` (written as plain text), merged by their common beginnings
 * ("sa(?:id|ys?)"), for whole-word searches such as `(?<![A-Za-z])(?:…)(?![A-Za-z])`: the engine tries each of a
 * flat list's alternatives in turn at every position, a tree's branches once. Where several words match at one
 * position the longest is tried first (a flat list tries them in its order: "went|went on" takes "went" where the
 * tree takes "went on"); a pattern that goes on after it may take a shorter one.
 */
export function wordsPattern(words: readonly string[]): string {
	const tree = (list: readonly string[]): string => {
		const ends = list.includes('');
		const byFirst = new Map<string, string[]>();
		for (const w of list) if (w !== '') byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
		const branches = [...byFirst].map(([first, rests]) => escape(first) + tree(rests));
		if (branches.length === 0) return '';
		const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
		if (!ends) return body;
		return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
	};
	return `(?:${tree([...new Set(words)])})`;
}

/**
 * Whether a text holds any of a list of words: the same answer as `words.some((w) => text.includes(w))`, found by one
 * scan of the text (the words, escaped, as alternatives of one pattern) where a finder would list every word found.
 */
export function anyWord(words: readonly string[]): (text: string) => boolean {
	// (No words: none is held, where an empty pattern would match any text.)
	if (words.length === 0) return () => false;
	const re = new RegExp(words.map(escape).join('|'));
	return (text) => re.test(text);
}

/**
 * Whether the words a finder found hold any of a list: the same answer as `words.some((w) => found.has(w))`, looked up
 * from the few words found rather than by asking for every word of the list.
 */
export function anyFound(words: readonly string[]): (found: WordsPresent) => boolean {
	const listed = new Set(words);
	return (found) => {
		for (const w of found) if (listed.has(w)) return true;
		return false;
	};
}
