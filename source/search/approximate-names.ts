/**
 * Typo-tolerant matching of what was typed after a filter (`speaker:blakburn`, `authority:blakpool`,
 * `type:resignaton-call`) against the names it can mean, with the search index's own approximate term matching:
 * a typed word matches a word of a name when some part of that word is within `allowedEdits` edits of it, as a
 * query word matches a document's word (term-index.ts). The names are indexed as documents of a small
 * {@link TermIndex}, so a look-up scans their words, not every name.
 */
import {infixDistance, TermIndex, tokens} from './term-index.js';

/** A name that every typed word matches, and the edits that took in all. */
export type NearName = {readonly index: number; readonly name: string; readonly edits: number};

export class NameIndex {
	private readonly index: TermIndex;

	constructor(readonly names: readonly string[]) {
		this.index = TermIndex.build(names);
	}

	/** The names every typed word matches approximately, fewest edits first (then in list order). */
	near(typed: string): NearName[] {
		const words = [...new Set(tokens(typed))];
		if (words.length === 0) return [];
		let edits: Map<number, number> | null = null;
		for (const word of words) {
			// Per name, the fewest edits this word needs to match one of its words.
			const mine = new Map<number, number>();
			const row = new Uint16Array(word.length + 1);
			for (const t of this.index.terms(word, 'fuzzy')) {
				const d = infixDistance(word, this.index.term(t), word.length, row);
				for (const n of this.index.postingsOf(t)) {
					if (!(edits && !edits.has(n)) && d < (mine.get(n) ?? Infinity)) mine.set(n, d);
				}
			}
			if (edits) for (const [n, d] of mine) mine.set(n, d + edits.get(n)!);
			edits = mine;
			if (edits.size === 0) return [];
		}
		return [...edits!].map(([index, e]) => ({index, name: this.names[index]!, edits: e})).sort((a, b) => a.edits - b.edits || a.index - b.index);
	}

	/** The closest names: those with the fewest edits (several when they tie; none when nothing is near). */
	closest(typed: string): NearName[] {
		const near = this.near(typed);
		return near.filter((n) => n.edits === near[0]?.edits);
	}
}
