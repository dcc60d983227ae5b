/**
 * Where each record of a large store's collections lies in the file this process last wrote, so that the next
 * write copies the bytes of a record that has not changed since instead of making its JSON again, and skips its
 * schema check (it passed when those bytes were written). An import rewrites the whole store at each batch, and
 * most of what its last write holds was written by the write before, unchanged.
 *
 * Whether a record changed cannot be seen from the record without serialising it, which is the cost saved: the
 * writer is told instead, by the caller of `update`, which records were changed in place since the last write
 * (merge.ts marks every record it changes in place). A record is copied only if it is the very object written
 * then, is not in that set, and the file it was written to is the one still open for its raw text.
 */
import {writtenLiteral, type TextFile} from './text-in-file.js';

/** The records of one collection as written, and the byte range of each one's JSON text in the file. */
type Written = {readonly records: readonly unknown[]; readonly starts: Float64Array; readonly ends: Float64Array};

/** The records of the last write and where each lies in `file`, the file that write made. */
export class WrittenRecords {
	constructor(
		readonly file: TextFile,
		readonly collections: ReadonlyMap<string, Written>,
	) {}

	/**
	 * For each of `records` (collection `key` now), the index among the written ones of the same object, or -1 where
	 * it is not one of them or is in `changed`. Null when none is.
	 */
	reusable(key: string, records: readonly unknown[], changed: WeakSet<object>): Int32Array | null {
		const written = this.collections.get(key);
		if (!written || written.records.length === 0) return null;
		const old = written.records;
		const at = new Int32Array(records.length).fill(-1);
		let any = false;
		// Records keep their order from write to write (new ones are added, dropped ones taken out): the next
		// written record is tried first, and the others looked up only when it is not the one.
		let next = 0;
		let index: Map<unknown, number> | null = null;
		for (let i = 0; i < records.length; i++) {
			const record = records[i];
			if (typeof record !== 'object' || record === null) continue;
			let found = -1;
			if (next < old.length && old[next] === record) found = next;
			else {
				index ??= indexOf(old);
				found = index.get(record) ?? -1;
			}
			if (found < 0) continue;
			next = found + 1;
			if (changed.has(record) || written.ends[found]! < 0) continue;
			at[i] = found;
			any = true;
		}
		return any ? at : null;
	}
}

function indexOf(records: readonly unknown[]): Map<unknown, number> {
	const index = new Map<unknown, number>();
	for (let i = 0; i < records.length; i++) if (!index.has(records[i])) index.set(records[i], i);
	return index;
}

/** The places of one write's records, noted as the writer puts them in the file. */
export class PlaceRecorder {
	readonly #collections = new Map<string, {records: unknown[]; starts: Float64Array; ends: Float64Array}>();

	/** Collection `key` is about to be written: its records as they are now (copied: the array may change later). */
	begin(key: string, records: readonly unknown[]): void {
		this.#collections.set(key, {records: records.slice(), starts: new Float64Array(records.length), ends: new Float64Array(records.length).fill(-1)});
	}

	/** Record `index` of `key` was written at [start, end) of the file. */
	note(key: string, index: number, start: number, end: number): void {
		const c = this.#collections.get(key);
		if (!c) return;
		c.starts[index] = start;
		c.ends[index] = end;
	}

	/** What the write left, once its file is open as `file` (the file written, by its identity). */
	finish(file: TextFile): WrittenRecords {
		return new WrittenRecords(file, this.#collections);
	}
}

/**
 * Which records of `data` the next write may copy from the last write's file, by collection (see
 * {@link WrittenRecords.reusable}); null when none. An article's raw text must still be read from that file (a text
 * set since, or read back from elsewhere, is no longer the bytes written there).
 */
export function reusable(written: WrittenRecords, data: Record<string, unknown>, changed: WeakSet<object>): {written: WrittenRecords; at: Map<string, Int32Array>} | null {
	const at = new Map<string, Int32Array>();
	for (const key of written.collections.keys()) {
		const records = data[key];
		if (!Array.isArray(records)) continue;
		const found = written.reusable(key, records, changed);
		if (!found) continue;
		if (key === 'articles')
			for (let i = 0; i < records.length; i++) if (found[i]! >= 0 && !rawInFile(records[i] as object, written.file)) found[i] = -1;
		at.set(key, found);
	}
	return at.size > 0 ? {written, at} : null;
}

/** Whether a record has no raw text of its own, or has it in `file` as written there. */
function rawInFile(record: object, file: TextFile): boolean {
	if (!Object.hasOwn(record, 'raw')) return true;
	return writtenLiteral(record)?.file === file;
}
