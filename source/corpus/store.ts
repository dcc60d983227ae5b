/**
 * The one place that reads and writes the lowdb JSON store.
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
import {isUtf8} from 'node:buffer';
import {createHash, randomBytes, type Hash} from 'node:crypto';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {Low, type Adapter} from 'lowdb';
import lockfile from 'proper-lockfile';
import type {z} from 'zod';
import {realFs, type FsSeam, type SeamFile, type SeamStats} from './fs-seam.js';
import {articleSchema, authoritySchema, emptyStore, eventSchema, personSchema, quoteSchema, STORE_VERSION, storeSchema, type StoreData} from './schema.js';
import {LargeJsonError, parseLargeDocument, prettyPieces, Slicer, topLevelString, type OnRecord} from './store-json.js';
import {isLeftInFile, leaveInFile, TextFile} from './text-in-file.js';

/** Why a `StoreError` happened, for callers that react differently (e.g. `import` creating a missing store). */
export type StoreErrorReason =
	/** The file does not exist (and `create` was not asked for), or its directory does not. */
	| 'missing'
	/** The path is a directory, a device, or a symlink to nothing. */
	| 'not-a-file'
	/** The file exists but cannot be read (permissions, I/O error). */
	| 'unreadable'
	/** Zero bytes, or only whitespace. */
	| 'empty'
	/** Not valid UTF-8. */
	| 'encoding'
	/** Not valid JSON. */
	| 'syntax'
	/** Valid JSON, but not an object (`null`, an array, a number...). */
	| 'shape'
	/** An object that fails the schema (a missing collection, a bad record). */
	| 'schema'
	/** A version older than any migration knows, or a migration that failed. */
	| 'version'
	/** Opened with `readOnly`. */
	| 'read-only'
	/** Written by a newer scrutiny: readable, never written. */
	| 'newer'
	/** Another process held the lock for the whole wait, or the lock was lost before saving. */
	| 'locked'
	/** `write()` found the file changed by someone else since it was read. */
	| 'changed'
	/** The in-memory data fails the schema: nothing was written. */
	| 'invalid-data'
	/** Saving failed (no space, read-only file system, permissions, I/O error); the old file is intact. */
	| 'write-failed';

/**
 * Every failure of the store. `message` is one line, `<path>: <reason>`, fit to print as is (no stack needed);
 * the underlying error, if any, is the `cause`.
 */
export class StoreError extends Error {
	override readonly name = 'StoreError';
	/** The store path as the caller gave it. */
	readonly path: string;
	readonly reason: StoreErrorReason;

	constructor(storePath: string, reason: StoreErrorReason, detail: string, options?: {cause?: unknown}) {
		super(oneLine(`${storePath}: ${detail}`), options);
		this.path = storePath;
		this.reason = reason;
	}
}

/**
 * One step of the store format's history: turns a store of version `from` into one of version `from + 1`.
 * Steps are chained, so a store several versions old goes through each in turn.
 */
export interface Migration {
	readonly from: number;
	/** Gets the parsed JSON object of version `from`; returns the upgraded object (the runner sets `version`). */
	migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/** Every migration, oldest first. Empty while STORE_VERSION is 1: there has never been an older format. */
export const migrations: readonly Migration[] = [];

/** Options of `openStore`. */
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
	/** The migration table (default `migrations`); tests pass their own. */
	readonly migrations?: readonly Migration[];
}

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
	const store = new LowStore(storePath, options);
	await store.open();
	return store;
}

/** Error text for a Node errno error: "no space left on device", "read-only file system", ... */
export function describeFsError(error: unknown): string {
	const code = errorCode(error);
	if (code && code in errnoText) {
		return errnoText[code]!;
	}

	if (code) {
		return code;
	}

	return error instanceof Error ? error.message : String(error);
}

const errnoText: Record<string, string> = {
	EACCES: 'permission denied',
	EBUSY: 'resource busy',
	EDQUOT: 'disk quota exceeded',
	EEXIST: 'file exists',
	EFBIG: 'file too large',
	EIO: 'input/output error',
	EISDIR: 'is a directory',
	ELOOP: 'too many levels of symbolic links',
	EMFILE: 'too many open files',
	ENAMETOOLONG: 'file name too long',
	ENFILE: 'too many open files in the system',
	ENOENT: 'no such file or directory',
	ENOSPC: 'no space left on device',
	ENOTDIR: 'a component of the path is not a directory',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	EXDEV: 'not on the same file system',
};

// A writer that finds the lock taken retries at a random 50-150 ms so that waiting processes do not march in step.
const defaultLockWaitMs = 10_000;
// proper-lockfile refreshes the lock's mtime every stale/2; a lock older than this belongs to a dead process.
const lockStaleMs = 10_000;

/** The lock this store holds. `released` or `compromised` means a save in progress must not rename. */
interface HeldLock {
	readonly target: string;
	release: () => Promise<void>;
	released: boolean;
	compromised: Error | null;
}

class LowStore implements Store {
	readonly path: string;
	readonly #db: Low<StoreData>;
	readonly #adapter: StoreAdapter;
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

	constructor(storePath: string, options: OpenStoreOptions) {
		this.path = storePath;
		this.#fs = options.fs ?? realFs;
		this.#forcedReadOnly = options.readOnly ?? false;
		this.#lockWaitMs = options.lockWaitMs ?? defaultLockWaitMs;
		this.#onLockWait = options.onLockWait;
		this.#adapter = new StoreAdapter(storePath, this.#fs, options.create ?? false, options.migrations ?? migrations);
		this.#adapter.beforeRename = () => {
			this.#checkLock();
		};

