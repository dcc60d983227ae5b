/**
 * The store written as pretty JSON in buffers of about 1 MB, without one string of the whole (a gigabyte at
 * 50,000 articles): each piece is encoded once, hashed as it goes, and where each article's raw text lands in
 * the file is noted so that it can be read from the new file afterwards (text-in-file.ts). A raw text still read
 * from a file this writer wrote is copied from there as bytes, not read, parsed, written and encoded again.
 */
import type {Hash} from 'node:crypto';
import {StoreError} from './errors.js';
import {topLevelString} from './large-json.js';
import {prettyPieces} from './pretty-json.js';
import {Slicer} from './slicer.js';
import {writtenLiteral, type WrittenLiteral} from './text-in-file.js';

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
	/** Its raw text's literal in the file written before, when the piece holds an empty string in its place. */
	let standing: WrittenLiteral | null = null;
	const pieces = prettyPieces(
		data as Record<string, unknown>,
		(key, index) => {
			article = key === 'articles' ? index : null;
		},
		(key, record) => {
			standing = key === 'articles' && typeof record === 'object' && record !== null ? writtenLiteral(record) : null;
			return standing ? withoutRaw(record as Record<string, unknown>) : record;
		},
	);
	const flush = (): Buffer => {
		const chunk = out.subarray(0, size);
		hash.update(chunk);
		flushed += size;
		// A new buffer for what follows: the chunk given out is the reader's until it asks for the next.
		out = Buffer.allocUnsafe(chunkBytes);
		size = 0;
		return chunk;
	};
	/** Chunks filled while a piece was put in, to give out before the next. */
	const ready: Uint8Array[] = [];
	/** Puts in a piece of text: in the buffer, or a chunk of its own when it may be larger than one. */
	const putText = (text: string) => {
		if (size > 0 && size + text.length * 3 > chunkBytes) ready.push(flush());
		if (text.length * 3 <= chunkBytes) {
			size += out.write(text, size, 'utf8');
			return;
		}
		const bytes = Buffer.from(text, 'utf8');
		hash.update(bytes);
		ready.push(bytes);
		flushed += bytes.length;
	};
	/** Copies in a literal from the file it was written to; returns where it begins in this file. */
	const putLiteral = ({file, start, end}: WrittenLiteral): number => {
		const length = end - start;
		if (size > 0 && size + length > chunkBytes) ready.push(flush());
		if (length > chunkBytes) {
			const bytes = Buffer.allocUnsafe(length);
			file.copy(start, bytes);
			hash.update(bytes);
			ready.push(bytes);
			flushed += length;
			return flushed - length;
		}
		file.copy(start, out.subarray(size, size + length));
		size += length;
		return flushed + size - length;
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
		const copied = standing as WrittenLiteral | null;
		standing = null;
		if (copied && article !== null) {
			// The record's text around its raw text, which stands in the file it was written to.
			const cut = piece.indexOf(emptyRaw);
			if (cut < 0) throw new Error('an article written without its text');
			const head = piece.slice(0, cut + emptyRaw.length - 2);
			const tail = piece.slice(cut + emptyRaw.length);
			putText(head);
			const start = putLiteral(copied);
			texts.push({record: (data as {articles: object[]}).articles[article]!, start, end: start + copied.end - copied.start});
			putText(tail);
			article = null;
			for (const chunk of ready.splice(0)) yield chunk;
			await slicer.tick();
			continue;
		}

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

// An article's raw text at its place in the record's piece: a key of the record itself, two levels into the
// document, is the only text on a line of its own after six spaces (a string's own line breaks are escaped).
const emptyRaw = '\n      "raw": ""';

/** The record with an empty raw text, its keys in their order: its text without reading the raw text. */
function withoutRaw(record: Record<string, unknown>): Record<string, unknown> {
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(record)) copy[key] = key === 'raw' ? '' : record[key];
	return copy;
}
