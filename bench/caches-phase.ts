/**
 * The bench's store made ready as `scrutiny import` leaves a store, by the import's own last step (`saveCaches`:
 * the timeline's lines, the search index and its documents, the start snapshot, the records, the cohort and the
 * list commands' row tables). The import phase measures the importer alone (`importPaths`), so without this the UI
 * phases would open a store no user's import leaves. Its peak is the import's too: a user's import ends with it.
 */
import {saveCaches} from '../source/cli/commands/import.js';

export type CachesResult = {seconds: number; peakRssMb: number};

export async function cachesPhase(args: {store: string}): Promise<CachesResult> {
	const started = performance.now();
	await saveCaches(args.store);
	return {seconds: Number(((performance.now() - started) / 1000).toFixed(1)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)};
}
