/**
 * The search documents saved beside the index (`<store>.search-docs`), so that a search can be answered without
 * reading a large store: the UI's while the store is read, and `scrutiny search`'s (docs-file-search.ts). The
 * saved index says which documents match, and this file gives each candidate's text, what its result row shows
 * (kind, who or what, date, where it opens) and what the CLI prints for it (cli-hits.ts: its hit's fields, its
 * citation, its `--freq` values), read one record at a time. The file is never parsed whole: it is opened by
 * reading a byte a document (kinds), and a query reads only its candidates (where each starts, then the record)
 * and the articles they cite.
 *
 * Layout: two header lines (`scrutiny-search-docs 2`, the store's state as the index names it), a line of JSON
 * (how many documents, the index's order, how many articles), then one JSON record a document in the index's
 * order (index number 0 first: its number, its story, what a query matches beyond the shown text, its row, its
 * CLI record), then one a store article (its id, whole citation and authorities: a citation at a paragraph is
 * made from it), then the table (each record's start as a float64, relative to the first record, one more for
 * the end; each record's check, a 32-bit FNV-1a hash, so that a damaged record is never an answer;
 * then a byte a document: its kind and whether it repeats another printing's quote), then 16 ASCII bytes: where
 * the table starts. The table comes last so that the writer never holds the records in memory. Written like the
 * store (temp file, fsync, rename, the store's mode), by the import with the index. One file per part of the index
 * (index-cache.ts): the quotes, articles and people with the article table (keyed to the store file alone), and
 * the timeline's lines without one (their records name the first file's articles).
 */
import {closeSync, fstatSync, openSync, statSync} from 'node:fs';
import {resolveTarget, removeStaleTemps, writeAtomically} from '../corpus/store/atomic-write.js';
import {extractedStateOf, fileIdentity, storeState} from '../corpus/store/file-identity.js';
import {realFs} from '../corpus/store/fs-seam.js';
import {readFully} from '../corpus/store/text-in-file.js';
import type {StoreData} from '../corpus/schema.js';
import {CliRecords, type CliRecord, type SavedArticle, type SavedRow} from './cli-hits.js';
import {rowOf} from './run-search.js';
import {partState} from './index-cache.js';
import {searchKinds, toHit, type Part, type SearchKind, type Searcher} from './search.js';

export type {SavedRow} from './cli-hits.js';

// Format 1 had no CLI records, no article table and no checks: opened as missing, so the store answers.
const magic = 'scrutiny-search-docs 2';
export const trailerBytes = 16;
const repeatFlag = 4;

/** The documents of one part of the index (index-cache.ts): the quotes, articles and people, or the timeline's lines. */
export function docsPath(storePath: string, part: Part = 'extracted'): string {
	return part === 'extracted' ? `${storePath}.search-docs` : `${storePath}.search-events-docs`;
}

/**
 * One saved document: its number in the store's order, the story it prints (articles), what a query matches,
 * its row, and what the CLI prints for it.
 */
export type SavedDoc = {readonly number: number; readonly story: string; readonly searchText: string; readonly row: SavedRow; readonly cli: CliRecord};

type Meta = {documents: number; order: string; articles: number};

/**
 * What the documents are written from: a searcher, or what the saver kept of one (its documents and order) once
 * its index was saved and let go.
 */
export type DocsSource = Pick<Searcher, 'indexOrder' | 'docs'> & {readonly index: {readonly order: string}};

/** Records per chunk written: the file is never one string as long as itself. */
const chunkDocs = 2000;

/**
 * A record's check: its FNV-1a hash (32 bits). It finds damage, not forgery (the file is as private as the
 * store), and costs less than a SHA-1 a record, of which there are millions.
 */
function checkOf(record: Uint8Array): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < record.length; i++) h = Math.imul(h ^ record[i]!, 0x01000193);
	return h >>> 0;
}

type Table = {offsets: Float64Array; checks: Uint32Array; flags: Uint8Array};

