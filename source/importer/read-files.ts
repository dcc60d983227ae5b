/**
 * Finding article files and reading them safely: folders walked for *.txt (links followed, loops reported once),
 * FIFOs, devices, dangling links, unreadable and oversized files refused, and the bytes decoded by
 * ingest/decode.ts.
 *
 * Every refusal is one short lowercase phrase; the caller prints `scrutiny: <path>: <reason>`.
 */
import {closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync} from 'node:fs';
import type {BigIntStats, Stats} from 'node:fs';
import {lstat, open, readdir, stat, type FileHandle} from 'node:fs/promises';
import {join} from 'node:path';
import {decodeArticleBytes, type DecodeResult} from '../ingest/decode.js';

/** The result of {@link readArticleFile}: the path as given, and the decoded text or the refusal. */
export type ReadResult = {path: string} & DecodeResult;

/** Default size limit for one article file. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const ERRNO_PHRASES: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	ENOENT: 'no such file or directory',
	ENOTDIR: 'not a directory',
	EISDIR: 'is a directory',
	ELOOP: 'too many levels of symbolic links',
	ENAMETOOLONG: 'file name too long',
	EIO: 'input/output error',
	EMFILE: 'too many open files',
	ENFILE: 'too many open files in system',
	ENXIO: 'no such device or address',
	ENODEV: 'no such device',
	EBUSY: 'device or resource busy',
	EAGAIN: 'resource temporarily unavailable',
};

/** A short lowercase phrase for a file system error, as `strerror` would word it. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	if (code !== undefined && code in ERRNO_PHRASES) return ERRNO_PHRASES[code]!;
	if (code !== undefined) return code.toLowerCase();
	return error instanceof Error ? error.message.toLowerCase() : String(error);
}

/** Why stat() failed, telling a dangling symbolic link apart from a missing path (`sync`: with lstatSync). */
async function describeStatFailure(path: string, error: unknown, sync = false): Promise<string> {
	if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
		try {
			if ((sync ? lstatSync(path) : await lstat(path)).isSymbolicLink()) return 'dangling symbolic link';
		} catch {
			// The path itself is missing: the stat error says so.
		}
	}
	return describeFsError(error);
}

/** Why a stat result is not something to read as an article, or null when it is a regular file. */
function describeNonFile(st: Stats): string | null {
	if (st.isFile()) return null;
	if (st.isDirectory()) return 'is a directory';
	if (st.isFIFO()) return 'not a regular file (FIFO)';
	if (st.isSocket()) return 'not a regular file (socket)';
	if (st.isCharacterDevice()) return 'not a regular file (character device)';
	if (st.isBlockDevice()) return 'not a regular file (block device)';
	return 'not a regular file';
}

