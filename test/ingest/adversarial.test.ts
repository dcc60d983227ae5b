/**
 * Hostile text: the pipeline must neither throw nor stall, and must not invent records from marks alone.
 * The time budgets are generous (the inputs take well under a second here); they catch a blow-up, not a slow machine.
 */
import {describe, expect, test} from 'vitest';
import {findQuoteSpans} from '../../source/ingest/quote-spans.js';
import {sentenceSpans} from '../../source/ingest/text.js';
import {article} from './article.js';

const lede = 'Bury Council’s children’s services are under scrutiny.';

function timed<T>(run: () => T): {result: T; ms: number} {
	const t0 = performance.now();
	const result = run();
	return {result, ms: performance.now() - t0};
}

describe('adversarial input', () => {
	test.each([
		['100 straight double marks', '"'.repeat(100)],
		['101 straight double marks', '"'.repeat(101)],
		['100 curly opening marks', '“'.repeat(100)],
		['100 single marks between words', Array.from({length: 100}, (_, k) => `w${k} '`).join(' ')],
		['lines of punctuation only', ['...', '!!!', '"""', "'''", '---', '“”‘’', ':;,', '()[]', '£££', '.'].join('\n\n')],
	])('%s: no quote, person or event from marks alone', (_label, text) => {
		const {result: x, ms} = timed(() => article('2024-03-14', lede, text));
		expect(x.quotes.filter((q) => /\p{L}/u.test(q.text) === false)).toEqual([]);
		expect(x.people).toEqual([]);
		expect(x.events).toEqual([]);
		expect(ms).toBeLessThan(2000);
	});

	test('a paragraph of 20,000 characters with thousands of quotations', () => {
		const unit = '“We will act,” said Cllr Ann Lee. ';
		const long = unit.repeat(Math.ceil(20_000 / unit.length));
		const {result: x, ms} = timed(() => article('2024-03-14', lede, long));
		expect(x.paragraphs).toHaveLength(2);
		expect(x.quotes).toHaveLength(1);
		expect(x.quotes[0]?.speaker).toBe('Ann Lee');
		expect(ms).toBeLessThan(5000);
	});

	test('a paragraph of 20,000 characters without a space or a stop', () => {
		const {result: x, ms} = timed(() => article('2024-03-14', lede, 'a'.repeat(20_000)));
		// One verbless word is furniture (a caption) rather than a paragraph; either way it is kept, not lost.
		expect([...x.paragraphs, ...x.furniture.map((f) => f.text)].some((t) => t.length === 20_000)).toBe(true);
		expect(ms).toBeLessThan(2000);
	});

	test('the text helpers are linear on long hostile paragraphs', () => {
		const p = `${'"ab" '.repeat(25_000)}${"'a b c' ".repeat(12_500)}${'A. '.repeat(30_000)}`;
		const {result, ms} = timed(() => [findQuoteSpans(p).length, sentenceSpans(p).length]);
		expect(result[0]).toBe(25_000 + 12_500);
		// Marks around a single letter quote nobody.
		expect(findQuoteSpans('"a" "b" "c"')).toEqual([]);
		expect(result[1]).toBeGreaterThan(1);
		expect(ms).toBeLessThan(2000);
	});

	test('an empty file and a file of blank lines give an empty article', () => {
		for (const text of ['', '  \n\n\t\n']) {
			const {result: x} = timed(() => article('2024-03-14', text));
			expect(x.paragraphs).toEqual([]);
			expect(x.quotes).toEqual([]);
			expect(x.events).toEqual([]);
		}
	});
});
