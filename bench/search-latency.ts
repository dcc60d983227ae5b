/**
 * Per-keystroke search latency, in-process: loads a store (JSON) or a benchmark snapshot (NDJSON) once, builds
 * the Searcher once, then types the benchmark's 20 queries a character at a time through `runSearch`, as the UI
 * does, and prints p50/p95 and the slowest keystrokes.
 *
 *   node --max-old-space-size=8192 dist-bench/bench/search-latency.js STORE.json|SNAPSHOT.ndjson
 *        [--rounds N] [--dump FILE] [--only-dump] [--box TEXT] [--saved]
 *
 * `--saved` makes the Searcher as the UI and `search` do on a store with its caches (`searcherFor`: the index saved
 * beside the store, read a term at a time as queries need it; built and saved if missing) instead of building it.
 *
 * `--dump FILE` writes every keystroke's full result list (kind:id:paragraph of each row, up to the UI's 200) as
 * JSON, so that two builds can be compared for equal results (bench/search-compare.ts).
 */
import {createReadStream, writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {createInterface} from 'node:readline';
import {emptyStore, type StoreData} from '../source/corpus/schema.js';
import {openStore} from '../source/corpus/store/index.js';
import {searcherFor} from '../source/search/index-cache.js';
import {runSearch} from '../source/search/run-search.js';
import {Searcher} from '../source/search/search.js';
import {keystrokes} from './queries.js';
import {percentile} from './stats.js';

/** The benchmark's snapshot: one `[collection, record]` or `{meta}` a line (as bench/phases.ts reads it). */
async function readSnapshot(file: string): Promise<StoreData> {
	const data = emptyStore() as unknown as Record<string, unknown[]>;
	for await (const line of createInterface({input: createReadStream(file)})) {
		if (!line) continue;
		const v = JSON.parse(line) as [string, unknown] | {meta: Record<string, unknown>};
		if (Array.isArray(v)) data[v[0]]!.push(v[1]);
		else Object.assign(data, v.meta);
	}
	return data as unknown as StoreData;
}

async function load(file: string): Promise<StoreData> {
	if (file.endsWith('.ndjson')) return readSnapshot(file);
	// Read-only, as the UI opens it (a store of 50,000 articles is too long for one JSON.parse).
	return (await openStore(file, {readOnly: true})).data;
}

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = process.argv[2];
if (!file) throw new Error('usage: search-latency STORE.json|SNAPSHOT.ndjson [--rounds N] [--dump FILE] [--only-dump]');
const rounds = Number(arg('--rounds') ?? 1);
const dump = arg('--dump');

let t = performance.now();
const data = await load(file);
console.log(`loaded ${data.articles.length} articles in ${Math.round(performance.now() - t)} ms`);
t = performance.now();
const saved = process.argv.includes('--saved');
const searcher = saved ? searcherFor(file, data) : Searcher.fromStore(data);
console.log(`index ${saved ? 'opened (or built)' : 'built'} in ${Math.round(performance.now() - t)} ms (${searcher.docs.length} documents)`);

runSearch(data, searcher, 'x', 'all');
const keys = keystrokes();

const box = arg('--box');
if (box !== undefined) {
	// One box typed again and again: its time alone, for profiling.
	for (let r = 0; r < Number(arg('--repeat') ?? 5); r++) {
		const s = performance.now();
		const rows = runSearch(data, searcher, box, 'all').rows.length;
		console.log(`${JSON.stringify(box)}: ${(performance.now() - s).toFixed(1)} ms, ${rows} rows`);
	}
} else if (!process.argv.includes('--only-dump')) {
	const samples: {box: string; ms: number}[] = [];
	for (let r = 0; r < rounds; r++)
		for (const k of keys) {
			// Round 1 is typed as the benchmark types it; later rounds meet caches the earlier ones filled.
			const s = performance.now();
			runSearch(data, searcher, k.prefix, 'all');
			samples.push({box: k.prefix, ms: performance.now() - s});
		}
	const first = samples.slice(0, keys.length);
	const ms = first.map((s) => s.ms);
	const fmt = (x: number) => x.toFixed(1);
	console.log(`${keys.length} keystrokes, typed once: p50 ${fmt(percentile(ms, 50))} ms, p95 ${fmt(percentile(ms, 95))} ms, max ${fmt(Math.max(...ms))} ms`);
	if (rounds > 1) {
		// Each keystroke's best of the rounds: what the code costs, with less of what other processes cost.
		const best = new Map<string, number>();
		for (const s of samples) best.set(s.box, Math.min(best.get(s.box) ?? Infinity, s.ms));
		const b = keys.map((k) => best.get(k.prefix)!);
		console.log(`best of ${rounds} per keystroke: p50 ${fmt(percentile(b, 50))} ms, p95 ${fmt(percentile(b, 95))} ms, max ${fmt(Math.max(...b))} ms`);
		console.log(`slowest by best of ${rounds}: ${[...best].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([box, ms]) => `${JSON.stringify(box)} ${ms.toFixed(1)}`).join(', ')}`);
	}
	console.log('slowest, typed once:');
	for (const s of [...first].sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${s.ms.toFixed(1).padStart(8)} ms  ${JSON.stringify(s.box)}`);
}

// After the timing, so that the timed keystrokes meet the caches as the benchmark does (warmed by one search).
if (dump) {
	const out: Record<string, string[]> = {};
	for (const k of keys) out[k.prefix] = runSearch(data, searcher, k.prefix, 'all').rows.map((r) => `${r.kind}:${r.id}:${r.paragraph ?? ''}`);
	writeFileSync(dump, JSON.stringify(out));
	console.log(`results of ${keys.length} keystrokes written to ${dump}`);
}
