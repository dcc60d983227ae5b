/**
 * Crash-safe file writes: a temp file beside the target, fsync, rename, a directory fsync; the target's mode
 * kept and symlinks written through; a backup before an upgrade; temp files of dead processes removed.
 */
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import {StoreError} from './errors.js';
import {describeFsError, errorCode} from './fs-errors.js';
import type {FsSeam, SeamFile} from './fs-seam.js';

/**
 * The file to write: the symlink's target for a symlink (so it stays a link to the same file), else the path
 * itself, absolute. A file that does not exist yet needs an existing directory.
 */
export async function resolveTarget(fs: FsSeam, displayPath: string): Promise<string> {
	try {
		return await fs.realpath(displayPath);
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') {
			throw new StoreError(displayPath, 'unreadable', `cannot resolve the path: ${describeFsError(error)}`, {cause: error});
		}
	}

	const link = await fs.lstat(displayPath).then(
		(stats) => stats.isSymbolicLink(),
		() => false,
	);
	if (link) {
		throw new StoreError(displayPath, 'not-a-file', 'is a symbolic link to a file that does not exist');
	}

	try {
		return path.join(await fs.realpath(path.dirname(displayPath)), path.basename(displayPath));
	} catch (error) {
		const reason = errorCode(error) === 'ENOENT' ? 'no such directory' : describeFsError(error);
		throw new StoreError(displayPath, 'missing', `cannot create: ${reason}`, {cause: error});
	}
}

/**
 * Temp files are `.<name>.<pid>.<random>.tmp` beside the target: the same file system (so rename is atomic),
 * hidden, and traceable to the process that wrote them. Every file written beside the store names its temp file
 * here, so that opening the store for writing finds a dead writer's temp files, whichever file they were for.
 */
export function tempPath(target: string): string {
	return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Bytes written between two of a large file's early fsyncs. */
const syncEveryBytes = 64 << 20;

/** Temp, write, fsync, rename over `target`, fsync the directory. On failure the temp file is removed. */
export async function writeAtomically(
	fs: FsSeam,
	displayPath: string,
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

		// One write in flight while the next chunk is made (a large store's chunks are made on this thread, and each
		// write waits for the kernel's copy): the writes still go one after another, in order. A chunk is this loop's
		// until it asks for the second chunk after it (its write is done by then): the store's writer fills its buffer
		// again from then on (stream-writer.ts).
		let writing: Promise<void> = Promise.resolve();
		// A large file's bytes are sent to the disk as they are written (an fsync now and then, one at a time, not
		// waited for), rather than all of them by the last fsync: the kernel holds gigabytes before it writes back
		// on its own, and the last fsync of a 1.28 GB store left the writer waiting for all of it.
		let syncing: Promise<void> | null = null;
		// An early fsync's failure fails the write: a later fsync may not report it again.
		const syncFailed: {error?: unknown; failed: boolean} = {failed: false};
		let unsynced = 0;
		try {
			for await (const chunk of chunks) {
				if (syncFailed.failed) throw syncFailed.error;
				await writing;
				writing = file.write(chunk);
				// Awaited before the next write or at the end; a failure is thrown there, not left unhandled.
				writing.catch(() => undefined);
				unsynced += chunk.byteLength;
				if (unsynced >= syncEveryBytes && syncing === null) {
					unsynced = 0;
					const open = file;
					syncing = writing
						.then(async () => open.sync())
						.catch((error: unknown) => {
							if (!syncFailed.failed) Object.assign(syncFailed, {failed: true, error});
						})
						.finally(() => (syncing = null));
				}
			}
		} finally {
			// Before the file is closed on a failure too.
			await writing.catch(() => undefined);
			await syncing;
		}

		await writing;
		if (syncFailed.failed) throw syncFailed.error;
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

		throw new StoreError(displayPath, 'write-failed', `could not save: ${describeFsError(error)}`, {cause: error});
	}

	await syncDirectory(fs, displayPath, path.dirname(target));
}

/** fsync the directory so that the rename itself survives a power cut. */
async function syncDirectory(fs: FsSeam, displayPath: string, directory: string): Promise<void> {
	let handle: SeamFile | undefined;
	try {
		handle = await fs.open(directory, 'r');
		await handle.sync();
	} catch (error) {
		// Some file systems (and platforms) cannot open or fsync a directory; the data itself is already synced.
		if (!['EACCES', 'EBADF', 'EINVAL', 'EISDIR', 'ENOTSUP', 'EPERM'].includes(errorCode(error) ?? '')) {
			throw new StoreError(displayPath, 'write-failed', `saved, but could not flush the directory: ${describeFsError(error)}`, {
				cause: error,
			});
		}
	} finally {
		await handle?.close().catch(() => undefined);
	}
}

/**
 * Writes the pre-migration bytes to `<target>.<tag>.bak` (`tag` is `v<version>` for a format upgrade; or
 * `.<tag>.2.bak`, ... : an earlier backup
 * is never overwritten), with the store's mode, before the migrated store replaces them.
 */
export async function writeBackup(fs: FsSeam, displayPath: string, target: string, tag: string, bytes: Buffer): Promise<void> {
	const mode = await fs.stat(target).then(
		(stats) => stats.mode & 0o7777,
		() => undefined,
	);
	for (let n = 1; n < 100; n++) {
		const backup = `${target}.${tag}${n === 1 ? '' : `.${n}`}.bak`;
		let file: SeamFile | undefined;
		try {
			file = await fs.open(backup, 'wx', mode ?? 0o666);
		} catch (error) {
			if (errorCode(error) === 'EEXIST') {
				continue;
			}

			throw new StoreError(displayPath, 'write-failed', `could not write the backup before upgrading: ${describeFsError(error)}`, {
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
			throw new StoreError(displayPath, 'write-failed', `could not write the backup before upgrading: ${describeFsError(error)}`, {
				cause: error,
			});
		}

		await syncDirectory(fs, displayPath, path.dirname(target));
		return;
	}

	throw new StoreError(displayPath, 'write-failed', 'could not write the backup before upgrading: too many backups already');
}

/**
 * Removes `.<name>.<pid>.<random>.tmp` files whose process is gone (a crash mid-save), and those of the caches
 * named after it (`.<name>.timeline.<pid>...`, `.<name>.search-docs.<pid>...`): an import killed while writing a
 * cache leaves nothing behind once the store is next opened for writing. Best effort.
 */
export async function removeStaleTemps(fs: FsSeam, target: string): Promise<void> {
	const directory = path.dirname(target);
	const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(target))}(?:\\.[a-z][a-z-]*)?\\.(\\d+)\\.[\\da-f]+\\.tmp$`);
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

/** Whether process `pid` runs (as anyone's). */
export function isAlive(pid: number): boolean {
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
