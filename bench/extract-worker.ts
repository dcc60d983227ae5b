/**
 * A worker thread of the reference-store build: reads and extracts a slice of files exactly as `importPaths`
 * does (readArticleFile, extractArticle, contentHash) and posts the merge inputs back in order.
 */
import path from 'node:path';
import {parentPort} from 'node:worker_threads';
import type {ArticleInput} from '../source/corpus/merge.js';
import {extractArticle} from '../source/ingest/extract.js';
import {contentHash} from '../source/ingest/import.js';
import {readArticleFile} from '../source/ingest/read.js';

export type ExtractJob = {chunk: number; files: string[]; storeDir: string; today: string};
export type ExtractDone = {chunk: number; inputs: ArticleInput[]; failed: {path: string; reason: string}[]};

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
	parentPort!.postMessage({chunk: job.chunk, inputs, failed} satisfies ExtractDone);
});
