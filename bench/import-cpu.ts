/**
 * An import on its own with any build's `dist/` (`--dist DIR`, default this checkout's dist/), so that two commits'
 * importers can be run in turn on the same corpus at the same load:
 *
 *     node dist-bench/bench/import-cpu.js [--dist DIR] [--caches] CORPUS STORE
 *
 * `openStore` and `importPaths` as `scrutiny import` runs them (no caches beside the store), into a fresh STORE.
 * Prints articles/s, the CPU seconds of the process and of the importing thread (from /proc: on a loaded machine
 * the wall clock varies by a third from run to run, the CPU less), the peak RSS and the load average. With
 * `--caches`, the caches `scrutiny import` saves beside the store afterwards (`saveSidecars`) are saved too, and
 * their time and the peak RSS of the whole are printed on a second line: the peak of the import a user runs.
 */
import {rmSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {mainThreadCpu} from './thread-cpu.js';

const {values, positionals} = parseArgs({options: {dist: {type: 'string', default: 'dist'}, caches: {type: 'boolean', default: false}}, allowPositionals: true});
const [corpus, store] = positionals;
if (!corpus || !store) {
	process.stderr.write('usage: node dist-bench/bench/import-cpu.js [--dist DIR] [--caches] CORPUS STORE\n');
	process.exit(2);
}

const dist = resolve(values.dist);
type Module = Record<string, (...a: never[]) => Promise<unknown>>;
const load = async (file: string) => (await import(pathToFileURL(join(dist, file)).href)) as Module;


for (const suffix of ['', '.lock', '.curated.json']) rmSync(store + suffix, {force: true, recursive: true});
const {openStore} = await load('corpus/store/index.js');
const {importPaths} = await load('importer/import-paths.js');
const loadBefore = loadavg()[0]!;
const started = performance.now();
type Opened = {release: () => Promise<void>; path: string; data: unknown; state: string | null; extracted: unknown};
const opened = (await openStore!(store as never, {create: true} as never)) as Opened;
const report = (await importPaths!(opened as never, [corpus] as never)) as {added: number; replaced: number; unchanged: number};
await opened.release();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
const articles = report.added + report.replaced + report.unchanged;
process.stdout.write(
	`${articles} articles in ${seconds.toFixed(1)} s: ${(articles / seconds).toFixed(1)} articles/s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s ` +
		`(importing thread ${(mainThreadCpu() ?? Number.NaN).toFixed(1)} s); peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; ` +
		`load ${loadBefore.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)}\n`,
);
if (values.caches) {
	const {saveSidecars} = await load('importer/sidecars.js');
	const cachesFrom = performance.now();
	await saveSidecars!(opened.path as never, opened.data as never, opened.state as never, opened.extracted as never);
	process.stdout.write(`caches beside the store ${((performance.now() - cachesFrom) / 1000).toFixed(1)} s; peak RSS of the import and the caches ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load ${loadavg()[0]!.toFixed(2)}\n`);
}
