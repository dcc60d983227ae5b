/** `scrutiny import PATH...` and `scrutiny import-ofsted CSV`. */
import {readFile} from 'node:fs/promises';
import {constants} from 'node:os';
import {storeQuoteCopies} from '../../corpus/copies.js';
import {rebuildDerived} from '../../corpus/merge.js';
import {parseIlacsHistory} from '../../corpus/ofsted-import.js';
import type {StoreData} from '../../corpus/schema.js';
import {openStore, StoreError, type Store} from '../../corpus/store/index.js';
import {importPaths, type ImportReport} from '../../importer/import-paths.js';
import {collectNow, collectWhenGrown} from '../../importer/heap-growth.js';
import {saveSidecars} from '../../importer/sidecars.js';
import {describeFsError} from '../../importer/read-files.js';
import {safeLine} from '../../text/terminal-safety.js';
import {FailError, UsageError, println, printError, storePath, type Context} from '../context.js';
import {json} from '../../text/table-format.js';
import {progressBar} from '../progress.js';
import {stopSignals, withDefaultStopSignals} from '../default-signals.js';

/** The garbage the row tables may leave beside the store's records before a collection (heap-growth.ts). */
const tablesGarbageBytes = 64 * 1024 * 1024;

/** How long an import waits for another process's lock: longer than a dead process's lock takes to go stale. */
const importLockWaitMs = 30_000;

export async function importCommand(ctx: Context): Promise<number> {
	if (ctx.args.length === 0) throw new UsageError('import needs at least one file or folder');
	let stopSignal: NodeJS.Signals | null = null;
	let store: Store | null = null;
	let clearBar: () => void = () => undefined;
	const onSignal = (signal: NodeJS.Signals) => {
		if (stopSignal) {
			// A second signal: stop now. Releasing the lock first makes a save in progress stop before it replaces
			// the store, so the old state stays; then the signal is raised again with its default action.
			for (const s of signals) process.off(s, onSignal);
			void (store?.release() ?? Promise.resolve()).finally(() => process.kill(process.pid, signal));
			return;
		}
		// Finish the batch being written, then stop: the store keeps whole articles only.
		stopSignal = signal;
		clearBar();
		try {
			printError(ctx, `${signal}: stopping after the current write (again to stop at once)`);
		} catch {
			// The terminal may be gone (SIGHUP): stopping matters more than saying so.
		}
	};
	const signals = stopSignals;
	// Listening before the store is opened: a signal during the open stops the import before it writes anything.
	for (const s of signals) process.on(s, onSignal);
	let report: ImportReport;
	try {
		store = await openStore(storePath(ctx), {
			create: true,
			lockWaitMs: importLockWaitMs,
			onLockWait: () => printError(ctx, `${storePath(ctx)}: another scrutiny process is writing; waiting for it to finish`),
		});
		const bar = ctx.stderr.isTTY && !ctx.flags.json ? progressBar(ctx.stderr) : null;
		clearBar = () => bar?.done();
		try {
			if (ctx.flags.name && !stopSignal) await store.update((d) => void (d.name = ctx.flags.name!));
			report = await importPaths(store, ctx.args, {
				rebuild: ctx.flags.rebuild,
				batchSize: batchSizeFrom(ctx.env),
				onProgress: bar?.update,
				shouldStop: () => stopSignal !== null,
				...(ctx.flags.urlList ? {urlList: ctx.flags.urlList} : {}),
			});
		} finally {
			bar?.done();
		}
	} finally {
		for (const s of signals) process.off(s, onSignal);
		await store?.release();
	}
	const path = store?.path ?? storePath(ctx);
	const syndicated = syndicatedNote(store?.data);
	const caching = !stopSignal && store !== null && (report.added > 0 || report.replaced > 0 || ctx.flags.rebuild);
	// The import's records are let go before the caches: read again from the file they take less memory (the
	// import's are spread over a heap its batches grew).
	store = null;
	// The search index is built now, while the importer waits anyway, and saved beside the store: the UI and
	// `search` load it instead of indexing a large corpus at start. A store that cannot take it works without.
	// So is the dashboard of the UI's first frame.
	if (caching) await saveCaches(path);
	for (const f of report.failed) printError(ctx, `${f.path}: ${f.reason}`);
	for (const f of report.dateProblems) printError(ctx, `${f.path}: printed date set aside: ${f.reason}`);
	const imported = report.added + report.replaced + report.unchanged;
	if (ctx.flags.json) println(ctx.stdout, json(report));
	else {
		for (const c of report.counts) println(ctx.stdout, `${safeLine(c.path)}: expected ${c.expected}, imported ${c.imported}`);
		println(
			ctx.stdout,
			(report.exports > 0
				? `imported ${imported} article${imported === 1 ? '' : 's'} from ${report.files} file${report.files === 1 ? '' : 's'} into ${storePath(ctx)}: `
				: `imported ${imported} of ${report.files} file${report.files === 1 ? '' : 's'} into ${storePath(ctx)}: `) +
				`${report.added} added, ${report.replaced} replaced, ${report.unchanged} unchanged; ${report.quotes} quotes, ${report.events} events` +
				(report.removed ? `; ${report.removed} control characters or escape sequences removed` : '') +
				(report.repaired ? `; ${report.repaired} mis-encoded sequences repaired` : '') +
				(report.failed.length ? `; ${report.failed.length} refused` : '') +
				syndicated +
				(stopSignal ? `; stopped by ${stopSignal}, ${report.skipped} not imported` : ''),
		);
	}
	// 128 + the signal's number, as a shell reports a process the signal ended (130 for SIGINT).
	if (stopSignal) return 128 + (constants.signals[stopSignal] ?? 2);
	// The others in the import went in; the status still says that something was refused.
	return report.failed.length > 0 ? 1 : 0;
}

