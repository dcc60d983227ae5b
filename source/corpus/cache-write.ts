/** How a cache beside the store (the start snapshot, the cohort) is written. */
import {chmodSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {tempPath} from './store/atomic-write.js';

/**
 * Writes a cache beside the store: as private as the store (0600 stays 0600, whatever the umask, since caches name
 * people and quote events), through a temp file renamed into place. False, with nothing left behind, if it cannot
 * (`content` may throw to give up): a cache is only ever a shortcut.
 */
export function writeBesideStore(storePath: string, target: string, content: () => string): boolean {
	const temp = tempPath(target);
	try {
		const mode = statSync(storePath).mode & 0o7777;
		writeFileSync(temp, content(), {mode});
		chmodSync(temp, mode);
		renameSync(temp, target);
		return true;
	} catch {
		try {
			unlinkSync(temp);
		} catch {
			// nothing was written
		}

		return false;
	}
}
