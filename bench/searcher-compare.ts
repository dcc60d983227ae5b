/**
 * Three searchers of one store, timed key by key in turn: built from the store (`Searcher.fromStore`), over the
 * saved index loaded whole (`loadIndex`), and over the saved index opened a term at a time (`openIndex`, as the
 * UI and `search` make it). Each types the benchmark's queries (`queries.ts`) a character at a time through
 * `runSearch`, in rounds whose order alternates, so that the machine's load falls on all three alike. Prints the
 * first round's p50 / p95 (each key asked for the first time: the opened index reads its terms then) and the best
 * of the rounds, and each searcher's slowest keys the first time.
 *
 *     node --max-old-space-size=8192 dist-bench/bench/searcher-compare.js STORE [--rounds N]
 *
 * STORE needs its saved index (an import leaves it).
 */
import {parseArgs} from 'node:util';
import {openStore} from '../source/corpus/store/index.js';
import {loadIndex, openIndex} from '../source/search/index-cache.js';
import {runSearch} from '../source/search/run-search.js';
import {Searcher} from '../source/search/search.js';
import {keystrokes} from './queries.js';
import {percentile} from './stats.js';

const {values, positionals} = parseArgs({allowPositionals: true, options: {rounds: {type: 'string', default: '4'}}});
const store = positionals[0];
if (!store) throw new Error('usage: node dist-bench/bench/searcher-compare.js STORE [--rounds N]');
const {data} = await openStore(store, {readOnly: true});
const whole = loadIndex(store);
const opened = openIndex(store);
if (!whole || !opened) throw new Error(`no saved index for ${store} as it is (import it first)`);
const searchers = {built: Searcher.fromStore(data), whole: Searcher.withIndex(data, whole)!, opened: Searcher.withIndex(data, opened.index)!};
type Name = keyof typeof searchers;
const keys = keystrokes();
const times: Record<Name, number[][]> = {built: [], whole: [], opened: []};
for (let round = 0; round < Number(values.rounds); round++) {
	const order: Name[] = round % 2 ? ['opened', 'whole', 'built'] : ['built', 'whole', 'opened'];
	for (const name of order) {
		times[name].push(
			keys.map((k) => {
				const started = performance.now();
				runSearch(data, searchers[name], k.prefix, 'all');
				return performance.now() - started;
			}),
		);
	}
}
const ms = (x: number) => x.toFixed(1);
for (const name of Object.keys(times) as Name[]) {
	const [first, ...rest] = times[name];
	const best = first!.map((t, i) => Math.min(t, ...rest.map((r) => r[i]!)));
	const slowest = first!.map((t, i) => [t, keys[i]!.prefix] as const).sort((a, b) => b[0] - a[0]).slice(0, 6);
	console.log(`${name.padEnd(6)} first p50 ${ms(percentile(first!, 50))} p95 ${ms(percentile(first!, 95))} ms; best of ${times[name].length} p50 ${ms(percentile(best, 50))} p95 ${ms(percentile(best, 95))} ms; slowest first: ${slowest.map(([t, p]) => `"${p}" ${t.toFixed(0)}`).join(', ')}`);
}
opened.close();
