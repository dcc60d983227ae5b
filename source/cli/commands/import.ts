/** `scrutiny import PATH...` and `scrutiny import-ofsted CSV`. */
import {readFile} from 'node:fs/promises';
import {rebuildDerived} from '../../corpus/merge.js';
import {parseIlacsHistory} from '../../corpus/ofsted-import.js';
import {openStore} from '../../corpus/store.js';
import {importPaths, type ImportReport} from '../../ingest/import.js';
import {describeFsError} from '../../ingest/read.js';
import {FailError, UsageError, println, printError, storePath, type Context} from '../context.js';
import {json} from '../format.js';
import {progressBar} from '../progress.js';

export async function importCommand(ctx: Context): Promise<number> {
	if (ctx.args.length === 0) throw new UsageError('import needs at least one file or folder');
	const store = await openStore(storePath(ctx), {create: true});
	let stop = false;
	const onSignal = (signal: NodeJS.Signals) => {
		// Finish the batch being written, then stop: the store keeps whole articles only.
		stop = true;
		printError(ctx, `${signal}: stopping after the current write`);
	};
	const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
	for (const s of signals) process.on(s, onSignal);
	const bar = ctx.stderr.isTTY && !ctx.flags.json ? progressBar(ctx.stderr) : null;
	let report: ImportReport;
	try {
		if (ctx.flags.name) await store.update((d) => void (d.name = ctx.flags.name!));
		report = await importPaths(store, ctx.args, {rebuild: ctx.flags.rebuild, batchSize: batchSizeFrom(ctx.env), onProgress: bar?.update, shouldStop: () => stop});
	} finally {
		bar?.done();
		for (const s of signals) process.off(s, onSignal);
		await store.release();
	}
	for (const f of report.failed) printError(ctx, `${f.path}: ${f.reason}`);
	for (const f of report.dateProblems) printError(ctx, `${f.path}: printed date set aside: ${f.reason}`);
	if (ctx.flags.json) println(ctx.stdout, json(report));
	else {
		println(
			ctx.stdout,
			`imported ${report.files - report.failed.length} of ${report.files} file${report.files === 1 ? '' : 's'} into ${store.path}: ` +
				`${report.added} added, ${report.replaced} replaced, ${report.unchanged} unchanged; ${report.quotes} quotes, ${report.events} events` +
				(report.removed ? `; ${report.removed} control characters or escape sequences removed` : '') +
				(report.repaired ? `; ${report.repaired} mis-encoded sequences repaired` : '') +
				(report.failed.length ? `; ${report.failed.length} refused` : ''),
		);
	}
	if (stop) return 130;
	// The others in the import went in; the status still says that something was refused.
	return report.failed.length > 0 ? 1 : 0;
}

/**
 * Files per atomic write. `SCRUTINY_BATCH_SIZE` is a hidden override for the crash and signal tests, which need
 * many small writes to land a kill or a signal inside one; anything but a positive whole number is ignored.
 */
function batchSizeFrom(env: NodeJS.ProcessEnv): number | undefined {
	const n = Number(env.SCRUTINY_BATCH_SIZE);
	return Number.isInteger(n) && n > 0 ? n : undefined;
}

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
	try {
		await store.update((data) => {
			// Official data replaces official data; extracted and curated records are untouched.
			data.events = [...data.events.filter((e) => e.origin !== 'ofsted'), ...parsed.events];
			rebuildDerived(data);
		});
	} finally {
		await store.release();
	}
	for (const p of parsed.problems) printError(ctx, `${file}:${p.line}: ${p.reason}`);
	const authorities = new Set(parsed.events.map((e) => e.authority)).size;
	if (ctx.flags.json) println(ctx.stdout, json({judgements: parsed.events.length, authorities, problems: parsed.problems}));
	else println(ctx.stdout, `loaded ${parsed.events.length} official judgements for ${authorities} authorities into ${store.path}`);
	return 0;
}
