/**
 * `npm run bench [-- --sizes 1000,10000,50000 --generators a,b --out bench/results/latest.json]`: the scale benchmark of issues 5, 12 and 13.
 *
 * For each generator (a, the project's own, and b, the second; bench/generators.ts) and size: a synthetic corpus
 * (generated once and cached under .bench-out/, keyed by size and generator
 * version), then import rate and peak RSS (the real importer into a fresh store, stopped after a time budget),
 * store open time, search index build time (and the cached index's load time, once there is one), per-keystroke
 * search latency over 20 queries typed a character at a time, time to the dashboard's first frame under a pty,
 * and bytes written to the terminal per key press with the UI in-process on a fake TTY. Each phase runs in its
 * own child process. Prints a table and writes JSON. A benchmark, not a test: nothing here fails on a figure.
 */
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg, totalmem} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {DEFAULT_SEED, generateCorpus, type ArticleGenerator} from './generator.js';
import {generators} from './generators.js';
import type {ImportResult, ReferenceResult, SearchResult} from './phases.js';
import type {CurateEditResult} from './curate-edit.js';
import type {UiBytesResult} from './ui-bytes.js';
import {measureLaunchAnswers, type LaunchAnswerResult} from './launch-answer.js';
import {measureUiMemory} from './ui-memory.js';
import {measureUiStart} from './ui-start.js';
import {viewsPhase} from './views.js';
import {rowsTable} from './view-rows.js';
import {failed, fmt, table, targets, type Outcome, type SizeResult, type Target} from './report.js';
import {exitWithin} from './child-exit.js';
import type {CachesResult} from './caches-phase.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

// ---------------------------------------------------------------------------------------------------------
// Child processes

async function runPhase<T>(name: string, args: Record<string, unknown>, opts: {workDir: string; heapMb?: number; timeoutSeconds: number; env?: NodeJS.ProcessEnv}): Promise<Outcome<T>> {
	const resultFile = path.join(opts.workDir, `${name}.result.json`);
	const logFile = path.join(opts.workDir, `${name}.log`);
	rmSync(resultFile, {force: true});
	const nodeArgs = opts.heapMb ? [`--max-old-space-size=${opts.heapMb}`] : [];
	const env = {...process.env, ...opts.env};
	delete env.CI;
	const child = spawn(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), '--phase', name, '--args', JSON.stringify({...args, resultFile})], {env, stdio: ['ignore', 'pipe', 'pipe']});
	const out = createWriteStream(logFile);
	child.stdout.pipe(out);
	child.stderr.pipe(out);
	const {code, signal, timedOut} = await exitWithin(child, opts.timeoutSeconds);
	await new Promise((r) => out.end(r));
	if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
	const tail = existsSync(logFile)
		? readFileSync(logFile, 'utf8')
				.split('\n')
				.filter((l) => l.trim())
				.slice(-3)
				.join(' | ')
				.slice(0, 400)
		: '';
	return {error: `${name} ${timedOut ? `timed out after ${opts.timeoutSeconds} s` : `exited with ${signal ?? `code ${code}`}`}${tail ? `: ${tail}` : ''}`};
}

