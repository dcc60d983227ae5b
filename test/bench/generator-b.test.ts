import {describe, expect, it} from 'vitest';
import {generateArticleB} from '../../bench/generator-b/article.js';
import {generateArticle} from '../../bench/generator.js';
import {extractArticle} from '../../source/ingest/extract.js';

const seed = 'generator-b-test';
const sample = 120;
const today = new Date('2026-01-01T12:00:00Z');
const made = Array.from({length: sample}, (_, i) => generateArticleB(seed, i));
const extracted = made.map((a) => extractArticle(a.text, {today}));
const fromA = Array.from({length: sample}, (_, i) => extractArticle(generateArticle(seed, i).text, {today}));
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('generator b', () => {
	it('writes the same bytes for the same seed and index, and other bytes for another seed', () => {
		expect(generateArticleB(seed, 17)).toEqual(made[17]);
		expect(generateArticleB(seed, 17)).toEqual(generateArticleB(seed, 17));
		expect(generateArticleB('another seed', 17).text).not.toBe(made[17]!.text);
		expect(new Set(made.map((a) => a.text)).size).toBe(sample);
	});

	it('names files a thousand to a folder, apart from generator a’s names', () => {
		expect(generateArticleB(seed, 0)).toMatchObject({folder: '000', name: 'b_000000.txt'});
		expect(generateArticleB(seed, 12_345)).toMatchObject({folder: '012', name: 'b_012345.txt'});
	});

	it('prints its date in several ways, and the importer reads it from each but the undated form', () => {
		const forms = new Set(made.map((a) => (/^published: /.test(a.text) ? 'header' : /^ date /.test(a.text) ? 'inline' : /\| \d{1,2} [A-Z][a-z]+ \d{4}\n/.test(a.text) ? 'byline' : /^PUBLISHED: /m.test(a.text) ? 'updated' : /first appeared in/.test(a.text) ? 'foot' : 'none')));
		expect([...forms].sort()).toEqual(['byline', 'foot', 'header', 'inline', 'none', 'updated']);
		const dated = extracted.filter((e) => /^stated/.test(e.published.basis)).length;
		expect(dated / sample).toBeGreaterThan(0.85);
	});

	it('gives shorter articles than generator a, with more quotes and fewer events each', () => {
		const bytesB = mean(made.map((a) => a.text.length));
		const bytesA = mean(Array.from({length: sample}, (_, i) => generateArticle(seed, i).text.length));
		expect(bytesB).toBeLessThan(bytesA * 0.7);
		const quotesB = mean(extracted.map((e) => e.quotes.length));
		const eventsB = mean(extracted.map((e) => e.events.length));
		expect(quotesB).toBeGreaterThan(mean(fromA.map((e) => e.quotes.length)));
		expect(eventsB).toBeLessThan(mean(fromA.map((e) => e.events.length)) / 2);
		expect(eventsB).toBeGreaterThan(0);
	});

	it('writes quotes of several paragraphs, each opening a quote mark and only the last closing it', () => {
		const multi = made.filter((a) => /[“"][^”"\n]+\n\n[“"]/.test(a.text));
		expect(multi.length).toBeGreaterThan(sample / 4);
	});

	it('shares no paragraph with generator a', () => {
		const paragraphsA = new Set(fromA.flatMap((e) => e.paragraphs));
		expect(extracted.flatMap((e) => e.paragraphs).filter((p) => paragraphsA.has(p))).toEqual([]);
	});
});
