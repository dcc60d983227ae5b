/** Long loops over a large store (parsing, validating, writing) give the event loop a turn now and then. */
import {setImmediate as yieldToLoop} from 'node:timers/promises';

/** How long a loop runs before giving the event loop a turn, in ms. */
const sliceMs = 30;

/** Resolved when the last hold is released; null while nothing holds the loops. */
let held: {readonly released: Promise<void>; readonly release: () => void; count: number} | null = null;

/**
 * Holds every sliced loop at its next turn until the returned function is called, or `maxMs` have passed: the
 * UI holds the store's read while it answers a search from the files beside the store, which the read's work and
 * its garbage collections would otherwise slow several times over. Loops already held go on once every hold is
 * released.
 */
export function holdSlices(maxMs: number): () => void {
	if (!held) {
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		held = {released, release, count: 0};
	}
	const hold = held;
	hold.count++;
	let done = false;
	const timer = setTimeout(() => end(), maxMs);
	const end = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		if (--hold.count === 0) {
			if (held === hold) held = null;
			hold.release();
		}
	};
	return end;
}

/** Resolves once nothing holds the loops (at once if nothing does). */
export async function whileHeld(): Promise<void> {
	while (held) await held.released;
}

/** Gives the event loop a turn when the current slice has run for `sliceMs`, and waits while a hold lasts. */
export class Slicer {
	#since = performance.now();
	#count = 0;

	/** Call once per unit of work; awaits a turn of the event loop now and then. */
	async tick(): Promise<void> {
		// performance.now() costs more than a record's check: look at the clock every 64 calls.
		if ((++this.#count & 63) !== 0) {
			return;
		}

		if (performance.now() - this.#since >= sliceMs) {
			await yieldToLoop();
			await whileHeld();
			this.#since = performance.now();
		}
	}
}
