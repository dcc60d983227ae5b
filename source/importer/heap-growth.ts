/**
 * The import's memory between its steps. Its largest heap is the store's records (a gigabyte at 50,000 articles);
 * each step after the last write (the timeline, the search index and its documents, the row tables) makes hundreds of
 * megabytes of garbage beside them, and the collector, left to itself, lets the heap grow by up to half before
 * it collects, and further while it marks: the process's peak was a step's garbage on top of the last step's.
 * So the import asks for a full collection between these steps, and for collections sooner within them.
 */
import {getHeapStatistics, setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

const growingPercent = 10;

/**
 * The UI's: its peak is its read of the store, which runs behind the first frame (the first answers come from the
 * files beside the store), so collecting more often costs no answer a user waits for, only a longer read behind
 * them (docs/performance-history.md, session 25).
 */
export const uiGrowingPercent = 4;

/**
 * From now on, a full collection once the heap has grown `percent` past what the last one left (a tenth unless
 * told). The setting is the process's and stays for its life: the import sets it after closing its extraction
 * pool, the UI as it starts.
 */
export function collectSooner(percent = growingPercent): void {
	setFlagsFromString(`--heap-growing-percent=${percent}`);
}

let collector: (() => void) | null = null;

/** A full collection now, between two of the import's steps (`gc`, exposed to this process on first use). */
export function collectNow(): void {
	if (!collector) {
		setFlagsFromString('--expose-gc');
		collector = runInNewContext('gc') as () => void;
	}
	collector();
}

/**
 * For a long step that makes garbage beside the store's records (the row tables): a function to call after
 * each small piece of work, which makes a full collection once the heap in use has grown by `bytes` since the
 * last. The collector, left to itself through such a step, let its garbage pile up to several times that.
 */
export function collectWhenGrown(bytes: number): () => void {
	let floor = getHeapStatistics().used_heap_size;
	return () => {
		if (getHeapStatistics().used_heap_size < floor + bytes) return;
		collectNow();
		floor = getHeapStatistics().used_heap_size;
	};
}