/**
 * The caches beside the store, made again from the store as an import or a load of official data left it: the
 * search index, the start snapshot, the timeline's lines, the cohort and the records (sidecars.ts). Not the list
 * commands' answers (saved-answers.ts): all of them together outweigh the store, and making them would lift the
 * import's peak past its memory target; each is saved by the first call that works it out. But, for a large
 * store, their row tables (row-tables/), each row once in each form, from which a filtered call prints. All are
 * made from the store read again (read-only) from `path`, as the UI and the list commands read it.
 */
export async function saveCaches(path: string): Promise<void> {
	// The store's write is done and its lock let go: from here a signal ends the process at once, whatever step
	// it is in (each cache is renamed into place whole, and keyed by the store file it was made from).
	await withDefaultStopSignals(async () => {
		collectNow();
		let store: Store | null;
		try {
			store = await openStore(path, {readOnly: true});
		} catch (error) {
			// Changed or damaged since the import wrote it: the caches are made by whoever reads it next.
			if (error instanceof StoreError) return;
			throw error;
		}

		// A copy of the store and these caches (cp -a, rsync -a) keeps them while its bytes are these.
		store.recordDigests();
		await saveSidecars(store.path, store.data, store.state, store.extracted);
		// The tables are of the store file alone: the view with the curated file merged in is let go, and the
		// store file's data is handed to them alone, so that they can let go of its quotes (`saveTablesOf`).
		const state = store.state;
		const held = {data: store.extracted};
		store = null;
		if ((await import('../saved-answers.js')).worthSaving(path)) {
			collectNow();
			await (await import('../row-tables/table-answer.js')).saveTablesOf(path, held, state?.split('|')[0] ?? null, undefined, collectWhenGrown(tablesGarbageBytes));
		}
	});
}

/**
 * Files per atomic write. `SCRUTINY_BATCH_SIZE` is a hidden override for the crash and signal tests, which need
 * many small writes to land a kill or a signal inside one; anything but a positive whole number is ignored.
 */
function batchSizeFrom(env: NodeJS.ProcessEnv): number | undefined {
	const n = Number(env.SCRUTINY_BATCH_SIZE);
	return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Thrown out of a store's update to leave it unwritten. */
const unchanged = new Error('the official judgements are those the store holds');

export async function importOfstedCommand(ctx: Context): Promise<number> {
	const file = ctx.args[0];
	if (!file || ctx.args.length > 1) throw new UsageError('import-ofsted needs exactly one CSV file');
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new FailError(`${file}: ${describeFsError(error)}`);
	}
	const parsed = parseIlacsHistory(text);
	if (parsed.events.length === 0) throw new FailError(`${file}: ${parsed.problems[0]?.reason ?? 'no judgements found'}`);
	const store = await openStore(storePath(ctx), {create: true});
	let changed = false;
	try {
		await store.update((data) => {
			// The same judgements as the store holds (the same file loaded again): nothing is written, and the
			// caches beside the store stay as they are, as after an import that adds nothing.
			if (JSON.stringify(data.events.filter((e) => e.origin === 'ofsted')) === JSON.stringify(parsed.events)) throw unchanged;
			// Official data replaces official data; extracted and curated records are untouched.
			data.events = [...data.events.filter((e) => e.origin !== 'ofsted'), ...parsed.events];
			rebuildDerived(data);
			changed = true;
		});
	} catch (error) {
		if (error !== unchanged) throw error;
	} finally {
		await store.release();
	}
	const path = store.path;
	// As after an import: every cache beside the store is of the store file before this save, and stale.
	if (changed) await saveCaches(path);
	for (const p of parsed.problems) printError(ctx, `${file}:${p.line}: ${p.reason}`);
	const authorities = new Set(parsed.events.map((e) => e.authority)).size;
	if (ctx.flags.json) println(ctx.stdout, json({judgements: parsed.events.length, authorities, problems: parsed.problems}));
	else println(ctx.stdout, `loaded ${parsed.events.length} official judgements for ${authorities} authorities into ${path}`);
	return 0;
}

/** "; 2 quotes printed again by syndicated copies count once": why the store's counts are below the import's. */
function syndicatedNote(data: StoreData | undefined): string {
	const repeats = data ? storeQuoteCopies(data).repeatOf.size : 0;
	return repeats ? `; ${repeats} quote${repeats === 1 ? '' : 's'} printed again by syndicated copies count${repeats === 1 ? 's' : ''} once` : '';
}
