/**
 * The search index saved beside the store (`<store>.search-index`), so that opening a large corpus does not
 * re-index it. The file names the store state it was built from (the identities of the store and its curated
 * file: every save renames a new file into place); any other state, or a damaged file, means rebuild.
 */
import {closeSync, fstatSync, openSync, writeSync} from 'node:fs';
import {streamBesideStore} from '../corpus/cache-write.js';
import type {StoreData} from '../corpus/schema.js';
import {storeState} from '../corpus/store/file-identity.js';
import {readFully} from '../corpus/store/text-in-file.js';
import {Searcher} from './search.js';
import {TermIndex} from './term-index.js';

const magic = 'scrutiny-search-index 1\n';

export function indexPath(storePath: string): string {
	return `${storePath}.search-index`;
}

/**
 * The saved index file opened, its head checked against the store's state: the descriptor, the file's size and
 * the head's length. Throws (the descriptor closed) when the file is missing or of another state.
 */
function openChecked(storePath: string): {fd: number; size: number; head: number} {
	const state = storeState(storePath);
	const fd = openSync(indexPath(storePath), 'r');
	try {
		const want = `${magic}${state}\n`;
		const head = Buffer.alloc(Buffer.byteLength(want));
		readFully(fd, head, 0);
		if (head.toString() !== want) throw new Error('another store state');
		return {fd, size: fstatSync(fd).size, head: head.length};
	} catch (error) {
		closeSync(fd);
		throw error;
	}
}

/** The saved index if it was built from the store as it is now, else null. Never throws. */
export function loadIndex(storePath: string): TermIndex | null {
	let fd: number | null = null;
	try {
		const file = openChecked(storePath);
		fd = file.fd;
		// Read in place: the postings go straight from the file into their array (about 190 MB at 50,000 articles).
		return TermIndex.readFrom(file.size - file.head, (target, at) => readFully(file.fd, target, file.head + at));
	} catch {
		return null;
	} finally {
		if (fd !== null) closeSync(fd);
	}
}

/** A saved index opened to be read a term at a time, and the file it reads from (closed by {@link close}). */
export type OpenedIndex = {readonly index: TermIndex; readonly close: () => void};

/**
 * The saved index if it was built from the store as it is now, opened to read only the terms a query looks at
 * ({@link TermIndex.openFrom}); else null. The file stays open until `close`, so that every term is read from the
 * file the vocabulary came from, whatever is renamed over it meanwhile. Never throws.
 */
export function openIndex(storePath: string): OpenedIndex | null {
	let fd: number | null = null;
	try {
		const file = openChecked(storePath);
		fd = file.fd;
		let open = true;
		const index = TermIndex.openFrom(file.size - file.head, (target, at) => {
			if (!open) throw new Error('the saved index was closed');
			try {
				readFully(file.fd, target, file.head + at);
			} catch (error) {
				throw new Error(`cannot read the search index ${indexPath(storePath)}: ${(error as Error).message}`);
			}
		});
		return {
			index,
			close: () => {
				if (open) closeSync(file.fd);
				open = false;
			},
		};
	} catch {
		if (fd !== null) closeSync(fd);
		return null;
	}
}

/** Saves the index for the store's current state; returns false (and leaves nothing behind) if it cannot. */
export function saveIndex(storePath: string, index: TermIndex): boolean {
	return saveIndexParts(storePath, index.serializedParts());
}

/**
 * Saves a serialised index given in parts ({@link TermIndex.serializedParts}, {@link TermIndex.buildSerialized}),
 * each written as it comes: one buffer of the whole index would copy its postings. As {@link saveIndex}.
 */
export function saveIndexParts(storePath: string, parts: Iterable<Uint8Array>): boolean {
	return streamBesideStore(storePath, indexPath(storePath), (fd) => {
		const write = (part: Uint8Array) => {
			for (let done = 0; done < part.length; ) done += writeSync(fd, part, done, part.length - done);
		};
		write(Buffer.from(`${magic}${storeState(storePath)}\n`));
		for (const part of parts) write(part);
		return true;
	});
}

/**
 * Closes a saved index's file once its index is collected: a searcher lives as long as the data it searches, which
 * nothing closes explicitly.
 */
const closeWhenCollected = new FinalizationRegistry<() => void>((close) => close());

/**
 * A searcher for the store at `storePath` holding `data`: from the saved index when it fits, else built and saved.
 * The saved index is opened to be read a term at a time ({@link openIndex}), not loaded whole: the UI then holds the
 * store's records and only the postings its queries have looked at, and `search` reads only its words' documents.
 */
export function searcherFor(storePath: string, data: StoreData): Searcher {
	const saved = openIndex(storePath);
	const fromCache = saved ? Searcher.withIndex(data, saved.index) : null;
	if (saved && fromCache) {
		closeWhenCollected.register(saved.index, saved.close);
		return fromCache;
	}
	saved?.close();
	const built = Searcher.fromStore(data);
	saveIndex(storePath, built.index);
	return built;
}
