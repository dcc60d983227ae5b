/**
 * The store written as pretty JSON in buffers of about 1 MB, without one string of the whole (a gigabyte at
 * 50,000 articles): each piece is encoded once, hashed as it goes, and where each article's raw text lands in
 * the file is noted so that it can be read from the new file afterwards (text-in-file.ts).
 */
import type {Hash} from 'node:crypto';
import {StoreError} from './errors.js';
import {topLevelString} from './large-json.js';
import {prettyPieces} from './pretty-json.js';
import {Slicer} from './slicer.js';

/** Where an article's raw text was written: the byte range of its string literal in the file. */
export type RawPlace = {readonly record: object; readonly start: number; readonly end: number};

/** The size of the buffers the document is written in. */
const chunkBytes = 1 << 20;

/**
 * The document's text in buffers of at most 1 MB (a piece larger than that is a buffer of its own), fed to `hash`
 * as they go; validation is done beforehand. Each piece is encoded once, straight into the buffer it goes out in
 * (not encoded on its own and then copied: at 50,000 articles that is a gigabyte more to allocate, copy and
 * collect at every write), and where an article's `raw` literal lands in the file is noted in `texts`.
 */
export async function* documentChunks(data: object, hash: Hash, displayPath: string, texts: RawPlace[]): AsyncGenerator<Uint8Array> {
	const slicer = new Slicer();
	let out = Buffer.allocUnsafe(chunkBytes);
	/** Bytes of `out` filled. */
	let size = 0;
	/** Bytes of the chunks before `out`. */
	let flushed = 0;
	/** The article the next piece holds, if it holds one. */
	let article: number | null = null;
	const pieces = prettyPieces(data as Record<string, unknown>, (key, index) => {
		article = key === 'articles' ? index : null;
	});
	const flush = (): Buffer => {
		const chunk = out.subarray(0, size);
		hash.update(chunk);
		flushed += size;
		// A new buffer for what follows: the chunk given out is the reader's until it asks for the next.
		out = Buffer.allocUnsafe(chunkBytes);
		size = 0;
		return chunk;
	};
	for (;;) {
		let next: IteratorResult<string>;
		try {
			next = pieces.next();
		} catch (error) {
			// A cycle (or a BigInt) hidden in a field the schema passes through.
			throw new StoreError(displayPath, 'invalid-data', `not saved: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
		}

		if (next.done) {
			break;
		}

		const piece = next.value;
		// A UTF-16 code unit is at most 3 bytes of UTF-8: a piece that may not fit what is left goes in the next buffer.
		if (size > 0 && size + piece.length * 3 > chunkBytes) yield flush();
		let bytes: Buffer;
		let at: number;
		if (piece.length * 3 > chunkBytes) {
			// Larger than any buffer: a chunk of its own.
			bytes = Buffer.from(piece, 'utf8');
			at = 0;
		} else {
			at = size;
			size += out.write(piece, size, 'utf8');
			bytes = out;
		}

		if (article !== null) {
			// Only this piece's bytes and those before it: what lies past them in the buffer is not written yet.
			const filled = bytes === out ? out.subarray(0, size) : bytes;
			const open = filled.indexOf(0x7b, at);
			const literal = open < 0 ? null : topLevelString(filled, open, filled.length, 'raw');
			if (literal) texts.push({record: (data as {articles: object[]}).articles[article]!, start: flushed + literal[0], end: flushed + literal[1]});
			article = null;
		}

		if (bytes !== out) {
			hash.update(bytes);
			flushed += bytes.length;
			yield bytes;
		}

		await slicer.tick();
	}

	yield flush();
}
