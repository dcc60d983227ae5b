/**
 * The bench's store made ready as `scrutiny import` leaves a store: the caches beside it (the timeline's lines, the
 * search index and its documents, the start snapshot, the records) and the list commands' row tables. The import
 * phase measures the importer alone (`importPaths`), so without this the UI phases would open a store that no
 * user's import leaves: one whose first search waits for the whole store to be read.
 */
import {existsSync} from 'node:fs';
import {saveTables, tableKey} from '../source/cli/row-tables/table-answer.js';
import {openStore} from '../source/corpus/store/index.js';
import {saveSidecars} from '../source/importer/sidecars.js';

export type CachesResult = {made: boolean; seconds: number};

export async function cachesPhase(args: {store: string}): Promise<CachesResult> {
	const started = performance.now();
	if (existsSync(`${args.store}.search-docs`)) return {made: false, seconds: 0};
	const opened = await openStore(args.store, {readOnly: true});
	await saveSidecars(args.store, opened.data, opened.state, opened.extracted);
	await saveTables(args.store, opened.extracted, tableKey(args.store));
	return {made: true, seconds: Number(((performance.now() - started) / 1000).toFixed(1))};
}
