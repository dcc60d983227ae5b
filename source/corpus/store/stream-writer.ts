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

/**
 * The document's text in buffers of about 1 MB, fed to `hash` as they go; validation is done beforehand. Each
 * piece is encoded once, and where an article's `raw` literal lands in the file is noted in `texts`.
 */
export async function* documentChunks(data: object, hash: Hash, displayPath: string, texts: RawPlace[]): AsyncGenerator<Uint8Array> {
	const slicer = new Slicer();
	let pending: Buffer[] = [];
	let size = 0;
	/** Bytes of the pieces before the current one. */
	let written = 0;
	/** The article the next piece holds, if it holds one. */
	let article: number | null = null;
	const pieces = prettyPieces(data as Record<string, unknown>, (key, index) => {
		article = key === 'articles' ? index : null;
	});
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

		const bytes = Buffer.from(next.value, 'utf8');
		if (article !== null) {
			const literal = topLevelString(bytes, bytes.indexOf(0x7b), bytes.length, 'raw');
			if (literal) texts.push({record: (data as {articles: object[]}).articles[article]!, start: written + literal[0], end: written + literal[1]});
			article = null;
		}

		pending.push(bytes);
		size += bytes.length;
		written += bytes.length;
		if (size >= 1 << 20) {
			const chunk = Buffer.concat(pending);
			hash.update(chunk);
			pending = [];
			size = 0;
			yield chunk;
		}

		await slicer.tick();
	}

	const chunk = Buffer.concat(pending);
	hash.update(chunk);
	yield chunk;
}
