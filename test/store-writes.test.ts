/** The store's safe writes and its lock: a failed write loses nothing, and two writers never interleave. */
import {execFile, spawn} from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {type StoreData} from '../source/corpus/schema.js';
import {openStore} from '../source/corpus/store/index.js';
import {tempPath} from '../source/corpus/store/atomic-write.js';
import {sample, writeStore, tempFiles, faultyFs, storeError, dir, file, useTempStore} from './helpers/store-fixtures.js';

useTempStore();

describe('safe writes', () => {
	it('keeps the mode of an existing store (0600 stays 0600)', async () => {
		await writeStore(sample());
		await fs.chmod(file, 0o600);
		const store = await openStore(file);
		await store.update((data) => {
			data.name = 'private';
		});
		expect((await fs.stat(file)).mode & 0o777).toBe(0o600);

		// Group-writable: the umask would strip that from a fresh file.
		await fs.chmod(file, 0o660);
		await store.update((data) => {
			data.name = 'group';
		});
		expect((await fs.stat(file)).mode & 0o777).toBe(0o660);
	});

	it('writes through a symlink, which stays a symlink to the same file', async () => {
		const realDirectory = path.join(dir, 'real');
		await fs.mkdir(realDirectory);
		const real = path.join(realDirectory, 'store.json');
		await writeStore(sample(), real);
		const link = path.join(dir, 'link.json');
		await fs.symlink(path.join('real', 'store.json'), link);

		const store = await openStore(link);
		await store.update((data) => {
			data.name = 'through the link';
		});

		expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
		expect(await fs.readlink(link)).toBe(path.join('real', 'store.json'));
		expect((JSON.parse(await fs.readFile(real, 'utf8')) as StoreData).name).toBe('through the link');
		expect(await tempFiles()).toEqual([]);
		expect(await tempFiles(realDirectory)).toEqual([]);
	});

	it.each([
		['write', 'ENOSPC', 'no space left on device'],
		['open', 'EROFS', 'read-only file system'],
		['open', 'EACCES', 'permission denied'],
		['sync', 'EIO', 'input/output error'],
		['rename', 'EIO', 'input/output error'],
		['chmod', 'EPERM', 'operation not permitted'],
	] as const)('%s failing with %s leaves the old store intact and no temp file; the next write works', async (point, code, text) => {
		const before = await writeStore(sample());
		const {seam, state} = faultyFs(point, code);
		const store = await openStore(file, {fs: seam});

		const failed = await storeError(
			store.update((data) => {
				data.name = 'first try';
			}),
			'write-failed',
		);
		expect(failed.message).toBe(`${file}: could not save: ${text}`);
		expect(state.hits).toBe(1);
		expect((await fs.readFile(file)).equals(before)).toBe(true);
		expect(await tempFiles()).toEqual([]);
		expect(store.data.name).toBe('test corpus');

		store.data.name = 'with write()';
		await storeError(store.write(), 'write-failed');
		expect((await fs.readFile(file)).equals(before)).toBe(true);
		expect(await tempFiles()).toEqual([]);

		state.active = false;
		await store.write();
		expect((JSON.parse(await fs.readFile(file, 'utf8')) as StoreData).name).toBe('with write()');
		await store.update((data) => {
			data.name = 'second try';
		});
		expect((JSON.parse(await fs.readFile(file, 'utf8')) as StoreData).name).toBe('second try');
		expect(await tempFiles()).toEqual([]);
	});

	it('removes temp files of dead processes on open, and only those', async () => {
		await writeStore(sample());
		const child = spawn(process.execPath, ['-e', '']);
		const deadPid = child.pid!;
		await new Promise((resolve) => child.on('exit', resolve));

		const dead = `.corpus.json.${deadPid}.0a1b2c.tmp`;
		const mine = `.corpus.json.${process.pid}.0a1b2c.tmp`;
		const living = `.corpus.json.${process.ppid}.0a1b2c.tmp`;
		const other = `.other.json.${deadPid}.0a1b2c.tmp`;
		for (const name of [dead, mine, living, other]) {
			await fs.writeFile(path.join(dir, name), 'partial');
		}

		await openStore(file, {readOnly: true});
		expect((await tempFiles()).sort()).toEqual([dead, mine, living, other].sort());

		await openStore(file);
		expect((await tempFiles()).sort()).toEqual([mine, living, other].sort());
	});

	it('removes a dead import’s temp files of the caches beside the store too (timeline, search documents)', async () => {
		await writeStore(sample());
		const child = spawn(process.execPath, ['-e', '']);
		const deadPid = child.pid!;
		await new Promise((resolve) => child.on('exit', resolve));

		const caches = [`.corpus.json.timeline.${deadPid}.0a1b2c.tmp`, `.corpus.json.search-docs.${deadPid}.0a1b2c.tmp`];
		const living = `.corpus.json.search-docs.${process.ppid}.0a1b2c.tmp`;
		for (const name of [...caches, living]) await fs.writeFile(path.join(dir, name), 'partial');

		await openStore(file);
		expect(await tempFiles()).toEqual([living]);
	});

	it('finds a dead writer’s temp files of the search index and the start snapshot: every file beside the store names them alike', async () => {
		await writeStore(sample());
		const child = spawn(process.execPath, ['-e', '']);
		const deadPid = child.pid!;
		await new Promise((resolve) => child.on('exit', resolve));
		// The names the writers use (tempPath), as a process with the dead pid would have made them.
		const caches = [`${file}.search-index`, `${file}.start`].map((target) => path.basename(tempPath(target)).replace(`.${process.pid}.`, `.${deadPid}.`));
		for (const name of caches) await fs.writeFile(path.join(dir, name), 'partial');

		await openStore(file);
		expect(await tempFiles()).toEqual([]);
	});
});

