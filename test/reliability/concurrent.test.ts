/**
 * Several processes (issue 6, item 4): two to four `scrutiny import` at once on one store lose nothing. Each
 * process imports its own files and a set shared by all, in small batches so that their writes interleave.
 * Uses the built program.
 */
import {existsSync, rmSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {assertWholeArticles, expectations, spawnBuilt, storeTemps, tempDir, writeCorpus, type Expected} from './synthetic.js';

const own = 30;
const shared = 10;

describe('several imports at once on one store', () => {
	let dir: string;
	let folders: string[];
	let common: string;
	let expected: Map<string, Expected>;

	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	beforeAll(async () => {
		dir = tempDir();
		folders = ['a', 'b', 'c', 'd'].map((tag, n) => writeCorpus(path.join(dir, tag), own, 100 + n, `own-${tag}`));
		common = writeCorpus(path.join(dir, 'shared'), shared, 99, 'shared');
		expected = await expectations(...folders, common);
	});

	for (const processes of [2, 3, 4]) {
		it(`${processes} processes lose nothing`, async () => {
			const store = path.join(dir, `store-${processes}.json`);
			const runs = folders.slice(0, processes).map((folder, n) =>
				spawnBuilt(['import', folder, common, '--db', store, '--json'], {SCRUTINY_BATCH_SIZE: String(3 + n)}),
			);
			const results = await Promise.all(runs.map(async (run) => run.done));
			for (const result of results) expect(result.status, result.stderr.toString()).toBe(0);

			// Each shared file was added by exactly one of them and found unchanged by the others.
			const reports = results.map((r) => JSON.parse(r.stdout.toString()) as {added: number; unchanged: number});
			expect(reports.reduce((sum, r) => sum + r.added, 0)).toBe(processes * own + shared);
			expect(reports.reduce((sum, r) => sum + r.unchanged, 0)).toBe((processes - 1) * shared);

			const data = (await openStore(store, {readOnly: true})).data;
			expect(data.articles).toHaveLength(processes * own + shared);
			assertWholeArticles(data, expected, `${processes} processes`);
			expect(storeTemps(store)).toEqual([]);
			expect(existsSync(`${store}.lock`)).toBe(false);
		});
	}
});