		this.#db = new Low<StoreData>(this.#adapter, emptyStore());
	}

	get data(): StoreData {
		return this.#db.data;
	}

	set data(value: StoreData) {
		this.#inSync = false;
		this.#db.data = value;
	}

	get readOnly(): boolean {
		return this.#forcedReadOnly || this.#adapter.fileVersion > STORE_VERSION;
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

	async update(fn: (data: StoreData) => void | Promise<void>): Promise<void> {
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
					await this.#save(false);
				} catch (error) {
					// Leave `data` as the file is, not half-changed by a callback or save that failed.
					this.#inSync = false;
					await this.#read().catch(() => undefined);
					throw error;
				}
			});
		});
	}

	async reload(): Promise<void> {
		return this.#serial(async () => this.#read());
	}

	async #read(): Promise<void> {
		this.#inSync = false;
		await this.#db.read();
		this.#inSync = true;
	}

	async lock(): Promise<void> {
		return this.#serial(async () => {
			if (!this.#held) {
				this.#held = await this.#acquire(await resolveTarget(this.#fs, this.path));
			}
		});
	}

	async release(): Promise<void> {
		const held = this.#held;
		this.#held = null;
		if (held && !held.released) {
			held.released = true;
			await held.release().catch(() => undefined);
		}
	}

	async #serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(task);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #withLock(task: () => Promise<void>): Promise<void> {
		if (this.#held) {
			await task();
			return;
		}

		const held = await this.#acquire(await resolveTarget(this.#fs, this.path));
		this.#held = held;
		try {
			await task();
		} finally {
			if (this.#held === held) {
				this.#held = null;
			}

			if (!held.released) {
				held.released = true;
				await held.release().catch(() => undefined);
			}
		}
	}

	async #acquire(target: string): Promise<HeldLock> {
		const deadline = Date.now() + this.#lockWaitMs;
		const held: HeldLock = {target, release: async () => undefined, released: false, compromised: null};
		let told = false;
		for (;;) {
			try {
				held.release = await lockfile.lock(target, {
					realpath: false,
					stale: lockStaleMs,
					retries: 0,
					// The default throws from a timer, killing the process; a lost lock must instead stop the save.
					onCompromised(error) {
						held.compromised = error;
					},
				});
				return held;
			} catch (error) {
				if (errorCode(error) !== 'ELOCKED') {
					throw new StoreError(this.path, 'write-failed', `could not lock: ${describeFsError(error)}`, {cause: error});
				}

				if (!told) {
					told = true;
					this.#onLockWait?.();
				}
				const left = deadline - Date.now();
				if (left <= 0) {
					throw new StoreError(this.path, 'locked', 'locked by another scrutiny process — try again', {cause: error});
				}

				await delay(Math.min(left, 50 + Math.random() * 100));
			}
		}
	}

	#checkLock(): void {
		const held = this.#held;
		if (!held || held.released || held.compromised) {
			const why = held?.compromised ? ` (${held.compromised.message})` : '';
			throw new StoreError(this.path, 'locked', `lost the lock before saving${why}; not saved — try again`);
		}
	}

	#assertWritable(): void {
		const version = this.#adapter.fileVersion;
		if (version > STORE_VERSION) {
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
			await writeBackup(this.#fs, this.path, await resolveTarget(this.#fs, this.path), pending.version, pending.bytes);
		}

		// Low.write() skips a falsy `data` without a word; saving nothing must not look like success.
		if (typeof this.#db.data !== 'object' || this.#db.data === null) {
			throw new StoreError(this.path, 'invalid-data', 'not saved: the data is not an object');
		}

		await this.#db.write();
		this.#inSync = true;
	}
}

/** lowdb adapter: strict reads (StoreError on any damage) and crash-safe writes. */
class StoreAdapter implements Adapter<StoreData> {
	/** sha256 of the bytes last read or written; null when there was no file. */
	hash: string | null = null;
	/** The file's identity (inode, size, times) when last read or written; null when there was no file. */
	#identity: string | null = null;
	/** The `version` of the file as last read or written. */
	fileVersion = STORE_VERSION;
	/** An older file migrated in memory but not yet saved: it is backed up before the first save. */
	pendingBackup: {version: number; bytes: Buffer} | null = null;
	/** Called after the temp file is complete, just before it replaces the store. */
	beforeRename: () => void = () => undefined;

	constructor(
		readonly shown: string,
		readonly fs: FsSeam,
		readonly create: boolean,
		readonly migrations: readonly Migration[],
	) {}

