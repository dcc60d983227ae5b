/**
 * A file's identity (inode, size, modification time, permission bits): every save renames a new file into place, so
 * any save by anyone changes it. Not the change time: chgrp, a hard link or a backup tool that links files change it
 * while the bytes stay the same, and on a shared server that would throw away gigabytes of caches beside a store
 * nobody rewrote. (A tool that rewrites the same inode at the same size and puts the old modification time back,
 * `rsync --inplace -t`, is not seen until the file is read again: the trade rsync's own quick check makes.) The store
 * uses it to skip re-reading a file it last read or wrote; the caches beside the store (search index, start
 * snapshot) are keyed by the state of the store and its curated file: each file's identity, or for a copy of a
 * state whose bytes were recorded, that state's key (content-digests.ts).
 * No zod, no lowdb: the UI's first frame loads this.
 */
import {statSync} from 'node:fs';
import {cacheKeyOf} from './content-digests.js';
import {curatedPath} from './curated-path.js';

/** The parts of a stat result an identity is made of. */
export type IdentityStats = {readonly size: number; readonly ino?: number; readonly mtimeMs?: number; readonly mode?: number};

/** The identity of the file these stats are of; null when the file system does not give inode and times. */
export function fileIdentity(stats: IdentityStats): string | null {
	if (stats.ino === undefined || stats.mtimeMs === undefined) {
		return null;
	}

	// The permission bits too: a cache is written with the store's mode (cache-write.ts), so a store made private
	// with chmod makes its caches again, private.
	return `${stats.ino}:${stats.size}:${stats.mtimeMs}${stats.mode === undefined ? '' : `:${(stats.mode & 0o777).toString(8)}`}`;
}

/**
 * The key of the caches of `file` in state `identity` (its identity as read or written): a copy of a recorded
 * state takes that state's key (content-digests.ts). Null for null.
 */
export function cacheKey(file: string, identity: string | null): string | null {
	return identity === null ? null : cacheKeyOf(file, identity, fileIdentity);
}

/** The key of the caches of `file` as it is now ({@link cacheKey}); null without an identity. Throws when it cannot be stat'ed. */
export function cacheKeyNow(file: string): string | null {
	return cacheKey(file, fileIdentity(statSync(file)));
}

/**
 * The state of the store at `storePath` as the caches key it: the keys of the store file and of its curated file
 * (`none` when there is none). Throws when the store itself cannot be stat'ed.
 */
export function storeState(storePath: string): string {
	const store = cacheKeyNow(storePath) ?? 'unknown';
	let curated = 'none';
	try {
		curated = cacheKeyNow(curatedPath(storePath)) ?? 'unknown';
	} catch {
		// No curated file: nothing curated yet.
	}

	return `${store}|${curated}`;
}

/**
 * The key of a cache made from the store file alone (what the importer extracted, not the curated file): the
 * store file's identity, marked so that it is never the key of a cache of both files. Throws as {@link storeState}.
 */
export function extractedState(storePath: string): string {
	return `${cacheKeyNow(storePath) ?? 'unknown'}|extracted`;
}

/** {@link extractedState} of the store in `state` (as {@link storeState} gives it). */
export function extractedStateOf(state: string): string {
	return `${state.slice(0, state.indexOf('|'))}|extracted`;
}

/** {@link storeState}, or null when the store cannot be stat'ed (a cache's key taken in passing). Never throws. */
export function storeStateNow(storePath: string): string | null {
	try {
		return storeState(storePath);
	} catch {
		return null;
	}
}
