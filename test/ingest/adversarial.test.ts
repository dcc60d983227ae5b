/**
 * Hostile text: the pipeline must neither throw nor stall, and must not invent records from marks alone. Stalling
 * is checked as growth (the same input 8 times larger must not take much more than 8 times as long), never as a
 * wall-clock bound that a loaded machine could break.
 */
import {describe, expect, test} from 'vitest';
import {describeGrowth, growth, linearBound} from '../helpers/growth.js';
import {findQuoteSpans} from '../../source/ingest/quote-spans.js';
import {sentenceSpans} from '../../source/ingest/text.js';
import {article} from './article.js';

const lede = 'Bury Council’s children’s services are under scrutiny.';

/** Asserts that running `run` on `make(8)` takes no more than about 8 times as long as on `make(1)`. */
function expectLinear<T>(make: (scale: number) => T, run: (input: T) => unknown): void {
	const g = growth(make, run);
	expect(g.ratio, describeGrowth(g)).toBeLessThan(linearBound);
}

describe('adversarial input', () => {
	test.each([
		['100 straight double marks', (k: number) => '"'.repeat(100 * k)],
		['101 straight double marks', (k: number) => '"'.repeat(100 * k + 1)],
		['100 curly opening marks', (k: number) => '“'.repeat(100 * k)],
		['100 single marks between words', (k: number) => Array.from({length: 100 * k}, (_, i) => `w${i} '`).join(' ')],
		['lines of punctuation only', (k: number) => Array.from({length: k}, () => ['...', '!!!', '"""', "'''", '---', '“”‘’', ':;,', '()[]', '£££', '.'].join('\n\n')).join('\n\n')],
	])('%s: no quote, person or event from marks alone', (_label, make) => {
		const x = article('2024-03-14', lede, make(1));
		expect(x.quotes.filter((q) => /\p{L}/u.test(q.text) === false)).toEqual([]);
		expect(x.people).toEqual([]);
		expect(x.events).toEqual([]);
		expectLinear(make, (text) => article('2024-03-14', lede, text));
	});

	test('a paragraph of 20,000 characters with thousands of quotations', () => {
		const unit = '“We will act,” said Cllr Ann Lee. ';
		const long = (k: number) => unit.repeat(Math.ceil((20_000 * k) / unit.length));
		const x = article('2024-03-14', lede, long(1));
		expect(x.paragraphs).toHaveLength(2);
		expect(x.quotes).toHaveLength(1);
		expect(x.quotes[0]?.speaker).toBe('Ann Lee');
		expectLinear(long, (text) => article('2024-03-14', lede, text));
	});

	test('a paragraph of 20,000 characters without a space or a stop', () => {
		const x = article('2024-03-14', lede, 'a'.repeat(20_000));
		// One verbless word is furniture (a caption) rather than a paragraph; either way it is kept, not lost.
		expect([...x.paragraphs, ...x.furniture.map((f) => f.text)].some((t) => t.length === 20_000)).toBe(true);
		expectLinear((k) => 'a'.repeat(20_000 * k), (text) => article('2024-03-14', lede, text));
	});

	test('the text helpers are linear on long hostile paragraphs', () => {
		const hostile = (k: number) => `${'"ab" '.repeat(25_000 * k)}${"'a b c' ".repeat(12_500 * k)}${'A. '.repeat(30_000 * k)}`;
		const p = hostile(1);
		expect(findQuoteSpans(p).length).toBe(25_000 + 12_500);
		// Marks around a single letter quote nobody.
		expect(findQuoteSpans('"a" "b" "c"')).toEqual([]);
		expect(sentenceSpans(p).length).toBeGreaterThan(1);
		expectLinear(hostile, (text) => [findQuoteSpans(text).length, sentenceSpans(text).length]);
	});

	test('an empty file and a file of blank lines give an empty article', () => {
		for (const text of ['', '  \n\n\t\n']) {
			const x = article('2024-03-14', text);
			expect(x.paragraphs).toEqual([]);
			expect(x.quotes).toEqual([]);
			expect(x.events).toEqual([]);
		}
	});
});
