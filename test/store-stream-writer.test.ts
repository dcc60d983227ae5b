/**
 * The store's streaming writer (source/corpus/store/stream-writer.ts): its chunks, kept as given, are exactly
 * `JSON.stringify(data, null, 2)` and a newline, their hash is that text's, and each article's raw text is noted
 * at the bytes its string literal has in that text, wherever the writer's buffers begin and end.
 */
import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {documentChunks, type RawPlace} from '../source/corpus/store/stream-writer.js';

const chunkBytes = 1 << 20;

/**
 * Every chunk as it was given, read as the store's writer reads them (atomic-write.ts): a chunk is the reader's until
 * it asks for the second chunk after it, and the writer may fill its buffer again from then on. So each chunk is
 * copied when given, and checked unchanged when the next one comes: a buffer filled again too soon would show here.
 * `buffers` counts the distinct buffers the chunks were given in.
 */
async function written(data: object): Promise<{chunks: Uint8Array[]; hash: string; texts: RawPlace[]; buffers: number}> {
	const hash = createHash('sha256');
	const texts: RawPlace[] = [];
	const chunks: Uint8Array[] = [];
	const buffers = new Set<ArrayBufferLike>();
	let previous: {given: Uint8Array; copy: Buffer} | null = null;
	for await (const chunk of documentChunks(data, hash, 'store.json', texts)) {
		if (previous) expect(Buffer.from(previous.given).equals(previous.copy)).toBe(true);
		previous = {given: chunk, copy: Buffer.from(chunk)};
		chunks.push(previous.copy);
		buffers.add(chunk.buffer);
	}

	return {chunks, hash: hash.digest('hex'), texts, buffers: buffers.size};
}

/** Words of one, two, three and four bytes of UTF-8, a line separator and characters JSON escapes. */
function text(seed: number, length: number): string {
	const parts = ['plain words ', 'caf\u00e9 ', '\u20ac5 ', '\u{1f600} ', '"quoted" ', 'back\\slash ', 'line\u2028sep ', 'tab\there '];
	let out = '';
	for (let i = seed; out.length < length; i = (i * 31 + 7) % 1009) out += parts[i % parts.length];
	return out.slice(0, length);
}

function store(articles: number, rawLength: (i: number) => number): Record<string, unknown> {
	return {
		version: 9,
		name: 'writer test',
		articles: Array.from({length: articles}, (_, i) => ({id: `a${i}`, note: {raw: 'not the text'}, raw: text(i, rawLength(i)), paragraphs: [text(i + 1, 300)]})),
		quotes: Array.from({length: articles * 3}, (_, i) => ({id: `q${i}`, text: text(i + 2, 120)})),
		empty: [],
	};
}

describe('documentChunks', () => {
	it('fills a few buffers again and again rather than one for each chunk, each once its reader is done with it', async () => {
		// About 12 MB: a dozen chunks and more.
		const data = store(1500, (i) => 6000 + ((i * 97) % 5000));
		const {chunks, buffers} = await written(data);
		expect(Buffer.concat(chunks).equals(Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8'))).toBe(true);
		expect(chunks.length).toBeGreaterThan(10);
		expect(buffers).toBeLessThanOrEqual(5);
	});

	it('writes what JSON.stringify writes, in buffers of at most 1 MB, hashed as written', async () => {
		// Over 3 MB: records cross from one buffer to the next.
		const data = store(400, (i) => 4000 + ((i * 97) % 5000));
		const {chunks, hash, texts} = await written(data);
		const whole = Buffer.concat(chunks);
		const expected = Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
		expect(whole.equals(expected)).toBe(true);
		expect(chunks.length).toBeGreaterThan(2);
		expect(chunks.every((c) => c.length <= chunkBytes)).toBe(true);
		expect(hash).toBe(createHash('sha256').update(expected).digest('hex'));
		expect(texts).toHaveLength(400);
		texts.forEach((place, i) => {
			expect(place.record).toBe((data['articles'] as object[])[i]);
			expect(JSON.parse(expected.subarray(place.start, place.end).toString('utf8'))).toBe((data['articles'] as {raw: string}[])[i]!.raw);
		});
	});

	it('gives a record larger than a buffer a chunk of its own, and notes its text where it lands', async () => {
		// The middle article's text is larger than a buffer however it is encoded.
		const data = store(3, (i) => (i === 1 ? chunkBytes : 2000));
		const {chunks, texts} = await written(data);
		const expected = Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
		expect(Buffer.concat(chunks).equals(expected)).toBe(true);
		expect(chunks.some((c) => c.length > chunkBytes)).toBe(true);
		expect(texts.map((p) => JSON.parse(expected.subarray(p.start, p.end).toString('utf8')) as string)).toEqual((data['articles'] as {raw: string}[]).map((a) => a.raw));
	});

	it('writes a store with no records, and one that is all top-level fields', async () => {
		for (const data of [{}, {articles: []}, {version: 9, name: 'x', settings: {a: [1, 2]}}]) {
			const {chunks} = await written(data);
			expect(Buffer.concat(chunks).toString('utf8')).toBe(`${JSON.stringify(data, null, 2)}\n`);
		}
	});
});
