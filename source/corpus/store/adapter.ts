/**
 * The lowdb adapter of a store file: strict reads (a StoreError naming the file on any damage, and the file
 * never written over) and crash-safe writes (atomic-write.ts). It remembers what it last read or wrote (hash,
 * identity, version) so that the file's owner can tell whether someone else has saved since.
 */
import {createHash} from 'node:crypto';
import type {Adapter} from 'lowdb';
import {resolveTarget, writeAtomically} from './atomic-write.js';
import type {DocumentKind} from './document-kind.js';
import {readError, StoreError} from './errors.js';
import {fileIdentity} from './file-identity.js';
import {describeFsError, errorCode} from './fs-errors.js';
import type {FsSeam, SeamStats} from './fs-seam.js';
import {topLevelString, type OnRecord} from './large-json.js';
import {StringPool} from '../shared-strings.js';
import {largeDocumentBytes, parseDocument, parseLargeFile, readChunkBytes, type ParsedDocument} from './parse.js';
import {documentChunks, type RawPlace} from './stream-writer.js';
import {leaveInFile, TextFile} from './text-in-file.js';
import {checkedChunks} from './utf8-chunks.js';
import {PlaceRecorder, reusable, type WrittenRecords} from './written-records.js';
import {firstIssue} from './validation.js';

/** The longest strings V8's JSON.parse keeps one copy of (it internalises them). */
const jsonParseShares = 10;

export class DocumentAdapter<T extends object> implements Adapter<T> {
	/** sha256 of the bytes last read or written; null when there was no file. */
	hash: string | null = null;
	/** The file's identity (inode, size, times) when last read or written; null when there was no file. */
	#identity: string | null = null;
	/** The `version` of the file as last read or written. */
	fileVersion: number;
	/** An older file migrated in memory but not yet saved: it is backed up before the first save. */
	pendingBackup: {version: number; bytes: Buffer} | null = null;
	/** A file whose mode a new file takes, if any. */
	modeFrom: string | undefined;
	/** Called after the temp file is complete, just before it replaces the store. */
	beforeRename: () => void = () => undefined;
	/**
	 * Set by the file's owner for one write: the records changed in place since this adapter's last write. The
	 * others, if that write made them, are copied from its file rather than checked and serialised again.
	 */
	changedSinceWrite: WeakSet<object> | null = null;
	/** Set by the file's owner for one write: note where its records land, for the next write to copy them. */
	keepPlaces = false;
	/** Where the last write (of a large file) put each record, while its file is the one last written. */
	#written: WrittenRecords | null = null;

	constructor(
		readonly displayPath: string,
		readonly fs: FsSeam,
		readonly create: boolean,
		readonly kind: DocumentKind<T>,
	) {
		this.fileVersion = kind.version;
	}

	/** The file's identity when last read or written; null when there was no file (or it is not known). */
	get identity(): string | null {
		return this.#identity;
	}

	async read(): Promise<T | null> {
		this.#identity = null;
		this.#written = null;
		let stats = await this.#statForRead();
		if (!stats) {
			// Low keeps its current data: an empty store, or what this process has not saved yet.
			this.hash = null;
			this.fileVersion = this.kind.version;
			this.pendingBackup = null;
			return null;
		}

		let parsed: ParsedDocument<T>;
		if (stats.size > largeDocumentBytes.value) {
			// A large store is read in chunks, each checked, hashed and parsed as it arrives: its bytes are never
			// held whole beside the records (a gigabyte at 50,000 articles).
			const hash = createHash('sha256');
			// Read from one open file, which then keeps the articles' raw text (text-in-file.ts).
			const file = await this.#unreadable(async () => TextFile.open(this.displayPath));
			const chunks = checkedChunks(file.chunks(readChunkBytes.value), hash);
			// Lives for this read only: the records keep the strings, not the pool.
			const pool = new StringPool(jsonParseShares + 1);
			const onRecord: OnRecord = (key, record, where) => {
				this.kind.shareStrings?.(key, record, pool);
				if (!this.kind.textInFile || key !== 'articles' || typeof record !== 'object' || record === null || typeof (record as {raw?: unknown}).raw !== 'string') return;
				const literal = topLevelString(where.bytes, where.start, where.end, 'raw');
				const at = chunks.bom + where.base;
				if (literal) leaveInFile(record, file, at + literal[0], at + literal[1]);
			};
			parsed = await this.#unreadable(async () => parseLargeFile(chunks, this.displayPath, this.kind, onRecord));
			// The file as read (the name may have been given to a newer file since the stat).
			stats = file.stats;
			this.hash = hash.digest('hex');
			// Only an old store being upgraded needs its bytes again: they are its backup.
			this.pendingBackup = parsed.migratedFrom === null ? null : {version: parsed.migratedFrom, bytes: await this.#unreadable(async () => this.fs.readFile(this.displayPath))};
		} else {
			const bytes = await this.#unreadable(async () => this.fs.readFile(this.displayPath));
			parsed = await parseDocument(bytes, this.displayPath, this.kind);
			this.hash = sha256(bytes);
			this.pendingBackup = parsed.migratedFrom === null ? null : {version: parsed.migratedFrom, bytes};
		}

		// The identity seen before the read: if the file changed in between, the next check sees a difference.
		this.#identity = fileIdentity(stats);
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
			stats = await this.fs.stat(this.displayPath);
		} catch (error) {
			// Still no file: as current as when the last read found none.
			return errorCode(error) === 'ENOENT' && this.hash === null;
		}

		const identity = fileIdentity(stats);
		return identity !== null && identity === this.#identity;
	}

