/**
 * The curated file beside the store (`<store>.curated.json`): what the store's own tests check for the store
 * file, checked for it (damage, a failing disk, concurrent writers, mode, symlinks, newer versions), and the
 * split itself: an edit writes the curated file only, an import the store only, and a store from before the
 * curated file moves its curated records once, after a backup, losing nothing.
 */
import {readFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {applyCuration, saveCuration, type CurationEdit} from '../source/corpus/curation.js';
import {timeline} from '../source/corpus/queries.js';
import {storeSchema, type StoreData} from '../source/corpus/schema.js';
import {realFs, type FsSeam} from '../source/corpus/store/fs-seam.js';
import {openStore, StoreError, type StoreErrorReason} from '../source/corpus/store/index.js';

const today = '2026-11-22';
const bundledPath = path.resolve('data/corpus.json');
const bundled = (): StoreData => storeSchema.parse(JSON.parse(readFileSync(bundledPath, 'utf8')));

let dir: string;
let file: string;
let curated: string;

beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrutiny-curated-'));
	file = path.join(dir, 'corpus.json');
	curated = `${file}.curated.json`;
	await fs.copyFile(bundledPath, file);
});

afterEach(async () => {
	await fs.rm(dir, {recursive: true, force: true});
});

const add = (summary: string): CurationEdit => ({kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary}});

/** The first press event of the bundled corpus, and the ids of its timeline line. */
function pressLine(data: StoreData): {id: string; ids: string[]} {
	const line = timeline(data).find((l) => l.origin === 'extracted' && (l.merged?.length ?? 1) >= 1)!;
	return {id: line.id, ids: [...(line.merged ?? [line.id])]};
}

/** Three kinds of curated work on the store at `target`: an added event, an edit of a press line, a wrong-mark. */
async function curate(target: string): Promise<void> {
	await saveCuration(target, add('Board met'), {today});
	const data = (await openStore(target, {readOnly: true})).data;
	const lines = timeline(data).filter((l) => l.origin === 'extracted');
	const first = lines[0]!;
	const second = lines[1]!;
	await saveCuration(target, {kind: 'edit', id: first.id, ids: [...(first.merged ?? [first.id])], draft: {date: first.date.value ?? '', type: first.type, rating: '', authority: first.authority, summary: 'my wording'}}, {today});
	await saveCuration(target, {kind: 'mark-wrong', ids: [...(second.merged ?? [second.id])]}, {today});
}

/**
 * What a researcher sees of the store: every timeline line, hidden ones too, less the markers that hide them
 * (their ids were `curated-N` in one file and are made from the event's id now); curated lines by their text,
 * since a marker no longer takes a `curated-N` number.
 */
function seen(data: StoreData): string[] {
	return timeline(data, {includeHidden: true})
		.filter((l) => !(l.origin === 'curated' && l.hidden))
		.map((l) => `${l.origin === 'curated' ? 'curated' : l.id} ${l.origin} ${l.hidden ? 'hidden' : 'shown'} ${l.summary}`)
		.sort();
}

async function storeError(promise: Promise<unknown>, reason?: StoreErrorReason): Promise<StoreError> {
	const error: unknown = await promise.then(
		() => undefined,
		(error_: unknown) => error_,
	);
	expect(error).toBeInstanceOf(StoreError);
	expect((error as StoreError).message).not.toMatch(/[\n\r]/);
	if (reason) expect((error as StoreError).reason).toBe(reason);
	return error as StoreError;
}

