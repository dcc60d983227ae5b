/**
 * Crash safety (issue 6, item 2): an import killed with SIGKILL at random moments, 50 times, never leaves a store
 * that fails to open or that holds part of an article; temp files of the dead process go on the next open; and a
 * final import completes. Uses the built program (`npm test` builds first).
 *
 * SIGKILL cannot be caught, so the lock directory of a process killed while writing stays behind until it is
 * stale (10 s without a refresh). Each later run here would wait those 10 s, so the test ages a leftover lock
 * as if the time had passed, except after the last kill: the final import waits for it for real.
 */
import {existsSync, readdirSync, rmSync, utimesSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {assertWholeArticles, expectations, prng, spawnBuilt, storeTemps, tempDir, writeCorpus, type Expected} from './synthetic.js';

const seed = 20_261_122;
const kills = 50;
const files = 200;
// Each run imports a random 40 of the 200 files, five to a write: short runs, so that 50 kills fit in well under
// a minute, while the store still grows to the whole corpus across the runs.
const perRun = 40;
const batchSize = '5';

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}

	return out;
}

describe('crash safety', () => {
	let dir: string;
	let corpus: string;
	let expected: Map<string, Expected>;
	let window: number;

	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	beforeAll(async () => {
		dir = tempDir();
		corpus = writeCorpus(dir, files, seed);
		expected = await expectations(corpus);
		// How long one run takes here: the kills land anywhere from start-up to the last write.
		const sample = readdirSync(corpus).slice(0, perRun).map((name) => path.join(corpus, name));
		const timing = await spawnBuilt(['import', ...sample, '--db', path.join(dir, 'timing.json')], {SCRUTINY_BATCH_SIZE: batchSize}).done;
		expect(timing.status, timing.stderr.toString()).toBe(0);
		window = timing.ms;
	});

	it('the check finds a partial article (a missing quote or event, an extra record, a changed text)', async () => {
		const whole = (await openStore(path.join(dir, 'timing.json'), {readOnly: true})).data;
		assertWholeArticles(whole, expected, 'as imported');
		const damage: Array<(data: typeof whole) => void> = [
			(data) => void data.quotes.pop(),
			(data) => void data.events.shift(),
			(data) => void data.quotes.push({...data.quotes[0]!, id: `${data.quotes[0]!.articleId}-q99`}),
			(data) => void (data.articles[0]!.contentHash = 'other'),
			(data) => void data.articles.splice(1, 1),
		];
		for (const [n, change] of damage.entries()) {
			const copy = structuredClone(whole);
			change(copy);
			expect(() => assertWholeArticles(copy, expected, `damage ${n}`), `damage ${n}`).toThrow();
		}
	});

	it(`an import killed with SIGKILL ${kills} times leaves whole articles only, and then completes`, async () => {
		const random = prng(seed);
		const store = path.join(dir, 'corpus.json');
		const lock = `${store}.lock`;
		const names = readdirSync(corpus).sort();
		const tally = {killed: 0, finished: 0, tempsLeft: 0, locksLeft: 0, articles: [] as number[]};

		// Until 50 runs were really killed. A run that finishes before its kill does not count, and shortens the
		// window; a kill lengthens it a little. So the window follows how long a run takes now (a busy machine
		// is slower), and the kills stay spread over the whole run.
		for (let round = 0; tally.killed < kills; round++) {
			expect(round, 'too many runs finished before their kill').toBeLessThan(kills * 3);
			const some = shuffled(names, random).slice(0, perRun);
			const run = spawnBuilt(['import', ...some.map((name) => path.join(corpus, name)), '--db', store], {SCRUTINY_BATCH_SIZE: batchSize});
			const delay = Math.floor(random() * window);
			const ended = await Promise.race([run.done.then(() => true), sleep(delay).then(() => false)]);
			if (!ended) run.child.kill('SIGKILL');
			const result = await run.done;
			if (result.signal === 'SIGKILL') {
				tally.killed++;
				window *= 1.1;
			} else {
				expect(result.status, result.stderr.toString()).toBe(0);
				tally.finished++;
				window = Math.min(window, result.ms) * 0.9;
			}

			tally.tempsLeft += storeTemps(store).length;
			// Opening for writing checks every record and removes the dead process's temp files; before the first
			// write there is no store yet (but there may be a temp file).
			const opened = await openStore(store, {create: true});
			assertWholeArticles(opened.data, expected, `after run ${round}, killed at ${delay} ms`);
			tally.articles.push(opened.data.articles.length);
			expect(storeTemps(store), `after run ${round}`).toEqual([]);

			if (existsSync(lock)) {
				tally.locksLeft++;
				if (tally.killed < kills) {
					const old = new Date(Date.now() - 60_000);
					utimesSync(lock, old, old);
				}
			}
		}

		const final = await spawnBuilt(['import', corpus, '--db', store, '--json']).done;
		expect(final.status, final.stderr.toString()).toBe(0);
		const report = JSON.parse(final.stdout.toString()) as {added: number; unchanged: number; files: number};
		expect(report.files).toBe(files);
		expect(report.added + report.unchanged).toBe(files);
		const data = (await openStore(store, {readOnly: true})).data;
		expect(data.articles).toHaveLength(files);
		assertWholeArticles(data, expected, 'after the final import');
		expect(storeTemps(store)).toEqual([]);
		expect(existsSync(lock)).toBe(false);

		console.log(
			`crash test: ${tally.killed} killed, ${tally.finished} finished before their kill; ${tally.tempsLeft} temp files and ` +
				`${tally.locksLeft} locks left behind by a kill; articles after each kill: ${tally.articles.join(' ')}; ` +
				`kill window ${Math.round(window)} ms, final import ${Math.round(final.ms)} ms`,
		);
		// A bound for a hang, not a timing target: on a busy machine fifty imports run slowly.
	}, 1_200_000);

	it('a kill in the middle of saving leaves a temp file and the old store; the next open removes the temp file', async () => {
		// The random kills above land inside a save only now and then; this one waits for the temp file to appear.
		const store = path.join(dir, 'mid-save.json');
		expect((await spawnBuilt(['import', corpus, '--db', store]).done).status).toBe(0);
		let caught: string[] = [];
		for (let attempt = 0; attempt < 20 && caught.length === 0; attempt++) {
			// Every batch is saved, even when all its articles are unchanged: 40 saves of a 200-article store.
			const run = spawnBuilt(['import', corpus, '--db', store], {SCRUTINY_BATCH_SIZE: batchSize});
			let exited = false;
			void run.done.then(() => (exited = true));
			while (!exited && storeTemps(store).length === 0) await new Promise((resolve) => setImmediate(resolve));
			run.child.kill('SIGKILL');
			await run.done;
			caught = storeTemps(store);
		}

		expect(caught.length, 'no kill landed inside a save in 20 tries').toBeGreaterThan(0);
		const opened = await openStore(store);
		expect(opened.data.articles).toHaveLength(files);
		assertWholeArticles(opened.data, expected, 'after a kill mid-save');
		expect(storeTemps(store)).toEqual([]);
	}, 600_000);
});
