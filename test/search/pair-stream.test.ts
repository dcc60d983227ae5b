/** The index builder's pair stream gives back every pair written, in order, across its chunks' edges. */
import {describe, expect, it} from 'vitest';
import {PairStream} from '../../source/search/pair-stream.js';

function roundTrip(docs: readonly (readonly number[])[], chunkBytes?: number): number[][] {
	const stream = new PairStream(chunkBytes);
	for (const ids of docs) {
		for (const id of ids) stream.term(id);
		stream.endDocument();
	}
	const out: number[][] = docs.map(() => []);
	stream.drain((id, doc) => out[doc]!.push(id));
	return out;
}

describe('PairStream', () => {
	// Term numbers at each byte length's edges: 0 and 126 take one byte, 127 two (it is written as 128), and so on.
	const edges = [0, 1, 126, 127, 128, 16_382, 16_383, 16_384, 2_097_150, 2_097_151, 2_097_152, 268_435_454, 268_435_455, 2 ** 31 - 1];

	it('gives back each document its terms, empty documents included', () => {
		const docs = [[], edges, [5, 5, 0], [], [3], []];
		for (const chunkBytes of [1, 2, 3, 5, 64, undefined]) expect(roundTrip(docs, chunkBytes)).toEqual(docs);
	});

	it('is empty once drained and can be written again', () => {
		const stream = new PairStream(4);
		stream.term(300);
		stream.endDocument();
		stream.drain(() => {});
		let calls = 0;
		stream.drain(() => calls++);
		expect(calls).toBe(0);
		stream.term(7);
		stream.endDocument();
		const seen: [number, number][] = [];
		stream.drain((id, doc) => seen.push([id, doc]));
		expect(seen).toEqual([[7, 0]]);
	});
});
