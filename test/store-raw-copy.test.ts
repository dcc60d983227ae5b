/**
 * The writer's copy of raw texts (stream-writer.ts, text-in-file.ts): an article whose raw text is still read from
 * a file this writer wrote has that literal's bytes copied into the next file, not read and written again, and the
 * file is byte for byte what `JSON.stringify(data, null, 2)` gives; a text set since, or left in a file that was
 * read (whose literal may be spelled otherwise), is written anew.
 */
import {createHash} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {documentChunks, type RawPlace} from '../source/corpus/store/stream-writer.js';
import {isLeftInFile, leaveInFile, TextFile, writtenLiteral} from '../source/corpus/store/text-in-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-raw-copy-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

let files = 0;
/** Writes `data` to a new file as the store's writer does; returns the bytes and the raw texts' places. */
async function save(data: object): Promise<{bytes: Buffer; texts: RawPlace[]; file: string; hash: string}> {
	const hash = createHash('sha256');
	const texts: RawPlace[] = [];
	const chunks: Uint8Array[] = [];
	for await (const chunk of documentChunks(data, hash, 'store.json', texts)) chunks.push(Buffer.from(chunk));
	const bytes = Buffer.concat(chunks);
	const file = path.join(dir, `store-${files++}.json`);
	writeFileSync(file, bytes);
	return {bytes, texts, file, hash: hash.digest('hex')};
}

/** Words of one to four bytes of UTF-8 and characters JSON escapes. */
function text(seed: number, length: number): string {
	const parts = ['plain words ', 'caf\u00e9 ', '\u20ac5 ', '\u{1f600} ', '"quoted" ', 'back\\slash ', 'line\u2028sep ', 'tab\there ', 'new\nline '];
	let out = '';
	for (let i = seed; out.length < length; i = (i * 31 + 7) % 1009) out += parts[i % parts.length];
	return out.slice(0, length);
}

type Article = {id: string; raw: string; paragraphs: string[]; note?: {raw: string}};

function store(raws: readonly number[], paragraph = 300): {version: number; articles: Article[]; quotes: object[]} {
	return {
		version: 9,
		articles: raws.map((length, i) => ({id: `a${i}`, note: {raw: 'not the text'}, raw: text(i, length), paragraphs: [text(i + 1, paragraph)]})),
		quotes: raws.map((_, i) => ({id: `q${i}`, text: text(i + 2, 120)})),
	};
}

/** Leaves each article's raw text in `file` at the places a write noted, as a save does afterwards. */
function leave(texts: readonly RawPlace[], file: string, written: boolean): void {
	const opened = TextFile.open(file);
	for (const {record, start, end} of texts) leaveInFile(record, opened, start, end, written);
}

const expected = (data: object) => Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');

describe('raw texts copied from the file written before', () => {
	it('copies each literal as it stands, giving the same bytes, hash and places as a write of the strings', async () => {
		// Texts small and larger than a buffer, a paragraph after the text larger than a buffer, across several buffers.
		const data = store([4000, 1 << 20, 9000, 700_000, 3000], 600_000);
		const raws = data.articles.map((a) => a.raw);
		const first = await save(data);
		leave(first.texts, first.file, true);
		expect(data.articles.every((a) => writtenLiteral(a) !== null)).toBe(true);
		const reads = spyOnReads();
		const second = await save(data);
		expect(reads()).toBe(0);
		expect(second.bytes.equals(expected(data))).toBe(true);
		expect(second.bytes.equals(first.bytes)).toBe(true);
		expect(second.hash).toBe(createHash('sha256').update(second.bytes).digest('hex'));
		expect(second.texts.map((p) => JSON.parse(second.bytes.subarray(p.start, p.end).toString('utf8')) as string)).toEqual(raws);
		expect(second.texts.map((p) => p.record)).toEqual(data.articles);
		// And again from the second file, once its places are the ones read.
		leave(second.texts, second.file, true);
		expect((await save(data)).bytes.equals(first.bytes)).toBe(true);
	});

	it('writes anew a text set since, and one left in a file that was read', async () => {
		const data = store([5000, 6000, 7000]);
		const first = await save(data);
		leave(first.texts.slice(0, 2), first.file, true);
		leave(first.texts.slice(2), first.file, false);
		data.articles[0]!.raw = 'a new text';
		expect(isLeftInFile(data.articles[0]!)).toBe(false);
		expect(writtenLiteral(data.articles[0]!)).toBeNull();
		expect(writtenLiteral(data.articles[2]!)).toBeNull();
		const second = await save(data);
		expect(second.bytes.equals(expected(data))).toBe(true);
		expect(JSON.parse(second.bytes.toString('utf8')).articles[0].raw).toBe('a new text');
	});

	it('never takes a literal spelled otherwise in a file that was read', async () => {
		// "\u0041" is "A": a file another writer made may spell a text so; this writer writes it as JSON.stringify does.
		const file = path.join(dir, 'spelled.json');
		const literal = '"\\u0041 text"';
		writeFileSync(file, `{"raw": ${literal}}`);
		const article: Article = {id: 'a0', raw: '', paragraphs: []};
		leaveInFile(article, TextFile.open(file), 8, 8 + literal.length);
		expect(article.raw).toBe('A text');
		const data = {articles: [article]};
		expect((await save(data)).bytes.equals(expected(data))).toBe(true);
	});
});

/** Counts reads of raw texts from their files (TextFile.string, which the getters call) from now on. */
function spyOnReads(): () => number {
	let reads = 0;
	const original = TextFile.prototype.string;
	TextFile.prototype.string = function (this: TextFile, start: number, end: number) {
		reads++;
		return original.call(this, start, end);
	};
	return () => {
		TextFile.prototype.string = original;
		return reads;
	};
}
