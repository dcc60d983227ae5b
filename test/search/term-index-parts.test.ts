/** The index written as it is built (its postings a range of terms at a time) is the index build() saves, byte for byte. */
import {describe, expect, it} from 'vitest';
import {TermIndex} from '../../source/search/term-index.js';

/** Texts of random words (a few common, many rare) with random punctuation and some non-ASCII, from a seed. */
function randomTexts(seed: number, n: number): string[] {
	let s = seed >>> 0;
	const random = () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
	return Array.from({length: n}, () =>
		Array.from({length: Math.floor(random() * 15)}, () => (random() < 0.4 ? pick(['the', 'council', 'Ofsted', 'Café', "isn't"]) : `w${Math.floor(random() * 5000).toString(36)}`)).join(pick([' ', ', ', '. ', ' — ', '\n'])),
	);
}

describe('TermIndex.buildSerialized', () => {
	const layout = {eventLead: Uint32Array.from([3, 1, 4, 1, 5]), eventOpens: Uint32Array.from([9, 2])};

	it('gives the bytes of build().serialize(), whatever the size of its parts', () => {
		const texts = randomTexts(7, 2_000);
		const expected = TermIndex.build(texts, 'some order', layout).serialize();
		for (const perPart of [1, 2, 17, 1000, 100_000, undefined]) {
			const {documents, parts} = TermIndex.buildSerialized(texts, 'some order', layout, perPart);
			expect(documents).toBe(texts.length);
			expect(Buffer.concat([...parts]).equals(expected), `perPart ${perPart}`).toBe(true);
		}
	});

	it('gives the bytes of build().serialize() for no texts and for empty ones', () => {
		for (const texts of [[], ['', '  ', '...']]) {
			expect(Buffer.concat([...TermIndex.buildSerialized(texts).parts]).equals(TermIndex.build(texts).serialize())).toBe(true);
		}
	});

	it('makes a part a range of terms, of at most the size asked unless one term has more documents', () => {
		const texts = randomTexts(11, 500);
		const built = TermIndex.build(texts);
		const {parts} = TermIndex.buildSerialized(texts, '', {}, 64);
		const all = [...parts];
		// Header parts, then the postings' parts, then none (no layout): the postings' parts are the ones after the offsets.
		const postingsBytes = 4 * Array.from({length: built.vocabularySize}, (_, t) => built.frequency(t)).reduce((a, b) => a + b, 0);
		const offsetsAt = all.findIndex((p) => p.byteLength === 4 * (built.vocabularySize + 1));
		const postingParts = all.slice(offsetsAt + 1);
		expect(postingParts.reduce((n, p) => n + p.byteLength, 0)).toBe(postingsBytes);
		const longest = Math.max(...Array.from({length: built.vocabularySize}, (_, t) => built.frequency(t)));
		expect(longest).toBeGreaterThan(64);
		for (const p of postingParts) expect(p.byteLength / 4).toBeLessThanOrEqual(Math.max(64, longest));
		expect(postingParts.length).toBeGreaterThan(postingsBytes / 4 / Math.max(64, longest));
	});
});
