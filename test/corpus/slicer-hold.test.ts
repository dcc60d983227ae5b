/**
 * The store's long loops (its read, above all) give the event loop a turn every slice, and wait there while the UI
 * holds them (a search answered from the files beside the store while the store is read): until every hold is
 * released, or each hold's limit has passed.
 */
import {describe, expect, it} from 'vitest';
import {holdSlices, Slicer, whileHeld} from '../../source/corpus/store/slicer.js';

/** A loop that ticks for `ms` of the clock, as a store's read does record after record. */
function ticking(ms: number): {finished: () => boolean; done: Promise<void>} {
	let finished = false;
	const done = (async () => {
		const slicer = new Slicer();
		const until = performance.now() + ms;
		while (performance.now() < until) await slicer.tick();
		finished = true;
	})();
	return {finished: () => finished, done};
}

const turns = async (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('holding the sliced loops', () => {
	it('stops a loop at its next turn until the hold is released', async () => {
		const release = holdSlices(60_000);
		const loop = ticking(100);
		// A timer runs only once the loop gives a turn; held, it never goes on.
		await turns(300);
		expect(loop.finished()).toBe(false);
		release();
		await loop.done;
		expect(loop.finished()).toBe(true);
	});

	it('lets go once every hold is released, and each at its limit', async () => {
		const first = holdSlices(60_000);
		const second = holdSlices(60_000);
		const loop = ticking(60);
		await turns(200);
		first();
		first();
		await turns(200);
		expect(loop.finished()).toBe(false);
		second();
		await loop.done;

		holdSlices(150);
		const limited = ticking(60);
		await limited.done;
		expect(limited.finished()).toBe(true);
	});

	it('keeps nothing waiting when nothing holds', async () => {
		await whileHeld();
		const loop = ticking(60);
		await turns(300);
		expect(loop.finished()).toBe(true);
	});
});
