/**
 * The store's record-at-a-time JSON writer and reader (source/corpus/store/pretty-json.ts and large-json.ts),
 * which large stores go through: the writer must give exactly `JSON.stringify(data, null, 2)`, and the reader
 * must accept and refuse exactly what `JSON.parse` does, with the same result.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {emptyStore, type StoreData} from '../source/corpus/schema.js';
import {largeDocumentBytes, openStore, readChunkBytes, StoreError} from '../source/corpus/store/index.js';
import {parseLargeDocument, topLevelString} from '../source/corpus/store/large-json.js';
import {prettyPieces} from '../source/corpus/store/pretty-json.js';
import {isLeftInFile} from '../source/corpus/store/text-in-file.js';

const seed = 20_261_122;

async function parsesLikeJson(text: string, chunkSizes?: readonly number[]): Promise<{ok: true; value: unknown} | {ok: false}> {
	try {
		const bytes = Buffer.from(text, 'utf8');
		// Without sizes: the whole document as one chunk.
		return {ok: true, value: await parseLargeDocument(inChunks(bytes, chunkSizes ?? [Math.max(1, bytes.length)]))};
	} catch {
		return {ok: false};
	}
}

/** `bytes` cut into chunks of the given sizes in turn (a file read a piece at a time). */
async function* inChunks(bytes: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
	let at = 0;
	for (let i = 0; at < bytes.length; i++) {
		const size = sizes[i % sizes.length]!;
		yield bytes.subarray(at, at + size);
		at += size;
	}
}

function jsonParse(text: string): {ok: true; value: unknown} | {ok: false} {
	try {
		return {ok: true, value: JSON.parse(text) as unknown};
	} catch {
		return {ok: false};
	}
}

// Objects whose values include arrays of records, as a store's collections are.
const documents = fc.dictionary(
	fc.string(),
	fc.oneof(fc.array(fc.jsonValue({maxDepth: 3}), {maxLength: 6}), fc.jsonValue({maxDepth: 3})),
	{maxKeys: 6},
);

describe('prettyPieces', () => {
	it('writes exactly what JSON.stringify(data, null, 2) writes', () => {
		fc.assert(
			fc.property(documents, (document) => {
				expect([...prettyPieces(document)].join('')).toBe(`${JSON.stringify(document, null, 2)}\n`);
			}),
			{seed, numRuns: 400},
		);
	});

	it('leaves out and writes null where JSON.stringify does', () => {
		const odd = {a: undefined, b: [undefined, () => 1, 2], c: () => 3, d: {e: undefined}, '': [], f: {}};
		expect([...prettyPieces(odd)].join('')).toBe(`${JSON.stringify(odd, null, 2)}\n`);
		expect([...prettyPieces({})].join('')).toBe(`${JSON.stringify({}, null, 2)}\n`);
	});

	it('throws on a cycle, as JSON.stringify does', () => {
		const record: Record<string, unknown> = {};
		const data = {articles: [record]};
		record['self'] = data;
		expect(() => [...prettyPieces(data)]).toThrow(TypeError);
	});
});

describe('parseLargeDocument', () => {
	it('gives what JSON.parse gives, however the document is laid out', async () => {
		await fc.assert(
			fc.asyncProperty(documents, fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n '), async (document, space) => {
				const text = JSON.stringify(document, null, space as string | number | undefined);
				const parsed = await parsesLikeJson(text);
				expect(parsed).toEqual({ok: true, value: JSON.parse(text)});
			}),
			{seed, numRuns: 400},
		);
	});

	it('gives the same from chunks of any size, cut inside strings, numbers and characters', async () => {
		const chunkSizes = fc.array(fc.integer({min: 1, max: 40}), {minLength: 1, maxLength: 5});
		await fc.assert(
			fc.asyncProperty(documents, chunkSizes, async (document, sizes) => {
				const text = JSON.stringify(document, null, 2);
				expect(await parsesLikeJson(text, sizes)).toEqual({ok: true, value: JSON.parse(text)});
			}),
			{seed, numRuns: 400},
		);
	});

	it('refuses in chunks exactly what it refuses whole', async () => {
		const text = JSON.stringify({version: 1, articles: [{id: 'x', n: [1, -2.5e3, true, null], t: 'a "q" \u00e9'}, 12345], tail: 'é'}, null, 2);
		for (let cut = 0; cut < text.length; cut++) {
			const part = text.slice(0, cut);
			for (const sizes of [[1], [2, 3], [7]]) {
				expect((await parsesLikeJson(part, sizes)).ok, `cut at ${cut}, chunks of ${sizes.join(',')}`).toBe(jsonParse(part).ok);
			}
		}
	});

	it('keeps "__proto__" as an own key, as JSON.parse does', async () => {
		const text = '{"__proto__": [{"x": 1}], "a": {"__proto__": 2}}';
		const parsed = (await parseLargeDocument(inChunks(Buffer.from(text), [text.length]))) as Record<string, unknown>;
		expect(Object.keys(parsed)).toEqual(['__proto__', 'a']);
		expect(parsed).toEqual(JSON.parse(text));
	});

	it('refuses exactly what JSON.parse refuses: every truncation and seeded damage of a document', async () => {
		const text = JSON.stringify(
			{version: 1, name: 'a "quoted\\" name', articles: [{id: 'x', raw: 'back\\\\slash "q"', n: [1, -2.5e3, true, null]}, {}], other: {k: []}, empty: []},
			null,
			2,
		);
		for (let cut = 0; cut < text.length; cut++) {
			const part = text.slice(0, cut);
			expect((await parsesLikeJson(part)).ok, `cut at ${cut}`).toBe(jsonParse(part).ok);
		}

		const alphabet = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '1', 'e', '-', 'n', 'x', '\n', '\u0001'];
		await fc.assert(
			fc.asyncProperty(fc.nat(text.length - 1), fc.constantFrom(...alphabet), fc.boolean(), async (at, char, insert) => {
				const damaged = text.slice(0, at) + char + text.slice(insert ? at : at + 1);
				const mine = await parsesLikeJson(damaged);
				const theirs = jsonParse(damaged);
				expect(mine.ok).toBe(theirs.ok);
				if (mine.ok && theirs.ok) {
					expect(mine.value).toEqual(theirs.value);
				}
			}),
			{seed, numRuns: 3000},
		);
	});
});

