import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {wordAutomaton, wordAutomatonByPart, wordAutomatonOverWords} from '../../source/ingest/word-automaton.js';

/** The words of `list` that `text` holds, in the list's order. */
function reference(list: readonly string[], text: string): string[] {
	return list.filter((w) => text.includes(w));
}

describe('wordAutomaton', () => {
	it('gives the words that occur, on random texts', () => {
		const letters = fc.constantFrom('a', 'b', 'c', ' ', '.', '’', 'é');
		const word = fc.string({unit: letters, minLength: 1, maxLength: 5});
		fc.assert(
			fc.property(fc.uniqueArray(word, {minLength: 1, maxLength: 10}), fc.string({unit: letters, maxLength: 50}), (list, text) => {
				const find = wordAutomaton(list);
				expect([...find(text)].sort()).toEqual(reference(list, text).sort());
				// A second walk forgets the first's words.
				expect([...find(text.slice(1))].sort()).toEqual(reference(list, text.slice(1)).sort());
			}),
			{numRuns: 2000, seed: 21},
		);
	});

	it('finds words inside and across other words', () => {
		expect([...wordAutomaton(['inspectors', 'inspect', 'spec', 'tors t', 'x'])('the inspectors told')].sort()).toEqual(['inspect', 'inspectors', 'spec', 'tors t']);
	});
});

describe('wordAutomatonByPart', () => {
	it('gives each part of a text the set a walk of the part alone gives, in its order', () => {
		const letters = fc.constantFrom('a', 'b', 'c', ' ', '.', '’', 'é');
		const word = fc.string({unit: letters, minLength: 1, maxLength: 5});
		const part = fc.tuple(fc.nat(50), fc.nat(50));
		fc.assert(
			fc.property(fc.uniqueArray(word, {minLength: 1, maxLength: 10}), fc.string({unit: letters, maxLength: 50}), fc.array(part, {maxLength: 8}), (list, text, parts) => {
				const alone = wordAutomaton(list);
				const of = wordAutomatonByPart(list)(text);
				// (In any order of asking: forward, back and again.)
				for (const [a, b] of parts) {
					const start = Math.min(a, b, text.length), end = Math.min(Math.max(a, b), text.length);
					expect([...of(start, end)]).toEqual([...alone(text.slice(start, end))]);
				}
			}),
			{numRuns: 2000, seed: 29},
		);
	});
});

describe('wordAutomatonOverWords', () => {
	it('gives what a walk of the text written as its words between spaces gives, in its order', () => {
		const letters = fc.constantFrom('a', 'b', '&', '1', ' ', '.', '-', 'é', '’');
		const word = fc.string({unit: fc.constantFrom('a', 'b', '&', '1', ' '), minLength: 1, maxLength: 6});
		fc.assert(
			fc.property(fc.uniqueArray(word, {minLength: 1, maxLength: 10}), fc.string({unit: letters, maxLength: 50}), (list, text) => {
				const written = ` ${text.replace(/[^a-z0-9&]+/g, ' ')} `;
				expect([...wordAutomatonOverWords(list)(text)]).toEqual([...wordAutomaton(list)(written)]);
			}),
			{numRuns: 3000, seed: 29},
		);
	});

	it('reads whole words', () => {
		expect([...wordAutomatonOverWords([' nhs ', ' trust ', ' police '])('the nhs-trust’s police.')].sort()).toEqual([' nhs ', ' police ', ' trust ']);
	});
});