async function childMain(name: string, raw: string): Promise<void> {
	const args = JSON.parse(raw) as Record<string, unknown> & {resultFile: string};
	let result: unknown;
	const phases = await import('./phases.js');
	switch (name) {
		case 'import':
			result = await phases.importPhase(args as never);
			break;
		case 'reference':
			result = await phases.referencePhase(args as never);
			break;
		case 'search':
			result = await phases.searchPhase(args as never);
			break;
		case 'caches': {
			const {cachesPhase} = await import('./caches-phase.js');
			result = await cachesPhase(args as never);
			break;
		}
		case 'ui-bytes': {
			const {measureUiBytes} = await import('./ui-bytes.js');
			result = await measureUiBytes(args.store as string, {searchQuery: args.searchQuery as string, jPresses: args.jPresses as number});
			break;
		}
		case 'curate': {
			const {curateEditPhase} = await import('./curate-edit.js');
			result = await curateEditPhase(args as never);
			break;
		}
		default:
			throw new Error(`unknown phase ${name}`);
	}
	writeFileSync(args.resultFile, JSON.stringify(result, null, 2));
	// The UI phase leaves Ink mounted on fake streams; nothing else is worth waiting for.
	process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------
// The run

/** The importer's compiled code: a reference store built by other code is not reused. */
function codeHash(): string {
	const h = createHash('sha256');
	for (const dir of ['ingest', 'corpus']) {
		const full = path.join(root, 'dist-bench', 'source', dir);
		if (!existsSync(full)) continue;
		for (const f of (readdirSync(full, {recursive: true}) as string[]).sort()) if (f.endsWith('.js')) h.update(f).update(readFileSync(path.join(full, f)));
	}
	return h.digest('hex').slice(0, 10);
}

function ensureCorpus(dir: string, articles: number, seed: string, generator: ArticleGenerator): {bytes: number; generatedSeconds: number | null} {
	const manifest = path.join(dir, '.manifest.json');
	if (existsSync(manifest)) {
		const m = JSON.parse(readFileSync(manifest, 'utf8')) as {articles: number; version: number; seed: string; bytes: number};
		if (m.articles === articles && m.version === generator.version && m.seed === seed) return {bytes: m.bytes, generatedSeconds: null};
	}
	rmSync(dir, {recursive: true, force: true});
	const r = generateCorpus({articles, out: dir, seed, generator});
	return {bytes: r.bytes, generatedSeconds: r.ms / 1000};
}

type Options = {sizes: number[]; generators: string[]; out: string; cache: string; importBudget: number; searchBudget: number; uiRuns: number; seed: string; skipUi: boolean; skipViews: boolean; reuseStaleReference: boolean};

async function benchSize(n: number, name: string, o: Options): Promise<SizeResult> {
	const generator = generators[name]!;
	const tag = name === 'a' ? `${n}` : `${n} (generator ${name})`;
	// Generator a's folders keep the names they had before there was a second generator.
	const workDir = path.join(o.cache, name === 'a' ? `n${n}` : `n${n}-${name}`);
	mkdirSync(workDir, {recursive: true});
	const loadBefore = loadavg()[0]!;
	const corpusDir = path.join(workDir, `corpus-g${generator.version}`);
	log(`${tag}: corpus`);
	const corpus = {dir: path.relative(root, corpusDir), ...ensureCorpus(corpusDir, n, o.seed, generator)};

	log(`${tag}: import (budget ${o.importBudget} s)`);
	const importStore = path.join(workDir, 'import.json');
	const imp = await runPhase<ImportResult>('import', {corpus: corpusDir, store: importStore, budgetSeconds: o.importBudget}, {workDir, timeoutSeconds: o.importBudget + 900});

	let reference: SizeResult['reference'];
	if (!failed(imp) && imp.complete) {
		// The import wrote every article: its store is the reference (quotes: -1, not counted here).
		reference = {kind: 'store', path: importStore, articles: imp.imported, quotes: -1, seconds: imp.seconds, steps: {extractSeconds: imp.seconds, rebuildDerivedSeconds: 0, writeSeconds: 0}, storeError: null, peakRssMb: imp.peakRssMb, cached: false};
	} else {
		const key = `ref-g${generator.version}-c${codeHash()}`;
		const store = path.join(workDir, `${key}.json`);
		const snapshot = path.join(workDir, `${key}.ndjson`);
		const meta = path.join(workDir, `${key}.meta.json`);
		// Built by other extraction code: only with --reuse-stale-reference (a 50,000 build takes long), and said.
		const stale = o.reuseStaleReference
			? readdirSync(workDir)
					.filter((f) => f.startsWith(`ref-g${generator.version}-`) && f.endsWith('.meta.json'))
					.map((f) => path.join(workDir, f))
					.find((f) => {
						const m = JSON.parse(readFileSync(f, 'utf8')) as ReferenceResult;
						return existsSync(m.path);
					})
			: undefined;
		if (existsSync(meta) && (existsSync(store) || existsSync(snapshot))) {
			reference = {...(JSON.parse(readFileSync(meta, 'utf8')) as ReferenceResult), cached: true};
			log(`${tag}: reference store (cached ${path.basename(reference.path)})`);
		} else if (stale) {
			reference = {...(JSON.parse(readFileSync(stale, 'utf8')) as ReferenceResult), cached: true, staleFrom: path.basename(stale)};
			log(`${tag}: reference store (STALE: ${path.basename(stale)}, built by other ingest code)`);
		} else {
			log(`${tag}: reference store (the import stopped; every article, extracted on ${availableParallelism()} cores, written once)`);
			const r = await runPhase<ReferenceResult>('reference', {corpus: corpusDir, store, snapshot}, {workDir, heapMb: 16384, timeoutSeconds: 3600});
			if (!failed(r)) writeFileSync(meta, JSON.stringify(r));
			reference = failed(r) ? r : {...r, cached: false};
		}
	}

	let search: SizeResult['search'] = null;
	let uiStart: SizeResult['uiStart'] = {na: 'no reference store'};
	let launch: SizeResult['launch'] = {na: 'no reference store'};
	let uiBytes: SizeResult['uiBytes'] = {na: 'no reference store'};
	let uiMemory: SizeResult['uiMemory'] = {na: 'no reference store'};
	let curate: SizeResult['curate'] = {na: 'no reference store'};
	let views: SizeResult['views'] = {na: 'no reference store'};
	let caches: SizeResult['caches'] = {na: 'no reference store'};
	if (!failed(reference) && reference.kind === 'store') {
		log(`${tag}: the caches beside the store, as \`scrutiny import\` makes them after its last write`);
		caches = await runPhase<CachesResult>('caches', {store: reference.path}, {workDir, timeoutSeconds: 3600});
	}
	if (!failed(reference)) {
		log(`${tag}: search (budget ${o.searchBudget} s)`);
		search = await runPhase<SearchResult>('search', {reference: reference.path, kind: reference.kind, budgetSeconds: o.searchBudget, seed: o.seed}, {workDir, heapMb: 8192, timeoutSeconds: o.searchBudget + 1800});
		if (reference.kind !== 'store') {
			const why = `there is no store to open at this size (${reference.storeError})`;
			uiStart = {na: why};
			launch = {na: why};
			uiMemory = {na: why};
			uiBytes = {na: why};
			views = {na: why};
		} else if (o.skipUi) {
			uiStart = {na: 'skipped (--skip-ui)'};
			launch = {na: 'skipped (--skip-ui)'};
			uiMemory = {na: 'skipped (--skip-ui)'};
			uiBytes = {na: 'skipped (--skip-ui)'};
			views = {na: 'skipped (--skip-ui)'};
		} else {
			log(`${tag}: first frame (${o.uiRuns} runs under script)`);
			try {
				uiStart = await measureUiStart({root, store: reference.path, workDir, runs: o.uiRuns});
			} catch (e) {
				uiStart = {error: (e as Error).message};
			}
			log(`${tag}: from launch to the first search answer and the first timeline (${o.uiRuns} runs in tmux)`);
			try {
				launch = await measureLaunchAnswers({root, store: reference.path, runs: o.uiRuns});
			} catch (e) {
				launch = {error: (e as Error).message};
			}
			log(`${tag}: the UI's peak memory (the store read, a search, the timeline; tmux)`);
			uiMemory = await measureUiMemory({root, store: reference.path});
			if (o.skipViews) views = {na: 'skipped (--skip-views)'};
			else {
				log(`${tag}: every list command and every view (issue 12: under 2 s)`);
				try {
					views = await viewsPhase({root, store: reference.path, runs: 1, log: (s) => log(`${tag}: ${s}`)});
				} catch (e) {
					views = {error: (e as Error).message};
				}
			}
			log(`${tag}: bytes per key press (UI in-process, fake TTY)`);
			uiBytes = await runPhase<UiBytesResult>('ui-bytes', {store: reference.path, searchQuery: 'inadequte', jPresses: 20}, {workDir, heapMb: 8192, timeoutSeconds: 1200, env: {FORCE_COLOR: '2'}});
		}
		// Last: it writes the curated file beside the store (and then puts it back as it was).
		if (reference.kind === 'store') {
			log(`${tag}: a curated edit, from the call to the file on disk`);
			curate = await runPhase<CurateEditResult>('curate', {store: reference.path, runs: 5}, {workDir, heapMb: 8192, timeoutSeconds: 1200});
		}
	}
	const storeBytes = !failed(reference) && reference.kind === 'store' && existsSync(reference.path) ? statSync(reference.path).size : null;
	return {articles: n, generator: name, storeBytes, load: {before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0]!.toFixed(2))}, corpus, import: imp, reference, caches, search, uiStart, launch, uiBytes, uiMemory, curate, views};
}