async function* fileChunks(state: string, searcher: DocsSource, data: StoreData, table: Table, articles: number): AsyncGenerator<Uint8Array> {
	const order = searcher.indexOrder;
	const {docs} = searcher;
	const cli = new CliRecords(data);
	const meta: Meta = {documents: order.length, order: searcher.index.order, articles};
	const header = Buffer.from(`${magic}\n${state}\n${JSON.stringify(meta)}\n`);
	yield header;
	const {offsets, checks, flags} = table;
	const records = order.length + articles;
	let at = 0;
	for (let start = 0; start < records; start += chunkDocs) {
		const parts: Buffer[] = [];
		for (let slot = start; slot < Math.min(records, start + chunkDocs); slot++) {
			let record: Buffer;
			if (slot < order.length) {
				const i = order[slot]!;
				const d = docs.get(i);
				// The score is a query's, not the document's: never saved.
				const {matches: _, score: __, ...row} = rowOf(data, toHit({item: d, refIndex: 0, score: 0, matches: []}));
				// What a query matches is the shown text and (for a quote) its speaker after it: only the rest is written.
				const rest = d.searchText.startsWith(row.text) ? d.searchText.slice(row.text.length) : null;
				record = Buffer.from(JSON.stringify([i, d.kind === 'article' ? docs.storyOf(d.id) : '', rest ?? d.searchText, rest === null ? 0 : 1, row, cli.record(d, row)]));
				flags[slot] = searchKinds.indexOf(d.kind) | (docs.isRepeat(i) ? repeatFlag : 0);
			} else record = Buffer.from(JSON.stringify(cli.article(slot - order.length)));
			offsets[slot] = at;
			checks[slot] = checkOf(record);
			at += record.length;
			parts.push(record);
		}
		yield Buffer.concat(parts);
		await new Promise((resolve) => setImmediate(resolve));
	}
	offsets[records] = at;
	const tableAt = header.length + at;
	for (const part of [offsets, checks, flags]) yield new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
	yield Buffer.from(String(tableAt).padStart(trailerBytes, ' '));
}

/**
 * Saves one part's documents for the store in state `state` (the part's index saved with them must number them
 * as `searcher` does). The first part's file holds the store's article table too, which the second's records
 * name. Nothing is written if the store has changed since. Returns false if not saved; never throws.
 */
export async function saveSearchDocs(storePath: string, searcher: DocsSource, data: StoreData, state: string | null, part: Part = 'extracted'): Promise<boolean> {
	try {
		if (state === null || storeState(storePath) !== state) return false;
		const file = docsPath(storePath, part);
		const target = await resolveTarget(realFs, file);
		await removeStaleTemps(realFs, target);
		// As private as the store: the records quote its articles.
		const mode = statSync(storePath).mode & 0o7777;
		const n = searcher.indexOrder.length;
		const articles = part === 'extracted' ? data.articles.length : 0;
		const records = n + articles;
		const table = {offsets: new Float64Array(records + 1), checks: new Uint32Array(records), flags: new Uint8Array(n)};
		const key = part === 'extracted' ? extractedStateOf(state) : state;
		await writeAtomically(realFs, file, target, fileChunks(key, searcher, data, table, articles), mode, () => undefined);
		return true;
	} catch {
		return false;
	}
}

/** The saved documents of one store state, read a record at a time. */
export class SavedDocs {
	private constructor(
		private readonly file: string,
		private readonly recordsAt: number,
		/** Where the table of each record's start is (the kinds and repeats are read at once: a byte a document). */
		private readonly tableAt: number,
		/** How many records: the documents', then the articles'. */
		private readonly records: number,
		private readonly flags: Uint8Array,
		/** The file's inode and size when opened: a file renamed over it since is another's. */
		private readonly identity: string,
	) {}

	get length(): number {
		return this.flags.length;
	}

	kind(rank: number): SearchKind {
		return searchKinds[this.flags[rank]! & 3]!;
	}

	isRepeat(rank: number): boolean {
		return (this.flags[rank]! & repeatFlag) !== 0;
	}

	/**
	 * The documents at these index numbers, in that order; null if the file cannot give them (changed or damaged
	 * since it was opened). Reads only their records, and where each is from the table.
	 */
	read(ranks: readonly number[]): SavedDoc[] | null {
		if (!ranks.every((r) => r >= 0 && r < this.length)) return null;
		const records = this.readRecords(ranks);
		if (!records) return null;
		const out: SavedDoc[] = [];
		for (let k = 0; k < ranks.length; k++) {
			const record = records[k];
			if (!isRecord(record)) return null;
			const [number, story, searched, after, row, cli] = record;
			if (row.kind !== this.kind(ranks[k]!)) return null;
			out.push({number, story, searchText: after === 1 ? row.text + searched : searched, row, cli});
		}
		return out;
	}

	/** The saved articles at these numbers (the store's order), by number; null if the file cannot give them. */
	articles(numbers: readonly number[]): Map<number, SavedArticle> | null {
		const wanted = [...new Set(numbers)];
		const articles = this.records - this.length;
		if (!wanted.every((k) => Number.isSafeInteger(k) && k >= 0 && k < articles)) return null;
		const records = this.readRecords(wanted.map((k) => this.length + k));
		if (!records) return null;
		const out = new Map<number, SavedArticle>();
		for (let j = 0; j < wanted.length; j++) {
			const a = records[j];
			if (!isArticle(a)) return null;
			out.set(wanted[j]!, a);
		}
		return out;
	}

