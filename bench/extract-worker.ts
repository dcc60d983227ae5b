/**
 * A worker thread of the reference-store build: reads and extracts a slice of files exactly as `importPaths`
 * does (readArticleFile, extractArticle, contentHash) and merges them with `mergeArticle` into a store of their
 * own. The main thread joins the slices in file order and runs `rebuildDerived` once: the same store as one
 * import of every file, since every file has its own stem and content, without mergeArticle's linear scans
 * over the whole store for each article (quadratic at 50,000 articles).
 */
import path from 'node:path';
import {parentPort} from 'node:worker_threads';
import {mergeArticle, type ArticleInput} from '../source/corpus/merge.js';
import {emptyStore, type StoreData} from '../source/corpus/schema.js';
import {extractArticle} from '../source/ingest/extract.js';
import {contentHash} from '../source/importer/import-paths.js';
import {readArticleFile} from '../source/importer/read-files.js';

export type ExtractJob = {chunk: number; files: string[]; storeDir: string; today: string};
export type ExtractDone = {
	chunk: number;
	data: Pick<StoreData, 'articles' | 'quotes' | 'events'>;
	hashes: string[];
	failed: {path: string; reason: string}[];
};

parentPort?.on('message', async (job: ExtractJob) => {
	const inputs: ArticleInput[] = [];
	const failed: ExtractDone['failed'] = [];
	for (const file of job.files) {
		const read = await readArticleFile(file);
		if (!read.ok) {
			failed.push({path: file, reason: read.reason});
			continue;
		}
		try {
			const extracted = extractArticle(read.text, {today: new Date(job.today)});
			inputs.push({
				path: path.relative(job.storeDir, path.resolve(file)) || path.basename(file),
				raw: read.text,
				contentHash: contentHash(read.text),
				readReport: {encoding: read.encoding, removed: read.removed.escapes + read.removed.controls + read.removed.bidi, repaired: read.mojibakeRepaired},
				extracted,
			});
		} catch (error) {
			failed.push({path: file, reason: (error as Error).message});
		}
	}
	const data = emptyStore();
	const importedAt = new Date(job.today).toISOString();
	for (const input of inputs) mergeArticle(data, input, importedAt);
	parentPort!.postMessage({chunk: job.chunk, data: {articles: data.articles, quotes: data.quotes, events: data.events}, hashes: inputs.map((i) => i.contentHash), failed} satisfies ExtractDone);
});
