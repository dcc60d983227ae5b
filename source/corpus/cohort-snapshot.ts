/**
 * The cohort saved beside the store (`<store>.cohort`): `scrutiny cohort` answers from it without reading the
 * store or making the timeline's lines (tens of seconds at 50,000 articles), and the terminal UI's cohort view
 * draws from it while the store is read. Keyed like the start snapshot by the state of the store and its curated
 * file (every save of either renames a new file into place); another state, a damaged file (its SHA-1), or any
 * other doubt means there is no snapshot and the cohort is made from the store.
 *
 * The file: `scrutiny-cohort N`, the state, the SHA-1 of the last line, then the cohort as one line of JSON.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {writeBesideStore} from './cache-write.js';
import type {Cohort} from './cohort.js';
import {storeState} from './store/file-identity.js';

// 2: a defeated no-confidence vote and a rejected call to resign count as responses that took place.
// 3: an open episode names a later report that gives no overall grade.
const magic = 'scrutiny-cohort 3';

export function cohortPath(storePath: string): string {
	return `${storePath}.cohort`;
}

/** The saved cohort if it was made from the store and curated file as they are now, else null. Never throws. */
export function loadCohortSnapshot(storePath: string): Cohort | null {
	try {
		const state = storeState(storePath);
		const text = readFileSync(cohortPath(storePath), 'utf8');
		const [format, saved, sha1, body, ...rest] = text.split('\n');
		if (format !== magic || saved !== state || body === undefined || rest.join('') !== '' || createHash('sha1').update(body).digest('hex') !== sha1) return null;
		const cohort = JSON.parse(body) as Cohort;
		return typeof cohort?.authorities === 'number' && Array.isArray(cohort.episodes) && Array.isArray(cohort.rows) ? cohort : null;
	} catch {
		return null;
	}
}

/**
 * Saves `cohort`, made from the store in state `state` (`Store.state`, or `storeStateNow` taken before it was
 * read); nothing if the files have changed since. Returns false if it cannot.
 */
export function saveCohortSnapshot(storePath: string, cohort: Cohort, state: string | null): boolean {
	if (state === null) return false;
	return writeBesideStore(storePath, cohortPath(storePath), () => {
		if (storeState(storePath) !== state) throw new Error('the store changed');
		const body = JSON.stringify(cohort);
		return `${magic}\n${state}\n${createHash('sha1').update(body).digest('hex')}\n${body}\n`;
	});
}
