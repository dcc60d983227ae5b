/**
 * The search index saved beside the store (`<store>.search-index`), so that opening a large corpus does not
 * re-index it. The file names the store state it was built from (size, modification time, inode: every save
 * renames a new file into place); any other state, or a damaged file, means rebuild.
 */
import {readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats} from 'node:fs';
import path from 'node:path';
import type {StoreData} from '../corpus/schema.js';
import {Searcher} from './search.js';
import {TermIndex} from './term-index.js';

const magic = 'scrutiny-search-index 1\n';

export function indexPath(storePath: string): string {
	return `${storePath}.search-index`;
}

function stateOf(st: Stats): string {
	return `${st.size}:${Math.round(st.mtimeMs)}:${st.ino}`;
}

/** The saved index if it was built from the store as it is now, else null. Never throws. */
export function loadIndex(storePath: string): TermIndex | null {
	try {
		const state = stateOf(statSync(storePath));
		const buf = readFileSync(indexPath(storePath));
		const nl = buf.indexOf(10, magic.length);
		if (buf.subarray(0, magic.length).toString() !== magic || nl < 0) return null;
		if (buf.subarray(magic.length, nl).toString() !== state) return null;
		return TermIndex.deserialize(buf.subarray(nl + 1));
	} catch {
		return null;
	}
}

/** Saves the index for the store's current state; returns false (and leaves nothing behind) if it cannot. */
export function saveIndex(storePath: string, index: TermIndex): boolean {
	const target = indexPath(storePath);
	const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
	try {
		const state = stateOf(statSync(storePath));
		writeFileSync(tmp, Buffer.concat([Buffer.from(`${magic}${state}\n`), index.serialize()]));
		renameSync(tmp, target);
		return true;
	} catch {
		try {
			unlinkSync(tmp);
		} catch {
			// nothing was written
		}
		return false;
	}
}

/** A searcher for the store at `storePath` holding `data`: from the saved index when it fits, else built and saved. */
export function searcherFor(storePath: string, data: StoreData): Searcher {
	const saved = loadIndex(storePath);
	const fromCache = saved ? Searcher.withIndex(data, saved) : null;
	if (fromCache) return fromCache;
	const built = Searcher.fromStore(data);
	saveIndex(storePath, built.index);
	return built;
}
