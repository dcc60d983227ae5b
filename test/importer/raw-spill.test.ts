/**
 * Articles' raw text left in an extraction worker's spill file (source/importer/raw-spill.ts): written as the
 * store's writer would write it, read back the same, carried into the store's article by the merge, and written
 * into the store byte for byte as a text held in memory would be.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {mergeArticles, rebuildDerived, type ArticleInput} from '../../source/corpus/merge.js';
import {openStore} from '../../source/corpus/store/index.js';
import {isLeftInFile, writtenLiteral} from '../../source/corpus/store/text-in-file.js';
import {extractArticle} from '../../source/ingest/extract.js';
import {RawSpill, takeSpilled} from '../../source/importer/raw-spill.js';
import {contentHash} from '../../source/importer/prepare.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-spill-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const texts = ['Council criticised\n\nCllr Jane Smith said: \u201cThe service is failing children.\u201d\n', 'Second story\n\nA back\\slash, a "quote", a tab\there, an emoji \u{1F600} and \u2028 a line separator.\n'];
const input = (raw: string, n: number): ArticleInput => {
	const extracted = extractArticle(raw, {today: new Date('2026-11-22T12:00:00Z')});
	return {path: `a${n}.txt`, raw, contentHash: contentHash(raw), readReport: {encoding: 'utf-8', removed: 0, repaired: 0}, extracted};
};

describe('a spill file for articles\' raw text', () => {
	it('is unlinked as soon as it is made, and reads back each text as written', () => {
		const spill = RawSpill.open(dir)!;
		expect(readdirSync(dir)).toEqual([]);
		const writer = RawSpill.writer(spill.fd)!;
		const taken = texts.map((raw, n) => takeSpilled(writer.put(input(raw, n)), spill.file));
		for (const [n, t] of taken.entries()) {
			expect(isLeftInFile(t)).toBe(true);
			expect(t.raw).toBe(texts[n]);
			expect('rawAt' in t).toBe(false);
		}
	});

	it('sends the text itself once a write fails', () => {
		const writer = RawSpill.writer(2 ** 30)!;
		const sent = writer.put(input(texts[0]!, 0));
		expect(sent.raw).toBe(texts[0]);
		expect(sent.rawAt).toBeUndefined();
	});

	it('is carried into the store by the merge and written as the text held in memory is', async () => {
		const spill = RawSpill.open(dir)!;
		const writer = RawSpill.writer(spill.fd)!;
		const save = async (name: string, inputs: ArticleInput[]) => {
			const file = path.join(dir, name);
			const store = await openStore(file, {create: true});
			await store.update((data) => {
				mergeArticles(data, inputs, '2026-11-22T12:00:00.000Z');
				rebuildDerived(data);
			});
			const data = store.data;
			await store.release();
			return {bytes: readFileSync(file), data};
		};
		const spilled = await save('spilled.json', texts.map((raw, n) => takeSpilled(writer.put(input(raw, n)), spill.file)));
		const held = await save('held.json', texts.map((raw, n) => input(raw, n)));
		expect(spilled.bytes.equals(held.bytes)).toBe(true);
		expect(spilled.data.articles.map((a) => a.raw)).toEqual(texts);
		expect(writtenLiteral(spilled.data.articles[0]!)).not.toBeNull();
	});
});