	async read(): Promise<StoreData | null> {
		this.#identity = null;
		let stats = await this.#statForRead();
		if (!stats) {
			// Low keeps its current data: an empty store, or what this process has not saved yet.
			this.hash = null;
			this.fileVersion = STORE_VERSION;
			this.pendingBackup = null;
			return null;
		}

		let parsed: ParsedStore;
		if (stats.size > largeDocumentBytes.value) {
			// A large store is read in chunks, each checked, hashed and parsed as it arrives: its bytes are never
			// held whole beside the records (a gigabyte at 50,000 articles).
			const hash = createHash('sha256');
			// Read from one open file, which then keeps the articles' raw text (text-in-file.ts).
			const file = await this.#unreadable(async () => TextFile.open(this.shown));
			const chunks = checkedChunks(file.chunks(readChunkBytes.value), hash);
			const onRecord: OnRecord = (key, record, where) => {
				if (key !== 'articles' || typeof record !== 'object' || record === null || typeof (record as {raw?: unknown}).raw !== 'string') return;
				const literal = topLevelString(where.bytes, where.start, where.end, 'raw');
				const at = chunks.bom + where.base;
				if (literal) leaveInFile(record, file, at + literal[0], at + literal[1]);
			};
			parsed = await this.#unreadable(async () => parseLargeStore(chunks, this.shown, this.migrations, onRecord));
			// The file as read (the name may have been given to a newer file since the stat).
			stats = file.stats;
			this.hash = hash.digest('hex');
			// Only an old store being upgraded needs its bytes again: they are its backup.
			this.pendingBackup = parsed.migratedFrom === null ? null : {version: parsed.migratedFrom, bytes: await this.#unreadable(async () => this.fs.readFile(this.shown))};
		} else {
			const bytes = await this.#unreadable(async () => this.fs.readFile(this.shown));
			parsed = await parseStore(bytes, this.shown, this.migrations);
			this.hash = sha256(bytes);
			this.pendingBackup = parsed.migratedFrom === null ? null : {version: parsed.migratedFrom, bytes};
		}

		// The identity seen before the read: if the file changed in between, the next check sees a difference.
		this.#identity = identityOf(stats);
		this.fileVersion = parsed.fileVersion;
		return parsed.data;
	}

	/**
	 * Whether the file is still the one this adapter last read or wrote, by its identity (a save renames a new
	 * file into place, so the inode and times change). False when unsure.
	 */
	async isCurrent(): Promise<boolean> {
		let stats: SeamStats;
		try {
			stats = await this.fs.stat(this.shown);
		} catch (error) {
			// Still no file: as current as when the last read found none.
			return errorCode(error) === 'ENOENT' && this.hash === null;
		}

		const identity = identityOf(stats);
		return identity !== null && identity === this.#identity;
	}

	async write(data: StoreData): Promise<void> {
		const issue = await firstIssue(data);
		if (issue) {
			throw new StoreError(this.shown, 'invalid-data', `not saved: ${issue}`);
		}

		const target = await resolveTarget(this.fs, this.shown);
		let mode: number | undefined;
		try {
			mode = (await this.fs.stat(target)).mode & 0o7777;
		} catch (error) {
			if (errorCode(error) !== 'ENOENT') {
				throw new StoreError(this.shown, 'write-failed', `could not save: ${describeFsError(error)}`, {cause: error});
			}
		}

		const hash = createHash('sha256');
		this.#identity = null;
		const texts: RawPlace[] = [];
		await writeAtomically(this.fs, this.shown, target, storeChunks(data, hash, this.shown, texts), mode, this.beforeRename);
		this.hash = hash.digest('hex');
		const written = await this.fs.stat(this.shown).catch(() => null);
		this.#identity = written ? identityOf(written) : null;
		if (written && written.size > largeDocumentBytes.value) this.#leaveTextsInFile(texts);
		this.fileVersion = data.version;
		this.pendingBackup = null;
	}

	/**
	 * After saving a large store: its articles' raw text is read from the new file from now on, not held in
	 * memory. Runs under the write lock, so the file at the name is the one just written (its identity says so).
	 */
	#leaveTextsInFile(texts: readonly RawPlace[]): void {
		if (texts.length === 0 || this.#identity === null) return;
		let file: TextFile;
		try {
			file = TextFile.open(this.shown);
		} catch {
			// The text stays in memory: slower to hold, never wrong.
			return;
		}
		if (identityOf(file.stats) !== this.#identity) return;
		for (const {record, start, end} of texts) leaveInFile(record, file, start, end);
	}

	/** The file's bytes now, or null if there is none; for the staleness check and the migration backup. */
	async readCurrent(): Promise<Buffer | null> {
		try {
			return await this.fs.readFile(this.shown);
		} catch (error) {
			if (errorCode(error) === 'ENOENT') {
				return null;
			}

			throw new StoreError(this.shown, 'write-failed', `could not save: ${describeFsError(error)}`, {cause: error});
		}
	}

	/** The store file's stats, or null when there is none and `create` was asked for. */
	async #statForRead(): Promise<SeamStats | null> {
		try {
			// stat first: reading a FIFO would block for ever, and a directory deserves its own message.
			const stats = await this.fs.stat(this.shown);
			if (stats.isDirectory()) {
				throw new StoreError(this.shown, 'not-a-file', 'is a directory');
			}

			if (!stats.isFile()) {
				throw new StoreError(this.shown, 'not-a-file', 'not a regular file');
			}

			return stats;
		} catch (error) {
			if (errorCode(error) === 'ENOENT' && this.create) {
				return null;
			}

			throw readError(this.shown, error);
		}
	}

	/** Runs a read of the file, giving its file-system errors the store's one-line form. */
	async #unreadable<T>(read: () => Promise<T>): Promise<T> {
		try {
			return await read();
		} catch (error) {
			throw readError(this.shown, error);
		}
	}
}

