/** How a cache beside the store (the start snapshot, the cohort, the records, the search index) is written. */
import {chmodSync, closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isAlive, tempPath} from './store/atomic-write.js';

/**
 * Makes `dir`, a folder of caches beside the store, as private as the store (a folder gets search, x, wherever the
 * store has read), and removes what saves killed before their rename left (`.<name>.<pid>.<random>.tmp`) once
 * their process is gone.
 */
export function cacheFolderBeside(storePath: string, dir: string): void {
	const mode = statSync(storePath).mode & 0o777;
	try {
		mkdirSync(dir, {mode: mode | ((mode & 0o444) >> 2)});
		chmodSync(dir, mode | ((mode & 0o444) >> 2));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	for (const name of readdirSync(dir)) {
		const pid = Number(/\.(\d+)\.[\da-f]+\.tmp$/.exec(name)?.[1] ?? Number.NaN);
		if (!Number.isNaN(pid) && pid !== process.pid && !isAlive(pid)) rmSync(path.join(dir, name), {force: true});
	}
}

/**
 * Writes a cache beside the store through `write`, given the open temp file: as private as the store (0600 stays
 * 0600, whatever the umask, since caches name people and quote their words), renamed into place only when `write`
 * returns true. False, with nothing left behind, if it cannot or `write` gives up (returns false or throws): a
 * cache is only ever a shortcut.
 */
export function streamBesideStore(storePath: string, target: string, write: (fd: number) => boolean): boolean {
	const temp = tempPath(target);
	let fd: number | null = null;
	try {
		const mode = statSync(storePath).mode & 0o7777;
		fd = openSync(temp, 'w', mode);
		chmodSync(temp, mode);
		const keep = write(fd);
		closeSync(fd);
		fd = null;
		if (!keep) {
			unlinkSync(temp);
			return false;
		}

		renameSync(temp, target);
		return true;
	} catch {
		try {
			if (fd !== null) closeSync(fd);
		} catch {
			// closed already
		}

		try {
			unlinkSync(temp);
		} catch {
			// nothing was written
		}

		return false;
	}
}

/** A cache of one string beside the store (`content` may throw to give up). */
export function writeBesideStore(storePath: string, target: string, content: () => string): boolean {
	return streamBesideStore(storePath, target, (fd) => {
		writeFileSync(fd, content());
		return true;
	});
}
