/**
 * The store's record-at-a-time JSON writer and reader (source/corpus/store-json.ts), which large stores go
 * through: the writer must give exactly `JSON.stringify(data, null, 2)`, and the reader must accept and refuse
 * exactly what `JSON.parse` does, with the same result.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {emptyStore, type StoreData} from '../source/corpus/schema.js';
import {largeDocumentBytes, openStore, StoreError} from '../source/corpus/store.js';
import {parseLargeDocument, prettyPieces} from '../source/corpus/store-json.js';

const seed = 20_261_122;

async function parsesLikeJson(text: string): Promise<{ok: true; value: unknown} | {ok: false}> {
	try {
		return {ok: true, value: await parseLargeDocument(Buffer.from(text, 'utf8'), 0)};
	} catch {
		return {ok: false};
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

	it('keeps "__proto__" as an own key, as JSON.parse does', async () => {
		const text = '{"__proto__": [{"x": 1}], "a": {"__proto__": 2}}';
		const parsed = (await parseLargeDocument(Buffer.from(text), 0)) as Record<string, unknown>;
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

	it('reports the first bad record by its place in the store', async () => {
		const bad = data() as unknown as {people: Array<Record<string, unknown>>};
		bad.people[0]!['titles'] = 'Cllr';
		await fs.writeFile(file, JSON.stringify(bad));
		await expect(openStore(file)).rejects.toThrow(/people\[0\]\.titles: expected array, found a string/);
	});
});