describe('locking', () => {
	it('a writer waits for the lock, then gives up with a clear message', async () => {
		await writeStore(sample());
		const holder = await openStore(file);
		await holder.lock();
		expect((await fs.stat(`${file}.lock`)).isDirectory()).toBe(true);

		const waiter = await openStore(file, {lockWaitMs: 300});
		const started = Date.now();
		const error = await storeError(
			waiter.update((data) => {
				data.name = 'waiter';
			}),
			'locked',
		);
		expect(Date.now() - started).toBeGreaterThanOrEqual(250);
		expect(error.message).toBe(`${file}: locked by another scrutiny process — try again`);

		// The holder can write several times under its one lock.
		await holder.update((data) => {
			data.name = 'holder';
		});
		await holder.update((data) => {
			data.people = [];
		});
		await holder.release();
		await expect(fs.stat(`${file}.lock`)).rejects.toThrow();

		await waiter.update((data) => {
			data.quotes = [];
		});
		const final = (await openStore(file)).data;
		expect(final.name).toBe('holder');
		expect(final.people).toEqual([]);
		expect(final.quotes).toEqual([]);
	});

	it('write() refuses to overwrite what another process saved since it read', async () => {
		await writeStore(sample());
		const first = await openStore(file);
		const second = await openStore(file);
		await first.update((data) => {
			data.people = [];
		});

		second.data.name = 'stale';
		expect((await storeError(second.write(), 'changed')).message).toBe(
			`${file}: changed by another process since it was read; reload and try again`,
		);
		expect((await openStore(file)).data.name).toBe('test corpus');

		await second.reload();
		expect(second.data.people).toEqual([]);
		second.data.name = 'fresh';
		await second.write();
		const final = (await openStore(file)).data;
		expect(final.name).toBe('fresh');
		expect(final.people).toEqual([]);
	});

	it('concurrent update() calls from two store objects lose nothing', async () => {
		await writeStore(sample());
		const stores = await Promise.all([openStore(file), openStore(file)]);
		await Promise.all(
			stores.flatMap((store, which) =>
				Array.from({length: 15}, async (_, index) =>
					store.update((data) => {
						data.authorities.push({id: `s${which}-${index}`, name: `Store ${which}`, onsCode: null, origin: 'curated'});
					}),
				),
			),
		);
		const ids = (await openStore(file)).data.authorities.map((authority) => authority.id);
		expect(ids).toHaveLength(31);
		expect(new Set(ids).size).toBe(31);
	});

	it('concurrent update() calls from separate processes lose nothing', async () => {
		// Child processes cannot import TypeScript here (no tsx), so transpile the corpus modules (the store and what
		// it imports) beside a symlink to node_modules and run a small worker against them.
		const ts = await import('typescript');
		const build = path.join(dir, 'build');
		await fs.mkdir(build);
		await fs.symlink(path.resolve('node_modules'), path.join(build, 'node_modules'), 'dir');
		await fs.writeFile(path.join(build, 'package.json'), '{"type": "module"}\n');
		const names = (await fs.readdir(path.resolve('source/corpus'), {recursive: true})).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
		for (const name of names) {
			// The module's own folder (store/, records/): the corpus modules live in more than one.
			await fs.mkdir(path.dirname(path.join(build, name)), {recursive: true});
			const source = await fs.readFile(path.resolve('source/corpus', `${name}.ts`), 'utf8');
			const {outputText} = ts.transpileModule(source, {
				compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
			});
			await fs.writeFile(path.join(build, `${name}.js`), outputText);
		}

		await fs.writeFile(
			path.join(build, 'worker.mjs'),
			[
				"import {openStore} from './store/index.js';",
				'const [file, tag, count] = process.argv.slice(2);',
				'const store = await openStore(file);',
				'for (let index = 0; index < Number(count); index++) {',
				"\tawait store.update((data) => { data.authorities.push({id: `${tag}-${index}`, name: tag, onsCode: null, origin: 'curated'}); });",
				'}',
			].join('\n'),
		);

		await writeStore(sample());
		const run = promisify(execFile);
		await Promise.all(['w1', 'w2', 'w3'].map(async (tag) => run(process.execPath, [path.join(build, 'worker.mjs'), file, tag, '12'])));

		const ids = (await openStore(file)).data.authorities.map((authority) => authority.id);
		expect(ids).toHaveLength(37);
		expect(new Set(ids).size).toBe(37);
		expect(await tempFiles()).toEqual([]);
		await expect(fs.stat(`${file}.lock`)).rejects.toThrow();
		// Transpiling the corpus modules (over 30 files) and three processes under one lock: slow on a busy machine.
	}, 600_000);
});
