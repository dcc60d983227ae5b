/**
 * The bench's store made ready as `scrutiny import` leaves a store: the caches beside it (the timeline's lines, the
 * search index and its documents, the start snapshot, the records) and the list commands' row tables. The import
 * phase measures the importer alone (`importPaths`), so without this the UI phases would open a store that no
 * user's import leaves: one whose first search waits for the whole store to be read. Made every time: caches left
 * by an earlier run are keyed to an earlier store and would be passed over.
 */
import {saveTables, tableKey} from '../source/cli/row-tables/table-answer.js';
import {openStore} from '../source/corpus/store/index.js';
import {saveSidecars} from '../source/importer/sidecars.js';

export type CachesResult = {seconds: number};

export async function cachesPhase(args: {store: string}): Promise<CachesResult> {
	const started = performance.now();
	const opened = await openStore(args.store, {readOnly: true});
	await saveSidecars(args.store, opened.data, opened.state, opened.extracted);
	await saveTables(args.store, opened.extracted, tableKey(args.store));
	return {seconds: Number(((performance.now() - started) / 1000).toFixed(1))};
}
