/**
 * The inter-process lock of a store file (proper-lockfile): a writer waits for another process's lock up to a
 * limit, a dead process's lock goes stale, and a lock lost mid-save stops the save before it replaces the file.
 */
import {setTimeout as delay} from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import {StoreError} from './errors.js';
import {describeFsError, errorCode} from './fs-errors.js';

// A writer that finds the lock taken retries at a random 50-150 ms so that waiting processes do not march in step.
export const defaultLockWaitMs = 10_000;
// proper-lockfile refreshes the lock's mtime every stale/2; a lock older than this belongs to a dead process.
const lockStaleMs = 10_000;

/** A lock held on a file. `released` or `compromised` means a save in progress must not rename. */
export interface HeldLock {
	readonly target: string;
	release: () => Promise<void>;
	released: boolean;
	compromised: Error | null;
}

/**
 * Locks `target` (the resolved file), waiting up to `waitMs` for another process's lock; `onWait` is called
 * once when the lock is found taken. Errors name `displayPath`.
 */
export async function acquireLock(target: string, displayPath: string, waitMs: number, onWait?: () => void): Promise<HeldLock> {
	const deadline = Date.now() + waitMs;
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
				throw new StoreError(displayPath, 'write-failed', `could not lock: ${describeFsError(error)}`, {cause: error});
			}

			if (!told) {
				told = true;
				onWait?.();
			}

			const left = deadline - Date.now();
			if (left <= 0) {
				throw new StoreError(displayPath, 'locked', 'locked by another scrutiny process — try again', {cause: error});
			}

			await delay(Math.min(left, 50 + Math.random() * 100));
		}
	}
}

/** Releases `held` once (safe to call twice, and from a signal handler). */
export async function releaseLock(held: HeldLock | null): Promise<void> {
	if (held && !held.released) {
		held.released = true;
		await held.release().catch(() => undefined);
	}
}

/** Throws unless `held` is still held: called just before a save renames its temp file into place. */
export function assertHeld(held: HeldLock | null, displayPath: string): void {
	if (!held || held.released || held.compromised) {
		const why = held?.compromised ? ` (${held.compromised.message})` : '';
		throw new StoreError(displayPath, 'locked', `lost the lock before saving${why}; not saved — try again`);
	}
}