async function temps(): Promise<string[]> {
	return (await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

describe('the curated file', () => {
	it('an edit writes the curated file only; an import the store only', async () => {
		const storeBytes = await fs.readFile(file);
		await curate(file);
		expect((await fs.readFile(file)).equals(storeBytes)).toBe(true);
		const onDisk = JSON.parse(await fs.readFile(curated, 'utf8')) as {version: number; events: Array<{id: string}>; marks: Array<{eventId: string}>};
		expect(onDisk.version).toBe(1);
		expect(onDisk.events.map((e) => e.id)).toEqual(['curated-1', 'curated-2']);
		expect(onDisk.marks.length).toBeGreaterThan(0);
		expect((await fs.stat(curated)).size).toBeLessThan(20_000);

		const curatedBytes = await fs.readFile(curated);
		const curatedStat = await fs.stat(curated);
		const store = await openStore(file);
		const before = seen(store.data);
		await store.update((data) => {
			data.name = 'renamed by an import';
			data.events = data.events.filter((e) => e.origin !== 'extracted' || e.articleId !== data.articles[4]!.id);
		});
		expect((await fs.readFile(curated)).equals(curatedBytes)).toBe(true);
		expect((await fs.stat(curated)).mtimeMs).toBe(curatedStat.mtimeMs);
		const again = (await openStore(file, {readOnly: true})).data;
		expect(again.name).toBe('renamed by an import');
		expect(seen(again).filter((l) => l.includes(' curated '))).toEqual(before.filter((l) => l.includes(' curated ')));
	});

	it('the merged data is what one file held before: hidden press events beside their markers', async () => {
		const legacy = bundled();
		const fromOne = structuredClone(legacy);
		const {ids} = pressLine(fromOne);
		applyCuration(fromOne, {kind: 'mark-wrong', ids}, {today});
		applyCuration(fromOne, add('An event of my own'), {today});

		await saveCuration(file, {kind: 'mark-wrong', ids}, {today});
		await saveCuration(file, add('An event of my own'), {today});
		const merged = (await openStore(file, {readOnly: true})).data;
		expect(seen(merged)).toEqual(seen(fromOne));
		const order = (data: StoreData) => timeline(data).map((l) => (l.origin === 'curated' ? l.summary : l.id));
		expect(order(merged)).toEqual(order(fromOne));
	});

	it('a UI store (read-only, editCurated) saves an edit without reading the store again', async () => {
		const ui = await openStore(file, {readOnly: true, editCurated: true});
		const reads: string[] = [];
		const storeBytes = await fs.readFile(file);
		const saved = await saveCuration(file, add('from the UI'), {today, store: ui, open: async (p) => (reads.push(p), openStore(p))});
		expect(reads).toEqual([]);
		expect(saved.data.events.find((e) => e.id === saved.id)?.summary).toBe('from the UI');
		expect(ui.data.events.some((e) => e.id === saved.id)).toBe(true);
		expect((await fs.readFile(file)).equals(storeBytes)).toBe(true);
		await storeError(ui.update(() => undefined), 'read-only');
	});

	it('a plain read-only store never writes the curated file', async () => {
		const viewer = await openStore(file, {readOnly: true});
		await storeError(viewer.updateCurated((data) => void applyCuration(data, add('x'), {today})), 'read-only');
		await expect(fs.stat(curated)).rejects.toThrow();
	});
});

describe('a store from before the curated file', () => {
	/** The bundled store with curated work done the old way, in the store file itself. */
	async function legacyStore(): Promise<{data: StoreData; bytes: Buffer}> {
		const data = bundled();
		const lines = timeline(data).filter((l) => l.origin === 'extracted');
		applyCuration(data, add('Board met'), {today});
		const first = lines[0]!;
		applyCuration(data, {kind: 'edit', id: first.id, ids: [...(first.merged ?? [first.id])], draft: {date: first.date.value ?? '', type: first.type, rating: '', authority: first.authority, summary: 'my wording'}}, {today});
		applyCuration(data, {kind: 'mark-wrong', ids: [...(lines[1]!.merged ?? [lines[1]!.id])]}, {today});
		// A store even older: an event hidden without a marker.
		const bare = data.events.find((e) => e.origin === 'extracted' && !e.hidden && e.id !== first.id && !(first.merged ?? []).includes(e.id))!;
		bare.hidden = true;
		const bytes = Buffer.from(`${JSON.stringify(data, null, 2)}\n`);
		await fs.writeFile(file, bytes);
		return {data, bytes};
	}

	it('moves its curated records once, after a backup, and loses nothing', async () => {
		const {data, bytes} = await legacyStore();
		const store = await openStore(file);
		expect(seen(store.data)).toEqual(seen(data));
		expect((await fs.readFile(`${file}.before-curated.bak`)).equals(bytes)).toBe(true);
		const left = JSON.parse(await fs.readFile(file, 'utf8')) as StoreData;
		expect(left.events.filter((e) => e.origin === 'curated' || e.hidden)).toEqual([]);
		const moved = JSON.parse(await fs.readFile(curated, 'utf8')) as {events: unknown[]; marks: unknown[]};
		expect(moved.events).toHaveLength(2);
		expect(moved.marks.length).toBeGreaterThanOrEqual(2);
		expect(store.holdsCurated).toBe(false);

		// Once: the next open changes nothing.
		const after = [await fs.readFile(file), await fs.readFile(curated)];
		const again = await openStore(file);
		expect(seen(again.data)).toEqual(seen(data));
		expect((await fs.readFile(file)).equals(after[0]!)).toBe(true);
		expect((await fs.readFile(curated)).equals(after[1]!)).toBe(true);
		expect((await fs.readdir(dir)).filter((name) => name.endsWith('.bak'))).toHaveLength(1);
	});

	it('read-only: shows the same, moves nothing; the first edit from it moves them first', async () => {
		const {data, bytes} = await legacyStore();
		const ui = await openStore(file, {readOnly: true, editCurated: true});
		expect(seen(ui.data)).toEqual(seen(data));
		expect(ui.holdsCurated).toBe(true);
		expect((await fs.readFile(file)).equals(bytes)).toBe(true);
		await expect(fs.stat(curated)).rejects.toThrow();

		const saved = await saveCuration(file, add('after the move'), {today, store: ui});
		expect(ui.holdsCurated).toBe(false);
		const expected = structuredClone(data);
		applyCuration(expected, add('after the move'), {today});
		expect(seen(saved.data)).toEqual(seen(expected));
		expect((await fs.readFile(`${file}.before-curated.bak`)).equals(bytes)).toBe(true);
	});

	it('a move interrupted after the curated file was saved is finished by the next open, without a second copy', async () => {
		const {data} = await legacyStore();
		const legacyBytes = await fs.readFile(file);
		await openStore(file);
		// As if killed between the two saves: the curated file written, the store file not yet.
		await fs.writeFile(file, legacyBytes);
		const store = await openStore(file);
		expect(seen(store.data)).toEqual(seen(data));
		const moved = JSON.parse(await fs.readFile(curated, 'utf8')) as {events: Array<{id: string}>};
		expect(moved.events.map((e) => e.id)).toEqual(['curated-1', 'curated-2']);
	});
});

describe('the curated file: damage, failing disks, versions, modes, links, concurrency', () => {
	it.each([
		['empty', '', 'empty', 'empty file'],
		['truncated', '{"version": 1, "events": [', 'syntax', 'not valid JSON (unexpected end at byte 26)'],
		['not an object', 'null', 'shape', "not a scrutiny store's curated file (the file holds null, not an object)"],
		['a bad record', '{"version": 1, "events": [], "marks": [{"eventId": 3}]}', 'schema', 'marks[0].eventId: expected string, found a number'],
		['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 'encoding', 'not valid UTF-8 (at byte 1)'],
	] as const)('%s: a one-line error naming the curated file, and not a byte changed', async (_, content, reason, text) => {
		await fs.writeFile(curated, content);
		const before = await fs.readFile(curated);
		const storeBefore = await fs.readFile(file);
		for (const options of [{}, {readOnly: true}, {readOnly: true, editCurated: true}]) {
			const error = await storeError(openStore(file, options), reason);
			expect(error.message).toBe(`${curated}: ${text}`);
		}

		await storeError(saveCuration(file, add('x'), {today}), reason);
		expect((await fs.readFile(curated)).equals(before)).toBe(true);
		expect((await fs.readFile(file)).equals(storeBefore)).toBe(true);
		expect(await temps()).toEqual([]);
	});

	it.each([
		['write', 'ENOSPC', 'no space left on device'],
		['open', 'EROFS', 'read-only file system'],
		['sync', 'EIO', 'input/output error'],
		['rename', 'EIO', 'input/output error'],
	] as const)('%s failing with %s: the curated file as it was, no temp file; the next edit works', async (point, code, text) => {
		await saveCuration(file, add('first'), {today});
		const before = await fs.readFile(curated);
		const state = {active: true, hits: 0};
		const fail = (at: string, target: string) => {
			if (state.active && at === point && target.includes('.curated.json.') && target.endsWith('.tmp')) {
				state.hits++;
				throw Object.assign(new Error(`${code}: injected`), {code});
			}
		};

		const seam: FsSeam = {
			...realFs,
			async open(target, flags, mode) {
				fail('open', target);
				const opened = await realFs.open(target, flags, mode);
				return {
					async write(data) {
						fail('write', target);
						return opened.write(data);
					},
					async sync() {
						fail('sync', target);
						return opened.sync();
					},
					close: async () => opened.close(),
				};
			},
			async rename(from, to) {
				fail('rename', from);
				return realFs.rename(from, to);
			},
		};
		const store = await openStore(file, {fs: seam});
		const error = await storeError(
			store.updateCurated((data) => void applyCuration(data, add('second'), {today})),
			'write-failed',
		);
		expect(error.message).toBe(`${curated}: could not save: ${text}`);
		expect(state.hits).toBe(1);
		expect((await fs.readFile(curated)).equals(before)).toBe(true);
		expect(await temps()).toEqual([]);
		expect(store.data.events.filter((e) => e.origin === 'curated').map((e) => e.summary)).toEqual(['first']);

		state.active = false;
		await store.updateCurated((data) => void applyCuration(data, add('second'), {today}));
		expect((JSON.parse(await fs.readFile(curated, 'utf8')) as {events: Array<{summary: string}>}).events.map((e) => e.summary)).toEqual(['first', 'second']);
	});

	it('a curated file from a newer scrutiny opens read-only for edits; imports still work and leave it alone', async () => {
		await fs.writeFile(curated, `${JSON.stringify({version: 2, events: [], marks: [], codes: [{id: 'c1'}]}, null, 2)}\n`);
		const before = await fs.readFile(curated);
		const store = await openStore(file);
		await storeError(
			store.updateCurated((data) => void applyCuration(data, add('x'), {today})),
			'newer',
		);
		await store.update((data) => {
			data.name = 'still imports';
		});
		expect((await fs.readFile(curated)).equals(before)).toBe(true);
		expect((await openStore(file, {readOnly: true})).data.name).toBe('still imports');
	});

	it('is created with the store\'s mode (0600 stays private) and keeps its own', async () => {
		await fs.chmod(file, 0o600);
		await saveCuration(file, add('private'), {today});
		expect((await fs.stat(curated)).mode & 0o777).toBe(0o600);
		await fs.chmod(curated, 0o640);
		await saveCuration(file, add('shared with the group'), {today});
		expect((await fs.stat(curated)).mode & 0o777).toBe(0o640);
	});

	it('a symlinked curated file stays a symlink to the same file', async () => {
		await fs.mkdir(path.join(dir, 'kept'));
		const real = path.join(dir, 'kept', 'curated.json');
		await fs.writeFile(real, `${JSON.stringify({version: 1, events: [], marks: []})}\n`);
		await fs.symlink(path.join('kept', 'curated.json'), curated);
		await saveCuration(file, add('through the link'), {today});
		expect((await fs.lstat(curated)).isSymbolicLink()).toBe(true);
		expect(await fs.readlink(curated)).toBe(path.join('kept', 'curated.json'));
		expect(readFileSync(real, 'utf8')).toContain('through the link');
		expect(await temps()).toEqual([]);
	});

	it('concurrent edits from several store objects lose nothing', async () => {
		const stores = await Promise.all([1, 2, 3].map(async () => openStore(file, {readOnly: true, editCurated: true})));
		await Promise.all(
			stores.map(async (store, s) => {
				for (let n = 0; n < 5; n++) await saveCuration(file, add(`store ${s} edit ${n}`), {today, store});
			}),
		);
		const events = (await openStore(file, {readOnly: true})).data.events.filter((e) => e.origin === 'curated');
		expect(events).toHaveLength(15);
		expect(new Set(events.map((e) => e.id)).size).toBe(15);
		await expect(fs.stat(`${curated}.lock`)).rejects.toThrow();
	});

	it('an edit waits for another writer of the curated file, then gives up with a clear message', async () => {
		const holder = await openStore(file);
		await holder.updateCurated((data) => void applyCuration(data, add('held'), {today}));
		// Held by hand: proper-lockfile's lock directory, as another process holding it would leave it.
		await fs.mkdir(`${curated}.lock`);
		const waiter = await openStore(file, {lockWaitMs: 200});
		const error = await storeError(
			waiter.updateCurated((data) => void applyCuration(data, add('waiting'), {today})),
			'locked',
		);
		expect(error.message).toBe(`${curated}: locked by another scrutiny process — try again`);
		await fs.rmdir(`${curated}.lock`);
	});
});
