/**
 * The one place the benchmark touches the search API, so that the speed work (an index in front of Fuse.js,
 * a worker) changes this file only. Today: `Searcher.fromStore` builds Fuse.js over every document, and the UI
 * asks `runSearch` for each keystroke.
 */
import type {StoreData} from '../source/corpus/schema.js';
import {runSearch} from '../source/search/run-search.js';
import {Searcher} from '../source/search/search.js';

export type BenchIndex = {readonly searcher: Searcher};

export const searchDescription = "runSearch(data, searcher, box, 'all') with the UI's default limit (200): Fuse.js over every document";

/** Builds the search index from the store's data (what the UI does on first search). */
export function buildIndex(data: StoreData): BenchIndex {
	return {searcher: Searcher.fromStore(data)};
}

/**
 * Hook for the cached index of issue 5 (built at import, saved beside the store, reloaded when the store has not
 * changed). Returns null while there is no such cache: the benchmark reports "n/a".
 */
export async function loadCachedIndex(_storePath: string, _data: StoreData): Promise<BenchIndex | null> {
	return null;
}

/** One keystroke's search, as the UI runs it: the box's whole text. Returns the rows' texts. */
export function searchBox(index: BenchIndex, data: StoreData, box: string): {rows: number; texts: string[]; problems: string[]} {
	const r = runSearch(data, index.searcher, box, 'all');
	return {rows: r.rows.length, texts: r.rows.slice(0, 20).map((row) => row.text), problems: r.problems};
}
