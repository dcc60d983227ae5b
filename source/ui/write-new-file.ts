/**
 * Writes a saved list to a file of its own in a folder: `NAME.csv`, else `NAME-1.csv`, `NAME-2.csv`... Each
 * name is opened with `wx` (create, fail if it exists), so that no file is ever overwritten, even by a race
 * with another program making the same name.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';

/** How many numbered names are tried before giving up (a folder with a thousand saves of one list). */
const maxSuffix = 999;

/** The names tried, in order: `base.ext`, `base-1.ext`, ... */
export function candidateName(base: string, extension: string, n: number): string {
	return `${base}${n === 0 ? '' : `-${n}`}${extension}`;
}

/** Writes `content` to the first name free in `dir` and returns its path; throws the file system's error otherwise. */
export function writeNewFile(dir: string, base: string, extension: string, content: string): string {
	for (let n = 0; n <= maxSuffix; n++) {
		const file = path.join(dir, candidateName(base, extension, n));
		try {
			writeFileSync(file, content, {flag: 'wx', encoding: 'utf8'});
			return file;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
	throw new Error(`${path.join(dir, candidateName(base, extension, maxSuffix))} and every name before it exist`);
}
