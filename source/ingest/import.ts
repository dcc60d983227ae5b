/**
 * `scrutiny import`: read files, extract, and merge into the store in batches under the store's lock.
 *
 * Files are read and extracted before the lock is taken (the slow part), then each batch is merged with
 * `store.update`, which re-reads the store so that concurrent importers never write a stale copy. A batch is
 * one atomic write: an interrupted import leaves whole articles only.
 */
import {createHash} from 'node:crypto';
import path from 'node:path';
import {mergeArticle, rebuildDerived, type ArticleInput} from '../corpus/merge.js';
import type {StoreData} from '../corpus/schema.js';
import type {Store} from '../corpus/store.js';
import {extractArticle} from './extract.js';
import {collectArticlePaths, readArticleFile} from './read.js';

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
};

export function contentHash(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Imports files and folders into an open store. Never throws for a bad input file: it is reported. */
export async function importPaths(store: Store, inputs: readonly string[], opts: ImportOptions = {}): Promise<ImportReport> {
	const report: ImportReport = {files: 0, added: 0, replaced: 0, unchanged: 0, failed: [], removed: 0, repaired: 0, quotes: 0, events: 0, dateProblems: [], skipped: 0};
	const collected = await collectArticlePaths([...inputs]);
	report.failed.push(...collected.errors);
	const files = collected.files;
	report.files = files.length;
	const storeDir = path.dirname(path.resolve(store.path));
	// Every write rewrites the whole store, so a fixed batch would make a large import quadratic in its writes:
	// unless a size is set, a batch is as large as half the store already is (at least 250), so the bytes written
	// stay within a small multiple of the final store.
	const batchSizeNow = () => opts.batchSize ?? Math.max(250, Math.floor(store.data.articles.length / 2));
	let batchSize = batchSizeNow();
	let done = 0;
	let first = true;

	for (let b = 0; b < files.length || (first && opts.rebuild); b += batchSize, batchSize = batchSizeNow()) {
		const batch: ArticleInput[] = [];
		const failedBefore = report.failed.length;
		let stopped = false;
		for (const file of files.slice(b, b + batchSize)) {
			if (opts.shouldStop?.()) {
				stopped = true;
				break;
			}
			const read = await readArticleFile(file);
			done++;
			opts.onProgress?.(done, files.length);
			if (!read.ok) {
				report.failed.push({path: file, reason: read.reason});
				continue;
			}
			try {
				const extracted = extractArticle(read.text, {today: opts.today});
				if (extracted.dateProblem) report.dateProblems.push({path: file, reason: extracted.dateProblem});
				report.removed += read.removed.escapes + read.removed.controls + read.removed.bidi;
				report.repaired += read.mojibakeRepaired;
				batch.push({
					path: path.relative(storeDir, path.resolve(file)) || path.basename(file),
					raw: read.text,
					contentHash: contentHash(read.text),
					readReport: {encoding: read.encoding, removed: read.removed.escapes + read.removed.controls + read.removed.bidi, repaired: read.mojibakeRepaired},
					extracted,
				});
			} catch (error) {
				// A rule that throws on odd text must not lose the rest of the import.
				report.failed.push({path: file, reason: `could not be read as an article (${(error as Error).message})`});
			}
		}
		if (stopped) {
			// Stopped before this batch was written: leave the store as the last write left it.
			report.skipped = files.length - b - (report.failed.length - failedBefore);
			break;
		}
		const rebuildNow = first && opts.rebuild === true;
		first = false;
		await store.update((data: StoreData) => {
			if (rebuildNow) {
				data.articles = [];
				data.quotes = data.quotes.filter((q) => q.origin !== 'extracted');
				data.events = data.events.filter((e) => e.origin !== 'extracted');
			}
			const importedAt = new Date().toISOString();
			for (const input of batch) {
				const r = mergeArticle(data, input, importedAt);
				report[r.outcome]++;
				if (r.outcome !== 'unchanged') {
					report.quotes += input.extracted.quotes.length;
					report.events += input.extracted.events.length;
				}
			}
			rebuildDerived(data);
		});
		if (opts.shouldStop?.()) {
			report.skipped = Math.max(0, files.length - (b + batchSize));
			break;
		}
	}
	return report;
}
