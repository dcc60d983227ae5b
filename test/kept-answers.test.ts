/** The kept answers of a pure function of a text (source/text/kept-answers.ts), and the word-list tests of word-set.ts. */
import {describe, expect, it} from 'vitest';
import {keptAnswers} from '../source/text/kept-answers.js';
import {anyFound, anyWord, wordFinder} from '../source/ingest/word-set.js';

describe('keptAnswers', () => {
	it('answers a text asked again from what it kept, and forgets the oldest past its size', () => {
		const asked: string[] = [];
		const length = keptAnswers(2, (text) => {
			asked.push(text);
			return {n: text.length};
		});
		const first = length('one');
		expect(length('one')).toBe(first);
		length('three');
		expect(length('three').n).toBe(5);
		expect(asked).toEqual(['one', 'three']);
		length('fourth');
		length('one');
		expect(asked).toEqual(['one', 'three', 'fourth', 'one']);
	});

	it('tells texts apart by their whole content, not their length', () => {
		const upper = keptAnswers(4, (text) => text.toUpperCase());
		expect(upper('abc')).toBe('ABC');
		expect(upper('abd')).toBe('ABD');
	});
});

describe('anyWord and anyFound', () => {
	const words = ['notice', 'c++', 'a.b'];
	it('give the answer of asking includes() of each word, special characters taken literally', () => {
		for (const text of ['an improvement notice', 'code in c++', 'axb', 'a.b here', 'nothing']) {
			expect(anyWord(words)(text)).toBe(words.some((w) => text.includes(w)));
			expect(anyFound(words)(wordFinder([...words, 'other'])(text))).toBe(words.some((w) => text.includes(w)));
		}
	});

	it('find nothing for an empty list', () => {
		expect(anyWord([])('any text')).toBe(false);
		expect(anyFound([])(new Set(['any']))).toBe(false);
	});
});
