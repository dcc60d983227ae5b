/**
 * The sha256 of a large store's bytes, made on a thread of its own while the importing thread makes the bytes.
 * At 50,000 articles the store is over a gigabyte, whose hash on the writing thread was a second or more of the
 * import's last write; once the extraction workers are done, the machine's other core has nothing else to do.
 * Each chunk is posted as a copy (a copy of a megabyte costs a fraction of its hash), so the writer's buffers are
 * never shared; the writer waits for the hash before the file replaces the store, so a failed thread fails the
 * write, as a failed disk does.
 */
import {Worker} from 'node:worker_threads';

// Plain script code, not a module file: the bundled build has no file to start a worker from.
const code = `
const {parentPort} = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
let bytes = 0;
parentPort.on('message', (chunk) => {
	if (chunk === null) {
		parentPort.postMessage({digest: hash.digest('hex')});
		return;
	}
	hash.update(chunk);
	bytes += chunk.byteLength;
	parentPort.postMessage({bytes});
});
`;

/** How far the thread may fall behind the writer, in bytes, before the writer waits for it. */
const behindBytes = 64 << 20;

export class ThreadHash {
	readonly #worker: Worker;
	#posted = 0;
	#hashed = 0;
	#digest: string | null = null;
	#failure: Error | null = null;
	/** Called when the thread answers (or fails). */
	#wake: (() => void) | null = null;

	private constructor() {
		this.#worker = new Worker(code, {eval: true});
		this.#worker.on('message', (message: {bytes?: number; digest?: string}) => {
			if (message.digest !== undefined) this.#digest = message.digest;
			else this.#hashed = message.bytes ?? this.#hashed;
			this.#wake?.();
		});
		this.#worker.on('error', (error) => this.#fail(error));
		this.#worker.on('exit', (code) => this.#fail(new Error(`the hashing thread ended (${code})`)));
	}

	/** A thread to hash with, or null if none can be started (the caller hashes on its own thread). */
	static start(): ThreadHash | null {
		try {
			return new ThreadHash();
		} catch {
			return null;
		}
	}

	/** Hands over the next bytes (copied). */
	update(bytes: Uint8Array): void {
		if (this.#failure) return;
		this.#posted += bytes.byteLength;
		this.#worker.postMessage(bytes);
	}

	/** Waits while the thread is far behind the bytes handed over, so that the copies waiting for it stay few. */
	async keepUp(): Promise<void> {
		while (!this.#failure && this.#posted - this.#hashed > behindBytes) await this.#answer();
	}

	/** The hex sha256 of every byte handed over; the thread then ends. Throws if the thread failed. */
	async digest(): Promise<string> {
		this.#worker.postMessage(null);
		while (this.#digest === null && !this.#failure) await this.#answer();
		const digest = this.#digest;
		void this.#worker.terminate();
		if (digest === null) throw this.#failure ?? new Error('no hash');
		return digest;
	}

	/** Ends the thread without a hash (the write failed). */
	stop(): void {
		void this.#worker.terminate();
	}

	async #answer(): Promise<void> {
		await new Promise<void>((resolve) => (this.#wake = resolve));
		this.#wake = null;
	}

	#fail(error: Error): void {
		if (this.#digest === null) this.#failure ??= error;
		this.#wake?.();
	}
}