describe('a store read a record at a time', () => {
	let dir: string;
	let file: string;
	const saved = largeDocumentBytes.value;

	beforeEach(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrutiny-store-json-'));
		file = path.join(dir, 'corpus.json');
		// Every store counts as large here, so that small files take the path 50,000 articles take.
		largeDocumentBytes.value = 0;
	});

	afterEach(async () => {
		largeDocumentBytes.value = saved;
		await fs.rm(dir, {recursive: true, force: true});
	});

	function data(): StoreData {
		return {
			...emptyStore('large path'),
			authorities: [{id: 'blackpool', name: 'Blackpool', onsCode: 'E06000009', origin: 'curated'}],
			people: [{id: 'p1', name: 'Jane \u201cQ\u201d Doe', titles: ['Cllr'], roles: [], party: null, authorities: ['Blackpool'], articleIds: [], origin: 'extracted'}],
		} as unknown as StoreData;
	}

	it('opens, updates and saves a store as the one-pass path does', async () => {
		await fs.writeFile(file, `${JSON.stringify(data(), null, 2)}\n`);
		const store = await openStore(file);
		expect(store.data).toEqual(data());
		await store.update((fresh) => {
			fresh.name = 'renamed';
		});
		expect(await fs.readFile(file, 'utf8')).toBe(`${JSON.stringify({...data(), name: 'renamed'}, null, 2)}\n`);
	});

	it('names the byte where a damaged large store stops being JSON, and leaves it as it was', async () => {
		const whole = `${JSON.stringify(data(), null, 2)}\n`;
		for (const cut of [1, 40, Math.floor(whole.length / 2), whole.length - 3]) {
			const bytes = Buffer.from(whole.slice(0, cut));
			await fs.writeFile(file, bytes);
			const error = await openStore(file).then(
				() => null,
				(error_: unknown) => error_,
			);
			expect(error).toBeInstanceOf(StoreError);
			expect((error as StoreError).reason).toBe('syntax');
			expect((error as StoreError).message).toMatch(/^.*corpus\.json: not valid JSON \(.* at byte \d+/);
			expect((await fs.readFile(file)).equals(bytes)).toBe(true);
		}
	});

	it('reads the same store however small its chunks, with characters and a BOM cut between them', async () => {
		const text = `\uFEFF${JSON.stringify(data(), null, 2)}\n`;
		await fs.writeFile(file, text);
		const savedChunk = readChunkBytes.value;
		try {
			for (const size of [1, 2, 3, 4, 5, 13, 64]) {
				readChunkBytes.value = size;
				expect((await openStore(file, {readOnly: true})).data, `chunks of ${size}`).toEqual(data());
			}
		} finally {
			readChunkBytes.value = savedChunk;
		}
	});

	it('refuses a damaged file with what the one-pass read says: reason, and the byte for bad UTF-8', async () => {
		const whole = Buffer.from(`${JSON.stringify(data(), null, 2)}\n`);
		const curly = whole.indexOf(Buffer.from('\u201c'));
		const damaged: Array<[string, Buffer]> = [
			['a lead byte with no continuation', Buffer.concat([whole.subarray(0, curly), Buffer.from([0xe2]), whole.subarray(curly + 3)])],
			['a stray continuation byte', Buffer.concat([whole.subarray(0, 20), Buffer.from([0x80]), whole.subarray(20)])],
			['bad UTF-8 after a syntax error', Buffer.concat([Buffer.from('{"version": 1,, '), Buffer.from([0xff]), whole])],
			['ends inside a character', whole.subarray(0, curly + 2)],
			['only whitespace', Buffer.from(' \n\t\n')],
			['only a BOM', Buffer.from([0xef, 0xbb, 0xbf])],
			['nothing at all', Buffer.alloc(0)],
			['two bytes of a BOM', Buffer.from([0xef, 0xbb])],
			['a truncated record', whole.subarray(0, Math.floor(whole.length / 2))],
		];
		const savedChunk = readChunkBytes.value;
		try {
			for (const [what, bytes] of damaged) {
				await fs.writeFile(file, bytes);
				largeDocumentBytes.value = saved;
				const onePass = await openStore(file).then(() => null, (error: unknown) => error as StoreError);
				expect(onePass, what).toBeInstanceOf(StoreError);
				largeDocumentBytes.value = 0;
				for (const size of [1, 2, 3, 5, 64]) {
					readChunkBytes.value = size;
					const chunked = await openStore(file).then(() => null, (error: unknown) => error as StoreError);
					expect(chunked?.reason, `${what}, chunks of ${size}`).toBe(onePass!.reason);
					if (onePass!.reason !== 'syntax') {
						expect(chunked?.message, `${what}, chunks of ${size}`).toBe(onePass!.message);
					}
				}

				expect((await fs.readFile(file)).equals(bytes), what).toBe(true);
			}
		} finally {
			readChunkBytes.value = savedChunk;
		}
	});

	describe('articles\' raw text, left in the file', () => {
		// Two real articles (the bundled store's), one with a nested "raw" key of its own before the real one.
		async function withArticles(): Promise<StoreData> {
			const bundled = JSON.parse(await fs.readFile(path.resolve('data/corpus.json'), 'utf8')) as StoreData;
			const [first, second] = bundled.articles;
			const odd = {note: {raw: 'not the text'}, ...second!, raw: `${second!.raw}\n"quoted" \\ back\u2028slash é`};
			return {...data(), articles: [first!, odd as typeof first & object]};
		}

		it('reads as the string it was, is not held in memory, and is saved as it was', async () => {
			const expected = await withArticles();
			await fs.writeFile(file, `${JSON.stringify(expected, null, 2)}\n`);
			const store = await openStore(file);
			expect(store.data.articles.every((a) => isLeftInFile(a))).toBe(true);
			expect(store.data).toEqual(expected);
			await store.update((fresh) => {
				fresh.name = 'renamed';
			});
			expect(await fs.readFile(file, 'utf8')).toBe(`${JSON.stringify({...expected, name: 'renamed'}, null, 2)}\n`);
			// After the save, read from the new file; the old one is gone from its name.
			expect(store.data.articles.every((a) => isLeftInFile(a))).toBe(true);
			expect(store.data.articles.map((a) => a.raw)).toEqual(expected.articles.map((a) => a.raw));
		});

		it('still reads after another file is renamed over the store, and a raw set is a plain string again', async () => {
			const expected = await withArticles();
			await fs.writeFile(file, `${JSON.stringify(expected, null, 2)}\n`);
			const store = await openStore(file, {readOnly: true});
			const other = path.join(dir, 'other.json');
			await fs.writeFile(other, `${JSON.stringify({...expected, articles: []}, null, 2)}\n`);
			await fs.rename(other, file);
			expect(store.data.articles[1]!.raw).toBe(expected.articles[1]!.raw);
			store.data.articles[0]!.raw = 'changed';
			expect(isLeftInFile(store.data.articles[0]!)).toBe(false);
			expect(store.data.articles[0]!.raw).toBe('changed');
		});

		it('is found in a store laid out any way, and only as the article\'s own key', async () => {
			const expected = await withArticles();
			await fs.writeFile(file, JSON.stringify(expected));
			const store = await openStore(file);
			expect(store.data).toEqual(expected);
			const text = Buffer.from(JSON.stringify({note: {raw: 'x'}, raw: 'y\\"z', after: 1}));
			const at = topLevelString(text, 0, text.length, 'raw');
			expect(at && JSON.parse(text.subarray(at[0], at[1]).toString())).toBe('y\\"z');
			expect(topLevelString(Buffer.from('{"raw": 3}'), 0, 10, 'raw')).toBeNull();
		});
	});

	it('reports the first bad record by its place in the store', async () => {
		const bad = data() as unknown as {people: Array<Record<string, unknown>>};
		bad.people[0]!['titles'] = 'Cllr';
		await fs.writeFile(file, JSON.stringify(bad));
		await expect(openStore(file)).rejects.toThrow(/people\[0\]\.titles: expected array, found a string/);
	});
});