function readError(shown: string, error: unknown): StoreError {
	if (error instanceof StoreError) {
		return error;
	}

	if (errorCode(error) === 'ENOENT') {
		return new StoreError(shown, 'missing', 'no such store (use `scrutiny import` to create one)', {cause: error});
	}

	if (errorCode(error) === 'EISDIR') {
		return new StoreError(shown, 'not-a-file', 'is a directory', {cause: error});
	}

	return new StoreError(shown, 'unreadable', `cannot read: ${describeFsError(error)}`, {cause: error});
}

/** The validated data of a file, and what it took to get there. */
interface ParsedStore {
	readonly data: StoreData;
	readonly fileVersion: number;
	/** The file's version when it was migrated, else null. */
	readonly migratedFrom: number | null;
}

/** Decodes, parses, migrates and validates a store file's bytes; throws StoreError naming `shown`. */
async function parseStore(bytes: Buffer, shown: string, steps: readonly Migration[]): Promise<ParsedStore> {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = bytes.subarray(bom);
	// Strict: a lenient decode would turn a damaged byte into U+FFFD and the next save would make it permanent.
	if (!isUtf8(body)) {
		throw new StoreError(shown, 'encoding', `not valid UTF-8 (at byte ${bom + firstInvalidUtf8(body)})`);
	}

	if (isBlank(body)) {
		throw new StoreError(shown, 'empty', 'empty file');
	}

	const text = body.toString('utf8');
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new StoreError(shown, 'syntax', `not valid JSON (${describeJsonError(text, bom, error)})`, {cause: error});
	}

	return interpretStore(raw, shown, steps);
}

/**
 * parseStore for a large file given in chunks (`checkedChunks`): the same checks and the same messages, in the
 * same order of precedence (a file with a byte that is not UTF-8 is reported for that, wherever its JSON fails).
 */
async function parseLargeStore(chunks: CheckedChunks, shown: string, steps: readonly Migration[], onRecord: OnRecord): Promise<ParsedStore> {
	let raw: unknown;
	try {
		raw = await parseLargeDocument(chunks, onRecord);
	} catch (error) {
		if (error instanceof NotUtf8Error) {
			throw new StoreError(shown, 'encoding', `not valid UTF-8 (at byte ${error.byte})`);
		}

		if (!(error instanceof LargeJsonError)) {
			throw error;
		}

		// The rest of the file may hold a byte that is not UTF-8, which takes precedence, as in parseStore.
		try {
			// Each chunk is checked as it is read: reading the rest checks the rest.
			for await (const _ of chunks) void _;
		} catch (error_) {
			if (error_ instanceof NotUtf8Error) {
				throw new StoreError(shown, 'encoding', `not valid UTF-8 (at byte ${error_.byte})`);
			}

			throw error_;
		}

		if (error.blank) {
			throw new StoreError(shown, 'empty', 'empty file');
		}

		// The parser counts bytes after the BOM; the message counts the file's.
		const byte = error.byte + chunks.bom;
		const where = error.text === undefined ? `${error.what} at byte ${byte}` : describeJsonError(error.text, byte, error);
		throw new StoreError(shown, 'syntax', `not valid JSON (${where})`, {cause: error});
	}

	return interpretStore(raw, shown, steps);
}

/** A byte that is not UTF-8, at this offset in the file. */
class NotUtf8Error extends Error {
	constructor(readonly byte: number) {
		super(`not valid UTF-8 at byte ${byte}`);
	}
}

/** A large file's chunks as `checkedChunks` gives them (one generator: a second loop goes on where the first left off). */
type CheckedChunks = AsyncGenerator<Buffer> & {readonly bom: number};

/**
 * The file's chunks with a BOM left out, each checked for UTF-8 (a character cut by a chunk's end is held
 * back and checked whole with the next chunk) and fed to `hash` (the whole file, BOM included). Throws
 * `NotUtf8Error` at the first bad byte. `bom` is the length of the BOM left out, once the first chunk is read.
 */
function checkedChunks(chunks: AsyncIterable<Buffer>, hash: Hash): CheckedChunks {
	const state = {bom: 0};
	async function* check(): AsyncGenerator<Buffer> {
		/** The file offset just past the bytes read so far. */
		let offset = 0;
		/** Bytes read but not given out: a start too short to tell a BOM, or a character cut by a chunk's end. */
		let carry: Buffer = Buffer.alloc(0);
		let started = false;
		for await (let read of chunks) {
			hash.update(read);
			offset += read.length;
			let base = offset - read.length;
			if (!started) {
				// Too short to tell a BOM yet: gathered (a copy: the reader reuses its buffer) until it is not.
				const head = carry.length === 0 ? read : Buffer.concat([carry, read]);
				if (head.length < 3) {
					carry = Buffer.from(head);
					continue;
				}

				started = true;
				carry = Buffer.alloc(0);
				base = offset - head.length;
				read = head;
				if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
					state.bom = 3;
					read = head.subarray(3);
					base += 3;
				}
			}

			let from = 0;
			if (carry.length > 0) {
				// The character the last chunk cut: completed from this one's first bytes and given out on its own.
				const need = Math.min(sequenceLength(carry[0]!) - carry.length, read.length);
				const joined = Buffer.concat([carry, read.subarray(0, need)]);
				if (joined.length < sequenceLength(carry[0]!) && need === read.length) {
					carry = joined;
					continue;
				}

				if (!isUtf8(joined)) {
					throw new NotUtf8Error(base - carry.length + firstInvalidUtf8(joined));
				}

				carry = Buffer.alloc(0);
				from = need;
				yield joined;
			}

			const cut = completeUpTo(read, from);
			const whole = read.subarray(from, cut);
			if (!isUtf8(whole)) {
				throw new NotUtf8Error(base + from + firstInvalidUtf8(whole));
			}

			carry = Buffer.from(read.subarray(cut));
			if (whole.length > 0) {
				yield whole;
			}
		}

		// A file shorter than a BOM, or one that ends inside a character.
		if (!isUtf8(carry)) {
			throw new NotUtf8Error(offset - carry.length + firstInvalidUtf8(carry));
		}

		if (carry.length > 0) {
			yield carry;
		}
	}

	return Object.defineProperty(check(), 'bom', {get: () => state.bom}) as CheckedChunks;
}

