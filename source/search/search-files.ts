/**
 * The search's files beside the store, saved together: each part's index (index-cache.ts) and documents
 * (docs-file.ts). The quotes, articles and people are keyed to the store file alone and saved by the import (or
 * by a `search` the store answered); the timeline's lines are keyed to the curated file too, and saved again
 * after an edit (by the UI, once its timeline shows the edit's lines).
 */
import {closeSync, openSync, readSync} from 'node:fs';
import type {StoreData} from '../corpus/schema.js';
import {storeState} from '../corpus/store/file-identity.js';
import {SavedDocs, saveSearchDocs} from './docs-file.js';
import type {EventLines} from './event-lines.js';
import {indexPath, openIndex, partState, saveIndexParts} from './index-cache.js';
import {Searcher, type Part} from './search.js';

export const parts: readonly Part[] = ['extracted', 'events'];

/**
 * Saves the parts' indexes and documents for `data`, the store in state `state` (`lines`: its timeline's lines,
 * if made already); `only`: those parts. `between` runs after each index is written (the import collects its
 * garbage there). False if any could not be saved (the store changed, a full disk); never throws.
 */
export async function saveSearchFiles(storePath: string, data: StoreData, state: string | null, opts: {lines?: EventLines; only?: readonly Part[]; between?: () => void; indexSaved?: boolean} = {}): Promise<boolean> {
	const only = opts.only ?? parts;
	if (only.length === 0) return true;
	try {
		const saving = Searcher.partsForSaving(data, opts.lines, only.length === 1 ? only[0] : undefined);
		for (const part of only) {
			const made = saving[part]!;
			// A turn between the steps, and within the index's build: the UI saves the lines' part between keys.
			await turn();
			// The index is written as it is made, never whole in memory beside the store's records (`indexSaved`: one
			// part's index is of this state already, made from the same data: only its documents are written).
			if (!opts.indexSaved && !saveIndexParts(storePath, await made.sliced(), part, state)) return false;
			opts.between?.();
			if (!(await saveSearchDocs(storePath, {docs: saving.docs, indexOrder: made.indexOrder, index: made.index}, data, state, part))) return false;
		}
		return true;
	} catch {
		return false;
	}
}

function turn(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

/** The parts (of `among`) whose index or documents beside the store are not of its state now (missing, stale or damaged). */
export function staleParts(storePath: string, among: readonly Part[] = parts): Part[] {
	return among.filter((part) => {
		const opened = openIndex(storePath, part);
		if (!opened) return true;
		try {
			return SavedDocs.open(storePath, opened.index.documents, opened.index.order, part) === null;
		} finally {
			opened.close();
		}
	});
}

/**
 * After an edit (the store in state `state`, its timeline's lines made): saves the timeline's lines' part of the
 * search if it is stale and the first part beside the store is of the store file as it is (else the next start
 * has nothing to join it with). Never throws.
 */
export async function saveEventsPart(storePath: string, data: StoreData, lines: EventLines, state: string): Promise<boolean> {
	try {
		if (!indexIsOf(storePath, 'extracted') || staleParts(storePath, ['events']).length === 0) return false;
		// The UI's searcher may have saved the part's index for this state already (search/index-cache.ts).
		return await saveSearchFiles(storePath, data, state, {lines, only: ['events'], indexSaved: storeState(storePath) === state && indexIsOf(storePath, 'events')});
	} catch {
		return false;
	}
}

/** Whether a part's index file names the store's state now (its head alone is read). */
function indexIsOf(storePath: string, part: Part): boolean {
	const want = Buffer.from(partState(storePath, part));
	const head = Buffer.alloc(want.length + 64);
	let fd: number | null = null;
	try {
		fd = openSync(indexPath(storePath, part), 'r');
		const n = readSync(fd, head, 0, head.length, 0);
		const text = head.subarray(0, n).toString('latin1');
		return text.split('\n')[1] === want.toString('latin1');
	} catch {
		return false;
	} finally {
		if (fd !== null) closeSync(fd);
	}
}
