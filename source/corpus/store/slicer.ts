/** Long loops over a large store (parsing, validating, writing) give the event loop a turn now and then. */
import {setImmediate as yieldToLoop} from 'node:timers/promises';

/** How long a loop runs before giving the event loop a turn, in ms. */
const sliceMs = 30;

/** Gives the event loop a turn when the current slice has run for `sliceMs`. */
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
			this.#since = performance.now();
		}
	}
}
