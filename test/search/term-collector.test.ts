/** The index builder's word reader gives the terms and documents that tokens() does, on ASCII and other text. */
import {describe, expect, it} from 'vitest';
import {TermCollector} from '../../source/search/term-collector.js';
import {tokens} from '../../source/search/tokens.js';

/** Terms and their documents, read the plain way: tokens() of each text. */
function plain(texts: readonly string[]): Map<string, number[]> {
	const out = new Map<string, number[]>();
	texts.forEach((text, doc) => {
		// Appended in place: a copy per document made this quadratic for a word in every one of 30,000 documents.
		for (const t of new Set(tokens(text))) {
			const docs = out.get(t);
			if (docs) docs.push(doc);
			else out.set(t, [doc]);
		}
	});
	return out;
}

function collected(texts: readonly string[]): Map<string, number[]> {
	const c = new TermCollector();
	for (const text of texts) c.add(text);
	const {vocab, offsets, postings, documents} = c.finish();
	expect(documents).toBe(texts.length);
	expect(vocab).toEqual([...vocab].sort());
	return new Map(vocab.map((t, i) => [t, [...postings.subarray(offsets[i], offsets[i + 1])]]));
}

describe('TermCollector', () => {
	it('reads words as tokens() does', () => {
		const texts = [
			"The council's leader, Coun Smith! Don't 'quote' me",
			"x'y ''a'' b'",
			'A1b2 C3 2019/20 — 100%',
			'Children’s Services: Café Déjà vu',
			'UPPER lower MiXeD upper',
			`${'long'.repeat(40)} word`,
			'',
			'   ',
			'the the THE The',
		];
		expect(collected(texts)).toEqual(plain(texts));
	});

	it('keeps terms apart whatever their number (its tables grow)', () => {
		const texts = Array.from({length: 30_000}, (_, d) => `w${d} w${d % 7} shared x${d * 31}`);
		expect(collected(texts)).toEqual(plain(texts));
	});
});
