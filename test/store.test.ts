import {execFile, spawn} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {realFs, type FsSeam} from '../source/corpus/store/fs-seam.js';
import {emptyStore, STORE_VERSION, type Article, type StoreData} from '../source/corpus/schema.js';
import {openStore, StoreError, type Migration, type StoreErrorReason} from '../source/corpus/store/index.js';
import {tempPath} from '../source/corpus/store/atomic-write.js';

let dir: string;
let file: string;

beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrutiny-store-'));
	file = path.join(dir, 'corpus.json');
});

afterEach(async () => {
	await fs.rm(dir, {recursive: true, force: true});
});

function article(index: number): Article {
	return {
		id: `a${index}`,
		file: `00${index}_x.txt`,
		path: `/corpus/00${index}_x.txt`,
		contentHash: 'f'.repeat(64),
		title: `Council criticised — report ${index}`,
		titleSource: 'line',
		source: null,
		published: {value: '2024-03', precision: 'month', approximate: false, basis: 'stated'},
		authorities: ['Blackpool'],
		raw: `Raw text of article ${index}: “Children’s services” were rated inadequate.\n\nSecond paragraph.`,
		paragraphs: [`Children’s services were rated inadequate (${index}).`, 'Second paragraph.'],
		furniture: [{line: 3, text: 'Read more', kind: 'read-more'}],
		people: [{name: 'Simon Blackburn', titles: ['Councillor'], roles: ['leader'], party: 'Labour', paragraphs: [1]}],
		readReport: {encoding: 'utf-8', removed: 0, repaired: 0},
		importedAt: '2025-01-01T00:00:00.000Z',
		origin: 'extracted',
	};
}

function sample(): StoreData {
	return {
		...emptyStore('test corpus'),
		articles: [0, 1, 2, 3, 4].map((index) => article(index)),
		authorities: [{id: 'blackpool', name: 'Blackpool', onsCode: 'E06000009', origin: 'curated'}],
		people: [
			{
				id: 'p1',
				name: 'Simon Blackburn',
				titles: ['Councillor'],
				roles: ['leader'],
				party: 'Labour',
				authorities: ['Blackpool'],
				articleIds: ['a1'],
				origin: 'extracted',
			},
		],
		quotes: [
			{
				id: 'q1',
				articleId: 'a1',
				paragraph: 1,
				text: 'We are determined to improve.',
				speaker: 'Simon Blackburn',
				speakerId: 'p1',
				fragment: false,
				date: {value: null, precision: 'unknown', approximate: true, basis: 'article date'},
				origin: 'extracted',
			},
		],
		events: [
			{
				id: 'e1',
				date: {value: '2024', precision: 'year', approximate: false, basis: 'stated'},
				authority: 'Blackpool',
				type: 'inspection-judgement',
				rating: 'inadequate',
				summary: 'Rated inadequate',
				sources: [],
				origin: 'ofsted',
			},
		],
	};
}

