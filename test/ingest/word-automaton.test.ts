import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {wordAutomaton} from '../../source/ingest/word-automaton.js';

/** The words of `list` in `text` as a search from each position in turn finds them: by first start, then in list order. */
function reference(list: readonly string[], text: string): string[] {
	const out: string[] = [];
	for (let p = 0; p < text.length; p++) for (const w of list) if (text.startsWith(w, p) && !out.includes(w)) out.push(w);
	return out;
}

describe('wordAutomaton', () => {
	it('gives the words that occur, in the order of their first start and then of the list, on random texts', () => {
		const letters = fc.constantFrom('a', 'b', 'c', ' ', '.', '’', 'é');
		const word = fc.string({unit: letters, minLength: 1, maxLength: 5});
		fc.assert(
			fc.property(fc.uniqueArray(word, {minLength: 1, maxLength: 10}), fc.string({unit: letters, maxLength: 50}), (list, text) => {
				const find = wordAutomaton(list);
				expect([...find(text)]).toEqual(reference(list, text));
				// A second walk forgets the first's words.
				expect([...find(text.slice(1))]).toEqual(reference(list, text.slice(1)));
			}),
			{numRuns: 2000, seed: 21},
		);
	});

	it('finds words inside and across other words', () => {
		expect([...wordAutomaton(['inspectors', 'inspect', 'spec', 'tors t', 'x'])('the inspectors told')]).toEqual(['inspectors', 'inspect', 'spec', 'tors t']);
	});
});
