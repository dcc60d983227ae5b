/**
 * The store written as pretty JSON in buffers of about 1 MB, without one string of the whole (a gigabyte at
 * 50,000 articles): each piece is encoded once, hashed as it goes, and where each article's raw text lands in
 * the file is noted so that it can be read from the new file afterwards (text-in-file.ts). A raw text still read
 * from a file this writer wrote is copied from there as bytes, not read, parsed, written and encoded again.
 */
import {StoreError} from './errors.js';
import {topLevelString} from './large-json.js';
import {prettyPieces} from './pretty-json.js';
import {Slicer} from './slicer.js';
import {writtenLiteral, type WrittenLiteral} from './text-in-file.js';
import type {PlaceRecorder, WrittenRecords} from './written-records.js';

/** Where an article's raw text was written: the byte range of its string literal in the file. */
export type RawPlace = {readonly record: object; readonly start: number; readonly end: number};

/** The size of the buffers the document is written in. */
const chunkBytes = 1 << 20;

/** Records whose JSON text the writer copies from the file the last write made (written-records.ts). */
export type Reuse = {readonly written: WrittenRecords; readonly at: ReadonlyMap<string, Int32Array>};

/**
 * The document's text in buffers of at most 1 MB (a piece larger than that is a buffer of its own), fed to `hash`
 * as they go; validation is done beforehand. Each piece is encoded once, straight into the buffer it goes out in
 * (not encoded on its own and then copied: at 50,000 articles that is a gigabyte more to allocate, copy and
 * collect at every write), and where an article's `raw` literal lands in the file is noted in `texts`. A record
 * `reuse` names is copied as bytes from the file it was written to; `places`, if given, is told where each
 * record of a top-level array lands.
 */
