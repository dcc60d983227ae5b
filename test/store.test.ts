/** The store's round trip and its versions: what is written is read back, and newer or older stores are handled. */
import fs from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {emptyStore, STORE_VERSION, type StoreData} from '../source/corpus/schema.js';
import {openStore, type Migration} from '../source/corpus/store/index.js';
import {sample, serialise, writeStore, tempFiles, faultyFs, storeError, expectRejected, dir, file, useTempStore} from './helpers/store-fixtures.js';

useTempStore();

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
