/**
 * Where an import's memory peaks: the import on its own (as import-cpu.js runs it) while a timer samples, every
 * 50 ms, the process's RSS, the importing thread's heap and the process's thread count, and marks each write of
 * the store by the file's inode changing. Prints each phase's peak (phase N ends with the Nth write), so that a
 * peak can be placed: before or after the extraction pool closes (two threads fewer), in a batch's reading or in
 * its write. `--profile MiB` also takes V8's sampling heap profile (live objects by allocation site) the first time
 * the RSS passes that size, and prints its largest sites.
 *
 *     node dist-bench/bench/import-phases.js [--dist DIR] [--profile MiB] CORPUS STORE
 *
 * The timer runs on the importing thread, so a sample waits for a merge's synchronous work to end: a phase's peak
 * is the largest sampled, not the process's VmHWM (import-cpu.js prints that).
 */
import {readdirSync, rmSync, statSync} from 'node:fs';
import {Session} from 'node:inspector';
import {loadavg} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {getHeapSpaceStatistics} from 'node:v8';

const {values, positionals} = parseArgs({options: {dist: {type: 'string', default: 'dist'}, profile: {type: 'string'}}, allowPositionals: true});
const [corpus, store] = positionals;
if (!corpus || !store) {
	process.stderr.write('usage: node dist-bench/bench/import-phases.js [--dist DIR] [--profile MiB] CORPUS STORE\n');
	process.exit(2);
}
const dist = resolve(values.dist);
type Module = Record<string, (...a: never[]) => Promise<unknown>>;
const load = async (file: string) => (await import(pathToFileURL(join(dist, file)).href)) as Module;
for (const suffix of ['', '.lock', '.curated.json']) rmSync(store + suffix, {force: true, recursive: true});

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
type Peak = {rss: number; at: number; heapUsed: number; heapTotal: number; largeObjects: number; threads: number};
const peaks: Peak[] = [];
const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;
let phase = 0;
let inode = -1;
const inodeNow = () => {
	try {
		return statSync(store).ino;
	} catch {
		return -1;
	}
};

type ProfileNode = {callFrame: {functionName: string; url: string; lineNumber: number}; selfSize: number; children: ProfileNode[]};
const session = new Session();
const post = <T>(method: string, params: object = {}) => new Promise<T>((done, fail) => session.post(method, params, (e, r) => (e ? fail(e) : done(r as T))));
const profileAbove = values.profile === undefined ? null : Number(values.profile) * 2 ** 20;
// Set in a callback, so a holder: a plain variable would be narrowed to its first value below.
const sampled: {profile: {at: number; rss: number; head: ProfileNode} | null} = {profile: null};
let asked = false;
if (profileAbove !== null) {
	session.connect();
	await post('HeapProfiler.startSampling', {samplingInterval: 256 * 1024});
}

const timer = setInterval(() => {
	const now = inodeNow();
	if (now !== inode) {
		if (now !== -1 && inode !== -1) phase++;
		if (now !== -1 && inode === -1) phase = 1;
		inode = now;
	}
	const m = process.memoryUsage();
	if (m.rss > (peaks[phase]?.rss ?? 0)) {
		const largeObjects = getHeapSpaceStatistics().find((s) => s.space_name === 'large_object_space')?.space_used_size ?? 0;
		peaks[phase] = {rss: m.rss, at: seconds(), heapUsed: m.heapUsed, heapTotal: m.heapTotal, largeObjects, threads: readdirSync('/proc/self/task').length};
	}
	if (profileAbove !== null && !asked && m.rss > profileAbove) {
		asked = true;
		const rss = m.rss;
		void post<{profile: {head: ProfileNode}}>('HeapProfiler.getSamplingProfile').then((r) => (sampled.profile = {at: seconds(), rss, head: r.profile.head}));
	}
}, 50);

const loadBefore = loadavg()[0]!;
const {openStore} = await load('corpus/store/index.js');
const {importPaths} = await load('importer/import-paths.js');
const opened = (await openStore!(store as never, {create: true} as never)) as {release: () => Promise<void>};
await importPaths!(opened as never, [corpus] as never);
await opened.release();
clearInterval(timer);

const lines = peaks.map((p, i) =>
	p ? `phase ${i} (${i === 0 ? 'before the first write' : `from write ${i}`}): peak RSS ${mib(p.rss)} MiB at ${p.at.toFixed(1)} s; heap used ${mib(p.heapUsed)} of ${mib(p.heapTotal)} MiB (large objects ${mib(p.largeObjects)}); ${p.threads} threads` : `phase ${i}: no sample`,
);
process.stdout.write(`${lines.join('\n')}\nimport ${seconds().toFixed(1)} s; VmHWM ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; load ${loadBefore.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)}\n`);

if (sampled.profile !== null) {
	const {at, rss, head} = sampled.profile;
	const bySite = new Map<string, number>();
	const walk = (node: ProfileNode, caller: string) => {
		const f = node.callFrame;
		const here = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
		if (node.selfSize > 0) bySite.set(`${here} <- ${caller}`, (bySite.get(`${here} <- ${caller}`) ?? 0) + node.selfSize);
		for (const child of node.children) walk(child, here);
	};
	walk(head, '');
	const top = [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20);
	process.stdout.write(`live objects sampled at ${at.toFixed(1)} s (RSS ${mib(rss)} MiB when asked), by allocation site:\n${top.map(([site, bytes]) => `${String(mib(bytes)).padStart(6)} MiB  ${site}`).join('\n')}\n`);
}
