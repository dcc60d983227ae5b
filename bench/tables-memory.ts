/**
 * Where the memory of the import's row-tables step goes: the store opened read-only as `scrutiny import` opens it
 * for its caches (the merged view let go, the store file's data kept), then `saveTables` one command at a time in
 * the import's order, with the import's collections between rows (the event ids by authority are saved with
 * compare and again with the timeline). Prints, for each command, the largest RSS and
 * heap in use sampled between its rows (and between the steps of the timeline's build), in MiB.
 *
 *     node dist-bench/bench/tables-memory.js STORE [articles,quotes,people,compare,timeline] [--sidecars]
 *
 * `--sidecars`: the caches beside the store are made first, as the import makes them before its tables, and
 * what they leave is measured too. Writes the tables (and the caches) beside the store, as the import does.
 */
import {getHeapStatistics} from 'node:v8';
import {saveTablesOf, tableKey} from '../source/cli/row-tables/table-answer.js';
import {openStore, type Store} from '../source/corpus/store/index.js';
import {collectNow, collectWhenGrown} from '../source/importer/heap-growth.js';
import {saveSidecars} from '../source/importer/sidecars.js';

const sidecars = process.argv.includes('--sidecars');
const [path, commands] = process.argv.slice(2).filter((a) => a !== '--sidecars');
if (!path) {
	process.stderr.write('usage: tables-memory STORE [COMMAND,...]\n');
	process.exit(2);
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
const now = (what: string) => {
	collectNow();
	process.stdout.write(`${what}: rss ${mib(process.memoryUsage.rss())} heap ${mib(getHeapStatistics().used_heap_size)} of ${mib(getHeapStatistics().total_heap_size)}\n`);
};
let store: Store | null = await openStore(path, {readOnly: true});
now('after the open');
if (sidecars) {
	await saveSidecars(store.path, store.data, store.state, store.extracted);
	now('after the caches');
}
const held = {data: store.extracted};
store = null;
const key = tableKey(path);
now('the store file\'s data alone');
const collect = collectWhenGrown(64 * 1024 * 1024);
for (const command of (commands ?? 'articles,quotes,people,compare,timeline').split(',')) {
	let rss = 0;
	let heap = 0;
	let calls = 0;
	const started = performance.now();
	const pace = () => {
		collect();
		// Sampling every call would cost more than the rows: every 64th, and the heap after the collection above.
		if (++calls % 64 !== 0) return;
		rss = Math.max(rss, process.memoryUsage.rss());
		heap = Math.max(heap, getHeapStatistics().used_heap_size);
	};
	now(`before ${command}`);
	const ok = await saveTablesOf(path, held, key, [command], pace);
	process.stdout.write(`${command}: saved ${ok}, peak rss ${mib(rss)} heap ${mib(heap)}, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

process.stdout.write(`maxRSS ${mib(process.resourceUsage().maxRSS * 1024)}\n`);