function serialise(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

async function writeStore(value: unknown, target = file): Promise<Buffer> {
	const bytes = Buffer.from(serialise(value));
	await fs.writeFile(target, bytes);
	return bytes;
}

async function tempFiles(directory = dir): Promise<string[]> {
	return (await fs.readdir(directory)).filter((name) => name.endsWith('.tmp'));
}

function errno(code: string, syscall: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: injected failure, ${syscall}`), {code, syscall});
}

type FaultPoint = 'open' | 'write' | 'sync' | 'rename' | 'chmod' | 'readFile';

/** A real file system that fails `point` with `code` on paths `match` accepts, while `state.active`. */
function faultyFs(point: FaultPoint, code: string, match: (target: string) => boolean = (target) => target.endsWith('.tmp')) {
	const state = {active: true, hits: 0};
	const fail = (at: FaultPoint, target: string, syscall: string) => {
		if (state.active && at === point && match(target)) {
			state.hits++;
			throw errno(code, syscall);
		}
	};

	const seam: FsSeam = {
		...realFs,
		async open(target, flags, mode) {
			fail('open', target, 'open');
			const opened = await realFs.open(target, flags, mode);
			return {
				async write(data) {
					fail('write', target, 'write');
					return opened.write(data);
				},
				async sync() {
					fail('sync', target, 'fsync');
					return opened.sync();
				},
				close: async () => opened.close(),
			};
		},
		async rename(from, to) {
			fail('rename', from, 'rename');
			return realFs.rename(from, to);
		},
		async chmod(target, mode) {
			fail('chmod', target, 'chmod');
			return realFs.chmod(target, mode);
		},
		async readFile(target) {
			fail('readFile', target, 'read');
			return realFs.readFile(target);
		},
	};
	return {seam, state};
}

/** A real file system that records every call that could change something on disk. */
function spyFs() {
	const changes: string[] = [];
	const seam: FsSeam = {
		...realFs,
		async open(target, flags, mode) {
			if (flags !== 'r') {
				changes.push(`open ${flags} ${target}`);
			}

			return realFs.open(target, flags, mode);
		},
		async rename(from, to) {
			changes.push(`rename ${from} ${to}`);
			return realFs.rename(from, to);
		},
		async unlink(target) {
			changes.push(`unlink ${target}`);
			return realFs.unlink(target);
		},
		async chmod(target, mode) {
			changes.push(`chmod ${target}`);
			return realFs.chmod(target, mode);
		},
	};
	return {seam, changes};
}

async function storeError(promise: Promise<unknown>, reason?: StoreErrorReason): Promise<StoreError> {
	const error: unknown = await promise.then(
		() => undefined,
		(error_: unknown) => error_,
	);
	expect(error).toBeInstanceOf(StoreError);
	const storeError_ = error as StoreError;
	expect(storeError_.message).not.toMatch(/[\n\r]/);
	if (reason) {
		expect(storeError_.reason).toBe(reason);
	}

	return storeError_;
}

/** Opens a damaged store (with and without `create`): StoreError naming the path, and not a byte changed. */
async function expectRejected(reason: StoreErrorReason | undefined, target = file): Promise<StoreError> {
	const before = await fs.readFile(target).catch(() => null);
	let first: StoreError | undefined;
	for (const create of [false, true]) {
		const spy = spyFs();
		const error = await storeError(openStore(target, {create, fs: spy.seam}), reason);
		expect(error.message.startsWith(`${target}: `)).toBe(true);
		expect(error.path).toBe(target);
		expect(spy.changes).toEqual([]);
		const after = await fs.readFile(target).catch(() => null);
		expect(after?.equals(before ?? Buffer.alloc(0)) ?? before === null).toBe(true);
		first ??= error;
	}

	expect(await tempFiles()).toEqual([]);
	return first!;
}

/** Deterministic PRNG (mulberry32) so a failing flip can be replayed. */
function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

describe('openStore: round trip', () => {
	it('creates a missing store on the first write, with 2-space JSON and a trailing newline', async () => {
		const store = await openStore(file, {create: true});
		expect(store.data).toEqual(emptyStore());
		expect(store.readOnly).toBe(false);
		await expect(fs.access(file)).rejects.toThrow();

		store.data = sample();
		await store.write();
		expect(await fs.readFile(file, 'utf8')).toBe(serialise(sample()));

		const again = await openStore(file);
		expect(again.data).toEqual(sample());
		expect(await tempFiles()).toEqual([]);
	});

	it('update() re-reads, applies and saves', async () => {
		await writeStore(sample());
		const store = await openStore(file);
		await store.update((data) => {
			data.name = 'renamed';
		});
		expect(store.data.name).toBe('renamed');
		expect((await openStore(file)).data.name).toBe('renamed');
	});

	it('accepts a UTF-8 BOM (and writes the store back without one)', async () => {
		await fs.writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(serialise(sample()))]));
		const store = await openStore(file);
		expect(store.data).toEqual(sample());
		await store.update(() => undefined);
		expect(await fs.readFile(file, 'utf8')).toBe(serialise(sample()));
	});

	it('keeps fields it does not know, and the key order, through a save', async () => {
		const data = sample() as StoreData & Record<string, unknown>;
		const withExtras = {
			extra: {addedBy: 'a newer minor version'},
			...data,
			articles: data.articles.map((item, index) =>
				index === 2 ? {...item, futureField: [1, 2], published: {...item.published, calendar: 'gregorian'}} : item,
			),
			events: data.events.map((event) => ({wordCount: 12, ...event})),
		};
		const original = serialise(withExtras);
		await fs.writeFile(file, original);

		const store = await openStore(file);
		await store.update((fresh) => {
			fresh.name = 'renamed';
		});
		expect(await fs.readFile(file, 'utf8')).toBe(original.replace('"name": "test corpus"', '"name": "renamed"'));
	});

	it('rejects data that fails the schema, and writes nothing', async () => {
		const before = await writeStore(sample());
		const store = await openStore(file);
		(store.data.articles[1]!.published as {precision: string}).precision = 'fortnight';
		const error = await storeError(store.write(), 'invalid-data');
		expect(error.message).toBe(`${file}: not saved: articles[1].published.precision: invalid value (expected day, month, year, unknown)`);
		expect((await fs.readFile(file)).equals(before)).toBe(true);

		const failed = await storeError(
			store.update((data) => {
				data.quotes[0]!.paragraph = 0;
			}),
			'invalid-data',
		);
		expect(failed.message).toContain('quotes[0].paragraph:');
		// A failed update leaves `data` as the file holds it.
		expect(store.data).toEqual(sample());
		expect((await fs.readFile(file)).equals(before)).toBe(true);
	});
});

describe('openStore: damaged stores are reported, never replaced', () => {
	it('a missing file', async () => {
		const error = await storeError(openStore(file), 'missing');
		expect(error.message).toBe(`${file}: no such store (use \`scrutiny import\` to create one)`);
		await expect(fs.access(file)).rejects.toThrow();
	});

	it('a missing directory, or a symlink to nothing, even with create', async () => {
		const inMissing = path.join(dir, 'nope', 'corpus.json');
		expect((await storeError(openStore(inMissing, {create: true}), 'missing')).message).toBe(`${inMissing}: cannot create: no such directory`);

		const link = path.join(dir, 'link.json');
		await fs.symlink(path.join(dir, 'absent.json'), link);
		expect((await storeError(openStore(link, {create: true}), 'not-a-file')).message).toBe(
			`${link}: is a symbolic link to a file that does not exist`,
		);
		await expect(fs.access(path.join(dir, 'absent.json'))).rejects.toThrow();
	});

	it('a directory', async () => {
		await fs.mkdir(file);
		expect((await expectRejected('not-a-file')).message).toBe(`${file}: is a directory`);
	});

	it('an unreadable file', async () => {
		const before = await writeStore(sample());
		const {seam} = faultyFs('readFile', 'EACCES', (target) => target === file);
		const error = await storeError(openStore(file, {fs: seam}), 'unreadable');
		expect(error.message).toBe(`${file}: cannot read: permission denied`);
		expect((await fs.readFile(file)).equals(before)).toBe(true);

		if (process.getuid?.() !== 0) {
			await fs.chmod(file, 0o000);
			expect((await expectRejected('unreadable')).message).toBe(`${file}: cannot read: permission denied`);
		}
	});

	it.each([
		['an empty file', '', 'empty', 'empty file'],
		['only whitespace', ' \n\t\n', 'empty', 'empty file'],
		['null', 'null\n', 'shape', 'not a scrutiny store (the file holds null, not an object)'],
		['an array', '[]\n', 'shape', 'not a scrutiny store (the file holds an array, not an object)'],
		['a number', '42', 'shape', 'not a scrutiny store (the file holds a number, not an object)'],
		['an unterminated object', '{"version": 1, "name": "x"', 'syntax', 'not valid JSON (unexpected end at byte 26)'],
		['a stray comma', '{\n  "version": 1,,\n}', 'syntax', "not valid JSON (unexpected ',' at byte 17, line 2 column 16)"],
		['a trailing comma', '{"version": 1,}', 'syntax', "not valid JSON (unexpected '}' at byte 14, line 1 column 15)"],
		// 'é' is two bytes: the byte offset counts bytes, the column counts characters.
		['an error after multi-byte text', '{"name": "é" x}', 'syntax', "not valid JSON (unexpected 'x' at byte 14, line 1 column 14)"],
		['text after the data', '{}\n{}', 'syntax', "not valid JSON (unexpected '{' after the end of the data at byte 3, line 2 column 1)"],
		['a raw control character', '{"name": "a\u0007b"}', 'syntax', 'not valid JSON (control character U+0007 in a string at byte 11, line 1 column 12)'],
		['a bad literal', '{"a": nul}', 'syntax', "not valid JSON (unexpected '}' at byte 9, line 1 column 10)"],
	] as const)('%s', async (_name, content, reason, detail) => {
		await fs.writeFile(file, content);
		expect((await expectRejected(reason)).message).toBe(`${file}: ${detail}`);
	});

	it('invalid JSON after a BOM counts the BOM in the byte offset', async () => {
		await fs.writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": 1')]));
		expect((await expectRejected('syntax')).message).toBe(`${file}: not valid JSON (unexpected end at byte 10)`);
	});

	it('invalid UTF-8', async () => {
		const bytes = Buffer.from(serialise(sample()));
		const at = bytes.indexOf('Second');
		bytes[at] = 0xff;
		await fs.writeFile(file, bytes);
		expect((await expectRejected('encoding')).message).toBe(`${file}: not valid UTF-8 (at byte ${at})`);
	});

	it('a missing collection', async () => {
		const {authorities: _, ...rest} = sample();
		await writeStore(rest);
		expect((await expectRejected('schema')).message).toBe(`${file}: authorities: missing`);
	});

	it('a record failing the schema names its path', async () => {
		const data = sample();
		(data.articles[3]!.published as {precision: string}).precision = 'week';
		await writeStore(data);
		expect((await expectRejected('schema')).message).toBe(
			`${file}: articles[3].published.precision: invalid value (expected day, month, year, unknown)`,
		);

		const wrongType = sample() as unknown as {quotes: Array<Record<string, unknown>>};
		wrongType.quotes[0]!['paragraph'] = '1';
		await writeStore(wrongType);
		expect((await expectRejected('schema')).message).toBe(`${file}: quotes[0].paragraph: expected number, found a string`);

		await writeStore({...sample(), version: 'one'});
		expect((await expectRejected('schema')).message).toBe(`${file}: version: expected number, found a string`);
	});

	it('truncation at many byte offsets', async () => {
		const whole = Buffer.from(serialise(sample()));
		const last = whole.lastIndexOf('}');
		const random = prng(20_240_301);
		const offsets = new Set([0, 1, 2, 10, 100, Math.floor(last / 2), last - 1, last]);
		// A cut inside a multi-byte character ('—' is three bytes) is an encoding error, not a parse error.
		const dash = whole.indexOf('—');
		offsets.add(dash + 1);
		offsets.add(dash + 2);
		while (offsets.size < 40) {
			offsets.add(Math.floor(random() * last));
		}

		for (const offset of offsets) {
			await fs.writeFile(file, whole.subarray(0, offset));
			const error = await expectRejected(undefined);
			expect(['empty', 'syntax', 'encoding']).toContain(error.reason);
			if (error.reason === 'syntax') {
				expect(error.message).toBe(`${file}: not valid JSON (unexpected end at byte ${offset})`);
			}
		}

		// Losing only the final newline loses nothing.
		await fs.writeFile(file, whole.subarray(0, last + 1));
		expect((await openStore(file)).data).toEqual(sample());
	});

	it('random bit flips (seeded): either a StoreError or exactly what the file says; never a changed byte', async () => {
		const whole = Buffer.from(serialise(sample()));
		const random = prng(7);
		let rejected = 0;
		for (let trial = 0; trial < 150; trial++) {
			const damaged = Buffer.from(whole);
			const flips = 1 + Math.floor(random() * 3);
			for (let flip = 0; flip < flips; flip++) {
				damaged[Math.floor(random() * damaged.length)]! ^= 1 << Math.floor(random() * 8);
			}

			await fs.writeFile(file, damaged);
			const spy = spyFs();
			const outcome = await openStore(file, {fs: spy.seam}).then(
				(store) => store,
				(error: unknown) => error,
			);
			if (outcome instanceof StoreError) {
				rejected++;
				expect(outcome.message.startsWith(`${file}: `)).toBe(true);
				expect(outcome.message).not.toMatch(/[\n\r]/);
			} else if (outcome instanceof Error || outcome === undefined) {
				throw new Error(`trial ${trial}: not a StoreError: ${String(outcome)}`);
			} else {
				// Accepted: the data is what the damaged file holds, nothing substituted.
				const text = damaged.toString('utf8');
				expect((outcome as {data: unknown}).data).toEqual(JSON.parse(text));
			}

			expect(spy.changes).toEqual([]);
			expect((await fs.readFile(file)).equals(damaged)).toBe(true);
		}

		expect(rejected).toBeGreaterThan(20);
		expect(await tempFiles()).toEqual([]);
	});
});

