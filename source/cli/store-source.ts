/**
 * Where a list command's data comes from. Opening a large store reads, parses and validates every record
 * (most of a list command's time at 50,000 articles); the records saved beside it (`<store>.records`,
 * corpus/records/) hold the same data, read a collection at a time when a command first touches it, with the
 * curated file read and merged as a read-only open merges it. So a list command answers from them when they
 * were made from the store file as it is now, and from the store otherwise; after such a read of a large store
 * it saves them, once its answer is written, for the next command.
 *
 * The records never give a wrong answer: a section that fails its checks, or a field they do not keep (an
 * article's raw text), throws `RecordsMiss` while the command works out its answer, before anything is printed
 * (the command's output is held until it returns), and the command runs again from the store.
 */
import type {StoreData} from '../corpus/schema.js';
import {storeStateNow} from '../corpus/store/file-identity.js';
import {storePath, type Context, type Output} from './context.js';

/** What a list command reads: the store's path and its data (a read-only open's, or the same from the records). */
export type ReadStore = {readonly path: string; readonly data: StoreData};

/** How a run reads the store: from the records if it can, or from the store (again, after the records missed). */
export type ReadPlan = {
	readonly from: 'records' | 'store' | 'data';
	/** With `from: 'data'`: the store's data, read already (the import's, saving the commands' answers). */
	readonly data?: StoreData;
	/** Rows a command made, kept for its next call on the same data in another format (`rowsOnce`). */
	readonly memo?: Map<string, unknown>;
	/** Set by a read of the store: saves the records, run once the answer is written. */
	afterAnswer?: () => Promise<void>;
};

/**
 * Below this size a store is read in about a second at most: reading it does not make records beside it.
 * `SCRUTINY_LARGE_STORE_BYTES` is a hidden override for the tests that run the built program on a small store
 * and need what a large one gets (the records, the row tables); anything but a whole number is ignored.
 */
export const recordsFromBytes = {value: largeStoreBytes(process.env.SCRUTINY_LARGE_STORE_BYTES) ?? 64 * 1024 * 1024};

function largeStoreBytes(setting: string | undefined): number | null {
	const n = Number(setting);
	return setting !== undefined && setting !== '' && Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * The store's data for a command that only reads it, as `ctx.readPlan` says: from the records where it allows,
 * else (and without a plan) from the store.
 */
export async function openForReading(ctx: Context): Promise<ReadStore> {
	const file = storePath(ctx);
	const plan = ctx.readPlan;
	if (plan?.from === 'data' && plan.data) return {path: file, data: plan.data};
	if (plan?.from === 'records') {
		const [{RecordsFile}, {recordsView}] = await Promise.all([import('../corpus/records/records-file.js'), import('../corpus/records/records-view.js')]);
		const records = RecordsFile.open(file);
		if (records) return {path: file, data: recordsView(records, await readCurated(file))};
	}

	const {openStore} = await import('../corpus/store/index.js');
	const store = await openStore(file, {readOnly: true});
	if (plan)
		plan.afterAnswer = async () => {
			// The records and answers saved from this read are kept by a copy of the files (content-digests.ts).
			store.recordDigests();
			return saveAfterRead(file, store.extracted, store.state);
		};
	return store;
}

/** The curated file as a read-only open reads it (missing: empty; damaged: a StoreError naming it). */
async function readCurated(file: string) {
	const [{DocumentFile}, {curatedKind}, {curatedPath}] = await Promise.all([import('../corpus/store/document-file.js'), import('../corpus/store/curated-kind.js'), import('../corpus/store/curated-path.js')]);
	const curated = new DocumentFile(curatedPath(file), curatedKind, {readOnly: true, create: true});
	await curated.open();
	return curated.data;
}

async function saveAfterRead(file: string, extracted: StoreData, state: string | null): Promise<void> {
	try {
		const {statSync} = await import('node:fs');
		if (state === null || statSync(file).size < recordsFromBytes.value) return;
		const {saveRecords} = await import('../corpus/records/save-records.js');
		saveRecords(file, extracted, state.split('|')[0] ?? null);
	} catch {
		// A cache: the answer has been given, and the next command reads the store.
	}
}

/** A command's rows, made once per read of the data when the plan keeps them (the import saving every form). */
export function rowsOnce<T>(ctx: Context, key: string, make: () => T): T {
	const memo = ctx.readPlan?.memo;
	if (!memo) return make();
	if (!memo.has(key)) memo.set(key, make());
	return memo.get(key) as T;
}

/**
 * Runs a list command from the records, its output held until it returns; if the records miss, runs it again
 * from the store, writing as it goes. Either way, saves the records after a read of the store. `answered`: the
 * held output is the command's answer without filters, saved as it (saved-answers.ts) for the next call.
 */
export async function runFromRecords(ctx: Context, run: (ctx: Context) => Promise<number>, answered?: (parts: readonly (string | Uint8Array)[], state: string | null) => void): Promise<number> {
	const held = new HeldOutput(ctx.stdout);
	const plan: ReadPlan = {from: 'records'};
	const state = answered ? storeStateNow(storePath(ctx)) : null;
	let status: number;
	try {
		status = await run({...ctx, stdout: held, readPlan: plan});
	} catch (error) {
		if (!(error instanceof Error && error.name === 'RecordsMiss')) {
			held.release();
			throw error;
		}

		const again: ReadPlan = {from: 'store'};
		status = await run({...ctx, readPlan: again});
		await again.afterAnswer?.();
		return status;
	}

	const parts = held.release();
	await plan.afterAnswer?.();
	if (status === 0) answered?.(parts, state);
	return status;
}

/** Output written nowhere until released (the strings are kept as they are, not copied). */
class HeldOutput implements Output {
	readonly #parts: Array<string | Uint8Array> = [];

	constructor(private readonly out: Output) {}

	get isTTY() {
		return this.out.isTTY;
	}

	get columns() {
		return this.out.columns;
	}

	write(s: string | Uint8Array): boolean {
		this.#parts.push(s);
		return true;
	}

	/** Writes what was held; gives it back. */
	release(): Array<string | Uint8Array> {
		const parts = this.#parts.splice(0);
		for (const part of parts) this.out.write(part);
		return parts;
	}
}
