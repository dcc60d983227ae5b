/**
 * Terminal doubles for running the UI in-process: an output that says it is a TTY of a given size and counts
 * the bytes written to it, and an input that feeds key presses the way Ink reads them (the 'readable' event
 * and `read()`, as ink-testing-library does).
 */
import {EventEmitter} from 'node:events';

export class FakeTtyOut extends EventEmitter {
	readonly isTTY = true;
	bytes = 0;
	writes = 0;
	lastWriteAt = 0;
	/** Everything written, for checks (ANSI included). */
	text = '';

	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}

	write(chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean {
		const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
		this.bytes += Buffer.byteLength(s);
		this.writes++;
		this.lastWriteAt = performance.now();
		if (this.text.length < 2_000_000) this.text += s;
		const cb = typeof encoding === 'function' ? encoding : callback;
		if (typeof cb === 'function') (cb as () => void)();
		return true;
	}

	getColorDepth(): number {
		return 8;
	}

	hasColors(): boolean {
		return true;
	}

	cursorTo(): boolean {
		return true;
	}

	moveCursor(): boolean {
		return true;
	}

	clearLine(): boolean {
		return true;
	}

	clearScreenDown(): boolean {
		return true;
	}
}

export class FakeTtyIn extends EventEmitter {
	readonly isTTY = true;
	isRaw = false;
	#pending: string[] = [];

	/** Types one key (or an escape sequence): Ink reads it on the next 'readable'. */
	press(data: string): void {
		this.#pending.push(data);
		this.emit('readable');
		this.emit('data', data);
	}

	read(): string | null {
		return this.#pending.shift() ?? null;
	}

	setRawMode(mode: boolean): this {
		this.isRaw = mode;
		return this;
	}

	setEncoding(): this {
		return this;
	}

	resume(): this {
		return this;
	}

	pause(): this {
		return this;
	}

	ref(): this {
		return this;
	}

	unref(): this {
		return this;
	}
}

/**
 * Waits for the output to settle: (when `since` is given) until more than `since` writes have been made, then
 * until nothing more has been written for `quietMs`. Gives up after `maxMs`; returns whether it settled. Take
 * `since` (`out.writes`) before the action: Ink may write synchronously, inside the call that caused it.
 */
export async function settle(out: FakeTtyOut, opts: {quietMs: number; maxMs: number; since?: number}): Promise<boolean> {
	const start = performance.now();
	let tick = start;
	// A timer that fires late means the event loop was busy (a search on the UI thread): not quiet, just blocked.
	let busyAt = start;
	for (;;) {
		await new Promise((r) => setTimeout(r, 10));
		const now = performance.now();
		if (now - tick > 50) busyAt = now;
		tick = now;
		const wrote = opts.since === undefined || out.writes > opts.since;
		if (wrote && now - Math.max(out.lastWriteAt, busyAt, start) >= opts.quietMs) return true;
		if (now - start > opts.maxMs) return false;
	}
}