	async write(data: T): Promise<void> {
		const written = this.#written;
		this.#written = null;
		const reuse = written && this.changedSinceWrite ? reusable(written, data as Record<string, unknown>, this.changedSinceWrite) : null;
		const issue = await firstIssue(data, this.kind, reuse?.at);
		if (issue) {
			throw new StoreError(this.displayPath, 'invalid-data', `not saved: ${issue}`);
		}

		const target = await resolveTarget(this.fs, this.displayPath);
		let mode: number | undefined;
		try {
			mode = (await this.fs.stat(target)).mode & 0o7777;
		} catch (error) {
			if (errorCode(error) !== 'ENOENT') {
				throw new StoreError(this.displayPath, 'write-failed', `could not save: ${describeFsError(error)}`, {cause: error});
			}

			// A new file: as private as the file it belongs with (a curated file takes its store's mode).
			if (this.modeFrom !== undefined) mode = await this.fs.stat(this.modeFrom).then((stats) => stats.mode & 0o7777, () => undefined);
		}

		this.#identity = null;
		const texts: RawPlace[] = [];
		// Where each record lands, only for a write whose records the next may copy (a store's memory at its peak).
		const places = this.keepPlaces ? new PlaceRecorder() : undefined;
		const hash = createHash('sha256');
		await writeAtomically(this.fs, this.displayPath, target, documentChunks(data, hash, this.displayPath, texts, reuse, places), mode, this.beforeRename);
		this.hash = hash.digest('hex');
		const stats = await this.fs.stat(this.displayPath).catch(() => null);
		this.#identity = stats ? fileIdentity(stats) : null;
		if (stats && stats.size > largeDocumentBytes.value) {
			const file = this.#leaveTextsInFile(texts);
			if (file && places) this.#written = places.finish(file);
		}
		this.fileVersion = (data as {version?: number}).version ?? this.kind.version;
		this.pendingBackup = null;
	}

	/**
	 * After saving a large store: its articles' raw text is read from the new file from now on, not held in
	 * memory. Runs under the write lock, so the file at the name is the one just written (its identity says so).
	 * Returns that file, open, or null where the texts stay in memory.
	 */
	#leaveTextsInFile(texts: readonly RawPlace[]): TextFile | null {
		if (texts.length === 0 || this.#identity === null) return null;
		let file: TextFile;
		try {
			file = TextFile.open(this.displayPath);
		} catch {
			// The text stays in memory: slower to hold, never wrong.
			return null;
		}
		if (fileIdentity(file.stats) !== this.#identity) return null;
		for (const {record, start, end} of texts) leaveInFile(record, file, start, end, true);
		return file;
	}

	/** The file's bytes now, or null if there is none; for the staleness check and the migration backup. */
	async readCurrent(): Promise<Buffer | null> {
		try {
			return await this.fs.readFile(this.displayPath);
		} catch (error) {
			if (errorCode(error) === 'ENOENT') {
				return null;
			}

			throw new StoreError(this.displayPath, 'write-failed', `could not save: ${describeFsError(error)}`, {cause: error});
		}
	}

	/** The store file's stats, or null when there is none and `create` was asked for. */
	async #statForRead(): Promise<SeamStats | null> {
		try {
			// stat first: reading a FIFO would block for ever, and a directory deserves its own message.
			const stats = await this.fs.stat(this.displayPath);
			if (stats.isDirectory()) {
				throw new StoreError(this.displayPath, 'not-a-file', 'is a directory');
			}

			if (!stats.isFile()) {
				throw new StoreError(this.displayPath, 'not-a-file', 'not a regular file');
			}

			return stats;
		} catch (error) {
			if (errorCode(error) === 'ENOENT' && this.create) {
				return null;
			}

			throw readError(this.displayPath, error, this.kind.missing);
		}
	}

	/** Runs a read of the file, giving its file-system errors the store's one-line form. */
	async #unreadable<T>(read: () => Promise<T>): Promise<T> {
		try {
			return await read();
		} catch (error) {
			throw readError(this.displayPath, error, this.kind.missing);
		}
	}
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
