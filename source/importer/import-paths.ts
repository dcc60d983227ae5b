/**
 * `scrutiny import`: read files, extract, and merge into the store in batches under the store's lock.
 *
 * Files are read and extracted before the lock is taken (the slow part), on a pool of worker threads when
 * there are several cores, running ahead while a batch is merged and written. Each batch is merged with
 * `store.update`, which re-reads the store if another process changed it, so concurrent importers never write
 * a stale copy. A batch is one atomic write: an interrupted import leaves whole articles only.
 */
import path from 'node:path';
import {mergeArticles, rebuildDerived, type ArticleInput} from '../corpus/merge.js';
import {releaseLookup} from '../corpus/merge-lookup.js';
import type {StoreData} from '../corpus/schema.js';
import {shareInputStrings, sliceFromParagraphs, StringPool} from '../corpus/shared-strings.js';
import type {Store} from '../corpus/store/index.js';
import {ExtractPool, poolSize} from './extract-pool.js';
import {collectNow, collectSooner} from './heap-growth.js';
import {prepareArticle, type Prepared} from './prepare.js';
import {recognisedByContent} from './import-file.js';
import {collectArticlePaths} from './read-files.js';

export {contentHash} from './prepare.js';

export type ImportProblem = {readonly path: string; readonly reason: string};

export type ImportReport = {
	files: number;
	added: number;
	replaced: number;
	unchanged: number;
	failed: ImportProblem[];
	/** Control characters and escape sequences removed from the text, over all files. */
	removed: number;
	/** Mojibake sequences repaired. */
	repaired: number;
	quotes: number;
	events: number;
	/** Printed dates that were set aside (not a real day, or in the future). */
	dateProblems: ImportProblem[];
	/** Files not imported because `shouldStop` asked the import to stop. */
	skipped: number;
	/** Exports that state how many articles they hold: that count and how many were imported. */
	counts: {path: string; expected: number; imported: number}[];
	/** Files read as exports or saved pages (the others are one article each). */
	exports: number;
};

export type ImportOptions = {
	readonly today?: Date;
	/** Files merged per atomic write. */
	readonly batchSize?: number;
	/** Start from an empty store (keeps curated and official records): `npm run corpus`. */
	readonly rebuild?: boolean;
	readonly onProgress?: (done: number, total: number) => void;
	/**
	 * Set by a signal handler. Checked before each file and after each write: a batch being written is finished,
	 * a batch still being read is dropped (nothing of it is written), and no further file is read.
	 */
	readonly shouldStop?: () => boolean;
	/** Extraction threads (default: `poolSize(process.env)`); 0 prepares every file in the importing thread. */
	readonly workers?: number;
	/** A Media Cloud URL list (CSV) whose publication and date go to the saved pages it lists. */
	readonly urlList?: string;
};

// Small imports are done before a pool of workers would have started.
const minFilesForPool = 64;
// How many files the pool prepares ahead of the merge beyond the next batch.
const aheadPerWorker = 500;

