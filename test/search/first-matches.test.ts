/**
 * The block walk that finds a query's first matches: the same documents, in the same order, as taking every
 * match, sorting and filtering. The corpus is synthetic and large enough (20,000 documents) to span several
 * blocks, which the bundled articles (a few hundred documents) do not.
 */
import {describe, expect, it} from 'vitest';
import {firstMatches, type Disjunction} from '../../source/search/first-matches.js';
import {TermIndex} from '../../source/search/term-index.js';

// A small vocabulary with words of very different frequencies: "common" in nearly every document, "rare" in few.
const words = ['common', 'often', 'half', 'third', 'rare', 'late'];
function textOf(d: number): string {
	const out: string[] = [];
	if (d % 50 !== 0) out.push('common');
	if (d % 3 !== 0) out.push('often');
	if (d % 2 === 0) out.push('half');
	if (d % 3 === 0) out.push('third');
	if (d % 997 === 0) out.push('rare');
	if (d > 18_000) out.push('late');
	return out.join(' ');
}
const n = 20_000;
const index = TermIndex.build(Array.from({length: n}, (_, d) => textOf(d)));
const term = (w: string) => index.terms(w, 'exact')[0]!;
const has = (d: number, w: string) => textOf(d).split(' ').includes(w);

/** Every match, ascending, then filtered and cut: the plain statement. */
function plain(query: readonly (readonly string[][])[], within: Uint32Array | null, accept: (d: number) => boolean, want: number): number[] {
	const inWithin = within ? new Set(within) : null;
	const out: number[] = [];
	for (let d = 0; d < n && out.length < want; d++) {
		const matches = query.some((conj) => conj.every((anyOf) => anyOf.some((w) => has(d, w))));
		if (matches && (!inWithin || inWithin.has(d)) && accept(d)) out.push(d);
	}
	return out;
}

function walk(query: readonly (readonly string[][])[], within: Uint32Array | null, accept: (d: number) => boolean, want: number, over: TermIndex = index): number[] {
	const q: Disjunction = query.map((conj) => conj.map((anyOf) => anyOf.map(term)));
	const out: number[] = [];
	firstMatches(over, q, within, accept, want, out);
	return out;
}

describe('firstMatches', () => {
	const cases: [string, string[][][]][] = [
		['one common word', [[['common']]]],
		['a rare word (every block walked)', [[['rare']]]],
		['a word found only in the last blocks', [[['late']]]],
		['two words, one rare', [[['common'], ['rare']]]],
		['a word that may be any of several terms', [[['rare', 'late'], ['half']]]],
		['words that never meet', [[['half'], ['third'], ['rare']]]],
		['OR groups', [[['rare']], [['late'], ['third']]]],
		['a group that matches everything', [[]]],
	];
	it.each(cases)('%s', (_name, query) => {
		for (const want of [1, 400, n]) expect(walk(query, null, () => true, want)).toEqual(plain(query, null, () => true, want));
	});

	it('intersects with a list of allowed documents and a test', () => {
		const within = Uint32Array.from({length: n / 7}, (_, k) => k * 7);
		const accept = (d: number) => d % 5 !== 0;
		for (const [, query] of cases) for (const want of [10, 400]) expect(walk(query, within, accept, want)).toEqual(plain(query, within, accept, want));
	});

	it('appends to what is already found, up to the number wanted', () => {
		const out = [5];
		firstMatches(index, [[[term('rare')]]], null, () => true, 3, out);
		expect(out).toEqual([5, 0, 997]);
	});

	it('uses every word of the vocabulary', () => {
		expect(words.every((w) => index.terms(w, 'exact').length === 1)).toBe(true);
	});

	it('finds the same from an index read from its file a term at a time, reading only the first documents a walk needs', () => {
		const saved = index.serialize();
		let read = 0;
		const opened = () =>
			TermIndex.openFrom(saved.length, (target, at) => {
				read += target.length;
				target.set(saved.subarray(at, at + target.length));
			});
		for (const [name, query] of cases) {
			for (const want of [1, 400, n]) expect(walk(query, null, () => true, want, opened()), `${name}, ${want}`).toEqual(plain(query, null, () => true, want));
			const within = Uint32Array.from({length: n / 7}, (_, k) => k * 7);
			expect(walk(query, within, (d) => d % 5 !== 0, 400, opened()), name).toEqual(plain(query, within, (d) => d % 5 !== 0, 400));
		}
		// A word in nearly every document, a few wanted: its first documents are read, not its whole list.
		const common = opened();
		read = 0;
		walk([[['common']]], null, () => true, 10, common);
		expect(read).toBeLessThan((4 * index.frequency(term('common'))) / 4);
		// Asked for all of them later, the rest is read and the list is whole.
		expect([...common.postingsOf(term('common'))]).toEqual([...index.postingsOf(term('common'))]);
	});
});
