/**
 * Every list command of the CLI, timed as a person runs it: the built program (`node dist/bundle/cli.js CMD ...
 * --db STORE`) from spawn to exit, its output to /dev/null, its peak RSS from `/usr/bin/time -f %M`. The
 * commands and their formats come from the command table, so a new list command is measured without a change
 * here: each command that reads the store and has an output format (the importers, which write it, left out),
 * as text and in each of its formats (--json, --csv, --md), and with `--freq` on its first column.
 */
import {spawn, spawnSync} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {commandTable} from '../source/cli/command-table.js';
import {curatedPath} from '../source/corpus/store/curated-path.js';
import {round} from './stats.js';
import {timeMaxRssKb, type ListRun} from './view-rows.js';
import {exitWithin} from './child-exit.js';

/** The query `search` is run with: the one launch-answer.sh types. */
export const searchQuery = 'commissioner appointed';

/** Commands that write the store: never run by a benchmark. */
const writers = new Set(['import', 'import-ofsted']);

export type ListCase = {label: string; command: string; args: string[]};

/** The cases the command table gives: `formats` limits the formats (`text`, `json`, `csv`, `md`, `freq`). */
export function listCases(formats?: readonly string[]): ListCase[] {
	const cases: ListCase[] = [];
	for (const c of commandTable) {
		if (c.name === '' || writers.has(c.name)) continue;
		const formatFlags = Object.entries(c.flags).filter(([, f]) => f.format);
		if (formatFlags.length === 0) continue;
		const positional = c.name === 'search' ? [searchQuery] : [];
		const shown = (args: string[]) => [c.name, ...positional.map((p) => JSON.stringify(p)), ...args].join(' ');
		const variants: [string, string[]][] = [['text', []], ...formatFlags.map(([name]): [string, string[]] => [name, [`--${name}`]])];
		const freq = c.flags.freq?.choices?.[0];
		if (freq) variants.push(['freq', ['--freq', freq]]);
		for (const [format, args] of variants) {
			if (formats && !formats.includes(format)) continue;
			cases.push({label: shown(args), command: c.name, args: [...positional, ...args]});
		}
	}
	return cases;
}

const timeBinary = '/usr/bin/time';

/** One run of a case: spawn to exit, stdout to /dev/null, stderr kept for the error. */
export async function runListCase(opts: {cli: string; store: string; c: ListCase; timeoutSeconds: number}): Promise<ListRun> {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-views-'));
	const rssFile = path.join(dir, 'time.txt');
	const withTime = existsSync(timeBinary);
	const argv = [opts.cli, opts.c.command, ...opts.c.args, '--db', opts.store];
	const [file, args] = withTime ? [timeBinary, ['-f', '%M', '-o', rssFile, process.execPath, ...argv]] : [process.execPath, argv];
	const devNull = openSync('/dev/null', 'w');
	const env = {...process.env};
	delete env.CI;
	try {
		const started = performance.now();
		const child = spawn(file, args, {stdio: ['ignore', devNull, 'pipe'], env});
		let stderr = '';
		child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
		const {code, signal, timedOut} = await exitWithin(child, opts.timeoutSeconds);
		const ms = performance.now() - started;
		const rssKb = withTime && existsSync(rssFile) ? timeMaxRssKb(readFileSync(rssFile, 'utf8')) : null;
		const lastLine = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('Command exited')).at(-1) ?? '';
		const error = timedOut ? `timed out after ${opts.timeoutSeconds} s` : code === 0 ? null : `exited with ${signal ?? code}${lastLine ? `: ${lastLine.slice(0, 200)}` : ''}`;
		return {label: opts.c.label, command: opts.c.command, args: opts.c.args, ms: error ? null : round(ms, 0), peakRssMb: rssKb === null ? null : round(rssKb / 1024, 0), exitCode: code, error};
	} finally {
		closeSync(devNull);
		rmSync(dir, {recursive: true, force: true});
	}
}

/**
 * Saves the list commands' answers beside the store (saved-answers.ts) as the first call of each form leaves them,
 * unless they are there for the store as it is: the measured runs are those of a warm cache. Without them each
 * command would work its answer out from the records (and save it) on its measured run.
 */
export async function ensureAnswers(store: string, cases: readonly ListCase[] = listCases()): Promise<boolean> {
	const [{answerKey, hasAnswer, saveAnswers}, {openStore}] = await Promise.all([import('../source/cli/saved-answers.js'), import('../source/corpus/store/index.js')]);
	const have = cases.every((c) => {
		const flags: Record<string, unknown> = {};
		for (let i = 0; i < c.args.length; i++) {
			const a = c.args[i]!;
			if (a === '--freq') flags['freq'] = c.args[++i];
			else if (a.startsWith('--')) flags[a.slice(2)] = true;
		}
		const key = answerKey(c.command, {args: c.args.filter((a) => !a.startsWith('--') && a !== flags['freq']), flags});
		return key === null || hasAnswer(store, key);
	});
	if (have) return false;
	const opened = await openStore(store, {readOnly: true});
	await saveAnswers(store, opened.data, opened.state);
	return true;
}

/** Reads the store, its curated file and the caches beside it once, so that every run finds them in the page cache. */
export function warmFileCache(store: string): void {
	const answers = `${store}.answers`;
	const saved = existsSync(answers) ? readdirSync(answers).map((f) => path.join(answers, f)) : [];
	const files = [store, curatedPath(store), ...['search-index', 'search-docs', 'start', 'timeline', 'records', 'cohort'].map((s) => `${store}.${s}`), ...saved].filter((f) => existsSync(f));
	spawnSync('sh', ['-c', 'cat -- "$@" > /dev/null', 'sh', ...files], {stdio: 'ignore'});
}
