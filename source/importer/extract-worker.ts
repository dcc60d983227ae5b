/**
 * A thread of the extraction pool (extract-pool.ts): prepares the files it is sent one at a time, in the
 * order sent, and answers each with plain data (structured clone). An article's raw text goes to the pool's
 * spill file for this worker (`workerData.spillFd`), as the JSON string literal the store's writer would write,
 * and the answer says where: the importing thread then never holds the text (raw-spill.ts).
 */
import {parentPort, workerData} from 'node:worker_threads';
import {prepareArticle} from './prepare.js';
import type {PoolJob, PoolReply} from './extract-pool.js';
import {RawSpill} from './raw-spill.js';

const spill = RawSpill.writer((workerData as {spillFd?: number | null} | null)?.spillFd ?? null);

// One file at a time: started all at once, a few hundred queued jobs would read every file before extracting
// any, and the first answer would come last.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (job: PoolJob) => {
	queue = queue.then(async () => {
		const result = await prepareArticle(job.file, job.storeDir, job.today === null ? undefined : new Date(job.today), job.urlList ?? null);
		parentPort!.postMessage({id: job.id, result: result.ok && spill ? {...result, inputs: result.inputs.map((input) => spill.put(input))} : result} satisfies PoolReply);
	});
});
