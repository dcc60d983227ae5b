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

function collected(texts: readonly string[], chunkBytes?: number): Map<string, number[]> {
	const c = new TermCollector(chunkBytes);
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

	it('gives the plain reading on random text, whatever the size of its chunks', () => {
		const random = seeded(13);
		const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'’é-";
		// Words from a large vocabulary (term numbers of one, two and three bytes) and a few common ones.
		const word = () => (random() < 0.5 ? ['the', 'council', 'said'][Math.floor(random() * 3)]! : `w${Math.floor(random() * 40_000).toString(36)}`);
		const texts = Array.from({length: 3_000}, () => {
			const n = Math.floor(random() * 12);
			const parts: string[] = [];
			for (let i = 0; i < n; i++) parts.push(random() < 0.8 ? word() : alphabet[Math.floor(random() * alphabet.length)]!.repeat(1 + Math.floor(random() * 3)));
			return parts.join(random() < 0.5 ? ' ' : alphabet[Math.floor(random() * alphabet.length)]!);
		});
		const expected = plain(texts);
		for (const chunkBytes of [1, 2, 3, 7, 4096, undefined]) expect(collected(texts, chunkBytes)).toEqual(expected);
	});
});

/** A small seeded generator (sfc32-like mixing), so that a failure can be repeated. */
function seeded(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
