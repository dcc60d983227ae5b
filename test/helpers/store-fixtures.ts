/**
 * What the store's tests share: a temporary folder per test, sample stores, and file systems that fail or record on
 * demand.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect} from 'vitest';
import {realFs, type FsSeam} from '../../source/corpus/store/fs-seam.js';
import {emptyStore, type Article, type StoreData} from '../../source/corpus/schema.js';
import {openStore, StoreError, type StoreErrorReason} from '../../source/corpus/store/index.js';

/** The running test's folder and its store's path: made before each test of a file that calls `useTempStore`. */
export let dir: string;
export let file: string;

/** A fresh folder for each test of the calling file. */
export function useTempStore(): void {
	beforeEach(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrutiny-store-'));
		file = path.join(dir, 'corpus.json');
	});
	afterEach(async () => {
		await fs.rm(dir, {recursive: true, force: true});
	});
}

export function article(index: number): Article {
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

export function sample(): StoreData {
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

export function serialise(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

export async function writeStore(value: unknown, target = file): Promise<Buffer> {
	const bytes = Buffer.from(serialise(value));
	await fs.writeFile(target, bytes);
	return bytes;
}

export async function tempFiles(directory = dir): Promise<string[]> {
	return (await fs.readdir(directory)).filter((name) => name.endsWith('.tmp'));
}

export function errno(code: string, syscall: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: injected failure, ${syscall}`), {code, syscall});
}

export type FaultPoint = 'open' | 'write' | 'sync' | 'rename' | 'chmod' | 'readFile';

/** A real file system that fails `point` with `code` on paths `match` accepts, while `state.active`. */
export function faultyFs(point: FaultPoint, code: string, match: (target: string) => boolean = (target) => target.endsWith('.tmp')) {
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
export function spyFs() {
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

export async function storeError(promise: Promise<unknown>, reason?: StoreErrorReason): Promise<StoreError> {
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
export async function expectRejected(reason: StoreErrorReason | undefined, target = file): Promise<StoreError> {
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
export function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