// ---------------------------------------------------------------------------------------------------------
// Report

const usage = 'usage: npm run bench -- [--sizes 1000,10000,50000] [--generators a,b] [--out FILE] [--cache DIR] [--import-budget S] [--search-budget S] [--ui-runs N] [--seed S] [--skip-ui] [--skip-views] [--reuse-stale-reference]\n';

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
		options: {
			sizes: {type: 'string', default: '1000,10000,50000'},
			generators: {type: 'string', default: 'a,b'},
			out: {type: 'string', default: 'bench/results/latest.json'},
			cache: {type: 'string', default: path.join(root, '.bench-out')},
			'import-budget': {type: 'string', default: '240'},
			'search-budget': {type: 'string', default: '150'},
			'ui-runs': {type: 'string', default: '3'},
			seed: {type: 'string', default: DEFAULT_SEED},
			'skip-ui': {type: 'boolean', default: false},
			'skip-views': {type: 'boolean', default: false},
			'reuse-stale-reference': {type: 'boolean', default: false},
			phase: {type: 'string'},
			args: {type: 'string'},
			help: {type: 'boolean', default: false},
		},
		strict: true,
	});
	} catch (error) {
		// A mistyped option: its one line and the usage, not a stack.
		process.stderr.write(`bench: ${(error as Error).message}\n${usage}`);
		return 2;
	}
	const {values} = parsed;
	if (values.help) {
		process.stdout.write(usage);
		return 0;
	}
	if (values.phase) {
		await childMain(values.phase, values.args ?? '{}');
		return 0;
	}
	const o: Options = {
		sizes: values.sizes.split(',').map((s) => Number(s.replaceAll('_', '').trim())),
		generators: values.generators.split(',').map((g) => g.trim()),
		out: path.resolve(values.out),
		cache: path.resolve(values.cache),
		importBudget: Number(values['import-budget']),
		searchBudget: Number(values['search-budget']),
		uiRuns: Number(values['ui-runs']),
		seed: values.seed,
		skipUi: values['skip-ui'],
		skipViews: values['skip-views'],
		reuseStaleReference: values['reuse-stale-reference'],
	};
	if (o.sizes.some((n) => !Number.isInteger(n) || n < 1) || o.generators.some((g) => !(g in generators))) {
		process.stderr.write(usage);
		return 2;
	}
	if (!existsSync(path.join(root, 'dist', 'bundle', 'cli.js'))) log('dist/bundle/cli.js is missing: run npm run build first (npm run bench does)');
	const started = Date.now();
	const results: SizeResult[] = [];
	for (const name of o.generators)
		for (const n of o.sizes) {
			const t = Date.now();
			results.push(await benchSize(n, name, o));
			log(`${n}${name === 'a' ? '' : ` (generator ${name})`}: done in ${Math.round((Date.now() - t) / 1000)} s`);
		}
	const cores = availableParallelism();
	const notes: string[] = [];
	const checks: (Target & {generator: string})[] = [];
	for (const name of o.generators) {
		const mine = results.filter((r) => r.generator === name);
		const shown = table(mine);
		for (const r of mine)
			if (Math.max(r.load.before, r.load.after) > cores) shown.notes.push(`${r.articles}: the machine was busy with other work (load average ${r.load.before} before, ${r.load.after} after, on ${cores} cores): timings are inflated`);
		process.stdout.write(`\nGenerator ${name}\n${shown.text}\n\n`);
		for (const n of shown.notes) process.stdout.write(`- ${n}\n`);
		notes.push(...shown.notes.map((n) => `generator ${name}: ${n}`));
		for (const r of mine)
			if (!('na' in r.views) && !failed(r.views) && r.views.rows.length)
				process.stdout.write(`Every view and list command at ${fmt(r.articles)} articles (load ${r.views.load.before} before, ${r.views.load.after} after)\n${rowsTable(r.views.rows, 'text')}\n\n`);
		checks.push(...targets(mine).map((c) => ({...c, generator: name})));
	}
	process.stdout.write('\nTargets (issues 5, 12 and 13)\n');
	for (const c of checks) process.stdout.write(`  ${c.met === null ? 'n/a ' : c.met ? 'met ' : 'MISS'}  ${c.target} at ${fmt(c.size)} (generator ${c.generator}): ${c.measured}\n`);
	const cpu = cpus()[0]?.model ?? 'unknown';
	const report = {
		generatedAt: new Date().toISOString(),
		seconds: Math.round((Date.now() - started) / 1000),
		machine: {cpus: availableParallelism(), cpu, totalMemGb: Math.round(totalmem() / 1e9), node: process.version, platform: process.platform},
		options: {...o, out: path.relative(root, o.out), cache: path.relative(root, o.cache) || '.'},
		generators: o.generators.map((name) => ({name, version: generators[name]!.version, seed: o.seed})),
		sizes: results,
		notes,
		targets: checks,
	};
	mkdirSync(path.dirname(o.out), {recursive: true});
	writeFileSync(o.out, `${JSON.stringify(report, null, 2)}\n`);
	process.stdout.write(`\nwrote ${path.relative(process.cwd(), o.out)} (${Math.round((Date.now() - started) / 1000)} s)\n`);
	return 0;
}

process.exitCode = await main();
