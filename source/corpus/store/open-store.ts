/**
 * Opening the store: the public face of the store module. A store is two lowdb files: the extracted store
 * (`--db FILE`: articles, quotes, people, extracted and official events) and beside it its curated file
 * (`FILE.curated.json`: a researcher's events and marks, curated-kind.ts). `data` is the two merged
 * (curated-split.ts); an import writes the store only, an edit (`updateCurated`) the curated file only.
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
 *
 * Each file has its own lock; a writer of both takes the store's first. A store from before the curated file
 * has its curated records moved out by the first writable open, after a backup `<store>.before-curated.bak`.
 */
import type {StoreData} from '../schema.js';
import {curatedKind, type CuratedData} from './curated-kind.js';
import {curatedPath} from './curated-path.js';
import {absorbLegacy, curatedOf, holdsCurated, mergeCurated, splitCurated} from './curated-split.js';
import {DocumentFile, type OpenStoreOptions, type Reuse} from './document-file.js';
import {StoreError} from './errors.js';
import {storeKind} from './store-kind.js';

/** An open store. Get one from `openStore`. */
export interface Store {
	/** The path as given to `openStore` (it may be relative, or a symlink). */
	readonly path: string;
	/** Where its curated records are kept. */
	readonly curatedPath: string;
	/** The data of both files merged, validated on read. Mutate it and `write()`, or better, use `update()`. */
	data: StoreData;
	/**
	 * The store file's data alone, as this object last read or wrote it, without the curated records merged in:
	 * for caches keyed by the store file alone (the records beside it, corpus/records/).
	 */
	readonly extracted: StoreData;
	/** True when opened with `readOnly`, or when the store file was written by a newer scrutiny. */
	readonly readOnly: boolean;
	/**
	 * True while the store file still holds curated records from before the curated file (opened read-only, so
	 * not yet moved): `updateCurated` refuses until a writable open has moved them.
	 */
	readonly holdsCurated: boolean;
	/**
	 * The state of both files as this object last read or wrote them, in the form `storeState()` gives the files'
	 * state now (file-identity.ts): a cache made from `data` is keyed by it. Null when the store's identity is
	 * not known (never read, or a file system without inodes).
	 */
	readonly state: string | null;
	/**
	 * Validates and saves `data` under the lock. Refuses (StoreError `changed`) if another process saved the
	 * file since this store last read it: use `update()` for read-modify-write.
	 */
	write(): Promise<void>;
	/**
	 * Under the store's lock: re-reads the file, applies `fn` to the fresh data, validates and saves. On any failure
	 * `data` is put back to what the file holds. `fn` must not call this store's other methods (they queue
	 * behind the update and would wait for ever). The curated file is written only if `fn` changed curated
	 * records (and refused, `changed`, if someone else saved it meanwhile); an import never does.
	 * `reuse`: the caller's word that every record changed in place since this store's last write (by `fn` or
	 * before it) is in `reuse.changedInPlace` once `fn` returns; if that write was one with `reuse.again`, the other
	 * records are copied from the file it made, not checked and serialised again (document-file.ts). An import's
	 * batches, which merge.ts keeps such a set for; `again` on each but the last.
	 */
	update(fn: (data: StoreData) => void | Promise<void>, reuse?: Reuse): Promise<void>;
	/**
	 * Under the curated file's lock: re-reads the curated file, applies `fn` to it merged with the store's data
	 * as this object holds it, and saves the curated file only (kilobytes, whatever the store's size). Allowed on
	 * a store opened with `readOnly` and `editCurated`.
	 */
	updateCurated(fn: (data: StoreData) => void | Promise<void>): Promise<void>;
	/**
	 * Records beside each file the sha256 of the state `state` names (content-digests.ts), so that a copy of the
	 * files (`cp -a`, `rsync -a`, `scp`) keeps the caches saved for it. Called by whoever saves those caches. Never throws.
	 */
	recordDigests(): void;
	/** Replaces `data` with what the files hold now. */
	reload(): Promise<void>;
	/** Re-reads the curated file only (cheap), e.g. after another process's edit. */
	reloadCurated(): Promise<void>;
	/** Takes the store's inter-process lock and keeps it (across several writes) until `release()`. */
	lock(): Promise<void>;
	/**
	 * Releases the locks this store holds. Safe to call at any time (e.g. from a signal handler): a save in
	 * progress then stops before replacing its file.
	 */
	release(): Promise<void>;
}

/** Options of `openStore`: those of each file, and whether a read-only store may still write curated edits. */
export interface OpenOptions extends OpenStoreOptions {
	/** With `readOnly`: the curated file is writable all the same, by `updateCurated` (the terminal UI). */
	readonly editCurated?: boolean;
}

/**
 * Opens the store at `storePath` and its curated file: reads, migrates and validates both, and removes temp
 * files left by dead scrutiny processes. An older format is upgraded on disk at once, after a backup
 * `<file>.v<old>.bak` beside the file (unless `readOnly`). Throws `StoreError`, and never writes, if either
 * file is damaged (the message names the file).
 */
export async function openStore(storePath: string, options: OpenOptions = {}): Promise<Store> {
	const store = new TwoFileStore(storePath, options);
	await store.open();
	return store;
}

class TwoFileStore implements Store {
	readonly path: string;
	readonly curatedPath: string;
	readonly #main: DocumentFile<StoreData>;
	readonly #curated: DocumentFile<CuratedData>;
	#view: StoreData;