/** Imports files and folders into an open store. Never throws for a bad input file: it is reported. */
export async function importPaths(store: Store, inputs: readonly string[], opts: ImportOptions = {}): Promise<ImportReport> {
	const report: ImportReport = {files: 0, added: 0, replaced: 0, unchanged: 0, failed: [], removed: 0, repaired: 0, quotes: 0, events: 0, dateProblems: [], skipped: 0, counts: [], exports: 0};
	const collected = await collectArticlePaths([...inputs], {accept: recognisedByContent});
	report.failed.push(...collected.errors);
	const files = collected.files;
	report.files = files.length;
	const storeDir = path.dirname(path.resolve(store.path));
	// Every write rewrites the whole store, so a fixed batch would make a large import quadratic in its writes:
	// unless a size is set, a batch makes the store four times as large (skipWrite), so the bytes written stay
	// within twice the final store (half the store made it three times). `batchFor` is a doubling batch: what the
	// pool prepares ahead.
	const batchFor = (articles: number) => opts.batchSize ?? Math.max(250, articles);
	const batchSizeNow = (from: number) => (opts.batchSize === undefined ? skipWrite(files.length, from, store.data.articles.length) : opts.batchSize);
	let batchSize = batchSizeNow(0);
	let done = 0;
	let first = true;
	const workers = files.length >= minFilesForPool ? (opts.workers ?? poolSize(process.env)) : 0;
	const pool = ExtractPool.create(workers, storeDir);
	const today = opts.today ?? null;
	const urlList = opts.urlList ? path.resolve(opts.urlList) : null;
	let closed = false;
	// The data the batches were merged into, whose merge lookups are let go at the end.
	let merged: StoreData | null = null;
	// A worker's answer is a fresh copy of every string: the store's records keep one of each repeated one, and
	// quotes and evidence point into their paragraphs.
	const strings = new StringPool();
	const shared = (prepared: Prepared): Prepared => {
		if (prepared.ok)
			for (const input of prepared.inputs) {
				shareInputStrings(input, strings);
				sliceFromParagraphs(input);
			}
		return prepared;
	};
	const prepare = async (file: string): Promise<Prepared> => {
		const inThread = async () => prepareArticle(file, storeDir, opts.today, urlList);
		if (!pool) return shared(await inThread());
		// A worker that died hands its files back to this thread; files still in flight when the import stopped
		// are dropped, not read here.
		return shared(await pool.prepare({file, storeDir, today: today?.toISOString() ?? null, urlList}).catch(async () => (closed ? {ok: false, reason: 'not read: the import stopped'} : inThread())));
	};
	// The pool prepares the whole next batch while this one is merged and written, so that extraction (on the
	// workers) and the write (on this thread) run at once rather than in turn. A prepared article holds about
	// what its records will hold once merged (about 30 KB), and the next batch is merged soon after.
	const ahead = new ReadAhead(files, prepare, () => (pool ? workers * aheadPerWorker + batchFor(store.data.articles.length + batchSize) : 1));

	try {
		for (let b = 0; b < files.length || (first && opts.rebuild); b += batchSize, batchSize = batchSizeNow(b)) {
			if (b > 0 && b + batchSize >= files.length && pool) {
				// The last batch is the largest and is held beside the store until it is merged: the import's peak of
				// memory. The store as the last write left it is compacted first, and from now on the heap is kept
				// close to what it holds (the workers' too) rather than let grow by half before a collection.
				collectSooner();
				collectNow();
			}
			const batch: ArticleInput[] = [];
			let refusedHere = 0;
			let stopped = false;
			for (let f = b; f < Math.min(files.length, b + batchSize); f++) {
				if (opts.shouldStop?.()) {
					stopped = true;
					break;
				}
				const file = files[f]!;
				const prepared = await ahead.take(f);
				done++;
				opts.onProgress?.(done, files.length);
				if (!prepared.ok) {
					refusedHere++;
					report.failed.push({path: file, reason: prepared.reason});
					continue;
				}
				for (const reason of prepared.dateProblems) report.dateProblems.push({path: file, reason});
				for (const p of prepared.problems) report.failed.push({path: file, reason: `article ${p.position}: ${p.reason}`});
				if (prepared.fromExport) report.exports++;
				if (prepared.expected !== null) report.counts.push({path: file, expected: prepared.expected, imported: prepared.inputs.length});
				report.removed += prepared.removed;
				report.repaired += prepared.repaired;
				batch.push(...prepared.inputs);
			}
			if (stopped) {
				// Stopped before this batch was written: leave the store as the last write left it.
				report.skipped = files.length - b - refusedHere;
				break;
			}
			if (b + batchSize >= files.length && pool) {
				// Every file is prepared: the workers' heaps are let go before the last merge and write, the
				// import's largest.
				closed = true;
				await pool.close();
				collectSooner();
			}
			const rebuildNow = first && opts.rebuild === true;
			first = false;
			// The records this batch changes in place: the write copies the others from the file the last one made.
			const changed = new WeakSet<object>();
			await store.update((data: StoreData) => {
				merged = data;
				if (rebuildNow) {
					data.articles = [];
					data.quotes = data.quotes.filter((q) => q.origin !== 'extracted');
					data.events = data.events.filter((e) => e.origin !== 'extracted');
				}
				mergeArticles(data, batch, new Date().toISOString(), changed).forEach((r, i) => {
					report[r.outcome]++;
					if (r.outcome !== 'unchanged') {
						report.quotes += batch[i]!.extracted.quotes.length;
						report.events += batch[i]!.extracted.events.length;
					}
				});
				// Merged: what extraction gave is now in the store's records. Let it go before the write, which at
				// 50,000 articles takes seconds and is the import's peak of memory (a last batch is 16,000 articles).
				batch.length = 0;
				rebuildDerived(data, changed);
			}, {changedInPlace: changed, again: b + batchSize < files.length});
			if (opts.shouldStop?.()) {
				report.skipped = Math.max(0, files.length - (b + batchSize));
				break;
			}
		}
	} finally {
		if (!closed) {
			closed = true;
			await pool?.close();
		}
		if (merged) releaseLookup(merged);
	}
	return report;
}

/**
 * The default batch from file `from` of `files` with `articles` in the store: two of the doubling batches at once
 * (the store grows fourfold between writes, so the writes before the last rewrite about half as many records),
 * where the two end before the last file and hold no more files than the largest doubling batch from here. The
 * last batch starts where it would with doubling batches, so it and the records held beside it at the last write
 * are as they were; and no batch before it is held larger than a doubling batch would be: a batch's prepared
 * articles weigh more than the records they become, and two batches at once just before the last had become the
 * import's peak of memory.
 */
export function skipWrite(files: number, from: number, articles: number): number {
	const one = Math.max(250, articles);
	const two = one + Math.max(250, articles + one);
	return from + two < files && two <= largestDoubling(files, from, articles) ? two : one;
}

/** The largest of the doubling batches (each as large as the store) from file `from` to the last. */
function largestDoubling(files: number, from: number, articles: number): number {
	let largest = 0;
	for (let at = from, held = articles; at < files; ) {
		const batch = Math.min(files - at, Math.max(250, held));
		largest = Math.max(largest, batch);
		at += batch;
		held += batch;
	}
	return largest;
}

/**
 * Prepares files in order, up to `limit()` ahead of the one taken last. Taking a file hands over its result
 * and forgets it, so at most that many prepared articles wait in memory.
 */
class ReadAhead {
	readonly #started = new Map<number, Promise<Prepared>>();
	#next = 0;

	constructor(
		readonly files: readonly string[],
		readonly prepare: (file: string) => Promise<Prepared>,
		readonly limit: () => number,
	) {}

	async take(index: number): Promise<Prepared> {
		const end = Math.min(this.files.length, index + this.limit());
		while (this.#next < end) {
			const at = this.#next++;
			this.#started.set(at, this.prepare(this.files[at]!));
		}
		const result = this.#started.get(index) ?? this.prepare(this.files[index]!);
		this.#started.delete(index);
		return result;
	}
}
