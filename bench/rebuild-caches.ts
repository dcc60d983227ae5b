/**
 * The caches and row tables beside a store made again from the store as it is, without an import: what
 * `scrutiny import` writes after its last batch (the sidecars, then the list commands' row tables), on the store
 * opened read-only. For a copy of a measured store (a copy is another file, and every cache of the original is
 * stale for it) or after a change to a table's format.
 *
 *     node dist-bench/bench/rebuild-caches.js STORE [--only-tables articles,people,...] [--timeline] [--no-tables]
 *
 * `--only-tables`: the sidecars are left as they are and only those tables made (`--timeline`: and the
 * timeline's saved lines, with their counts). `--no-tables`: the sidecars only (the tables, keyed to the store
 * file alone, left as they are).
 */
import {parseArgs} from 'node:util';
import {saveTables, tableKey} from '../source/cli/row-tables/table-answer.js';
import {openStore} from '../source/corpus/store/index.js';
import {allTimelineItems} from '../source/corpus/timeline-items.js';
import {saveTimelineSnapshot} from '../source/corpus/timeline-snapshot.js';
import {saveSidecars} from '../source/importer/sidecars.js';

const {values, positionals} = parseArgs({allowPositionals: true, options: {'only-tables': {type: 'string'}, timeline: {type: 'boolean', default: false}, 'no-tables': {type: 'boolean', default: false}}});
const store = positionals[0];
if (!store || positionals.length > 1) {
	process.stderr.write('usage: rebuild-caches STORE [--only-tables articles,people,...] [--timeline] [--no-tables]\n');
	process.exit(2);
}

const seconds = (from: number) => Number(((performance.now() - from) / 1000).toFixed(1));
const opened = performance.now();
const data = await openStore(store, {readOnly: true});
const report: Record<string, unknown> = {openSeconds: seconds(opened)};
let step = performance.now();
if (!values['only-tables']) {
	await saveSidecars(store, data.data, data.state, data.extracted);
	report['sidecarsSeconds'] = seconds(step);
	step = performance.now();
} else if (values.timeline) {
	report['timelineSaved'] = await saveTimelineSnapshot(store, allTimelineItems(data.data), data.state);
	report['timelineSeconds'] = seconds(step);
	step = performance.now();
}

if (!values['no-tables']) report['tablesSaved'] = await saveTables(store, data.extracted, tableKey(store), values['only-tables']?.split(','));
report['tablesSeconds'] = seconds(step);
report['peakRssMb'] = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(report)}\n`);