function formatSize(bytes: number): string {
	const oneDecimal = (n: number) => n.toFixed(1).replace(/\.0$/, '');
	if (bytes >= 1024 * 1024) return `${oneDecimal(bytes / (1024 * 1024))} MB`;
	if (bytes >= 1024) return `${oneDecimal(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

export function tooLarge(size: number, maxBytes: number): string {
	let shown = formatSize(size);
	let limit = formatSize(maxBytes);
	// Rounding can make a file just over the limit look equal to it.
	if (shown === limit) {
		shown = `${size} bytes`;
		limit = `${maxBytes} bytes`;
	}
	return `file too large (${shown} > ${limit})`;
}

export type ReadOptions = {
	/** Files larger than this are refused (default 10 MB). */
	readonly maxBytes?: number;
	/**
	 * Opens the file (default `fs/promises` `open`). Tests pass one that fails as the system would (EACCES, EIO):
	 * a real unreadable file cannot be made for root, who reads anything.
	 */
	readonly openFile?: (path: string, flags: number) => Promise<FileHandle>;
	/**
	 * Read with the file system's synchronous calls, the same checks in the same order: for a thread that reads one
	 * file at a time anyway (an extraction worker), where the six asynchronous calls' round trips through the thread
	 * pool cost more than the read itself. Blocks the thread for the read.
	 */
	readonly sync?: boolean;
	/** `openFile` for `sync` (default `fs.openSync`). */
	readonly openFileSync?: (path: string, flags: number) => number;
};

/** An opened file as the read needs it, from a FileHandle or a descriptor. */
type Opened = {stat(): Promise<Stats> | Stats; read(into: Buffer, length: number): Promise<number> | number; close(): Promise<void> | void};

async function openedFile(path: string, flags: number, opts: ReadOptions): Promise<Opened> {
	if (opts.sync) {
		const fd = (opts.openFileSync ?? openSync)(path, flags);
		return {stat: () => fstatSync(fd), read: (into, length) => readSync(fd, into, 0, length, null), close: () => closeSync(fd)};
	}
	const handle = await (opts.openFile ?? open)(path, flags);
	return {stat: () => handle.stat(), read: async (into, length) => (await handle.read(into, 0, length, null)).bytesRead, close: () => handle.close()};
}

/**
 * Read one article file and decode it with {@link decodeArticleBytes}.
 *
 * Checks the path before opening it, so FIFOs, sockets and devices are refused without an open() that
 * could block, and checks the opened descriptor again in case the path changed in between. Refuses
 * directories, dangling symbolic links, unreadable files (the errno's phrase) and files larger than
 * `maxBytes` (default 10 MB).
 */
export async function readArticleFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
	const read = await readFileBytes(path, opts);
	return read.ok ? {path, ...decodeArticleBytes(read.bytes)} : {path, ok: false, reason: read.reason};
}

/** The bytes of a regular file, with {@link readArticleFile}'s checks and refusals (its size limit too). */
export async function readFileBytes(path: string, opts: ReadOptions = {}): Promise<{ok: true; bytes: Buffer} | {ok: false; reason: string}> {
	const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
	const refuse = (reason: string) => ({ok: false, reason}) as const;

	let st: Stats;
	try {
		st = opts.sync ? statSync(path) : await stat(path);
	} catch (error) {
		return refuse(await describeStatFailure(path, error, opts.sync));
	}
	const nonFile = describeNonFile(st);
	if (nonFile) return refuse(nonFile);
	if (st.size > maxBytes) return refuse(tooLarge(st.size, maxBytes));

	let handle;
	try {
		// O_NONBLOCK: if the path was swapped for a FIFO after the stat, open() must not wait for a writer.
		handle = await openedFile(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0), opts);
	} catch (error) {
		return refuse(describeFsError(error));
	}
	try {
		const fdStat = await handle.stat();
		const fdNonFile = describeNonFile(fdStat);
		if (fdNonFile) return refuse(fdNonFile);
		if (fdStat.size > maxBytes) return refuse(tooLarge(fdStat.size, maxBytes));

		// Read until end of file rather than trusting the size: the file may grow while we read it.
		const chunks: Buffer[] = [];
		let total = 0;
		const chunkSize = Math.min(Math.max(fdStat.size + 1, 64 * 1024), maxBytes + 1);
		for (;;) {
			const chunk = Buffer.alloc(chunkSize);
			const bytesRead = await handle.read(chunk, chunkSize);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) return refuse(tooLarge(total, maxBytes));
		}
		return {ok: true, bytes: Buffer.concat(chunks, total)};
	} catch (error) {
		return refuse(describeFsError(error));
	} finally {
		await handle.close();
	}
}

/** Article files found by {@link collectArticlePaths}, and the paths that could not be used. */
export type CollectResult = {files: string[]; errors: {path: string; reason: string}[]};

const dirKey = (st: BigIntStats) => `${st.dev}:${st.ino}`;
const isTextName = (name: string) => /\.txt$/i.test(name);

/**
 * Expand the paths given on the command line into article files.
 *
 * A path that is not a directory is taken as given, whatever its extension (reading it later refuses what
 * is not a regular file). A directory is walked recursively for `*.txt` files (case-insensitive) and the files
 * `opts.accept` recognises by their content (exports, saved pages), skipping
 * hidden entries (names starting with "."; editors leave lock files and backups there), and its files are
 * returned sorted by path. Symbolic links are followed; a link back to a directory being walked is
 * reported once as a directory loop, and a directory reached again by another route is not walked twice.
 * Missing paths and dangling `*.txt` links are reported.
 */
export async function collectArticlePaths(paths: string[], opts: {accept?: (file: string) => Promise<boolean>} = {}): Promise<CollectResult> {
	const files: string[] = [];
	const errors: CollectResult['errors'] = [];
	const seenFiles = new Set<string>();
	const walked = new Set<string>();
	const addFile = (file: string) => {
		if (seenFiles.has(file)) return;
		seenFiles.add(file);
		files.push(file);
	};

	const walk = async (dir: string, ancestors: Map<string, string>, found: string[]): Promise<void> => {
		let entries;
		try {
			entries = await readdir(dir, {withFileTypes: true});
		} catch (error) {
			errors.push({path: dir, reason: describeFsError(error)});
			return;
		}
		// Sorted so that when two links reach the same directory, the same route wins on every run.
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const full = join(dir, entry.name);
			if (!entry.isDirectory() && !entry.isSymbolicLink()) {
				if (isTextName(entry.name) || (entry.isFile() && (await opts.accept?.(full)))) found.push(full);
				continue;
			}
			let target: BigIntStats;
			try {
				target = await stat(full, {bigint: true});
			} catch (error) {
				// A dangling link that is not named *.txt was not going to be read, so it is not worth a complaint.
				if (isTextName(entry.name)) errors.push({path: full, reason: await describeStatFailure(full, error)});
				continue;
			}
			if (!target.isDirectory()) {
				if (isTextName(entry.name) || (target.isFile() && (await opts.accept?.(full)))) found.push(full);
				continue;
			}
			const key = dirKey(target);
			const ancestor = ancestors.get(key);
			if (ancestor !== undefined) {
				errors.push({path: full, reason: `directory loop (back to ${ancestor})`});
				continue;
			}
			if (walked.has(key)) continue;
			walked.add(key);
			ancestors.set(key, full);
			await walk(full, ancestors, found);
			ancestors.delete(key);
		}
	};

	for (const path of paths) {
		let st: BigIntStats;
		try {
			st = await stat(path, {bigint: true});
		} catch (error) {
			errors.push({path, reason: await describeStatFailure(path, error)});
			continue;
		}
		if (!st.isDirectory()) {
			addFile(path);
			continue;
		}
		const key = dirKey(st);
		if (walked.has(key)) continue;
		walked.add(key);
		const found: string[] = [];
		await walk(path, new Map([[key, path]]), found);
		found.sort();
		for (const file of found) addFile(file);
	}
	return {files, errors};
}
