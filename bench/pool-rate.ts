/**
 * The import's extraction pool on its own: files prepared by `ExtractPool` (as `importPaths` starts it) and their
 * answers taken in file order on this thread, with the importing thread's share of each (shared strings, slices
 * of paragraphs), but nothing merged or written. Any build's dist/:
 *
 *     node dist-bench/bench/pool-rate.js [--dist DIR] [--workers N] [--ahead N] FOLDER...
 *
 * Prints one JSON line: articles, seconds, articles/s, and the CPU seconds of this thread, of the workers and of
 * the process's other threads (V8's helpers), from /proc: on a shared machine the wall clock counts other
 * processes' turns, the CPU what this import's threads did.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {articleFiles} from './thread-cpu.js';

const {values, positionals} = parseArgs({
	allowPositionals: true,
	options: {dist: {type: 'string', default: 'dist'}, workers: {type: 'string', default: '2'}, ahead: {type: 'string', default: '1000'}},
});
const dist = resolve(values.dist);
type Module = Record<string, unknown>;
const load = async (file: string) => (await import(pathToFileURL(join(dist, file)).href)) as Module;
type Pool = {prepare(job: object): Promise<{ok: boolean; inputs?: unknown[]}>; close(): Promise<void>};
const {ExtractPool} = (await load('importer/extract-pool.js')) as {ExtractPool: {create(n: number): Pool | null}};
const shared = await load('corpus/shared-strings.js');
const shareInputStrings = shared['shareInputStrings'] as (input: unknown, pool: unknown) => void;
const sliceFromParagraphs = shared['sliceFromParagraphs'] as (input: unknown) => void;
const StringPool = shared['StringPool'] as new () => object;

const files = positionals.flatMap(articleFiles);
if (files.length === 0) throw new Error('no .txt files given');

/** Each thread's CPU nanoseconds (Linux's schedstat), by thread id. */
const threadCpu = () => {
	const out = new Map<number, number>();
	for (const t of readdirSync('/proc/self/task')) out.set(Number(t), Number(readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ')[0]));
	return out;
};
const before = threadCpu();
const pool = ExtractPool.create(Number(values.workers));
if (!pool) throw new Error(`no extraction worker in ${dist}/importer`);
const strings = new StringPool();
const storeDir = resolve('.');
const started = performance.now();
const loadBefore = loadavg()[0]!;
const ahead = Number(values.ahead);
const inFlight: Promise<{ok: boolean; inputs?: unknown[]}>[] = [];
let next = 0;
let workersCpu = 0;
let helpersCpu = 0;
let last = new Map<number, number>();
for (let i = 0; i < files.length; i++) {
	while (next < files.length && next < i + ahead) inFlight.push(pool.prepare({file: files[next++], storeDir, today: null, urlList: null}));
	const prepared = await inFlight.shift()!;
	if (prepared.ok) for (const input of prepared.inputs!) (shareInputStrings(input, strings), sliceFromParagraphs(input));
	// The workers' CPU is read before they end (their threads are gone after close).
	if (i === files.length - 1) last = threadCpu();
}
const seconds = (performance.now() - started) / 1000;
await pool.close();
const after = threadCpu();
for (const [t, ns] of last) {
	const spent = (after.get(t) ?? ns) - (before.get(t) ?? 0);
	if (t === process.pid) continue;
	if (before.has(t)) helpersCpu += spent;
	else workersCpu += spent;
}
const mainCpu = after.get(process.pid)! - before.get(process.pid)!;
console.log(
	JSON.stringify({
		articles: files.length,
		workers: Number(values.workers),
		seconds: +seconds.toFixed(1),
		rate: +(files.length / seconds).toFixed(1),
		cpuSeconds: {main: +(mainCpu / 1e9).toFixed(1), workers: +(workersCpu / 1e9).toFixed(1), helpers: +(helpersCpu / 1e9).toFixed(1)},
		workerCpuMsPerArticle: +(workersCpu / 1e6 / files.length).toFixed(2),
		load: `${loadBefore.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)}`,
	}),
);
