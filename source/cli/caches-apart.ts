/**
 * The first open of a large store with no caches beside it (a copy made without them, a store of an older
 * version, caches deleted): the caches are made first, in a process of their own, as `scrutiny import` makes
 * them after its last write (`caches-main.ts`), and the UI then opens as it does after an import, its dashboard
 * drawn at once from the start snapshot. Made inside the UI's process, the index's building would sit on top of
 * everything the UI holds, and the UI's peak would be the two together (bench/README.md, "A store opened
 * without its caches"); made apart, the machine holds one or the other at a time. A small store's caches are
 * made in the UI's own process as before: starting a process costs more than they do. A folder the caches
 * cannot be written to is left to that path too, rather than paying for a child that can save nothing.
 */
import {spawn} from 'node:child_process';
import {accessSync, constants, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {safeLine} from '../text/terminal-safety.js';

/** From this store size up the caches are made apart: a few thousand articles. */
export const cachesApartBytes = 64 * 1024 * 1024;

/** Whether `file`'s caches should be made in a process of their own before the UI reads it (none are current). */
export function makesCachesApart(file: string, env: NodeJS.ProcessEnv): boolean {
	const set = env['SCRUTINY_CACHES_APART_BYTES'];
	const limit = set !== undefined && set.trim() !== '' && Number.isFinite(Number(set)) ? Number(set) : cachesApartBytes;
	try {
		if (statSync(file).size < limit) return false;
		accessSync(path.dirname(file), constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * Runs `caches-main.js` on `file` and resolves once it has ended, true when it ended well. Its one line of
 * failure (if any) goes to `stderr` as it is; a store it cannot read is the UI's to report, as without it.
 */
export function makeCachesApart(file: string, stderr: {write(s: string): unknown}): Promise<boolean> {
	stderr.write(`scrutiny: no caches beside ${safeLine(file)}: making them once before the UI opens (the search index, the timeline, the start screen; about a minute at 50,000 articles)\n`);
	const main = fileURLToPath(new URL('caches-main.js', import.meta.url));
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [main, file], {stdio: ['ignore', 'ignore', 'pipe']});
		let said = '';
		child.stderr.setEncoding('utf8').on('data', (s: string) => void (said += s));
		child.on('error', () => resolve(false));
		child.on('close', (code) => {
			if (said.trim() !== '') stderr.write(`scrutiny: ${safeLine(said.trim().split('\n')[0]!)}\n`);
			resolve(code === 0);
		});
	});
}
