/**
 * What making the list commands' row tables costs (source/cli/row-tables/): the store opened read-only, then
 * `saveTables` as `scrutiny import` calls it with the store file's data, timed alone (wall clock and the process's
 * CPU), with the process's peak RSS. Writes the tables beside the store.
 *
 *     node dist-bench/bench/row-tables-cost.js STORE [articles,quotes,people,timeline,compare]
 */
import {saveTables, tableKey} from '../source/cli/row-tables/table-answer.js';
import {openStore} from '../source/corpus/store/index.js';

const [store, commands] = process.argv.slice(2);
if (!store) {
	process.stderr.write('usage: row-tables-cost STORE [COMMAND,...]\n');
	process.exit(2);
}

const opened = performance.now();
const data = await openStore(store, {readOnly: true});
const started = performance.now();
const cpu = process.cpuUsage();
const ok = await saveTables(store, data.extracted, tableKey(store), commands?.split(','));
const used = process.cpuUsage(cpu);
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
process.stdout.write(
	`${JSON.stringify({saved: ok, openSeconds: seconds(started - opened), saveSeconds: seconds(performance.now() - started), saveCpuSeconds: seconds((used.user + used.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)})}\n`,
);