	constructor(storePath: string, options: OpenOptions) {
		this.path = storePath;
		this.curatedPath = curatedPath(storePath);
		this.#main = new DocumentFile(storePath, storeKind(options.migrations), options);
		// A missing curated file is an empty one, created by the first edit.
		const curatedReadOnly = (options.readOnly ?? false) && !(options.editCurated ?? false);
		this.#curated = new DocumentFile(this.curatedPath, curatedKind, {...options, create: true, readOnly: curatedReadOnly, modeFrom: storePath});
		this.#view = this.#main.data;
	}

	get data(): StoreData {
		return this.#view;
	}

	set data(value: StoreData) {
		this.#view = value;
	}

	get extracted(): StoreData {
		return this.#main.data;
	}

	get readOnly(): boolean {
		return this.#main.readOnly;
	}

	get holdsCurated(): boolean {
		return holdsCurated(this.#main.data);
	}

	get state(): string | null {
		// Each file's key, as storeState() gives it: a copy of a recorded state takes that state's (content-digests.ts).
		const main = this.#main.cacheKey();
		return main === null ? null : `${main}|${this.#curated.cacheKey() ?? 'none'}`;
	}

	async open(): Promise<void> {
		await this.#main.open();
		await this.#curated.open();
		if (!this.#main.readOnly && !this.#curated.readOnly && this.holdsCurated) await this.#moveCurated();
		this.#remerge();
	}

	async write(): Promise<void> {
		const before = canonical(this.#curated.data);
		const parts = splitCurated(this.#view, this.#curated.data);
		this.#main.data = parts.extracted;
		try {
			await this.#saveCuratedIfChanged(before, parts.curated);
			await this.#main.write();
		} finally {
			this.#remerge();
		}
	}

	async update(fn: (data: StoreData) => void | Promise<void>, reuse?: Reuse): Promise<void> {
		try {
			await this.#main.update(async (data) => {
				await this.#curated.refresh();
				const before = canonical(this.#curated.data);
				const legacy = absorbLegacy(data, this.#curated.data);
				const view = mergeCurated(legacy.extracted, legacy.curated);
				await fn(view);
				const parts = splitCurated(view, legacy.curated);
				await this.#saveCuratedIfChanged(before, parts.curated);
				replaceContents(data, parts.extracted);
			}, reuse);
		} finally {
			this.#remerge();
		}
	}

	async updateCurated(fn: (data: StoreData) => void | Promise<void>): Promise<void> {
		if (this.#main.newer) {
			throw new StoreError(this.path, 'newer', 'was written by a newer scrutiny; opened read-only');
		}

		if (this.holdsCurated) {
			throw new StoreError(this.path, 'read-only', 'still holds curated records from before the curated file: open it writable once to move them');
		}

		try {
			await this.#curated.update(async (curated) => {
				const view = mergeCurated(this.#main.data, curated);
				await fn(view);
				replaceContents(curated, curatedOf(view, curated));
			});
		} finally {
			this.#remerge();
		}
	}

	recordDigests(): void {
		this.#main.recordDigest();
		this.#curated.recordDigest();
	}

	async reload(): Promise<void> {
		await this.#main.reload();
		await this.#curated.reload();
		this.#remerge();
	}

	async reloadCurated(): Promise<void> {
		await this.#curated.reload();
		this.#remerge();
	}

	async lock(): Promise<void> {
		await this.#main.lock();
	}

	async release(): Promise<void> {
		await Promise.all([this.#main.release(), this.#curated.release()]);
	}

	/**
	 * Moves a store's curated records into the curated file, under both locks (the store's first): the curated
	 * file is saved before the store loses them, and the store's bytes are backed up first. An interrupted move
	 * is finished by the next open, without a second copy.
	 */
	async #moveCurated(): Promise<void> {
		await this.#main.update(async (data) => {
			if (!holdsCurated(data)) return;
			await this.#curated.update((curated) => {
				replaceContents(curated, absorbLegacy(data, curated).curated);
			});
			await this.#main.backup('before-curated');
			replaceContents(data, absorbLegacy(data, this.#curated.data).extracted);
		});
	}

	/** Saves the curated file if `next` differs from `before` (what it held when read), unless it changed since. */
	async #saveCuratedIfChanged(before: string, next: CuratedData): Promise<void> {
		if (canonical(next) === before) return;
		await this.#curated.update((curated) => {
			if (canonical(curated) !== before) {
				throw new StoreError(this.curatedPath, 'changed', 'changed by another process since it was read; reload and try again');
			}

			replaceContents(curated, next);
		});
	}

	#remerge(): void {
		const main = this.#main.data;
		this.#view = holdsCurated(main) ? mergeLegacy(main, this.#curated.data) : mergeCurated(main, this.#curated.data);
	}
}

function mergeLegacy(main: StoreData, curated: CuratedData): StoreData {
	const parts = absorbLegacy(main, curated);
	return mergeCurated(parts.extracted, parts.curated);
}

/** Makes `target` hold what `source` holds (same keys, same values), keeping `target` the same object. */
function replaceContents<T extends object>(target: T, source: T): void {
	for (const key of Object.keys(target)) if (!(key in source)) delete (target as Record<string, unknown>)[key];
	Object.assign(target, source);
}

/** A curated file's records as text, to tell whether a change touched them. */
function canonical(data: CuratedData): string {
	return JSON.stringify(data);
}
