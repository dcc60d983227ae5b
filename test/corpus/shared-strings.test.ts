import {serialize} from 'node:v8';
import {describe, expect, it} from 'vitest';
import {compactStrings, shareRecordStrings, sliceFromParagraphs, StringPool} from '../../source/corpus/shared-strings.js';
import type {ArticleInput} from '../../source/corpus/merge.js';

const quote = () => ({
	id: 'a-q1',
	articleId: 'article-with-a-long-id',
	paragraph: 2,
	text: 'We will improve.',
	speaker: 'Cllr Jane Example',
	speakerId: 'cllr-jane-example',
	fragment: false,
	date: {value: '2019-07-27', precision: 'day', approximate: false, basis: "the article's date (stated: the inline date)"},
	origin: 'extracted',
	attribution: {kind: 'same-paragraph', cue: 'Cllr Jane Example said'},
	extra: {kept: ['as', 'it', 'was']},
});

describe('shared strings', () => {
	it('leaves every value of a record as it was', () => {
		const pool = new StringPool();
		const records = [quote(), quote()];
		for (const r of records) shareRecordStrings('quotes', r, pool);
		expect(records).toEqual([quote(), quote()]);
		const event = {id: 'e1', date: {value: null, precision: 'unknown', approximate: false, basis: 'none'}, authority: 'Bradford', type: 'resignation', summary: 's', sources: [{articleId: 'x', paragraph: 1}], participants: [{name: 'A B', role: 'by'}], evidence: {sentence: 's', cue: 'resigned'}, origin: 'extracted', n: 3};
		const copy = structuredClone(event);
		shareRecordStrings('events', event, pool);
		expect(event).toEqual(copy);
	});

	it("never reads an article's raw text (it may be read from the file on access)", () => {
		const article = {id: 'a', titleSource: 'lede', source: null, origin: 'extracted', published: {value: '2019', precision: 'year', approximate: false, basis: 'stated'}, authorities: ['Bradford'], people: [{name: 'A B', titles: ['Cllr'], roles: ['leader'], party: null, paragraphs: [1]}], furniture: [], readReport: {encoding: 'utf-8', removed: 0, repaired: 0}};
		Object.defineProperty(article, 'raw', {
			enumerable: true,
			get() {
				throw new Error('raw was read');
			},
		});
		expect(() => shareRecordStrings('articles', article, new StringPool())).not.toThrow();
	});

	it('tolerates records of any shape (the check comes after)', () => {
		const pool = new StringPool();
		for (const odd of [null, 3, 'text', [], {date: 'not an object', attribution: [1, 2], people: 'x', authorities: [null, 4]}]) {
			expect(() => shareRecordStrings('quotes', odd, pool)).not.toThrow();
			expect(() => shareRecordStrings('articles', odd, pool)).not.toThrow();
		}
	});

	it('gives back the first of equal strings, and short ones untouched when asked', () => {
		const pool = new StringPool(11);
		const first = ['the', 'article'].join(' ') + "'s date";
		expect(pool.share(first)).toBe(first);
		expect(pool.share(`the article's date`)).toBe(first);
		expect(pool.share(42)).toBe(42);
		expect(pool.share('short')).toBe('short');
	});

	it('holds a Latin-1 string cut from a text with wider characters in one byte a character, equal to what it was', () => {
		const text = `Councillor’s reply: ${'the council’s £1m plan was rejected. '.repeat(20)}`;
		// Cut from a text with a curly quote: V8 keeps the piece in two bytes a character though it holds none.
		const piece = text.slice(text.indexOf('plan'), text.indexOf('’', 40));
		const record = {quotes: [{text: piece, speaker: text.slice(0, 10), n: 3, none: null}], wide: text, paragraphs: [piece, 'ascii']};
		const before = structuredClone(record);
		// The bytes V8 sends a string in: one a character for a one-byte string, two for a two-byte one.
		const perCharacter = (s: string) => (serialize(s).length - 4) / s.length;
		expect(perCharacter(piece)).toBeGreaterThan(1.9);
		compactStrings(record);
		expect(record).toEqual(before);
		expect(perCharacter(record.quotes[0]!.text)).toBeLessThan(1.1);
		expect(perCharacter(record.paragraphs[0]!)).toBeLessThan(1.1);
		// A string with wider characters keeps them.
		expect(record.wide).toBe(text);
	});

	it('gives quotes and evidence the same text when they point into their paragraphs, and leaves what is not there', () => {
		const paragraphs = ['Cllr Jane Example said: "We will improve our services for children."', 'The council was rated inadequate by Ofsted in 2019.'];
		const extracted = {
			paragraphs,
			quotes: [
				{paragraph: 1, text: 'We will improve our services for children.'},
				{paragraph: 2, text: 'not in the paragraph at all, kept'},
				{paragraph: 9, text: 'no such paragraph'},
			],
			events: [{paragraph: 2, evidence: {sentence: 'The council was rated inadequate by Ofsted in 2019.', cue: 'rated'}}, {paragraph: 1}],
		};
		const before = structuredClone(extracted);
		sliceFromParagraphs({extracted} as unknown as ArticleInput);
		expect(extracted).toEqual(before);
	});
});