describe('openStore: versions', () => {
	it('a store from a newer scrutiny opens read-only, and writes are refused', async () => {
		const newer = {...sample(), version: STORE_VERSION + 1, shinyNewThing: true};
		const before = await writeStore(newer);
		const store = await openStore(file);
		expect(store.readOnly).toBe(true);
		expect(store.data.articles).toHaveLength(5);

		const message = `${file}: was written by a newer scrutiny (version ${STORE_VERSION + 1}); opened read-only`;
		expect((await storeError(store.write(), 'newer')).message).toBe(message);
		expect((await storeError(store.update(() => undefined), 'newer')).message).toBe(message);
		expect((await fs.readFile(file)).equals(before)).toBe(true);
	});

	it('a newer store that this version cannot read says so', async () => {
		await writeStore({...sample(), version: STORE_VERSION + 1, articles: 'moved elsewhere'});
		expect((await expectRejected('schema')).message).toBe(
			`${file}: was written by a newer scrutiny (version ${STORE_VERSION + 1}) and cannot be read: articles: expected array, found a string`,
		);
	});

	it('readOnly refuses writes, and takes no lock', async () => {
		const before = await writeStore(sample());
		const store = await openStore(file, {readOnly: true});
		expect(store.readOnly).toBe(true);
		expect((await storeError(store.write(), 'read-only')).message).toBe(`${file}: opened read-only`);
		expect((await fs.readFile(file)).equals(before)).toBe(true);
		expect(await fs.readdir(dir)).toEqual(['corpus.json']);
	});

	describe('migration', () => {
		// A fake v0 format: no authorities collection, and the name under `title`.
		const v0 = () => {
			const {authorities: _, name, ...rest} = sample();
			return {...rest, version: 0, title: name};
		};

		const toV1: Migration = {
			from: 0,
			migrate({title, ...rest}) {
				return {...rest, name: title, authorities: []};
			},
		};

		it('upgrades an older store on open, after a backup beside it', async () => {
			const before = await writeStore(v0());
			const store = await openStore(file, {migrations: [toV1]});
			expect(store.data.version).toBe(STORE_VERSION);
			expect(store.data.name).toBe('test corpus');
			expect(store.data.authorities).toEqual([]);
			expect('title' in store.data).toBe(false);

			expect((await fs.readFile(`${file}.v0.bak`)).equals(before)).toBe(true);
			const onDisk = JSON.parse(await fs.readFile(file, 'utf8')) as StoreData;
			expect(onDisk.version).toBe(STORE_VERSION);
			expect(onDisk.authorities).toEqual([]);

			// Opening again neither migrates nor backs up again.
			await openStore(file, {migrations: [toV1]});
			expect((await fs.readdir(dir)).sort()).toEqual(['corpus.json', 'corpus.json.v0.bak']);
		});

		it('never overwrites an earlier backup', async () => {
			await fs.writeFile(`${file}.v0.bak`, 'an earlier backup');
			const before = await writeStore(v0());
			await openStore(file, {migrations: [toV1]});
			expect(await fs.readFile(`${file}.v0.bak`, 'utf8')).toBe('an earlier backup');
			expect((await fs.readFile(`${file}.v0.2.bak`)).equals(before)).toBe(true);
		});

		it('read-only: upgrades in memory only', async () => {
			const before = await writeStore(v0());
			const store = await openStore(file, {readOnly: true, migrations: [toV1]});
			expect(store.data.authorities).toEqual([]);
			expect((await fs.readFile(file)).equals(before)).toBe(true);
			expect(await fs.readdir(dir)).toEqual(['corpus.json']);
		});

		it('a failed backup leaves the old store as it was', async () => {
			const before = await writeStore(v0());
			const {seam} = faultyFs('write', 'ENOSPC', (target) => target.endsWith('.bak'));
			const error = await storeError(openStore(file, {migrations: [toV1], fs: seam}), 'write-failed');
			expect(error.message).toBe(`${file}: could not write the backup before upgrading: no space left on device`);
			expect((await fs.readFile(file)).equals(before)).toBe(true);
			expect(await fs.readdir(dir)).toEqual(['corpus.json']);
		});

		it('a version with no migration, or a failing one, is an error', async () => {
			await writeStore(v0());
			expect((await expectRejected('version')).message).toBe(`${file}: version 0 is too old for this scrutiny (no upgrade from version 0)`);

			const broken: Migration = {
				from: 0,
				migrate() {
					throw new Error('no title');
				},
			};
			const error = await storeError(openStore(file, {migrations: [broken]}), 'version');
			expect(error.message).toBe(`${file}: could not upgrade from version 0: no title`);

			const incomplete: Migration = {from: 0, migrate: (data) => data};
			const invalid = await storeError(openStore(file, {migrations: [incomplete]}), 'schema');
			expect(invalid.message).toBe(`${file}: after upgrading from version 0: name: missing`);
			expect(await fs.readdir(dir)).toEqual(['corpus.json']);
		});
	});
});

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
