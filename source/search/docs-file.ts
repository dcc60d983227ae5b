/**
 * The search documents saved beside the index (`<store>.search-docs`), so that the UI can answer a search
 * before a large store has been read: the saved index says which documents match, and this file gives each
 * candidate's text and what its result row shows (kind, who or what, date, where it opens), read one record at a
 * time. The file is never parsed whole: it is opened by reading a byte a document (kinds), and a query reads only
 * its candidates (where each starts, then the record).
 *
 * Layout: two header lines (`scrutiny-search-docs 1`, the store's state as the index names it), a line of JSON
 * (how many documents, the index's order), then one JSON record a document in the index's order (index number
 * 0 first: its number, its story, what a query matches beyond the shown text, its row), then the table (each record's start as a float64, relative to the first record, one more for the
 * end; then a byte a document: its kind and whether it repeats another printing's quote), then 16 ASCII bytes:
 * where the table starts. The table comes last so that the writer never holds the records in memory. Written
 * like the store (temp file, fsync, rename, the store's mode), by the import with the index.
 */
import {closeSync, fstatSync, openSync, statSync} from 'node:fs';
import {resolveTarget, removeStaleTemps, writeAtomically} from '../corpus/store/atomic-write.js';
import {storeState} from '../corpus/store/file-identity.js';
import {realFs} from '../corpus/store/fs-seam.js';
import {readFully} from '../corpus/store/text-in-file.js';
import type {StoreData} from '../corpus/schema.js';
import {rowOf, type ResultRow} from './run-search.js';
import {searchKinds, toHit, type SearchKind, type Searcher} from './search.js';

const magic = 'scrutiny-search-docs 1';
const trailerBytes = 16;
const repeatFlag = 4;

export function docsPath(storePath: string): string {
	return `${storePath}.search-docs`;
}

/** A result row as saved: everything but the matches, which depend on the query. */
export type SavedRow = Omit<ResultRow, 'matches'>;

/** One saved document: its number in the store's order, the story it prints (articles), what a query matches, its row. */
export type SavedDoc = {readonly number: number; readonly story: string; readonly searchText: string; readonly row: SavedRow};

type Meta = {documents: number; order: string};

/**
 * What the documents are written from: a searcher, or what the saver kept of one (its documents and order) once
 * its index was saved and let go.
 */
export type DocsSource = Pick<Searcher, 'indexOrder' | 'docs'> & {readonly index: {readonly order: string}};

/** Records per chunk written: the file is never one string as long as itself. */
const chunkDocs = 2000;

async function* fileChunks(state: string, searcher: DocsSource, data: StoreData, tableOut: {offsets: Float64Array; flags: Uint8Array}): AsyncGenerator<Uint8Array> {
	const order = searcher.indexOrder;
	const {docs} = searcher;
	const meta: Meta = {documents: order.length, order: searcher.index.order};
	const header = Buffer.from(`${magic}\n${state}\n${JSON.stringify(meta)}\n`);
	yield header;
	const {offsets, flags} = tableOut;
	let at = 0;
	for (let start = 0; start < order.length; start += chunkDocs) {
		const parts: Buffer[] = [];
		for (let r = start; r < Math.min(order.length, start + chunkDocs); r++) {
			const i = order[r]!;
			const d = docs.get(i);
			const {matches: _, ...row} = rowOf(data, toHit({item: d, refIndex: 0, score: 0, matches: []}));
			// What a query matches is the shown text and (for a quote) its speaker after it: only the rest is written.
			const rest = d.searchText.startsWith(row.text) ? d.searchText.slice(row.text.length) : null;
			const record = Buffer.from(JSON.stringify([i, d.kind === 'article' ? docs.storyOf(d.id) : '', rest ?? d.searchText, rest === null ? 0 : 1, row]));
			offsets[r] = at;
			at += record.length;
			flags[r] = searchKinds.indexOf(d.kind) | (docs.isRepeat(i) ? repeatFlag : 0);
			parts.push(record);
		}
		yield Buffer.concat(parts);
		await new Promise((resolve) => setImmediate(resolve));
	}
	offsets[order.length] = at;
	const tableAt = header.length + at;
	yield Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength);
	yield Buffer.from(flags.buffer, flags.byteOffset, flags.byteLength);
	yield Buffer.from(String(tableAt).padStart(trailerBytes, ' '));
}

