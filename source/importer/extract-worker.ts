/**
 * A thread of the extraction pool (extract-pool.ts): prepares the files it is sent one at a time, in the
 * order sent, and answers each with plain data (structured clone).
 */
import {parentPort} from 'node:worker_threads';
import {prepareArticle} from './prepare.js';
import type {PoolJob, PoolReply} from './extract-pool.js';

// One file at a time: started all at once, a few hundred queued jobs would read every file before extracting
// any, and the first answer would come last.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (job: PoolJob) => {
	queue = queue.then(async () => {
		const result = await prepareArticle(job.file, job.storeDir, job.today === null ? undefined : new Date(job.today), job.urlList ?? null);
		parentPort!.postMessage({id: job.id, result} satisfies PoolReply);
	});
});
