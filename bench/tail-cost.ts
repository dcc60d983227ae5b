/**
 * The import's tail on its own: what the importing thread does once the extraction workers are done (the last
 * merge, `rebuildDerived`, the schema check and the write of the whole store), as `scrutiny import` does it, with
 * the batches chosen so that a small corpus ends as a large one does (the import's own batches leave a last batch
 * of a fifth of 10,000 articles, against over a third of 50,000):
 *
 *     node dist-bench/bench/tail-cost.js [--dist DIR] [--batch N] [--profile FILE] STORE FOLDER...
 *
 * STORE (fresh; removed first) is imported from the folders in batches of N files (default 6,000, so that 10,000
 * articles end with a batch of 4,000 merged into a store of 6,000). Prints one JSON line: the tail, from the last
 * file handed over by the workers to the store written, in seconds and in the importing thread's CPU seconds
 * (schedstat), the other threads' CPU over the same span (V8's helpers), and the whole import's seconds.
 * `--profile`: a CPU profile of the tail alone (the inspector's, 1 ms samples), for any viewer.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {Session} from 'node:inspector/promises';
import {loadavg} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';

const {values, positionals} = parseArgs({
	allowPositionals: true,
	options: {dist: {type: 'string', default: 'dist'}, profile: {type: 'string'}, batch: {type: 'string', default: '6000'}},
});
const [store, ...folders] = positionals;
if (!store || folders.length === 0) {
	process.stderr.write('usage: node dist-bench/bench/tail-cost.js [--dist DIR] [--batch N] [--profile FILE] STORE FOLDER...\n');
	process.exit(2);
}

const dist = resolve(values.dist);
type Store = {release(): Promise<void>};
type Import = (store: Store, inputs: string[], opts: {batchSize: number; onProgress: (done: number, total: number) => void}) => Promise<unknown>;
const {openStore} = (await import(pathToFileURL(join(dist, 'corpus/store/index.js')).href)) as {openStore(p: string, o: object): Promise<Store>};
const {importPaths} = (await import(pathToFileURL(join(dist, 'importer/import-paths.js')).href)) as {importPaths: Import};

/** CPU nanoseconds of each of the process's threads, and when. */
const cpu = () => {
	const threads = new Map<string, number>();
	for (const t of readdirSync('/proc/self/task')) {
		try {
			threads.set(t, Number(readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ')[0]));
		} catch {
			// A thread that ended since the listing.
		}
	}
	return {threads, at: performance.now()};
};

const session = values.profile ? new Session() : null;
if (session) {
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', {interval: 1000});
}

for (const suffix of ['', '.lock', '.curated.json']) rmSync(store + suffix, {force: true, recursive: true});
mkdirSync(dirname(resolve(store)), {recursive: true});
const loadBefore = loadavg()[0]!;
const opened = await openStore(store, {create: true});
let from: ReturnType<typeof cpu> | null = null;
const start = performance.now();
try {
	await importPaths(opened, folders, {
		batchSize: Number(values.batch),
		onProgress(done, total) {
			if (done !== total) return;
			// Started first: starting the profiler takes the thread for a while, which is not the tail's.
			if (session) void session.post('Profiler.start');
			from = cpu();
		},
	});
} finally {
	await opened.release();
}
const to = cpu();
if (session) {
	const {profile} = await session.post('Profiler.stop');
	writeFileSync(values.profile!, JSON.stringify(profile));
}
const f = (from ?? to) as ReturnType<typeof cpu>;
const main = String(process.pid);
let others = 0;
// Only the threads alive at both ends: the workers' CPU before they ended is not the tail's.
for (const [t, ns] of to.threads) if (t !== main && f.threads.has(t)) others += ns - f.threads.get(t)!;
console.log(
	JSON.stringify({
		seconds: +((to.at - start) / 1000).toFixed(2),
		tailSeconds: +((to.at - f.at) / 1000).toFixed(2),
		tailMainCpu: +((to.threads.get(main)! - f.threads.get(main)!) / 1e9).toFixed(2),
		tailOthersCpu: +(others / 1e9).toFixed(2),
		load: [+loadBefore.toFixed(2), +loadavg()[0]!.toFixed(2)],
	}),
);
