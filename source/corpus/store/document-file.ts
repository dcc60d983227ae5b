/**
 * One lowdb JSON file kept safely: lowdb's `Low` with the strict adapter (adapter.ts), writers under an
 * inter-process lock (lock.ts), `update()` re-reading under it, an older format migrated on open after a
 * backup, a newer one read-only. The extracted store and its curated file are each one of these.
 */
import {Low} from 'lowdb';
import {DocumentAdapter, sha256} from './adapter.js';
import {removeStaleTemps, resolveTarget, writeBackup} from './atomic-write.js';
import type {DocumentKind} from './document-kind.js';
import {cacheKeyOfBytes, recordDigest} from './content-digests.js';
import {StoreError} from './errors.js';
import {cacheKey, fileIdentity} from './file-identity.js';
import {realFs, type FsSeam} from './fs-seam.js';
import {acquireLock, assertHeld, defaultLockWaitMs, releaseLock, type HeldLock} from './lock.js';
import type {Migration} from './migrations.js';

/** Options of `openStore` (and of each of its files). */
export interface OpenStoreOptions {
	/** A missing file opens as an empty store, created on the first write. */
	readonly create?: boolean;
	/** Never write, lock, migrate on disk or clean up: for viewers. */
	readonly readOnly?: boolean;
	/** The file system; tests pass one that fails on purpose. */
	readonly fs?: FsSeam;
	/** How long a writer waits for another process's lock, in ms (default 10 000). */
	readonly lockWaitMs?: number;
	/** Called once each time a writer finds the lock taken and starts to wait (so a command can say so). */
	readonly onLockWait?: () => void;
	/** The store's migration table (default `migrations`); tests pass their own. */
	readonly migrations?: readonly Migration[];
}

/** How an update's write may copy records from the last one (`update`). */
export interface Reuse {
	/** Every record changed in place since the last write, once the update's function has returned. */
	readonly changedInPlace: WeakSet<object>;
	/** Another such update follows: this write notes where its records land, for that one to copy them. */
	readonly again: boolean;
}

/** Options of one file. */
interface FileOptions extends OpenStoreOptions {
	/** A new file takes the mode of this one (the curated file its store's). */
	readonly modeFrom?: string;
}

export class DocumentFile<T extends object> {
	readonly path: string;
	readonly #db: Low<T>;
	readonly #adapter: DocumentAdapter<T>;
	readonly #fs: FsSeam;
	readonly #forcedReadOnly: boolean;
	readonly #lockWaitMs: number;
	readonly #onLockWait: (() => void) | undefined;
	// Operations of one store run one at a time: two overlapping update() calls on the same object would
	// otherwise share one lock and interleave their read-modify-write.
	#queue: Promise<unknown> = Promise.resolve();
	#held: HeldLock | null = null;
	/**
	 * `data` is what this store last read or saved, as far as the store knows: false after a failed `write()`
	 * or a new `data` object, which leave changes in memory that the file does not have.
	 */
	#inSync = false;
	/** The identity and sha256 of the state last read (if still the file's after the read) or written. */
	#digested: {identity: string; hash: string | null} | null = null;

	readonly kind: DocumentKind<T>;

	constructor(storePath: string, kind: DocumentKind<T>, options: FileOptions) {
		this.path = storePath;
		this.kind = kind;
		this.#fs = options.fs ?? realFs;
		this.#forcedReadOnly = options.readOnly ?? false;
		this.#lockWaitMs = options.lockWaitMs ?? defaultLockWaitMs;
		this.#onLockWait = options.onLockWait;
		this.#adapter = new DocumentAdapter(storePath, this.#fs, options.create ?? false, kind);
		this.#adapter.modeFrom = options.modeFrom;
		this.#adapter.beforeRename = () => {
			assertHeld(this.#held, this.path);
		};

		this.#db = new Low<T>(this.#adapter, kind.empty());
	}

	get data(): T {
		return this.#db.data;
	}

	set data(value: T) {
		this.#inSync = false;
		this.#db.data = value;
	}

