/**
 * What an extraction worker does for each file, step by step, in one thread: the file read, its decoding and the
 * export formats' look (`readImportFile`), the extraction, the rest of `prepareArticle` (hash, word set), the
 * answer's structured clone both ways (`v8.serialize` and `v8.deserialize`, as `postMessage` does), and the
 * importing thread's share of each answer (shared strings, slices of paragraphs). Any build's dist/:
 *
 *     node dist-bench/bench/worker-steps.js [--dist DIR] FOLDER...
 *
 * Prints one JSON line: articles, each step's CPU milliseconds per article (the thread's, from /proc), the thread's CPU per article, the
 * CPU of the process's other threads (V8's helpers) per article, the answer's serialized bytes per article and
 * the garbage collector's pauses in this thread (perf_hooks).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {PerformanceObserver} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {deserialize, serialize} from 'node:v8';
import {articleFiles, mainThreadCpu} from './thread-cpu.js';

const {values, positionals} = parseArgs({allowPositionals: true, options: {dist: {type: 'string', default: 'dist'}}});
const dist = resolve(values.dist);
type Module = Record<string, (...a: never[]) => unknown>;
const load = async (file: string) => (await import(pathToFileURL(join(dist, file)).href)) as Module;
const {readImportFile} = await load('importer/import-file.js');
const {extractArticle} = await load('ingest/extract.js');
const {prepareArticle} = await load('importer/prepare.js');
const shared = await load('corpus/shared-strings.js');
const StringPool = shared['StringPool'] as unknown as new () => object;

const files = positionals.flatMap(articleFiles);
if (files.length === 0) throw new Error('no .txt files given');
const today = new Date('2026-11-22T12:00:00Z');
const storeDir = resolve('.');

// The thread's own CPU in nanoseconds (Linux's schedstat): a step's CPU, not the other processes' turns.
const threadNs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
// The process's other threads (V8's helpers: the collector's parallel and concurrent work, the compiler's).
const othersNs = () => {
	let ns = 0;
	for (const t of readdirSync('/proc/self/task')) if (Number(t) !== process.pid) ns += Number(readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ')[0]);
	return ns;
};

let gcMs = 0;
const gcObserver = new PerformanceObserver((list) => {
	for (const e of list.getEntries()) gcMs += e.duration;
});
gcObserver.observe({entryTypes: ['gc']});

const steps = {read: 0, extract: 0, prepare: 0, serialize: 0, deserialize: 0, share: 0};
let bytes = 0;
const pool = new StringPool();
// The JIT's warm-up: the first 50 files, untimed.
for (const f of files.slice(0, 50)) await prepareArticle!(f as never, storeDir as never, today as never);
const cpu0 = mainThreadCpu();
const others0 = othersNs();
gcMs = 0;
for (const file of files) {
	let t = threadNs();
	const lap = (step: keyof typeof steps) => {
		const now = threadNs();
		steps[step] += now - t;
		t = now;
	};
	const read = (await readImportFile!(file as never)) as {kind: string; text: string};
	lap('read');
	if (read.kind === 'plain') extractArticle!(read.text as never, {today} as never);
	lap('extract');
	// The whole of prepareArticle again: what it does besides the read and the extraction is its time less theirs.
	const prepared = (await prepareArticle!(file as never, storeDir as never, today as never)) as {ok: boolean; inputs?: unknown[]};
	lap('prepare');
	const wire = serialize(prepared);
	bytes += wire.length;
	lap('serialize');
	const back = deserialize(wire) as typeof prepared;
	lap('deserialize');
	if (back.ok) for (const input of back.inputs!) (shared['shareInputStrings']!(input as never, pool as never), shared['sliceFromParagraphs']!(input as never));
	lap('share');
}
const cpu = cpu0 === null ? null : mainThreadCpu()! - cpu0;
const others = othersNs() - others0;
await new Promise((r) => setTimeout(r, 100));
gcObserver.disconnect();
const per = (ms: number) => +(ms / files.length).toFixed(3);
for (const k of Object.keys(steps) as (keyof typeof steps)[]) steps[k] /= 1e6;
console.log(
	JSON.stringify({
		articles: files.length,
		msPerArticle: {
			read: per(steps.read),
			extract: per(steps.extract),
			restOfPrepare: per(steps.prepare - steps.read - steps.extract),
			serialize: per(steps.serialize),
			deserialize: per(steps.deserialize),
			share: per(steps.share),
		},
		// The thread's CPU over all steps, prepareArticle's read and extraction counted twice.
		cpuMsPerArticle: cpu === null ? null : per(cpu * 1000),
		otherThreadsCpuMsPerArticle: per(others / 1e6),
		serializedKB: +(bytes / files.length / 1024).toFixed(1),
		gcMsPerArticle: per(gcMs),
	}),
);
