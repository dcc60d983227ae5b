/**
 * Issue 12's last target: every view and every list command answers in under 2 s at 50,000 articles.
 *
 *   node dist-bench/bench/views.js STORE [--runs N] [--formats text,json,csv,md,freq] [--commands search,...]
 *                                        [--views search,timeline,...] [--skip-lists] [--skip-ui] [--launch-only] [--dist DIR] [--out FILE] [--md]
 *
 * The list commands (list-commands.ts) and the UI's views (ui-views.ts) on any store, with the built program
 * (`npm run build`) and the caches an import leaves beside the store. Prints a table (`--md`: as Markdown) and
 * the load average; `--out` writes the JSON. `npm run bench` runs it as a phase on each size's store. A
 * benchmark, not a test: nothing fails on a figure. It never writes the store (the UI is quit without an edit); on a
 * store without its caches the UI saves its start snapshot beside it, as any start does, and the figures are not
 * those of a store an import has just written.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {ensureAnswers, listCases, runListCase, warmFileCache} from './list-commands.js';
import {haveTmux, measureViews, viewCases} from './ui-views.js';
import {rowsOf, rowsTable, targetMs, type ListRun, type Row, type ViewRun} from './view-rows.js';

export type ViewsResult = {
	store: string;
	lists: ListRun[];
	views: ViewRun[] | {na: string};
	rows: Row[];
	/** 1-minute load average before and after, on `cores` cores. */
	load: {before: number; after: number; cores: number};
	method: string;
};

const method =
	'lists: node dist/bundle/cli.js CMD ... --db STORE, spawn to exit, stdout to /dev/null, peak RSS by /usr/bin/time, one run each after the store read once into the page cache; views: the same program in tmux 100x40, (a) keys sent at the first frame, launch to answer, (b) keys sent once the store is read (the process idle), key to answer, median of the runs after a warm-up start';

export async function viewsPhase(o: {root: string; dist?: string; store: string; runs: number; formats?: string[]; commands?: string[]; views?: string[]; skipLists?: boolean; skipUi?: boolean; launchOnly?: boolean; timeoutSeconds?: number; log?: (s: string) => void}): Promise<ViewsResult> {
	const cli = path.join(o.dist ?? path.join(o.root, 'dist'), 'bundle', 'cli.js');
	if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
	const timeoutSeconds = o.timeoutSeconds ?? 600;
	const before = loadavg()[0]!;
	const lists: ListRun[] = [];
	// Only the commands asked for: `--commands search` needs no answers saved (a search has none), which takes minutes.
	const cases = listCases(o.formats).filter((c) => !o.commands || o.commands.includes(c.command));
	if (!o.skipLists && (await ensureAnswers(o.store, cases))) o.log?.('saved the list commands\' answers beside the store, as scrutiny import does');
	warmFileCache(o.store);
	if (!o.skipLists)
		for (const c of cases) {
			const r = await runListCase({cli, store: o.store, c, timeoutSeconds});
			o.log?.(`scrutiny ${r.label}: ${r.ms ?? 'n/a'} ms, ${r.peakRssMb ?? 'n/a'} MB${r.error ? ` [${r.error}]` : ''}`);
			lists.push(r);
		}
	const views: ViewsResult['views'] = o.skipUi ? {na: 'skipped'} : haveTmux() ? await measureViews({cli, store: o.store, runs: o.runs, timeoutSeconds, launchOnly: o.launchOnly ?? false, cases: viewCases.filter((c) => !o.views || o.views.includes(c.view)), ...(o.log ? {log: o.log} : {})}) : {na: 'tmux is not installed'};
	return {store: o.store, lists, views, rows: rowsOf(lists, 'na' in views ? [] : views), load: {before: Number(before.toFixed(2)), after: Number(loadavg()[0]!.toFixed(2)), cores: availableParallelism()}, method};
}

/** The slowest list command and the slowest view (from the key, the store read), for the bench's targets. */
export function slowest(r: ViewsResult): {list: Row | null; view: Row | null; missed: number; measured: number} {
	const worst = (rows: Row[]) => rows.reduce<Row | null>((w, x) => (x.ms !== null && (w === null || x.ms > w.ms!) ? x : w), null);
	return {
		list: worst(r.rows.filter((x) => x.kind === 'list')),
		view: worst(r.rows.filter((x) => x.kind === 'view' && x.how.startsWith('key to answer'))),
		missed: r.rows.filter((x) => x.met === false).length,
		measured: r.rows.length,
	};
}

async function main(): Promise<number> {
	const {values, positionals} = parseArgs({
		allowPositionals: true,
		options: {
			runs: {type: 'string', default: '1'},
			formats: {type: 'string'},
			commands: {type: 'string'},
			views: {type: 'string'},
			'skip-lists': {type: 'boolean', default: false},
			'skip-ui': {type: 'boolean', default: false},
			'launch-only': {type: 'boolean', default: false},
			dist: {type: 'string'},
			out: {type: 'string'},
			md: {type: 'boolean', default: false},
			timeout: {type: 'string', default: '600'},
		},
	});
	const store = positionals[0];
	if (!store || positionals.length > 1 || !existsSync(store)) {
		process.stderr.write('usage: node dist-bench/bench/views.js STORE [--runs N] [--formats text,json,csv,md,freq] [--commands search,...] [--views search,timeline,...] [--skip-lists] [--skip-ui] [--launch-only] [--dist DIR] [--out FILE] [--md]\n');
		return 2;
	}
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
	const r = await viewsPhase({
		root,
		...(values.dist ? {dist: path.resolve(values.dist)} : {}),
		store: path.resolve(store),
		runs: Number(values.runs),
		...(values.formats ? {formats: values.formats.split(',')} : {}),
		...(values.commands ? {commands: values.commands.split(',')} : {}),
		...(values.views ? {views: values.views.split(',')} : {}),
		skipLists: values['skip-lists'],
		skipUi: values['skip-ui'],
		launchOnly: values['launch-only'],
		timeoutSeconds: Number(values.timeout),
		log: (s) => process.stderr.write(`views: ${s}\n`),
	});
	process.stdout.write(`\n${rowsTable(r.rows, values.md ? 'md' : 'text')}\n\n`);
	if ('na' in r.views) process.stdout.write(`views: n/a (${r.views.na})\n`);
	const s = slowest(r);
	process.stdout.write(`${s.missed} of ${s.measured} over the ${targetMs / 1000} s target; load average ${r.load.before} before, ${r.load.after} after, on ${r.load.cores} cores\n`);
	if (values.out) {
		mkdirSync(path.dirname(path.resolve(values.out)), {recursive: true});
		writeFileSync(values.out, `${JSON.stringify({generatedAt: new Date().toISOString(), ...r}, null, 2)}\n`);
	}
	return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