	/** The records in these slots, parsed, each checked against its hash; null if any cannot be read or fails. */
	private readRecords(slots: readonly number[]): unknown[] | null {
		let fd: number | null = null;
		try {
			fd = openSync(this.file, 'r');
			if (identityOf(fd) !== this.identity) return null;
			const out: unknown[] = [];
			const span = new Float64Array(2);
			const check = Buffer.alloc(4);
			for (const slot of slots) {
				readFully(fd, new Uint8Array(span.buffer), this.tableAt + 8 * slot);
				readFully(fd, check, this.tableAt + 8 * (this.records + 1) + 4 * slot);
				const [start, end] = span as unknown as [number, number];
				if (!(end > start) || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || this.recordsAt + end > this.tableAt) return null;
				const bytes = Buffer.alloc(end - start);
				readFully(fd, bytes, this.recordsAt + start);
				if (checkOf(bytes) !== check.readUInt32LE(0)) return null;
				out.push(JSON.parse(bytes.toString('utf8')));
			}
			return out;
		} catch {
			return null;
		} finally {
			if (fd !== null) closeSync(fd);
		}
	}

	/**
	 * One part's documents saved for the store as it is now, with `documents` documents numbered in index order
	 * `order` (the loaded part's); null if none fit, or the file is damaged. Reads the header, the table's ends and
	 * the kinds only: a record's start is read with the record.
	 */
	static open(storePath: string, documents: number, order: string, part: Part = 'extracted'): SavedDocs | null {
		let fd: number | null = null;
		try {
			const file = docsPath(storePath, part);
			const state = partState(storePath, part);
			fd = openSync(file, 'r');
			const size = fstatSync(fd).size;
			const want = `${magic}\n${state}\n`;
			// The meta line's own length depends on the article count: read a piece that holds it and find its end.
			const piece = Buffer.alloc(Math.min(size, Buffer.byteLength(want) + 64 + 2 * Buffer.byteLength(order)));
			readFully(fd, piece, 0);
			if (piece.subarray(0, Buffer.byteLength(want)).toString() !== want) return null;
			const metaEnd = piece.indexOf('\n', Buffer.byteLength(want));
			if (metaEnd < 0) return null;
			const meta = JSON.parse(piece.subarray(Buffer.byteLength(want), metaEnd).toString()) as Meta;
			if (meta.documents !== documents || meta.order !== order || !Number.isSafeInteger(meta.articles) || meta.articles < 0) return null;
			const recordsAt = metaEnd + 1;
			const records = documents + meta.articles;
			const trailer = Buffer.alloc(trailerBytes);
			readFully(fd, trailer, size - trailerBytes);
			const tableAt = Number(trailer.toString('latin1').trim());
			if (!Number.isSafeInteger(tableAt) || tableAt + 8 * (records + 1) + 4 * records + documents + trailerBytes !== size) return null;
			const ends = new Float64Array(1);
			const first = new Uint8Array(ends.buffer);
			readFully(fd, first, tableAt);
			if (ends[0] !== 0) return null;
			readFully(fd, first, tableAt + 8 * records);
			if (recordsAt + ends[0]! !== tableAt) return null;
			const flags = new Uint8Array(documents);
			readFully(fd, flags, tableAt + 8 * (records + 1) + 4 * records);
			return new SavedDocs(file, recordsAt, tableAt, records, flags, identityOf(fd));
		} catch {
			return null;
		} finally {
			if (fd !== null) closeSync(fd);
		}
	}
}

function identityOf(fd: number): string {
	return fileIdentity(fstatSync(fd)) ?? 'unknown';
}

function isRecord(x: unknown): x is [number, string, string, 0 | 1, SavedRow, CliRecord] {
	if (!Array.isArray(x) || x.length !== 6) return false;
	const [number, story, searched, after, row, cli] = x as unknown[];
	return (
		typeof number === 'number' &&
		typeof story === 'string' &&
		typeof searched === 'string' &&
		(after === 0 || after === 1) &&
		typeof row === 'object' &&
		row !== null &&
		typeof (row as SavedRow).text === 'string' &&
		typeof (row as SavedRow).id === 'string' &&
		Array.isArray(cli) &&
		cli.length === 6 &&
		Array.isArray(cli[5])
	);
}

function isArticle(x: unknown): x is SavedArticle {
	return Array.isArray(x) && x.length === 3 && typeof x[0] === 'string' && typeof x[1] === 'object' && x[1] !== null && typeof (x[1] as {text?: unknown}).text === 'string' && Array.isArray(x[2]);
}