/** How many bytes the UTF-8 sequence that starts with `lead` has (1 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
	return lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
}

/** The end of `chunk` less a character it ends inside (one whose lead byte is among its last three bytes). */
function completeUpTo(chunk: Buffer, from: number): number {
	for (let back = 1; back <= 3 && chunk.length - back >= from; back++) {
		const b = chunk[chunk.length - back]!;
		if ((b & 0xc0) !== 0x80) {
			// A lead byte (or ASCII): cut before it if its sequence runs past the end.
			return sequenceLength(b) > back ? chunk.length - back : chunk.length;
		}
	}

	return chunk.length;
}

/** The checks after parsing that both paths share: an object, a version this program can read, the schema. */
async function interpretStore(raw: unknown, shown: string, steps: readonly Migration[]): Promise<ParsedStore> {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		const holds = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`;
		throw new StoreError(shown, 'shape', `not a scrutiny store (the file holds ${holds}, not an object)`);
	}

	let object = raw as Record<string, unknown>;
	const version = object['version'];
	if (isVersion(version) && version > STORE_VERSION) {
		const issue = await firstIssue(object);
		if (issue) {
			throw new StoreError(shown, 'schema', `was written by a newer scrutiny (version ${version}) and cannot be read: ${issue}`);
		}

		return {data: object as StoreData, fileVersion: version, migratedFrom: null};
	}

	let migratedFrom: number | null = null;
	if (isVersion(version) && version < STORE_VERSION) {
		migratedFrom = version;
		for (let at = version; at < STORE_VERSION; at++) {
			const step = steps.find((candidate) => candidate.from === at);
			if (!step) {
				throw new StoreError(shown, 'version', `version ${version} is too old for this scrutiny (no upgrade from version ${at})`);
			}

			try {
				object = {...step.migrate(object), version: at + 1};
			} catch (error) {
				throw new StoreError(shown, 'version', `could not upgrade from version ${at}: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
			}
		}
	}

	const issue = await firstIssue(object);
	if (issue) {
		throw new StoreError(shown, 'schema', migratedFrom === null ? issue : `after upgrading from version ${migratedFrom}: ${issue}`);
	}

	// The parsed object itself, not zod's output: it keeps the file's key order, so a save changes only what changed.
	return {data: object as StoreData, fileVersion: STORE_VERSION, migratedFrom};
}

function isVersion(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Above this many bytes a store is parsed a record at a time (store-json.ts) rather than by one `JSON.parse`.
 * Well under V8's longest string, and large enough that small stores keep the one-pass parse and its messages
 * with line and column. Tests lower it to reach the large path with small files.
 */
export const largeDocumentBytes = {value: 64 * 1024 * 1024};

/** The size of the chunks a large store is read in. Tests make it tiny, to cut records and characters anywhere. */
export const readChunkBytes = {value: 16 * 1024 * 1024};

function isBlank(bytes: Buffer): boolean {
	for (const b of bytes) {
		if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
			return false;
		}
	}

	return true;
}

/** The article schema less `raw`, and not copying other keys (a copy would read `raw` from the file). */
const articleLeftInFile = articleSchema.omit({raw: true}).strip();

const recordSchemas = {
	articles: articleSchema,
	authorities: authoritySchema,
	people: personSchema,
	quotes: quoteSchema,
	events: eventSchema,
} as const;

/**
 * The first schema issue as `path: message` ("articles[3].published.precision: invalid value ..."), or null.
 *
 * Checked a record at a time, in the order one parse of the whole store would report (the top level's fields,
 * then each collection in the schema's order): the same first issue, without building a copy of a large store
 * at once, and giving the event loop a turn now and then.
 */
async function firstIssue(data: unknown): Promise<string | null> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return issueText(storeSchema.safeParse(data, {error: issueMessage}).error?.issues[0], []);
	}

	const object = data as Record<string, unknown>;
	const top: Record<string, unknown> = {...object};
	for (const key of Object.keys(recordSchemas)) {
		if (Array.isArray(top[key])) {
			top[key] = [];
		}
	}

	const topIssue = issueText(storeSchema.safeParse(top, {error: issueMessage}).error?.issues[0], []);
	if (topIssue) {
		return topIssue;
	}

	const slicer = new Slicer();
	for (const [key, schema] of Object.entries(recordSchemas)) {
		const records = object[key] as unknown[];
		for (let i = 0; i < records.length; i++) {
			const record = records[i];
			// Raw text left in the file is a string literal by construction; reading it to check would read it all.
			const check = key === 'articles' && typeof record === 'object' && record !== null && isLeftInFile(record) ? articleLeftInFile : schema;
			const result = check.safeParse(record, {error: issueMessage});
			if (!result.success) {
				return issueText(result.error.issues[0], [key, i]);
			}

			await slicer.tick();
		}
	}

	return null;
}

