/**
 * Opening the store: the public face of the store module.
 *
 * lowdb's own JSONFile adapter (steno) would lose data in ways a researcher's corpus cannot afford: it writes
 * without fsync and without a lock across processes, drops the file mode and replaces symlinks, throws a bare
 * `SyntaxError` without the path, and replaces a file holding `null` with the defaults on the next write. So the
 * store keeps lowdb's `Low` but brings its own adapter:
 *
 * - every read is decoded strictly, parsed, migrated and validated; any damage is a one-line `StoreError`
 *   naming the path and the reason, and a damaged file is never written over;
 * - every write validates, then goes through a temp file in the same directory, fsync, rename and a
 *   directory fsync, keeping the mode and writing through symlinks;
 * - writers hold an inter-process lock (proper-lockfile), and `update()` re-reads under it, so two scrutiny
 *   processes never write a stale copy over each other's work.
 */
import type {StoreData} from '../schema.js';
import {DocumentFile, type OpenStoreOptions} from './document-file.js';
import {storeKind} from './store-kind.js';

/** An open store. Get one from `openStore`. */
export interface Store {
	/** The path as given to `openStore` (it may be relative, or a symlink). */
	readonly path: string;
	/** The data, validated on read. Mutate it and `write()`, or better, use `update()`. */
	data: StoreData;
	/** True when opened with `readOnly`, or when the file was written by a newer scrutiny. */
	readonly readOnly: boolean;
	/**
	 * Validates and saves `data` under the lock. Refuses (StoreError `changed`) if another process saved the
	 * file since this store last read it: use `update()` for read-modify-write.
	 */
	write(): Promise<void>;
	/**
	 * Under the lock: re-reads the file, applies `fn` to the fresh data, validates and saves. On any failure
	 * `data` is put back to what the file holds. `fn` must not call this store's other methods (they queue
	 * behind the update and would wait for ever).
	 */
	update(fn: (data: StoreData) => void | Promise<void>): Promise<void>;
	/** Replaces `data` with what the file holds now. */
	reload(): Promise<void>;
	/** Takes the inter-process lock and keeps it (across several writes) until `release()`. */
	lock(): Promise<void>;
	/**
	 * Releases the lock if this store holds it. Safe to call at any time (e.g. from a signal handler): a save
	 * in progress then stops before replacing the file.
	 */
	release(): Promise<void>;
}

/**
 * Opens the store at `storePath`: reads, migrates and validates it, and removes temp files left by dead
 * scrutiny processes. An older format is upgraded on disk at once, after a backup `<store>.v<old>.bak`
 * beside the file (unless `readOnly`). Throws `StoreError`, and never writes, if the file is damaged.
 */
export async function openStore(storePath: string, options: OpenStoreOptions = {}): Promise<Store> {
	const store = new DocumentFile(storePath, storeKind(options.migrations), options);
	await store.open();
	return store;
}
