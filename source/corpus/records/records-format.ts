/**
 * The store's records saved beside it (`<store>.records`) for the list commands: every collection of the store
 * file (not the curated file, which is small and merged in when read), each in chunks of compact JSON that are
 * read, checked and parsed only when a command first touches that collection. An article's bulk (its paragraphs,
 * the people it names, its furniture) is a collection of its own, aligned with the articles; its raw text is not
 * kept (asking for it reads the store). The chunks are ASCII, everything else in JSON's escapes, and are read
 * as one-byte text (faster to decode and parse than UTF-8). This module holds what the writer and the reader share.
 *
 * The file: the chunks, one after the other; then the header (one JSON line); then a trailer of 17 bytes, the
 * header's start as 16 hexadecimal digits and a newline. The header names the format, the identity of the store
 * file the records were made from (file-identity.ts), the top level's keys in the store's order with the values
 * of those that are not collections, and for each section its chunks (start, length, record count, SHA-1).
 */

export const recordsFormat = 'scrutiny-records 3';

export function recordsPath(storePath: string): string {
	return `${storePath}.records`;
}

/** An article's fields kept in sections of their own (aligned with `articles`), read when first asked for. */
export const articleBulk = ['paragraphs', 'people', 'furniture'] as const;
export type ArticleBulk = (typeof articleBulk)[number];

/** The section that holds an article field: `articles.paragraphs`. */
export function bulkSection(field: ArticleBulk): string {
	return `articles.${field}`;
}

/** Records a chunk: small enough that one chunk is never near V8's longest string, large enough to parse fast. */
export const chunkRecords = 10_000;

/**
 * Articles a chunk of an article's bulk: a command that reads a few articles' paragraphs (the search's hits)
 * reads the chunks that hold them, not every paragraph of the store. Tests make it tiny, for many chunks.
 */
export const bulkChunkRecords = {value: 500};

export type ChunkInfo = {readonly start: number; readonly length: number; readonly count: number; readonly sha1: string};

export type RecordsHeader = {
	readonly format: string;
	/** The identity of the store file (not its curated file) the records were made from. */
	readonly state: string;
	/** The store's top-level keys in the file's order. */
	readonly keys: readonly string[];
	/** The values of the top-level keys that are not collections (version, name, and any a newer version adds). */
	readonly scalars: Readonly<Record<string, unknown>>;
	readonly sections: Readonly<Record<string, readonly ChunkInfo[]>>;
};

/** Trailer: the header's start, 16 hex digits, and a newline. */
export const trailerBytes = 17;

/**
 * In a saved article, in place of the bulk fields and of the raw text (so that the keys keep the store's order):
 * `paragraphs` is `[count, first paragraph]` (a citation reads the first, the articles list the count, without
 * reading every paragraph), the others 0.
 */
export type SavedParagraphs = [count: number, first?: string];