function issueText(issue: z.core.$ZodIssue | undefined, prefix: readonly PropertyKey[]): string | null {
	if (!issue) {
		return null;
	}

	const where = formatIssuePath([...prefix, ...issue.path]);
	const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
	return where ? `${where}: ${message}` : message;
}

/** A shallow copy of `data` with each top-level array copied too; the records are shared. */
function freshCollections(data: StoreData): StoreData {
	const copy: Record<string, unknown> = {...data};
	for (const [key, value] of Object.entries(copy)) {
		if (Array.isArray(value)) {
			copy[key] = [...(value as unknown[])];
		}
	}

	return copy as StoreData;
}

/** The file's identity: a save renames a new file into place, so any save by anyone changes it. */
function identityOf(stats: SeamStats): string | null {
	if (stats.ino === undefined || stats.mtimeMs === undefined || stats.ctimeMs === undefined) {
		return null;
	}

	return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** Where an article's raw text was written: the byte range of its string literal in the file. */
type RawPlace = {readonly record: object; readonly start: number; readonly end: number};

/**
 * The store's text in buffers of about 1 MB, fed to `hash` as they go; validation is done beforehand. Each
 * piece is encoded once, and where an article's `raw` literal lands in the file is noted in `texts`.
 */
async function* storeChunks(data: StoreData, hash: Hash, shown: string, texts: RawPlace[]): AsyncGenerator<Uint8Array> {
	const slicer = new Slicer();
	let pending: Buffer[] = [];
	let size = 0;
	/** Bytes of the pieces before the current one. */
	let written = 0;
	/** The article the next piece holds, if it holds one. */
	let article: number | null = null;
	const pieces = prettyPieces(data as Record<string, unknown>, (key, index) => {
		article = key === 'articles' ? index : null;
	});
	for (;;) {
		let next: IteratorResult<string>;
		try {
			next = pieces.next();
		} catch (error) {
			// A cycle (or a BigInt) hidden in a field the schema passes through.
			throw new StoreError(shown, 'invalid-data', `not saved: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
		}

		if (next.done) {
			break;
		}

		const bytes = Buffer.from(next.value, 'utf8');
		if (article !== null) {
			const literal = topLevelString(bytes, bytes.indexOf(0x7b), bytes.length, 'raw');
			if (literal) texts.push({record: data.articles[article]!, start: written + literal[0], end: written + literal[1]});
			article = null;
		}

		pending.push(bytes);
		size += bytes.length;
		written += bytes.length;
		if (size >= 1 << 20) {
			const chunk = Buffer.concat(pending);
			hash.update(chunk);
			pending = [];
			size = 0;
			yield chunk;
		}

		await slicer.tick();
	}

	const chunk = Buffer.concat(pending);
	hash.update(chunk);
	yield chunk;
}

// Messages that say what is wrong without echoing the (untrusted, possibly huge) value found.
const issueMessage: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type': {
			return issue.input === undefined ? 'missing' : `expected ${issue.expected}, found ${kindOf(issue.input)}`;
		}

		case 'invalid_value': {
			return `invalid value (expected ${issue.values.map(String).join(', ')})`;
		}

		case 'invalid_format': {
			return 'invalid format';
		}

		default: {
			return undefined;
		}
	}
};

function kindOf(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return 'an array';
	}

	if (typeof value === 'number' && !Number.isInteger(value)) {
		return 'a fraction';
	}

	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function formatIssuePath(keys: readonly PropertyKey[]): string {
	let out = '';
	for (const key of keys) {
		if (typeof key === 'number') {
			out += `[${key}]`;
		} else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) {
			out += out ? `.${key}` : key;
		} else {
			out += `[${JSON.stringify(String(key))}]`;
		}
	}

	return out;
}

/** Byte offset of the first invalid UTF-8 sequence (re-encoding the lenient decode matches up to there). */
function firstInvalidUtf8(bytes: Uint8Array): number {
	const again = Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8');
	let at = 0;
	while (at < bytes.length && again[at] === bytes[at]) {
		at++;
	}

	return at;
}

/**
 * Where and why `text` is not JSON, as "unexpected end at byte N" or "unexpected '}' at byte N, line L column C".
 * V8's messages give a character position only for some errors, so this re-scans the text.
 */
function describeJsonError(text: string, byteBase: number, error: unknown): string {
	const found = locateJsonError(text);
	if (!found) {
		return error instanceof Error ? error.message : String(error);
	}

	const byte = byteBase + Buffer.byteLength(text.slice(0, found.index), 'utf8');
	if (found.index >= text.length) {
		return `unexpected end at byte ${byte}`;
	}

	const before = text.slice(0, found.index);
	const line = before.split('\n').length;
	const column = found.index - before.lastIndexOf('\n');
	return `${found.what} at byte ${byte}, line ${line} column ${column}`;
}

/** A minimal JSON scanner (iterative, so deep nesting cannot overflow the stack): the first error, or null. */
function locateJsonError(text: string): {index: number; what: string} | null {
	type Mode = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';
	const stack: Array<'array' | 'object'> = [];
	let mode: Mode = 'value';
	let index = 0;
	const unexpected = (at: number) => ({index: at, what: `unexpected ${showChar(text, at)}`});
	const end = {index: text.length, what: 'unexpected end'};

	for (;;) {
		while (index < text.length && ' \t\n\r'.includes(text[index]!)) {
			index++;
		}

		if (index >= text.length) {
			return stack.length === 0 && mode === 'after-value' ? null : end;
		}

		const char = text[index]!;
		if (mode === 'after-value') {
			const top = stack.at(-1);
			if (!top) {
				return {index, what: `unexpected ${showChar(text, index)} after the end of the data`};
			}

			if (char === ',') {
				index++;
				mode = top === 'object' ? 'key' : 'value';
			} else if ((top === 'object' && char === '}') || (top === 'array' && char === ']')) {
				stack.pop();
				index++;
			} else {
				return unexpected(index);
			}

			continue;
		}

		if (mode === 'colon') {
			if (char !== ':') {
				return unexpected(index);
			}

			index++;
			mode = 'value';
			continue;
		}

		if (mode === 'key' || mode === 'key-or-close') {
			if (mode === 'key-or-close' && char === '}') {
				stack.pop();
				index++;
				mode = 'after-value';
				continue;
			}

			if (char !== '"') {
				return unexpected(index);
			}

			const next = scanString(text, index);
			if (typeof next !== 'number') {
				return next;
			}

			index = next;
			mode = 'colon';
			continue;
		}

		// mode is 'value' or 'value-or-close'
		if (mode === 'value-or-close' && char === ']') {
			stack.pop();
			index++;
			mode = 'after-value';
			continue;
		}

		if (char === '{' || char === '[') {
			stack.push(char === '{' ? 'object' : 'array');
			index++;
			mode = char === '{' ? 'key-or-close' : 'value-or-close';
			continue;
		}

		let next: number | {index: number; what: string};
		if (char === '"') {
			next = scanString(text, index);
		} else if (char === '-' || (char >= '0' && char <= '9')) {
			next = scanNumber(text, index);
		} else if (char === 't' || char === 'f' || char === 'n') {
			const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
			let at = 0;
			while (at < word.length && index + at < text.length && text[index + at] === word[at]) {
				at++;
			}

			next = at === word.length ? index + at : index + at >= text.length ? end : unexpected(index + at);
		} else {
			return unexpected(index);
		}

		if (typeof next !== 'number') {
			return next;
		}

		index = next;
		mode = 'after-value';
	}
}

/** Scans the string starting at the quote at `start`: the index after its closing quote, or the error. */
function scanString(text: string, start: number): number | {index: number; what: string} {
	let index = start + 1;
	for (;;) {
		if (index >= text.length) {
			return {index: text.length, what: 'unexpected end'};
		}

		const code = text.charCodeAt(index);
		if (code === 0x22) {
			return index + 1;
		}

		if (code < 0x20) {
			return {index, what: `control character ${showChar(text, index)} in a string`};
		}

		if (code === 0x5c) {
			const escape = text[index + 1];
			if (escape === undefined) {
				return {index: text.length, what: 'unexpected end'};
			}

			if (escape === 'u') {
				for (let at = index + 2; at < index + 6; at++) {
					if (at >= text.length) {
						return {index: text.length, what: 'unexpected end'};
					}

					if (!/[\da-fA-F]/.test(text[at]!)) {
						return {index: at, what: `bad \\u escape ${showChar(text, at)}`};
					}
				}

				index += 6;
				continue;
			}

			if (!'"\\/bfnrt'.includes(escape)) {
				return {index: index + 1, what: `bad escape ${showChar(text, index + 1)}`};
			}

			index += 2;
			continue;
		}

		index++;
	}
}

/** Scans the number at `start`: the index after it, or the error. */
function scanNumber(text: string, start: number): number | {index: number; what: string} {
	let index = start;
	const digits = (): number | {index: number; what: string} => {
		const from = index;
		while (index < text.length && text[index]! >= '0' && text[index]! <= '9') {
			index++;
		}

		if (index > from) {
			return index;
		}

		return index >= text.length ? {index, what: 'unexpected end'} : {index, what: `unexpected ${showChar(text, index)}`};
	};

	if (text[index] === '-') {
		index++;
	}

	if (text[index] === '0') {
		index++;
	} else {
		const result = digits();
		if (typeof result !== 'number') {
			return result;
		}
	}

	if (text[index] === '.') {
		index++;
		const result = digits();
		if (typeof result !== 'number') {
			return result;
		}
	}

	if (text[index] === 'e' || text[index] === 'E') {
		index++;
		if (text[index] === '+' || text[index] === '-') {
			index++;
		}

		const result = digits();
		if (typeof result !== 'number') {
			return result;
		}
	}

	return index;
}

/** A character from the file, shown safely: printable ASCII quoted, anything else as U+XXXX. */
function showChar(text: string, index: number): string {
	const code = text.codePointAt(index) ?? 0;
	return code >= 0x20 && code < 0x7f ? `'${String.fromCodePoint(code)}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The file to write: the symlink's target for a symlink (so it stays a link to the same file), else the path
 * itself, absolute. A file that does not exist yet needs an existing directory.
 */
async function resolveTarget(fs: FsSeam, shown: string): Promise<string> {
	try {
		return await fs.realpath(shown);
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') {
			throw new StoreError(shown, 'unreadable', `cannot resolve the path: ${describeFsError(error)}`, {cause: error});
		}
	}

	const link = await fs.lstat(shown).then(
		(stats) => stats.isSymbolicLink(),
		() => false,
	);
	if (link) {
		throw new StoreError(shown, 'not-a-file', 'is a symbolic link to a file that does not exist');
	}

	try {
		return path.join(await fs.realpath(path.dirname(shown)), path.basename(shown));
	} catch (error) {
		const reason = errorCode(error) === 'ENOENT' ? 'no such directory' : describeFsError(error);
		throw new StoreError(shown, 'missing', `cannot create: ${reason}`, {cause: error});
	}
}

/**
 * Temp files are `.<name>.<pid>.<random>.tmp` beside the target: the same file system (so rename is atomic),
 * hidden, and traceable to the process that wrote them.
 */
function tempPath(target: string): string {
	return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Temp, write, fsync, rename over `target`, fsync the directory. On failure the temp file is removed. */
async function writeAtomically(
	fs: FsSeam,
	shown: string,
	target: string,
	chunks: AsyncIterable<Uint8Array>,
	mode: number | undefined,
	beforeRename: () => void,
): Promise<void> {
	const temp = tempPath(target);
	let file: SeamFile | undefined;
	let created = false;
	try {
		file = await fs.open(temp, 'wx', mode ?? 0o666);
		created = true;
		if (mode !== undefined) {
			// open()'s mode passes through the umask; the store's own mode must survive exactly (0600 stays 0600).
			await fs.chmod(temp, mode);
		}

		for await (const chunk of chunks) {
			await file.write(chunk);
		}

		await file.sync();
		const open = file;
		file = undefined;
		await open.close();
		beforeRename();
		await fs.rename(temp, target);
		created = false;
	} catch (error) {
		await file?.close().catch(() => undefined);
		// Only a temp file this call created: after a failed 'wx' open the name may be someone else's.
		if (created) {
			await fs.unlink(temp).catch(() => undefined);
		}

		if (error instanceof StoreError) {
			throw error;
		}

		throw new StoreError(shown, 'write-failed', `could not save: ${describeFsError(error)}`, {cause: error});
	}

	await syncDirectory(fs, shown, path.dirname(target));
}

/** fsync the directory so that the rename itself survives a power cut. */
async function syncDirectory(fs: FsSeam, shown: string, directory: string): Promise<void> {
	let handle: SeamFile | undefined;
	try {
		handle = await fs.open(directory, 'r');
		await handle.sync();
	} catch (error) {
		// Some file systems (and platforms) cannot open or fsync a directory; the data itself is already synced.
		if (!['EACCES', 'EBADF', 'EINVAL', 'EISDIR', 'ENOTSUP', 'EPERM'].includes(errorCode(error) ?? '')) {
			throw new StoreError(shown, 'write-failed', `saved, but could not flush the directory: ${describeFsError(error)}`, {
				cause: error,
			});
		}
	} finally {
		await handle?.close().catch(() => undefined);
	}
}

/**
 * Writes the pre-migration bytes to `<target>.v<version>.bak` (or `.v<version>.2.bak`, ... : an earlier backup
 * is never overwritten), with the store's mode, before the migrated store replaces them.
 */
async function writeBackup(fs: FsSeam, shown: string, target: string, version: number, bytes: Buffer): Promise<void> {
	const mode = await fs.stat(target).then(
		(stats) => stats.mode & 0o7777,
		() => undefined,
	);
	for (let n = 1; n < 100; n++) {
		const backup = `${target}.v${version}${n === 1 ? '' : `.${n}`}.bak`;
		let file: SeamFile | undefined;
		try {
			file = await fs.open(backup, 'wx', mode ?? 0o666);
		} catch (error) {
			if (errorCode(error) === 'EEXIST') {
				continue;
			}

			throw new StoreError(shown, 'write-failed', `could not write the backup before upgrading: ${describeFsError(error)}`, {
				cause: error,
			});
		}

		try {
			if (mode !== undefined) {
				await fs.chmod(backup, mode);
			}

			await file.write(bytes);
			await file.sync();
			await file.close();
		} catch (error) {
			await file.close().catch(() => undefined);
			await fs.unlink(backup).catch(() => undefined);
			throw new StoreError(shown, 'write-failed', `could not write the backup before upgrading: ${describeFsError(error)}`, {
				cause: error,
			});
		}

		await syncDirectory(fs, shown, path.dirname(target));
		return;
	}

	throw new StoreError(shown, 'write-failed', 'could not write the backup before upgrading: too many backups already');
}

/** Removes `.<name>.<pid>.<random>.tmp` files whose process is gone (a crash mid-save). Best effort. */
async function removeStaleTemps(fs: FsSeam, target: string): Promise<void> {
	const directory = path.dirname(target);
	const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.(\\d+)\\.[\\da-f]+\\.tmp$`);
	let names: string[];
	try {
		names = await fs.readdir(directory);
	} catch {
		return;
	}

	for (const name of names) {
		const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
		// Our own pid may be another store object of this process in the middle of a save.
		if (Number.isNaN(pid) || pid === process.pid || isAlive(pid)) {
			continue;
		}

		await fs.unlink(path.join(directory, name)).catch(() => undefined);
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return errorCode(error) === 'EPERM';
	}
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function errorCode(error: unknown): string | undefined {
	const code = (error as {code?: unknown} | null)?.code;
	return typeof code === 'string' ? code : undefined;
}

function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

// Control characters (a newline in a file name, say) would break the one-line message and could drive the terminal.
function oneLine(text: string): string {
	return text.replaceAll(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}
