/**
 * The search index's build on its own, over a store opened read-only: as the UI builds it when none is saved
 * (`Searcher.fromStore`, the index whole in memory) and as the import saves it (`Searcher.forSaving`, written as
 * it is made). For each: the time, the process's peak RSS over what the read store holds (the peak is reset
 * through /proc/self/clear_refs before the step, after a full collection) and the SHA-256 of the saved index's
 * bytes, which must be the same both ways and at every commit that does not mean to change the index.
 *
 *     node --expose-gc dist-bench/bench/index-build.js STORE [--only memory|saving]
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {openStore} from '../source/corpus/store/index.js';
import {Searcher} from '../source/search/search.js';

const {values, positionals} = parseArgs({allowPositionals: true, options: {only: {type: 'string'}}});
const store = positionals[0];
if (!store) throw new Error('usage: node --expose-gc dist-bench/bench/index-build.js STORE [--only memory|saving]');

const peakMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;
const rssMb = () => process.memoryUsage().rss / 1048576;
const {data} = await openStore(store, {readOnly: true});

function measure(name: string, parts: () => Iterable<Uint8Array>): void {
	(globalThis as {gc?: () => void}).gc?.();
	writeFileSync('/proc/self/clear_refs', '5');
	const before = rssMb();
	const started = performance.now();
	const hash = createHash('sha256');
	for (const part of parts()) hash.update(part);
	const seconds = (performance.now() - started) / 1000;
	console.log(`${name}: ${seconds.toFixed(1)} s; RSS ${before.toFixed(0)} MB before, peak ${peakMb().toFixed(0)} MB (+${(peakMb() - before).toFixed(0)}); sha256 ${hash.digest('hex')}`);
}

if (values.only !== 'saving') measure('built in memory (Searcher.fromStore, serializedParts)', () => Searcher.fromStore(data).index.serializedParts());
if (values.only !== 'memory') measure('written as made (Searcher.forSaving)', () => Searcher.forSaving(data).parts);
