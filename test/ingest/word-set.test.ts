import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {neededBy, wordFinder} from '../../source/ingest/word-set.js';

describe('wordFinder', () => {
	it('finds overlapping words, words inside words and words at the ends', () => {
		const present = wordFinder(['inspect', 'inspectors', 'her ', 'the board', 'board', 'x.y', 'ab'])('the inspectors told her board. abab');
		expect(['inspect', 'inspectors', 'her ', 'board', 'ab'].every((w) => present.has(w))).toBe(true);
		expect(present.has('the board')).toBe(false);
		expect(present.has('x.y')).toBe(false);
	});

	it('gives the same answer as includes() for every word', () => {
		const letters = fc.constantFrom('a', 'b', 'c', ' ', '.', '’', '|');
		const word = fc.string({unit: letters, minLength: 1, maxLength: 4});
		fc.assert(
			fc.property(fc.array(word, {minLength: 1, maxLength: 8}), fc.string({unit: letters, maxLength: 40}), (words, text) => {
				const present = wordFinder(words)(text);
				for (const w of words) expect(present.has(w)).toBe(text.includes(w));
			}),
		);
	});

	it('gives the items that need a word the text holds, in their order', () => {
		const letters = fc.constantFrom('a', 'b', 'c', ' ', '.');
		const word = fc.string({unit: letters, minLength: 1, maxLength: 3});
		fc.assert(
			fc.property(fc.array(fc.array(word, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 6}), fc.string({unit: letters, maxLength: 30}), (items, text) => {
				const present = wordFinder(items.flat())(text);
				expect(neededBy(items, (i) => i)(present)).toEqual(items.filter((i) => i.some((w) => text.includes(w))));
			}),
		);
	});
});
