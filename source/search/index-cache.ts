/**
 * The search index saved beside the store, so that opening a large corpus does not re-index it, in two parts
 * (segments.ts): `<store>.search-index` indexes the quotes, articles and people, and names the store file it was
 * built from (its identity: every save renames a new file into place); `<store>.search-events` indexes the
 * timeline's lines, and names the store file and its curated file. An edit then makes only the second stale, and
 * it is small. A part of any other state, or a damaged one, is built again.
 */
import {closeSync, fstatSync, openSync, writeSync} from 'node:fs';
import {streamBesideStore} from '../corpus/cache-write.js';
import type {StoreData} from '../corpus/schema.js';
import {extractedState, storeState} from '../corpus/store/file-identity.js';
import {readFully} from '../corpus/store/text-in-file.js';
import {computedTimelineItems} from '../corpus/timeline-items.js';
import {eventLinesOf} from './event-lines.js';
import {Searcher, type Part} from './search.js';
import {TermIndex} from './term-index.js';

const magic = 'scrutiny-search-index 1\n';

/** The file of one part of the index: the quotes, articles and people (`extracted`), or the timeline's lines. */
export function indexPath(storePath: string, part: Part = 'extracted'): string {
	return part === 'extracted' ? `${storePath}.search-index` : `${storePath}.search-events`;
}

/** The key a part is saved under now: the store file's state, or (the timeline's lines) with its curated file's. */
export function partState(storePath: string, part: Part): string {
	return part === 'extracted' ? extractedState(storePath) : storeState(storePath);
}

/**
 * The saved index file opened, its head checked against the store's state: the descriptor, the file's size and
 * the head's length. Throws (the descriptor closed) when the file is missing or of another state.
 */
function openChecked(storePath: string, part: Part): {fd: number; size: number; head: number} {
	const state = partState(storePath, part);
	const fd = openSync(indexPath(storePath, part), 'r');
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

/** The saved part if it was built from the store as it is now, else null. Never throws. */
export function loadIndex(storePath: string, part: Part = 'extracted'): TermIndex | null {
	let fd: number | null = null;
	try {
		const file = openChecked(storePath, part);
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
export function openIndex(storePath: string, part: Part = 'extracted'): OpenedIndex | null {
	let fd: number | null = null;
	try {
		const file = openChecked(storePath, part);
		fd = file.fd;
		let open = true;
		const index = TermIndex.openFrom(file.size - file.head, (target, at) => {
			if (!open) throw new Error('the saved index was closed');
			try {
				readFully(file.fd, target, file.head + at);
			} catch (error) {
				throw new Error(`cannot read the search index ${indexPath(storePath, part)}: ${(error as Error).message}`);
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

/** Saves a part of the index for the store's current state; returns false (and leaves nothing behind) if it cannot. */
export function saveIndex(storePath: string, index: TermIndex, part: Part = 'extracted'): boolean {
	return saveIndexParts(storePath, index.serializedParts(), part);
}

/**
 * Saves a serialised index given in parts ({@link TermIndex.serializedParts}, {@link TermIndex.buildSerialized}),
 * each written as it comes: one buffer of the whole index would copy its postings. As {@link saveIndex}; with
 * `state` (the store's, as the index's documents were read), nothing is saved if the store has changed since.
 */
export function saveIndexParts(storePath: string, parts: Iterable<Uint8Array>, part: Part = 'extracted', state?: string | null): boolean {
	return streamBesideStore(storePath, indexPath(storePath, part), (fd) => {
		if (state === null || (state !== undefined && storeState(storePath) !== state)) return false;
		const write = (bytes: Uint8Array) => {
			for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
		};
		write(Buffer.from(`${magic}${partState(storePath, part)}\n`));
		for (const bytes of parts) write(bytes);
		return true;
	});
}

/**
 * Closes a saved index's file once its index is collected: a searcher lives as long as the data it searches, which
 * nothing closes explicitly.
 */
const closeWhenCollected = new FinalizationRegistry<() => void>((close) => close());

/**
 * A searcher for the store at `storePath` holding `data`, from the two parts of the index saved beside it when
 * they fit. The saved parts are opened to be read a term at a time ({@link openIndex}), not loaded whole: the UI
 * then holds the store's records and only the postings its queries have looked at, and `search` reads only its
 * words' documents. A part that does not fit is built and saved (after an edit, only the timeline's lines).
 */
export function searcherFor(storePath: string, data: StoreData): Searcher {
	let first = openIndex(storePath, 'extracted');
	let second = openIndex(storePath, 'events');
	// The timeline's lines, if its view has made them (it has, after an edit): working them out again takes seconds.
	const items = computedTimelineItems(data);
	const lines = items ? eventLinesOf(data, items.map((i) => i.line)) : undefined;
	if (first && !second && saveIndexParts(storePath, Searcher.partsForSaving(data, lines, 'events').events!.parts(), 'events')) second = openIndex(storePath, 'events');
	let joined = first && second ? Searcher.withParts(data, first.index, second.index) : null;
	if (!joined) {
		first?.close();
		second?.close();
		const saving = Searcher.partsForSaving(data, lines);
		const saved = saveIndexParts(storePath, saving.extracted!.parts(), 'extracted') && saveIndexParts(storePath, saving.events!.parts(), 'events');
		[first, second] = saved ? [openIndex(storePath, 'extracted'), openIndex(storePath, 'events')] : [null, null];
		joined = first && second ? Searcher.withParts(data, first.index, second.index) : null;
	}
	if (!joined || !first || !second) {
		first?.close();
		second?.close();
		return Searcher.fromStore(data);
	}
	closeWhenCollected.register(joined.index, first.close);
	closeWhenCollected.register(joined.index, second.close);
	return joined;
}
