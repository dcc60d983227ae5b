/**
 * Interrupts (issue 6, item 5): SIGINT, SIGTERM or SIGHUP during an import finish the write in progress (or
 * leave the old state), release the lock and exit with 128 + the signal's number. A second signal stops at once,
 * still without a partial store. Uses the built program.
 */
import {existsSync, rmSync} from 'node:fs';
import {constants} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {assertWholeArticles, expectations, spawnBuilt, storeTemps, tempDir, waitFor, writeCorpus, type Expected} from './synthetic.js';

const files = 120;
const batchSize = 5;

describe('interrupting an import', () => {
	let dir: string;
	let corpus: string;
	let expected: Map<string, Expected>;

	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	beforeAll(async () => {
		dir = tempDir();
		corpus = writeCorpus(dir, files, 7);
		expected = await expectations(corpus);
	});

	/** Opens the store the way the next writer would and checks it: whole articles, no temp file, no lock. */
	async function assertClean(store: string, when: string): Promise<number> {
		expect(storeTemps(store), when).toEqual([]);
		expect(existsSync(`${store}.lock`), `${when}: lock left behind`).toBe(false);
		const opened = await openStore(store, {lockWaitMs: 200});
		assertWholeArticles(opened.data, expected, when);
		// The lock is free at once: a following import would not wait.
		await opened.lock();
		await opened.release();
		return opened.data.articles.length;
	}

	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		it(`${signal} after the first write: finishes that batch, releases the lock, exits ${128 + constants.signals[signal]}`, async () => {
			const store = path.join(dir, `${signal}.json`);
			const run = spawnBuilt(['import', corpus, '--db', store], {SCRUTINY_BATCH_SIZE: String(batchSize)});
			await waitFor(() => existsSync(store), 20_000, 'the first write');
			run.child.kill(signal);
			const result = await run.done;
			expect(result.signal).toBeNull();
			expect(result.status).toBe(128 + constants.signals[signal]);
			expect(result.stderr.toString()).toContain(`${signal}: stopping after the current write`);
			expect(result.stdout.toString()).toMatch(new RegExp(`stopped by ${signal}, \\d+ not imported`));

			const count = await assertClean(store, `after ${signal}`);
			// Whole batches only (every file here is a good article), and the import did stop early.
			expect(count % batchSize).toBe(0);
			expect(count).toBeGreaterThan(0);
			expect(count).toBeLessThan(files);

			// The next import takes the lock at once and completes the work.
			const next = await spawnBuilt(['import', corpus, '--db', store, '--json']).done;
			expect(next.status, next.stderr.toString()).toBe(0);
			expect(JSON.parse(next.stdout.toString())).toMatchObject({unchanged: count, added: files - count});
			expect(await assertClean(store, `after the import that followed ${signal}`)).toBe(files);
		});
	}

	it('a signal in the middle of a save lets that save finish', async () => {
		const store = path.join(dir, 'mid-save.json');
		const run = spawnBuilt(['import', corpus, '--db', store], {SCRUTINY_BATCH_SIZE: String(batchSize)});
		let exited = false;
		void run.done.then(() => (exited = true));
		while (!exited && storeTemps(store).length === 0) await new Promise((resolve) => setImmediate(resolve));
		run.child.kill('SIGTERM');
		const result = await run.done;
		expect(result.status).toBe(128 + constants.signals.SIGTERM);
		const count = await assertClean(store, 'after SIGTERM mid-save');
		expect(count).toBeGreaterThan(0);
		expect(count % batchSize).toBe(0);
	});

	it('a signal while waiting for the lock: the batch is written once the lock is free, then the import stops', async () => {
		const store = path.join(dir, 'waiting.json');
		const holder = await openStore(store, {create: true});
		await holder.lock();
		const run = spawnBuilt(['import', corpus, '--db', store], {SCRUTINY_BATCH_SIZE: String(batchSize)});
		// The import says when it starts to wait for the lock: only then is it certain to handle the signal.
		await waitFor(() => run.stderrText().includes('waiting for it to finish'), 20_000, 'the import to wait for the lock');
		run.child.kill('SIGTERM');
		await waitFor(() => run.stderrText().includes('SIGTERM: stopping after the current write'), 10_000, 'the signal to be seen');
		expect(run.child.exitCode).toBeNull();
		await holder.release();
		const result = await run.done;
		expect(result.status).toBe(128 + constants.signals.SIGTERM);
		expect(await assertClean(store, 'after SIGTERM while waiting')).toBe(batchSize);
	});

	it('a second signal stops at once, writing nothing and leaving no lock of its own', async () => {
		const store = path.join(dir, 'twice.json');
		const holder = await openStore(store, {create: true});
		await holder.lock();
		const run = spawnBuilt(['import', corpus, '--db', store], {SCRUTINY_BATCH_SIZE: String(batchSize)});
		await waitFor(() => run.stderrText().includes('waiting for it to finish'), 20_000, 'the import to wait for the lock');
		run.child.kill('SIGINT');
		await waitFor(() => run.stderrText().includes('SIGINT: stopping after the current write'), 10_000, 'the first signal to be seen');
		run.child.kill('SIGINT');
		const result = await run.done;
		// Ended by the signal itself (its default action, raised again), while this test still held the lock.
		expect(result.signal).toBe('SIGINT');
		expect(existsSync(store)).toBe(false);
		expect(storeTemps(store)).toEqual([]);
		// The lock is still this test's: the child did not remove a lock it did not hold.
		expect(existsSync(`${store}.lock`)).toBe(true);
		await holder.release();
		expect(existsSync(`${store}.lock`)).toBe(false);
	});
});
