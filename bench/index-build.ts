/**
 * The search index's build on its own, over a store opened read-only: whole in memory (`Searcher.fromStore`) and
 * as the import saves it, in two parts (`Searcher.partsForSaving`, written as they are made). For each: the time,
 * the process's peak RSS over what the read store holds (the peak is reset through /proc/self/clear_refs before
 * the step, after a full collection) and the SHA-256 of the bytes, the same at every commit that does not mean to
 * change the index (the two ways give different bytes: one index, or two parts).
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
if (values.only !== 'memory') {
	// The two parts as the import writes them (search/segments.ts): their bytes are not the index built in memory.
	const saving = Searcher.partsForSaving(data);
	measure('written as made (Searcher.partsForSaving, both parts)', () => [...saving.extracted!.parts(), ...saving.events!.parts()]);
}
