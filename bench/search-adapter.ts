/**
 * The one place the benchmark touches the search API, so that the speed work (an index in front of Fuse.js,
 * a worker) changes this file only. The UI asks `runSearch` for each keystroke, over a `Searcher`; the cached
 * index is the one the import saves beside the store in two parts (search/search-files.ts), opened as the UI opens it.
 */
import type {StoreData} from '../source/corpus/schema.js';
import {runSearch} from '../source/search/run-search.js';
import {searcherFor} from '../source/search/index-cache.js';
import {Searcher} from '../source/search/search.js';
import {staleParts} from '../source/search/search-files.js';

export type BenchIndex = {readonly searcher: Searcher};

export const searchDescription = "runSearch(data, searcher, box, 'all') with the UI's default limit (200), searcher = Searcher.fromStore(data)";

/** Builds the search index from the store's data (what the UI does when there is no saved index). */
export function buildIndex(data: StoreData): BenchIndex {
	return {searcher: Searcher.fromStore(data)};
}

/**
 * Opens the two parts of the index saved beside the store and makes a searcher of them, as the UI does
 * (`searcherFor`, read a term at a time): the step timed as "cached index load". Null if any part or its documents
 * are missing or stale (the UI would build the index then, which is another figure).
 */
export function loadCachedIndex(storePath: string, data: StoreData): BenchIndex | null {
	if (staleParts(storePath).length > 0) return null;
	return {searcher: searcherFor(storePath, data)};
}

/** One keystroke's search, as the UI runs it: the box's whole text. Returns the rows' texts. */
export function searchBox(index: BenchIndex, data: StoreData, box: string): {rows: number; texts: string[]; problems: string[]} {
	const r = runSearch(data, index.searcher, box, 'all');
	return {rows: r.rows.length, texts: r.rows.slice(0, 20).map((row) => row.text), problems: r.problems};
}
