/**
 * The timeline's lines as `scrutiny import` makes them for its caches (`timelineItemsOf(data, timeline(data))`,
 * the items `allTimelineItems` keeps for the UI), over a store opened
 * read-only: the time, the heap the step leaves (garbage included) and after a full collection, the process's
 * peak RSS over what the read store holds (reset through /proc/self/clear_refs after a full collection), and the
 * SHA-256 of the lines, which must not change with a commit that does not mean to change them. `--alloc` prints
 * the functions that allocated the most during the step, collected objects included (the sampling heap profiler);
 * with `--old`, only what outlived the young generation's collections (what the old generation grows by).
 *
 *     node --expose-gc dist-bench/bench/timeline-build.js STORE [--alloc [--old]]
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {Session} from 'node:inspector/promises';
import {parseArgs} from 'node:util';
import {openStore} from '../source/corpus/store/index.js';
import {timelineItemsOf} from '../source/corpus/timeline-items.js';
import {timeline} from '../source/corpus/timeline.js';

const {values, positionals} = parseArgs({allowPositionals: true, options: {alloc: {type: 'boolean'}, old: {type: 'boolean'}}});
const storePath = positionals[0];
if (!storePath) throw new Error('usage: node --expose-gc dist-bench/bench/timeline-build.js STORE [--alloc [--old]]');
const gc = (globalThis as {gc?: () => void}).gc;
if (!gc) throw new Error('run with --expose-gc');

const mb = (n: number) => (n / 1048576).toFixed(0);
const peak = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;
const {data} = await openStore(storePath, {readOnly: true});
gc();
writeFileSync('/proc/self/clear_refs', '5');
const before = process.memoryUsage();
let session: Session | undefined;
if (values.alloc) {
	session = new Session();
	session.connect();
	await session.post('HeapProfiler.startSampling', {samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !values.old} as never);
}
const started = performance.now();
const items = timelineItemsOf(data, timeline(data));
const seconds = (performance.now() - started) / 1000;
const left = process.memoryUsage();
const peakRss = peak();
if (session) {
	const {profile} = (await session.post('HeapProfiler.stopSampling')) as unknown as {profile: {head: Node}};
	type Node = {callFrame: {functionName: string; url: string; lineNumber: number}; selfSize: number; children: Node[]};
	const byFunction = new Map<string, number>();
	const walk = (n: Node) => {
		const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
		byFunction.set(key, (byFunction.get(key) ?? 0) + n.selfSize);
		for (const c of n.children) walk(c);
	};
	walk(profile.head);
	for (const [key, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${mb(size).padStart(6)} MB  ${key}`);
}
gc();
const live = process.memoryUsage();
const hash = createHash('sha256');
for (const item of items) hash.update(JSON.stringify(item));
console.log(
	`${items.length} lines in ${seconds.toFixed(1)} s; heap ${mb(before.heapUsed)} MB before, ${mb(left.heapUsed)} after the step, ${mb(live.heapUsed)} after a full collection; ` +
		`RSS ${mb(before.rss)} MB before, peak ${mb(peakRss)} (+${mb(peakRss - before.rss)}); sha256 ${hash.digest('hex')}`,
);
