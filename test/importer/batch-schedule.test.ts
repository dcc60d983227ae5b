/**
 * The import's default batches (skipWrite in import-paths.ts): the store grows fourfold between writes, yet the
 * last batch starts where batches that doubled the store would have started it, so the last write holds the same
 * records beside it as before, and the writes before it rewrite fewer records.
 */
import {describe, expect, it} from 'vitest';
import {skipWrite} from '../../source/importer/import-paths.js';

/** The files at which each write ends, for `files` one-article files into a store of `held` articles. */
function writes(files: number, held: number, batch: (from: number, articles: number) => number): number[] {
	const ends: number[] = [];
	for (let from = 0; from < files; ) {
		from = Math.min(files, from + batch(from, held + from));
		ends.push(from);
	}
	return ends;
}

const doubling = (_from: number, articles: number) => Math.max(250, articles);

describe('the default batch schedule', () => {
	const sizes = [1, 249, 250, 251, 600, 1000, 7999, 10_000, 20_000, 33_000, 50_000, 70_000, 128_001];
	for (const held of [0, 100, 3000]) {
		it(`starts the last batch where doubling batches did, with fewer records rewritten before it (store of ${held})`, () => {
			for (const files of sizes) {
				const mine = writes(files, held, (from, articles) => skipWrite(files, from, articles));
				const before = writes(files, held, doubling);
				expect(mine.at(-1)).toBe(files);
				expect(mine.at(-2) ?? 0).toBe(before.at(-2) ?? 0);
				// Every write ends where a doubling batch would have ended one.
				for (const end of mine) expect(before).toContain(end);
				const sum = (ends: number[]) => ends.slice(0, -1).reduce((a, b) => a + held + b, 0);
				expect(sum(mine)).toBeLessThanOrEqual(sum(before));
				if (before.length > 3) expect(mine.length).toBeLessThan(before.length);
				// No batch holds more files than the largest doubling batch.
				const batches = (ends: number[]) => ends.map((end, i) => end - (ends[i - 1] ?? 0));
				expect(Math.max(...batches(mine))).toBeLessThanOrEqual(Math.max(...batches(before)));
			}
		});
	}
});
