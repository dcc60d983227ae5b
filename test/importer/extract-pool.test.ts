/**
 * Extraction on worker threads (source/importer/extract-pool.ts) gives the same store as extraction in the
 * importing thread. The pool starts only from the compiled program (the worker is dist/importer/extract-worker.js),
 * so this test imports the build that `npm test` makes first.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateCorpus} from '../../bench/generator.js';
import {repoRoot} from '../helpers/paths.js';

type StoreModule = typeof import('../../source/corpus/store/index.js');
type ImportModule = typeof import('../../source/importer/import-paths.js');
type PoolModule = typeof import('../../source/importer/extract-pool.js');
type PrepareModule = typeof import('../../source/importer/prepare.js');

const dist = (file: string) => path.join(repoRoot, 'dist', file);
const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-pool-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function importWith(workers: number, corpus: string): Promise<{report: Awaited<ReturnType<ImportModule['importPaths']>>; store: unknown}> {
	const {openStore} = (await import(dist('corpus/store/index.js'))) as StoreModule;
	const {importPaths} = (await import(dist('importer/import-paths.js'))) as ImportModule;
	const file = path.join(dir, `w${workers}.json`);
	const store = await openStore(file, {create: true});
	const report = await importPaths(store, [corpus], {today: new Date('2026-11-22T12:00:00Z'), workers});
	await store.release();
	const saved = JSON.parse(readFileSync(file, 'utf8')) as {articles: Array<Record<string, unknown>>};
	// The one field that differs between two imports: when.
	for (const a of saved.articles) delete a['importedAt'];
	return {report, store: saved};
}

describe('extraction on worker threads', () => {
	it('starts from the build and extracts on its threads what the importing thread extracts', async () => {
		const {ExtractPool} = (await import(dist('importer/extract-pool.js'))) as PoolModule;
		const {prepareArticle} = (await import(dist('importer/prepare.js'))) as PrepareModule;
		const file = path.join(dir, 'one.txt');
		writeFileSync(file, 'Council criticised\n\nCllr Jane Smith said: "The service is failing children."\n');
		const pool = ExtractPool.create(2);
		expect(pool).not.toBeNull();
		try {
			const today = '2026-11-22T12:00:00.000Z';
			// The pool answers with what a worker thread made, never with a fallback of its own.
			const onWorker = await pool!.prepare({file, storeDir: dir, today});
			expect(onWorker).toEqual(await prepareArticle(file, dir, new Date(today)));
			expect(JSON.stringify(onWorker)).toContain('The service is failing children.');
		} finally {
			await pool!.close();
		}
		await expect(pool!.prepare({file, storeDir: dir, today: null})).rejects.toThrow(/no extraction worker/);
	});

	it('refuses on a worker what the importing thread refuses, for the same reasons', async () => {
		const {ExtractPool} = (await import(dist('importer/extract-pool.js'))) as PoolModule;
		const {prepareArticle} = (await import(dist('importer/prepare.js'))) as PrepareModule;
		const odd = path.join(dir, 'odd');
		mkdirSync(odd);
		const fifo = path.join(odd, 'pipe.txt');
		execFileSync('mkfifo', [fifo]);
		symlinkSync(path.join(odd, 'nowhere.txt'), path.join(odd, 'dangling.txt'));
		writeFileSync(path.join(odd, 'huge.txt'), '');
		truncateSync(path.join(odd, 'huge.txt'), 11 * 1024 * 1024);
		mkdirSync(path.join(odd, 'folder.txt'));
		const files = [fifo, path.join(odd, 'dangling.txt'), path.join(odd, 'huge.txt'), path.join(odd, 'folder.txt'), path.join(odd, 'missing.txt'), '/dev/zero'];
		const pool = ExtractPool.create(1)!;
		try {
			const today = '2026-11-22T12:00:00.000Z';
			const onWorker = await Promise.all(files.map(async (file) => pool.prepare({file, storeDir: dir, today})));
			const inThread = await Promise.all(files.map(async (file) => prepareArticle(file, dir, new Date(today))));
			expect(onWorker).toEqual(inThread);
			expect(onWorker.map((p) => (p.ok ? 'read' : p.reason))).toEqual([
				'not a regular file (FIFO)',
				'dangling symbolic link',
				'file too large (11 MB > 10 MB)',
				'is a directory',
				'no such file or directory',
				'not a regular file (character device)',
			]);
		} finally {
			await pool.close();
		}
	});

	it('leaves each article\'s raw text in a spill file that is gone from the folder, and reads it back the same', async () => {
		const {ExtractPool} = (await import(dist('importer/extract-pool.js'))) as PoolModule;
		const {prepareArticle} = (await import(dist('importer/prepare.js'))) as PrepareModule;
		const {isLeftInFile} = (await import(dist('corpus/store/text-in-file.js'))) as typeof import('../../source/corpus/store/text-in-file.js');
		const spillDir = mkdtempSync(path.join(dir, 'spill-'));
		const file = path.join(dir, 'curly.txt');
		writeFileSync(file, 'Council criticised\n\nCllr Jane Smith said: \u201cThe service is failing children \u2014 \\ \\u0000 and more.\u201d\n');
		const pool = ExtractPool.create(2, spillDir)!;
		try {
			const today = '2026-11-22T12:00:00.000Z';
			const onWorker = await pool.prepare({file, storeDir: dir, today});
			expect(onWorker.ok && isLeftInFile(onWorker.inputs[0]!)).toBe(true);
			expect(onWorker).toEqual(await prepareArticle(file, dir, new Date(today)));
			// Unlinked when made: an import killed at any point leaves nothing in the store's folder.
			expect(readdirSync(spillDir)).toEqual([]);
		} finally {
			await pool.close();
		}
	});

	it('gives the same store and report as one thread, in file order', async () => {
		const corpus = path.join(dir, 'corpus');
		// More files than the pool's threshold (64), with a file that is refused and one that is not UTF-8.
		generateCorpus({articles: 90, out: corpus, seed: 'pool-test'});
		writeFileSync(path.join(corpus, 'zz-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
		writeFileSync(path.join(corpus, 'zz-cp1252.txt'), Buffer.from('Council criticised\n\nCllr Jane Smith said: \x93The service is failing children.\x94\n', 'latin1'));
		const inThread = await importWith(0, corpus);
		const onWorkers = await importWith(2, corpus);
		expect(onWorkers.report).toEqual(inThread.report);
		expect(onWorkers.store).toEqual(inThread.store);
		expect(inThread.report.added).toBe(91);
		expect(inThread.report.failed.map((f) => path.basename(f.path))).toEqual(['zz-binary.txt']);
		// Two imports of 92 files: minutes on a loaded 2-core machine, where the default minute ran out.
	}, 600_000);
});
