/**
 * The measurements, one function per phase. run.ts runs each phase in a child process of its own, so that
 * each one's peak RSS is its own and a crash (out of memory, a string too long for V8) is a reported result,
 * not the end of the benchmark.
 */
import {createReadStream, createWriteStream, existsSync, rmSync, statSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {Worker} from 'node:worker_threads';
import {rebuildDerived} from '../source/corpus/merge.js';
import {emptyStore, type StoreData} from '../source/corpus/schema.js';
import {openStore, type Store} from '../source/corpus/store/index.js';
import {importPaths} from '../source/importer/import-paths.js';
import {collectArticlePaths} from '../source/importer/read-files.js';
import type {ExtractDone, ExtractJob} from './extract-worker.js';
import {storeState} from '../source/corpus/store/file-identity.js';
import {staleParts} from '../source/search/search-files.js';
import {Rng} from './prng.js';
import {benchQueries, keystrokes} from './queries.js';
import {buildIndex, loadCachedIndex, searchBox, searchDescription} from './search-adapter.js';
import {median, percentile, round} from './stats.js';

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const now = () => performance.now();

// ---------------------------------------------------------------------------------------------------------
// Import: the real importer into a fresh store, as `scrutiny import DIR --db STORE` runs it.

export type ImportResult = {
	files: number;
	imported: number;
	complete: boolean;
	seconds: number;
	articlesPerSecond: number;
	/** The rate over each tenth of the articles committed (the importer slows as the store grows). */
	ratesByTenth: {upTo: number; articlesPerSecond: number}[];
	/** The last batch's rate (batches grow with the store). */
	lastBatchArticlesPerSecond: number | null;
	storeBytes: number | null;
	peakRssMb: number;
	error: string | null;
	stoppedBy: 'done' | 'budget' | 'error';
};

export async function importPhase(args: {corpus: string; store: string; budgetSeconds: number}): Promise<ImportResult> {
	rmSync(args.store, {force: true});
	rmSync(`${args.store}.lock`, {force: true, recursive: true});
	const files = (await collectArticlePaths([args.corpus])).files.length;
	const commits: {at: number; articles: number}[] = [];
	const started = now();
	let stoppedBy: ImportResult['stoppedBy'] = 'done';
	let error: string | null = null;
	let imported = 0;
	let skipped = Number.POSITIVE_INFINITY;
	try {
		const store = await openStore(args.store, {create: true});
		// Every store.update is one committed batch: the benchmark's clock for articles written.
		const timed = new Proxy(store, {
			get(target, prop) {
				if (prop === 'update')
					return async (fn: Parameters<Store['update']>[0]) => {
						await target.update(fn);
						commits.push({at: now(), articles: target.data.articles.length});
					};
				const value: unknown = Reflect.get(target, prop, target);
				return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
			},
		});
		try {
			// The importer's own batches and extraction threads, as `scrutiny import` runs it.
			const report = await importPaths(timed, [args.corpus], {
				shouldStop: () => {
					if ((now() - started) / 1000 <= args.budgetSeconds) return false;
					stoppedBy = 'budget';
					return true;
				},
			});
			// Complete when no file was left unread: a corpus may hold articles the importer takes for copies of others
			// (generator b has a few), which add no article, so the store's count is not the test.
			skipped = report.skipped;
		} finally {
			await store.release();
		}
		imported = commits.at(-1)?.articles ?? 0;
		if (skipped === 0) stoppedBy = 'done';
	} catch (e) {
		stoppedBy = 'error';
		error = `${(e as Error).name}: ${(e as Error).message}`;
		imported = commits.at(-1)?.articles ?? 0;
	}
	const end = commits.at(-1)?.at ?? now();
	const seconds = (end - started) / 1000;
	const ratesByTenth: ImportResult['ratesByTenth'] = [];
	let prev = {at: started, articles: 0};
	for (let tenth = 1; tenth <= 10; tenth++) {
		const c = commits.find((x) => x.articles >= (files * tenth) / 10);
		if (!c || c.articles === prev.articles) continue;
		ratesByTenth.push({upTo: c.articles, articlesPerSecond: round(((c.articles - prev.articles) * 1000) / (c.at - prev.at), 1)!});
		prev = c;
	}
	const last = commits.length >= 2 ? commits.at(-1)! : null;
	const before = commits.length >= 2 ? commits.at(-2)! : null;
	return {
		files,
		imported,
		complete: stoppedBy === 'done' && skipped === 0,
		seconds: round(seconds, 1)!,
		articlesPerSecond: round(imported / Math.max(seconds, 1e-9), 1)!,
		ratesByTenth,
		lastBatchArticlesPerSecond: last && before ? round(((last.articles - before.articles) * 1000) / (last.at - before.at), 1) : null,
		storeBytes: existsSync(args.store) ? statSync(args.store).size : null,
		peakRssMb: maxRssMb(),
		error,
		stoppedBy,
	};
}

// ---------------------------------------------------------------------------------------------------------
// The reference store: every article of the corpus, for the phases that read a store. Built with the
// importer's own steps (read, extract, merge, rebuildDerived) but extracted on every core and written once.

export type ReferenceResult = {
	kind: 'store' | 'snapshot';
	path: string;
	articles: number;
	quotes: number;
	seconds: number;
	/** Where the time went: reading, extracting and merging (on every core); rebuildDerived once; writing. */
	steps: {extractSeconds: number; rebuildDerivedSeconds: number; writeSeconds: number};
	/** Why the reference is a snapshot and not a store (the store could not be written). */
	storeError: string | null;
	peakRssMb: number;
};

const today = '2026-01-01T00:00:00Z';

export async function referencePhase(args: {corpus: string; store: string; snapshot: string}): Promise<ReferenceResult> {
	const started = now();
	const files = (await collectArticlePaths([args.corpus])).files;
	const storeDir = path.dirname(path.resolve(args.store));
	const chunkSize = 100;
	const chunks: string[][] = [];
	for (let i = 0; i < files.length; i += chunkSize) chunks.push(files.slice(i, i + chunkSize));
	const data = emptyStore('Synthetic benchmark corpus');
	const hashes = new Set<string>();
	const ids = new Set<string>();
	let duplicates = 0;
	const workers = Array.from({length: Math.max(1, Math.min(4, availableParallelism()))}, () => new Worker(new URL('./extract-worker.js', import.meta.url)));
	try {
		// Slices come back in any order; they are joined in file order, as importPaths merges them.
		const done = new Map<number, ExtractDone>();
		let nextToJoin = 0;
		let nextToSend = 0;
		await new Promise<void>((resolve, reject) => {
			const send = (w: Worker) => {
				if (nextToSend >= chunks.length) return;
				w.postMessage({chunk: nextToSend, files: chunks[nextToSend]!, storeDir, today} satisfies ExtractJob);
				nextToSend++;
			};
			for (const w of workers) {
				w.on('error', reject);
				w.on('message', (m: ExtractDone) => {
					done.set(m.chunk, m);
					while (done.has(nextToJoin)) {
						const part = done.get(nextToJoin)!;
						// Joining slices is one import only if no two files share content or a stem: check, never assume.
						for (const h of part.hashes) if (hashes.has(h)) duplicates++; else hashes.add(h);
						for (const a of part.data.articles) if (ids.has(a.id)) duplicates++; else ids.add(a.id);
						for (const a of part.data.articles) data.articles.push(a);
						for (const q of part.data.quotes) data.quotes.push(q);
						for (const e of part.data.events) data.events.push(e);
						done.delete(nextToJoin);
						nextToJoin++;
						if (nextToJoin % 50 === 0) process.stderr.write(`reference: ${data.articles.length} articles extracted (${Math.round((now() - started) / 1000)} s)\n`);
					}
					if (nextToJoin === chunks.length) resolve();
					else send(w);
				});
				send(w);
			}
			if (chunks.length === 0) resolve();
		});
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	if (duplicates > 0) throw new Error(`${duplicates} files share content or a file stem: the slices cannot be joined as one import`);
	const extracted = now();
	process.stderr.write(`reference: rebuildDerived over ${data.articles.length} articles and ${data.quotes.length} quotes\n`);
	rebuildDerived(data);
	const rebuilt = now();
	process.stderr.write(`reference: rebuildDerived took ${Math.round((rebuilt - extracted) / 1000)} s; writing\n`);

	let storeError: string | null = null;
	rmSync(args.store, {force: true});
	try {
		const store = await openStore(args.store, {create: true});
		store.data = data;
		await store.write();
		await store.release();
	} catch (e) {
		storeError = `${(e as Error).name}: ${(e as Error).message}`;
		rmSync(args.store, {force: true});
		await writeSnapshot(args.snapshot, data);
	}
	return {
		kind: storeError ? 'snapshot' : 'store',
		path: storeError ? args.snapshot : args.store,
		articles: data.articles.length,
		quotes: data.quotes.length,
		seconds: round((now() - started) / 1000, 1)!,
		steps: {extractSeconds: round((extracted - started) / 1000, 1)!, rebuildDerivedSeconds: round((rebuilt - extracted) / 1000, 1)!, writeSeconds: round((now() - rebuilt) / 1000, 1)!},
		storeError,
		peakRssMb: maxRssMb(),
	};
}

/** One JSON record a line: the benchmark's own format for data too large for one JSON string. */
async function writeSnapshot(file: string, data: StoreData): Promise<void> {
	const out = createWriteStream(file);
	const write = (line: string) => (out.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
	const {articles, authorities, people, quotes, events, ...meta} = data;
	await write(JSON.stringify({meta}));
	for (const [key, list] of Object.entries({articles, authorities, people, quotes, events}))
		for (const record of list as unknown[]) await write(JSON.stringify([key, record]));
	await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

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

// ---------------------------------------------------------------------------------------------------------
// Search: open the store, build the index, type the 20 queries a character at a time.

export type SearchResult = {
	storeOpenMs: number | null;
	storeOpenNote: string | null;
	heapAfterOpenMb: number;
	indexBuildMs: number;
	cachedIndexLoadMs: number | null;
	/** Why there is no cached index load time. */
	cachedIndexNote: string | null;
	documents: {articles: number; quotes: number; people: number; events: number};
	method: string;
	keystrokes: {
		total: number;
		measured: number;
		/** 'all' typed in order, or a seeded random sample when the whole set would not fit the time budget. */
		mode: 'all' | 'sample';
		budgetSeconds: number;
		p50Ms: number | null;
		p95Ms: number | null;
		maxMs: number | null;
		meanMs: number | null;
		byKind: Record<string, {measured: number; p50Ms: number | null; p95Ms: number | null}>;
		byQuery: {query: string; measured: number; p50Ms: number | null; maxMs: number | null}[];
		/** The five slowest keystrokes: the box's text and the time. */
		slowest: {box: string; ms: number}[];
	};
	/** Whether each typo query, typed in full, finds the word it means among its first 20 results. */
	typos: {query: string; expect: string; found: boolean; rows: number; ms: number}[];
	peakRssMb: number;
};

export async function searchPhase(args: {reference: string; kind: 'store' | 'snapshot'; budgetSeconds: number; seed: string}): Promise<SearchResult> {
	let data: StoreData;
	let storeOpenMs: number | null = null;
	let storeOpenNote: string | null = null;
	let opened: Store | null = null;
	if (args.kind === 'store') {
		const t = now();
		const store = await openStore(args.reference, {readOnly: true});
		storeOpenMs = round(now() - t, 0);
		data = store.data;
		opened = store;
	} else {
		const t = now();
		data = await readSnapshot(args.reference);
		storeOpenNote = `no store: it could not be written at this size; data loaded from the benchmark's snapshot in ${Math.round(now() - t)} ms`;
	}
	const heapAfterOpenMb = Math.round(process.memoryUsage().heapUsed / 1e6);

	let t = now();
	const index = buildIndex(data);
	const indexBuildMs = round(now() - t, 0)!;
	let cachedIndexLoadMs: number | null = null;
	let cachedIndexNote: string | null = args.kind !== 'store' ? 'no store to keep an index beside' : staleParts(args.reference).length > 0 ? 'the search files beside the store are missing or stale' : null;
	if (cachedIndexNote === null) {
		t = now();
		const cached = loadCachedIndex(args.reference, data);
		if (cached) cachedIndexLoadMs = round(now() - t, 0);
		else cachedIndexNote = 'the saved index did not load';
	}

	// Warm the code paths once (a UI has searched before it is measured by a person, too).
	searchBox(index, data, 'x');

	const all = keystrokes(benchQueries);
	const budgetMs = args.budgetSeconds * 1000;
	const samples: {query: number; box: string; ms: number}[] = [];
	const time = (box: string) => {
		const s = now();
		searchBox(index, data, box);
		return now() - s;
	};
	// Probe three random keystrokes: if every keystroke fits the budget, type them all in order.
	const order = new Rng(`${args.seed}:keystrokes`).shuffle(all);
	const probe = order.slice(0, 3).map((k) => ({query: k.query, box: k.prefix, ms: time(k.prefix)}));
	const projected = (probe.reduce((s, p) => s + p.ms, 0) / probe.length) * all.length;
	let mode: 'all' | 'sample';
	const started = now();
	if (projected <= budgetMs * 0.8) {
		mode = 'all';
		for (const k of all) samples.push({query: k.query, box: k.prefix, ms: time(k.prefix)});
	} else {
		mode = 'sample';
		samples.push(...probe);
		for (const k of order.slice(3)) {
			// At least ten keystrokes, whatever the budget, or the percentiles mean nothing.
			if (now() - started > budgetMs && samples.length >= 10) break;
			samples.push({query: k.query, box: k.prefix, ms: time(k.prefix)});
		}
	}
	const ms = samples.map((s) => s.ms);
	const byKind: SearchResult['keystrokes']['byKind'] = {};
	for (const kind of new Set(benchQueries.map((q) => q.kind))) {
		const k = samples.filter((s) => benchQueries[s.query]!.kind === kind).map((s) => s.ms);
		byKind[kind] = {measured: k.length, p50Ms: round(median(k), 1), p95Ms: round(percentile(k, 95), 1)};
	}

	const typos = benchQueries
		.filter((q) => q.expect)
		.map((q) => {
			const s = now();
			const r = searchBox(index, data, q.text);
			const took = now() - s;
			return {query: q.text, expect: q.expect!, found: r.texts.some((x) => x.toLowerCase().includes(q.expect!)), rows: r.rows, ms: round(took, 0)!};
		});

	return {
		storeOpenMs,
		storeOpenNote,
		heapAfterOpenMb,
		indexBuildMs,
		cachedIndexLoadMs,
		cachedIndexNote,
		documents: {articles: data.articles.length, quotes: data.quotes.length, people: data.people.length, events: data.events.length},
		method: searchDescription,
		keystrokes: {
			total: all.length,
			measured: samples.length,
			mode,
			budgetSeconds: args.budgetSeconds,
			p50Ms: round(median(ms), 1),
			p95Ms: round(percentile(ms, 95), 1),
			maxMs: round(Math.max(...ms), 1),
			meanMs: round(ms.reduce((s, x) => s + x, 0) / Math.max(1, ms.length), 1),
			byKind,
			byQuery: benchQueries.map((q, i) => {
				const k = samples.filter((x) => x.query === i).map((x) => x.ms);
				return {query: q.text, measured: k.length, p50Ms: round(median(k), 1), maxMs: k.length ? round(Math.max(...k), 1) : null};
			}),
			slowest: [...samples]
				.sort((a, b) => b.ms - a.ms)
				.slice(0, 5)
				.map((x) => ({box: x.box, ms: round(x.ms, 1)!})),
		},
		typos,
		peakRssMb: maxRssMb(),
	};
}