	get readOnly(): boolean {
		return this.#forcedReadOnly || this.newer;
	}

	/** The file's identity (file-identity.ts) as this object last read or wrote it; null when there was no file. */
	get identity(): string | null {
		return this.#adapter.identity;
	}

	/** Whether the file was written by a newer scrutiny (readable, never written). */
	get newer(): boolean {
		return this.#adapter.fileVersion > this.kind.version;
	}

	/**
	 * Under this file's lock, saves a copy of the file's bytes as they are now to `<file>.<tag>.bak` (never over
	 * an earlier backup): before a change that a researcher may want to undo by hand.
	 */
	async backup(tag: string): Promise<void> {
		assertHeld(this.#held, this.path);
		const bytes = await this.#adapter.readCurrent();
		if (bytes) await writeBackup(this.#fs, this.path, await resolveTarget(this.#fs, this.path), tag, bytes);
	}

	async open(): Promise<void> {
		await this.#read();
		if (this.#forcedReadOnly) {
			return;
		}

		// Resolving now reports a missing directory or a dangling symlink at open, not at the first save.
		const target = await resolveTarget(this.#fs, this.path);
		await removeStaleTemps(this.#fs, target);
		if (this.#adapter.pendingBackup && !this.readOnly) {
			await this.#serial(async () =>
				this.#withLock(async () => {
					// Another process may have migrated it while we waited for the lock.
					await this.#read();
					if (this.#adapter.pendingBackup && !this.readOnly) {
						await this.#save(false);
					}
				}),
			);
		}
	}

	async write(): Promise<void> {
		return this.#serial(async () => {
			this.#assertWritable();
			this.#inSync = false;
			await this.#withLock(async () => this.#save(true));
		});
	}

	/**
	 * `reuse.changedInPlace`: the caller's word that every record of `data` changed in place since this object's
	 * last write (by `fn` or before it) is in the set by the time `fn` returns; the write then copies the others from
	 * the file that write made, if it kept its records' places (`reuse.again`), rather than check and serialise them
	 * again (written-records.ts). Without it, every record is written anew.
	 */
	async update(fn: (data: T) => void | Promise<void>, reuse?: Reuse): Promise<void> {
		return this.#serial(async () => {
			this.#assertWritable();
			await this.#withLock(async () => {
				// Re-reading a large store costs seconds: skip it when the file is the one this store last read or saved.
				if (!this.#inSync || !(await this.#adapter.isCurrent())) {
					await this.#read();
				} else {
					// As after a read, `data` and its collections are new objects: caches keyed by them (merge.ts,
					// lookups.ts) must not serve what they saw before this update.
					this.#db.data = freshCollections(this.#db.data);
				}

				this.#assertWritable();
				try {
					await fn(this.#db.data);
					this.#adapter.changedSinceWrite = reuse?.changedInPlace ?? null;
					this.#adapter.keepPlaces = reuse?.again ?? false;
					await this.#save(false);
				} catch (error) {
					// Leave `data` as the file is, not half-changed by a callback or save that failed.
					this.#inSync = false;
					await this.#read().catch(() => undefined);
					throw error;
				} finally {
					this.#adapter.changedSinceWrite = null;
					this.#adapter.keepPlaces = false;
				}
			});
		});
	}

	async reload(): Promise<void> {
		return this.#serial(async () => this.#read());
	}

	/** Re-reads the file only if it is not the one this store last read or saved. */
	async refresh(): Promise<void> {
		return this.#serial(async () => {
			if (!this.#inSync || !(await this.#adapter.isCurrent())) await this.#read();
		});
	}

	async #read(): Promise<void> {
		this.#inSync = false;
		await this.#db.read();
		this.#inSync = true;
		// Still the file that was read (a small one is stat'ed before it is read): its bytes are that state's.
		const identity = this.#adapter.identity;
		const now = await this.#fs.stat(this.path).then(fileIdentity, () => null);
		this.#digested = identity !== null && now === identity ? {identity, hash: this.#adapter.hash} : null;
	}

	/** The sha256 of the state this object last read or wrote, if that state is still its identity; else null. */
	#digestNow(): {identity: string; hash: string} | null {
		const digested = this.#digested;
		return digested?.hash && digested.identity === this.#adapter.identity ? {identity: digested.identity, hash: digested.hash} : null;
	}

	/**
	 * The key of the caches of the state this object last read or wrote (file-identity.ts's cacheKey), from the bytes'
	 * sha256 it worked out then where it has it: neither read again nor recorded. Null without an identity.
	 */
	cacheKey(): string | null {
		const identity = this.#adapter.identity;
		if (identity === null) return null;
		const digest = this.#digestNow();
		return digest ? cacheKeyOfBytes(this.path, identity, digest.hash) : cacheKey(this.path, identity);
	}

	/**
	 * Records beside the file the sha256 of the state this object last read or wrote (content-digests.ts), so that a
	 * copy of the file keeps the caches made for that state. For whoever saves those caches: the file itself writes
	 * nothing beside it but its backups. Never throws.
	 */
	recordDigest(): void {
		const digest = this.#digestNow();
		if (digest) recordDigest(this.path, digest.identity, digest.hash);
	}

	async lock(): Promise<void> {
		return this.#serial(async () => {
			if (!this.#held) {
				this.#held = await acquireLock(await resolveTarget(this.#fs, this.path), this.path, this.#lockWaitMs, this.#onLockWait);
			}
		});
	}

	async release(): Promise<void> {
		const held = this.#held;
		this.#held = null;
		await releaseLock(held);
	}

	async #serial<R>(task: () => Promise<R>): Promise<R> {
		const run = this.#queue.then(task);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #withLock(task: () => Promise<void>): Promise<void> {
		if (this.#held) {
			await task();
			return;
		}

		const held = await acquireLock(await resolveTarget(this.#fs, this.path), this.path, this.#lockWaitMs, this.#onLockWait);
		this.#held = held;
		try {
			await task();
		} finally {
			if (this.#held === held) {
				this.#held = null;
			}

			await releaseLock(held);
		}
	}

	#assertWritable(): void {
		const version = this.#adapter.fileVersion;
		if (version > this.kind.version) {
			throw new StoreError(
				this.path,
				'newer',
				`was written by a newer scrutiny (version ${version}); opened read-only`,
			);
		}

		if (this.#forcedReadOnly) {
			throw new StoreError(this.path, 'read-only', 'opened read-only');
		}
	}

	/** Saves under the held lock; `checkUnchanged` refuses to overwrite a file someone else saved since our read. */
	async #save(checkUnchanged: boolean): Promise<void> {
		if (checkUnchanged && !(await this.#adapter.isCurrent())) {
			// The file's identity changed; its bytes may still be the same (copied back, touched).
			const current = await this.#adapter.readCurrent();
			if ((current ? sha256(current) : null) !== this.#adapter.hash) {
				throw new StoreError(this.path, 'changed', 'changed by another process since it was read; reload and try again');
			}
		}

		const pending = this.#adapter.pendingBackup;
		if (pending && (await this.#adapter.readCurrent())?.equals(pending.bytes)) {
			await writeBackup(this.#fs, this.path, await resolveTarget(this.#fs, this.path), `v${pending.version}`, pending.bytes);
		}

		// Low.write() skips a falsy `data` without a word; saving nothing must not look like success.
		if (typeof this.#db.data !== 'object' || this.#db.data === null) {
			throw new StoreError(this.path, 'invalid-data', 'not saved: the data is not an object');
		}

		this.#digested = null;
		await this.#db.write();
		this.#inSync = true;
		const identity = this.#adapter.identity;
		this.#digested = identity === null ? null : {identity, hash: this.#adapter.hash};
	}
}

/** A shallow copy of `data` with each top-level array copied too; the records are shared. */
function freshCollections<T extends object>(data: T): T {
	const copy: Record<string, unknown> = {...(data as Record<string, unknown>)};
	for (const [key, value] of Object.entries(copy)) {
		if (Array.isArray(value)) {
			copy[key] = [...(value as unknown[])];
		}
	}

	return copy as T;
}
