/**
 * The store's long loops (its read, above all) give the event loop a turn every slice, and wait there while the UI
 * holds them (a search answered from the files beside the store while the store is read): until every hold is
 * released, or each hold's limit has passed.
 *
 * The loop here runs until the test stops it, and counts its ticks: a held loop's count does not move. Nothing
 * depends on how fast the machine is: a timer of the test's runs only once the loop has given a turn, and a loop
 * that gives a turn while held waits there.
 */
import {describe, expect, it} from 'vitest';
import {holdSlices, Slicer, whileHeld} from '../../source/corpus/store/slicer.js';

function ticking(): {ticks: () => number; stop: () => void; finished: () => boolean; done: Promise<void>} {
	let ticks = 0;
	let stopped = false;
	let finished = false;
	const done = (async () => {
		const slicer = new Slicer();
		while (!stopped) {
			ticks++;
			await slicer.tick();
		}
		finished = true;
	})();
	return {ticks: () => ticks, stop: () => (stopped = true), finished: () => finished, done};
}

const turns = async (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the loop's count stands still over a while. */
async function standsStill(loop: {ticks: () => number}): Promise<boolean> {
	const before = loop.ticks();
	await turns(150);
	return loop.ticks() === before;
}

describe('holding the sliced loops', () => {
	it('stops a loop at its next turn until the hold is released', async () => {
		const release = holdSlices(60_000);
		const loop = ticking();
		await turns(10);
		expect(await standsStill(loop)).toBe(true);
		release();
		expect(await standsStill(loop)).toBe(false);
		loop.stop();
		await loop.done;
		expect(loop.finished()).toBe(true);
	});

	it('lets go once every hold is released, and each at its limit', async () => {
		const first = holdSlices(60_000);
		const second = holdSlices(60_000);
		const loop = ticking();
		await turns(10);
		first();
		first();
		expect(await standsStill(loop)).toBe(true);
		second();
		expect(await standsStill(loop)).toBe(false);
		loop.stop();
		await loop.done;

		// A limit long beside the check (a loaded machine's late timers must not outlast it), then passed.
		holdSlices(2000);
		const limited = ticking();
		await turns(10);
		// Held at first; once the limit has passed, going on by itself.
		expect(await standsStill(limited)).toBe(true);
		await turns(2100);
		expect(await standsStill(limited)).toBe(false);
		limited.stop();
		await limited.done;
	});

	it('keeps nothing waiting when nothing holds', async () => {
		await whileHeld();
		const loop = ticking();
		await turns(10);
		expect(await standsStill(loop)).toBe(false);
		loop.stop();
		await loop.done;
		expect(loop.finished()).toBe(true);
	});
});
