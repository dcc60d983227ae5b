/**
 * The caches kept beside a store, written from one place: the search index (`<store>.search-index`, so that the
 * UI and `search` load it instead of indexing a large corpus at start) and the start snapshot (`<store>.start`,
 * the dashboard of the UI's first frame). Each is keyed by the store's size, time and inode and rebuilt when
 * stale; a store that cannot take them works without.
 */
import {dashboardLimits} from '../corpus/dashboard.js';
import type {StoreData} from '../corpus/schema.js';
import {saveStartSnapshot} from '../corpus/start-snapshot.js';

/** Saves the dashboard of the UI's first frame beside the store. */
export function saveStart(storePath: string, data: StoreData): boolean {
	return saveStartSnapshot(storePath, data, dashboardLimits);
}

/**
 * Saves both caches, after an import. The search modules are loaded here, when asked for: the UI saves its
 * start snapshot through this module and must not wait for them before its first frame.
 */
export async function saveSidecars(storePath: string, data: StoreData): Promise<void> {
	const [{saveIndex}, {Searcher}] = await Promise.all([import('../search/index-cache.js'), import('../search/search.js')]);
	saveIndex(storePath, Searcher.fromStore(data).index);
	saveStart(storePath, data);
}