export async function* documentChunks(data: object, hash: {update(bytes: Uint8Array): unknown}, displayPath: string, texts: RawPlace[], reuse?: Reuse | null, places?: PlaceRecorder): AsyncGenerator<Uint8Array> {
	const slicer = new Slicer();
	// The buffers given out, oldest first, each with the number of the chunk it went out as. A large store's write
	// is a thousand chunks and more: a new buffer for each left the native heap holding tens of megabytes after the
	// write (a freed buffer of this size stays in the C library's heap, not given back), so a buffer is filled
	// again once the reader is done with it: when it asks for the second chunk after it (atomic-write.ts).
	const lent: {buffer: Buffer; chunk: number}[] = [];
	/** Chunks given out, and how many of them the reader has asked past. */
	let given = 0;
	let asked = 0;
	const nextBuffer = (): Buffer => (lent.length > 0 && lent[0]!.chunk < asked ? lent.shift()!.buffer : Buffer.allocUnsafe(chunkBytes));
	/** Gives out chunks, counting them, and counts the reader past each when it asks for the next. */
	function* give(...chunks: Uint8Array[]): Generator<Uint8Array> {
		for (const chunk of chunks) {
			given++;
			yield chunk;
			asked = given - 1;
		}
	}
	let out = nextBuffer();
	/** Bytes of `out` filled. */
	let size = 0;
	/** Bytes of the chunks before `out`. */
	let flushed = 0;
	/** The collection and index of the record the next piece holds, if it holds one. */
	let key: string | null = null;
	let index = 0;
	/** The article the next piece holds, if it holds one. */
	let article: number | null = null;
	/** Its raw text's literal in the file written before, when the piece holds an empty string in its place. */
	let standing: WrittenLiteral | null = null;
	/** Where in the last write's file the next piece's record lies, when its bytes are copied from there. */
	let copyFrom = -1;
	const pieces = prettyPieces(
		data as Record<string, unknown>,
		(k, i) => {
			if (i === 0) places?.begin(k, (data as Record<string, unknown[]>)[k]!);
			key = k;
			index = i;
			article = k === 'articles' ? i : null;
		},
		(k, record) => {
			standing = k === 'articles' && typeof record === 'object' && record !== null ? writtenLiteral(record) : null;
			return standing ? withoutRaw(record as Record<string, unknown>) : record;
		},
		reuse
			? (k, i) => {
					const at = reuse.at.get(k)?.[i] ?? -1;
					copyFrom = at;
					return at >= 0;
				}
			: undefined,
	);
	const flush = (): Buffer => {
		const chunk = out.subarray(0, size);
		hash.update(chunk);
		flushed += size;
		// Another buffer for what follows: this one is the reader's until it asks for the second chunk after it. The
		// chunks queued in `ready` go out before this one.
		lent.push({buffer: out, chunk: given + ready.length + 1});
		out = nextBuffer();
		size = 0;
		return chunk;
	};
	/** Chunks filled while a piece was put in, to give out before the next. */
	const ready: Uint8Array[] = [];
	/** Puts in a piece of text: in the buffer, or a chunk of its own when it may be larger than one; returns where it begins in the file. */
	const putText = (text: string): number => {
		if (size > 0 && size + text.length * 3 > chunkBytes) ready.push(flush());
		if (text.length * 3 <= chunkBytes) {
			const start = flushed + size;
			size += out.write(text, size, 'utf8');
			return start;
		}
		const bytes = Buffer.from(text, 'utf8');
		hash.update(bytes);
		ready.push(bytes);
		flushed += bytes.length;
		return flushed - bytes.length;
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
	/** The bytes before a record's text in its piece: a comma but for the first, a line break, four spaces. */
	const recordOpens = (piece: string) => (piece.charCodeAt(0) === 0x2c ? 6 : 5);
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
		const from = copyFrom;
		copyFrom = -1;
		const record = key === null ? null : (data as Record<string, unknown[]>)[key]![index];
		if (from >= 0 && key !== null) {
			// A record unchanged since the last write: its text as that write put it, copied from that file.
			const written = reuse!.written;
			const start0 = written.collections.get(key)!.starts[from]!;
			const end0 = written.collections.get(key)!.ends[from]!;
			putText(piece);
			const start = putLiteral({file: written.file, start: start0, end: end0});
			places?.note(key, index, start, start + end0 - start0);
			const raw = article !== null && typeof record === 'object' && record !== null ? writtenLiteral(record) : null;
			// Its raw text lies where it lay in that record (the reuse asks for it to be in that file).
			if (raw) texts.push({record: record as object, start: start + raw.start - start0, end: start + raw.end - start0});
			key = null;
			article = null;
			yield* give(...ready.splice(0));
			await slicer.tick();
			continue;
		}

		if (copied && article !== null) {
			// The record's text around its raw text, which stands in the file it was written to.
			const cut = piece.indexOf(emptyRaw);
			if (cut < 0) throw new Error('an article written without its text');
			const head = piece.slice(0, cut + emptyRaw.length - 2);
			const tail = piece.slice(cut + emptyRaw.length);
			const recordStart = putText(head) + recordOpens(head);
			const start = putLiteral(copied);
			texts.push({record: (data as {articles: object[]}).articles[article]!, start, end: start + copied.end - copied.start});
			putText(tail);
			if (key !== null) places?.note(key, index, recordStart, flushed + size);
			key = null;
			article = null;
			yield* give(...ready.splice(0));
			await slicer.tick();
			continue;
		}

		// A UTF-16 code unit is at most 3 bytes of UTF-8: a piece that may not fit what is left goes in the next buffer.
		if (size > 0 && size + piece.length * 3 > chunkBytes) {
			yield* give(flush());
		}
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

		if (key !== null && places) {
			const pieceStart = flushed + at;
			const pieceEnd = bytes === out ? flushed + size : flushed + bytes.length;
			places.note(key, index, pieceStart + recordOpens(piece), pieceEnd);
		}

		if (article !== null) {
			// Only this piece's bytes and those before it: what lies past them in the buffer is not written yet.
			const filled = bytes === out ? out.subarray(0, size) : bytes;
			const open = filled.indexOf(0x7b, at);
			const literal = open < 0 ? null : topLevelString(filled, open, filled.length, 'raw');
			if (literal) texts.push({record: (data as {articles: object[]}).articles[article]!, start: flushed + literal[0], end: flushed + literal[1]});
			article = null;
		}

		key = null;
		if (bytes !== out) {
			hash.update(bytes);
			flushed += bytes.length;
			yield* give(bytes);
		}

		await slicer.tick();
	}

	yield* give(flush());
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