/**
 * Saves the searcher's documents for the store in state `state` (the index saved with them must be the
 * searcher's). Nothing is written if the store has changed since. Returns false if not saved; never throws.
 */
export async function saveSearchDocs(storePath: string, searcher: DocsSource, data: StoreData, state: string | null): Promise<boolean> {
	try {
		if (state === null || storeState(storePath) !== state) return false;
		const target = await resolveTarget(realFs, docsPath(storePath));
		await removeStaleTemps(realFs, target);
		// As private as the store: the records quote its articles.
		const mode = statSync(storePath).mode & 0o7777;
		const n = searcher.indexOrder.length;
		const table = {offsets: new Float64Array(n + 1), flags: new Uint8Array(n)};
		await writeAtomically(realFs, docsPath(storePath), target, fileChunks(state, searcher, data, table), mode, () => undefined);
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
		let fd: number | null = null;
		try {
			fd = openSync(this.file, 'r');
			if (identityOf(fd) !== this.identity) return null;
			const out: SavedDoc[] = [];
			const span = new Float64Array(2);
			for (const r of ranks) {
				if (!(r >= 0 && r < this.length)) return null;
				readFully(fd, new Uint8Array(span.buffer), this.tableAt + 8 * r);
				const [start, end] = span as unknown as [number, number];
				if (!(end > start) || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || this.recordsAt + end > this.tableAt) return null;
				const bytes = Buffer.alloc(end - start);
				readFully(fd, bytes, this.recordsAt + start);
				const record = JSON.parse(bytes.toString('utf8')) as unknown;
				if (!isRecord(record)) return null;
				const [number, story, searched, after, row] = record;
				if (row.kind !== this.kind(r)) return null;
				out.push({number, story, searchText: after === 1 ? row.text + searched : searched, row});
			}
			return out;
		} catch {
			return null;
		} finally {
			if (fd !== null) closeSync(fd);
		}
	}

	/**
	 * The documents saved for the store as it is now, with `documents` documents numbered in index order `order`
	 * (the loaded index's); null if none fit, or the file is damaged. Reads the header, the table's ends and the
	 * kinds only: a record's start is read with the record.
	 */
	static open(storePath: string, documents: number, order: string): SavedDocs | null {
		let fd: number | null = null;
		try {
			const file = docsPath(storePath);
			const state = storeState(storePath);
			fd = openSync(file, 'r');
			const size = fstatSync(fd).size;
			const want = `${magic}\n${state}\n${JSON.stringify({documents, order} satisfies Meta)}\n`;
			const head = Buffer.alloc(Buffer.byteLength(want));
			if (size < head.length + trailerBytes) return null;
			readFully(fd, head, 0);
			if (head.toString() !== want) return null;
			const trailer = Buffer.alloc(trailerBytes);
			readFully(fd, trailer, size - trailerBytes);
			const tableAt = Number(trailer.toString('latin1').trim());
			if (!Number.isSafeInteger(tableAt) || tableAt + 8 * (documents + 1) + documents + trailerBytes !== size) return null;
			const ends = new Float64Array(1);
			const first = new Uint8Array(ends.buffer);
			readFully(fd, first, tableAt);
			if (ends[0] !== 0) return null;
			readFully(fd, first, tableAt + 8 * documents);
			if (head.length + ends[0]! !== tableAt) return null;
			const flags = new Uint8Array(documents);
			readFully(fd, flags, tableAt + 8 * (documents + 1));
			return new SavedDocs(file, head.length, tableAt, flags, identityOf(fd));
		} catch {
			return null;
		} finally {
			if (fd !== null) closeSync(fd);
		}
	}
}

function identityOf(fd: number): string {
	const s = fstatSync(fd);
	return `${s.ino}:${s.size}:${s.mtimeMs}`;
}

function isRecord(x: unknown): x is [number, string, string, 0 | 1, SavedRow] {
	if (!Array.isArray(x) || x.length !== 5) return false;
	const [number, story, searched, after, row] = x as unknown[];
	return typeof number === 'number' && typeof story === 'string' && typeof searched === 'string' && (after === 0 || after === 1) && typeof row === 'object' && row !== null && typeof (row as SavedRow).text === 'string' && typeof (row as SavedRow).id === 'string';
}
