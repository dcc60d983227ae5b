import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {neededBy, wordFinder, wordsPattern} from '../../source/ingest/word-set.js';

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

describe('wordsPattern', () => {
	const whole = (pattern: string) => new RegExp(`(?<![A-Za-z])${pattern}(?![A-Za-z])`, 'gi');
	const found = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

	it('matches the words of the list and nothing else', () => {
		const re = new RegExp(`^${wordsPattern(['said', 'says', 'say', 'saying', 'goes on', 'a.b', 'sa'])}$`);
		for (const w of ['said', 'says', 'say', 'saying', 'goes on', 'a.b', 'sa']) expect(re.test(w), w).toBe(true);
		for (const w of ['sai', 'sayings', 'goes', 'axb', 's', '']) expect(re.test(w), w).toBe(false);
	});

	it('finds the same whole words as the flat list, on random texts', () => {
		const words = ['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'to', 'went on', 'went', 'goes on', 'according', 'add', 'added', 'adds'];
		const flat = whole(`(?:${words.join('|')})`);
		const tree = whole(wordsPattern(words));
		const pieces = ['sa', 'id', 'y', 's', 'ing', 'to', 'ld', 'went', ' on', 'goes', 'acc', 'ording', 'add', 'ed', ' ', ' ', '. ', 'X'];
		let hits = 0;
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {minLength: 20, maxLength: 20}), (parts) => {
				const text = parts.join('');
				const ours = found(tree, text);
				expect(ours, text).toEqual(found(flat, text));
				hits += ours.length;
			}),
			// Fixed, so that the counts below are the same every run.
			{numRuns: 3000, seed: 5},
		);
		expect(hits).toBeGreaterThan(500);
	});
});

describe('wordsPattern against a flat list in its order', () => {
	it('takes the longest word at a place, where a flat list takes the first it lists', () => {
		const text = 'She went on to say it.';
		expect(text.match(new RegExp(`(?<![A-Za-z])${wordsPattern(['went', 'went on'])}(?![A-Za-z])`))?.[0]).toBe('went on');
		expect(text.match(/(?<![A-Za-z])(?:went|went on)(?![A-Za-z])/)?.[0]).toBe('went');
	});
});
