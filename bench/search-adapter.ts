/**
 * The one place the benchmark touches the search API, so that the speed work (an index in front of Fuse.js,
 * a worker) changes this file only. The UI asks `runSearch` for each keystroke, over a `Searcher`.
 *
 * The cached index (issue 5: built at import, saved beside the store, reloaded while the store is unchanged) is
 * found at run time, not compile time: `source/search/index-cache` with `loadIndex(storePath)` and
 * `saveIndex(storePath, index)`, and `Searcher.withIndex(data, index)`. Without them its load time is n/a.
 */
import type {StoreData} from '../source/corpus/schema.js';
import {runSearch} from '../source/search/run-search.js';
import {Searcher} from '../source/search/search.js';

export type BenchIndex = {readonly searcher: Searcher};

export const searchDescription = "runSearch(data, searcher, box, 'all') with the UI's default limit (200), searcher = Searcher.fromStore(data)";

/** Builds the search index from the store's data (what the UI does when there is no saved index). */
export function buildIndex(data: StoreData): BenchIndex {
	return {searcher: Searcher.fromStore(data)};
}

type IndexCache = {loadIndex?: (storePath: string) => unknown; openIndex?: (storePath: string) => {index: unknown} | null; saveIndex?: (storePath: string, index: unknown) => boolean};
type SearcherStatics = {withIndex?: (data: StoreData, index: unknown) => Searcher | null};

async function indexCache(): Promise<IndexCache | null> {
	try {
		return (await import(new URL('../source/search/index-cache.js', import.meta.url).href)) as IndexCache;
	} catch {
		return null;
	}
}

/**
 * Saves `built`'s index beside the store if no index for the store's current state is saved yet (as an import
 * or a first UI session would). Returns why not, or null when a saved index is ready.
 */
export async function prepareCachedIndex(storePath: string, built: BenchIndex): Promise<string | null> {
	const cache = await indexCache();
	if (!cache?.loadIndex || !cache.saveIndex || !(Searcher as unknown as SearcherStatics).withIndex) return 'no index cache (source/search/index-cache: loadIndex, saveIndex; Searcher.withIndex)';
	if (cache.loadIndex(storePath)) return null;
	const index = (built.searcher as unknown as {index?: unknown}).index;
	if (index === undefined) return 'the searcher has no index to save';
	return cache.saveIndex(storePath, index) ? null : 'the index could not be saved beside the store';
}

/**
 * Loads the saved index and makes a searcher of it, as the UI does (`searcherFor`: opened to be read a term at a
 * time where the build can, else read whole): the step timed as "cached index load". Null if it cannot.
 */
export async function loadCachedIndex(storePath: string, data: StoreData): Promise<BenchIndex | null> {
	const cache = await indexCache();
	const withIndex = (Searcher as unknown as SearcherStatics).withIndex;
	if (!cache?.loadIndex || !withIndex) return null;
	const saved = cache.openIndex ? cache.openIndex(storePath)?.index : cache.loadIndex(storePath);
	const searcher = saved ? withIndex.call(Searcher, data, saved) : null;
	return searcher ? {searcher} : null;
}

/** One keystroke's search, as the UI runs it: the box's whole text. Returns the rows' texts. */
export function searchBox(index: BenchIndex, data: StoreData, box: string): {rows: number; texts: string[]; problems: string[]} {
	const r = runSearch(data, index.searcher, box, 'all');
	return {rows: r.rows.length, texts: r.rows.slice(0, 20).map((row) => row.text), problems: r.problems};
}
