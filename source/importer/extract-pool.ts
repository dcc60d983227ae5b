/**
 * Extraction on worker threads: the import's slow part is pure CPU (about 8 ms an article), so on a machine
 * with several cores the files are read and extracted by a pool of workers while the importing thread merges
 * and writes. Results come back as plain data and are merged in file order, so the store is the same as a
 * one-thread import's.
 *
 * The pool needs the compiled worker beside this module (dist/importer/extract-worker.js); run from TypeScript
 * sources (the tests) there is none and the import prepares files in its own thread.
 */
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {Prepared} from './prepare.js';
import type {TextFile} from '../corpus/store/text-in-file.js';
import {RawSpill, takeSpilled, type SpilledInput} from './raw-spill.js';

export type PoolJob = {readonly id: number; readonly file: string; readonly storeDir: string; readonly today: string | null; readonly urlList?: string | null};
export type PoolReply = {readonly id: number; readonly result: Prepared & {readonly inputs?: SpilledInput[]}};

type Pending = {resolve: (p: Prepared) => void; reject: (e: Error) => void};
// `spill`: the file this worker writes articles' raw text to (raw-spill.ts), kept open while any article reads from it.
type Slot = {worker: Worker; pending: Map<number, Pending>; dead: boolean; spill: TextFile | null};

/** How many workers an import uses: `SCRUTINY_WORKERS` if set (0 turns the pool off), else one per core. */
export function poolSize(env: NodeJS.ProcessEnv): number {
	const set = env['SCRUTINY_WORKERS'];
	if (set !== undefined && /^\d+$/.test(set)) return Math.min(Number(set), 16);
	return availableParallelism();
}

export class ExtractPool {
	readonly #slots: Slot[];
	#next = 0;

	private constructor(slots: Slot[]) {
		this.#slots = slots;
	}

	/**
	 * A pool of `size` workers, or null when there is no compiled worker to start or `size` is 0. `spillDir`: where
	 * the workers may leave articles' raw text (raw-spill.ts; the store's folder), else they send it.
	 */
	static create(size: number, spillDir?: string): ExtractPool | null {
		const url = new URL('extract-worker.js', import.meta.url);
		if (size < 1 || !existsSync(fileURLToPath(url))) return null;
		const slots: Slot[] = [];
		for (let i = 0; i < size; i++) {
			const spill = spillDir === undefined ? null : RawSpill.open(spillDir);
			const slot: Slot = {worker: new Worker(url, {workerData: {spillFd: spill?.fd ?? null}}), pending: new Map(), dead: false, spill: spill?.file ?? null};
			slot.worker.on('message', (reply: PoolReply) => {
				const p = slot.pending.get(reply.id);
				slot.pending.delete(reply.id);
				const r = reply.result;
				p?.resolve(r.ok ? {...r, inputs: r.inputs.map((input) => takeSpilled(input, slot.spill))} : r);
			});
			const fail = (error: Error) => {
				// The caller prepares the failed files itself: a broken worker loses nothing.
				slot.dead = true;
				for (const p of slot.pending.values()) p.reject(error);
				slot.pending.clear();
			};
			slot.worker.on('error', fail);
			slot.worker.on('exit', (code) => fail(new Error(`extraction worker exited (${code})`)));
			slots.push(slot);
		}
		return new ExtractPool(slots);
	}

	/** Prepares `file` on the least busy live worker; rejects if the worker dies (the caller falls back). */
	async prepare(job: Omit<PoolJob, 'id'>): Promise<Prepared> {
		const live = this.#slots.filter((s) => !s.dead);
		if (live.length === 0) throw new Error('no extraction worker left');
		const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = this.#next++;
		return new Promise<Prepared>((resolve, reject) => {
			slot.pending.set(id, {resolve, reject});
			slot.worker.postMessage({...job, id} satisfies PoolJob);
		});
	}

	async close(): Promise<void> {
		await Promise.all(
			this.#slots.map(async (s) => {
				s.dead = true;
				await s.worker.terminate();
			}),
		);
	}
}
