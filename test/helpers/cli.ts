/** Runs CLI commands in-process (fast, for behaviour) or as the built program (for exit codes and streams). */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Context, Flags} from '../../source/cli/context.js';
import {run} from '../../source/cli/run.js';

import {builtCli, repoRoot} from './paths.js';

export {builtCli, repoRoot} from './paths.js';

export type Captured = {status: number; stdout: string; stderr: string};

/** Runs one command in this process with captured streams. */
export async function runCommand(command: string | undefined, args: string[] = [], flags: Flags = {}, env: NodeJS.ProcessEnv = {}): Promise<Captured> {
	let stdout = '';
	let stderr = '';
	const ctx: Context = {
		args,
		flags,
		stdout: {write: (s: string) => (stdout += s)},
		stderr: {write: (s: string) => (stderr += s)},
		env,
	};
	const status = await run(command, ctx, {interactive: false});
	return {status, stdout, stderr};
}

/**
 * How long a child program may run before it is taken for hung: a bound, never a timing target. The suite runs on
 * shared machines at a load of 15 or more, where a start that takes half a second idle can take half a minute.
 */
export const childHangMs = 300_000;

/** Runs the built program as a child process, stdin closed, like a script would. */
export function runBuilt(args: string[], opts: {env?: NodeJS.ProcessEnv; input?: string} = {}): Captured {
	const r = spawnSync(process.execPath, [builtCli, ...args], {
		encoding: 'utf8',
		input: opts.input ?? '',
		env: {...process.env, ...opts.env},
		timeout: childHangMs,
	});
	return {status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr};
}

/** A temp dir holding a copy of the bundled store (tests never write to data/). */
export function tempStore(): {dir: string; store: string} {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-test-'));
	const store = path.join(dir, 'corpus.json');
	cpSync(path.join(repoRoot, 'data', 'corpus.json'), store);
	return {dir, store};
}

/**
 * A store with one article file imported by the built program: into a copy of the bundled store, or into a new
 * store (`bundled: false`). Returns the store's path.
 */
export function storeWithArticle(text: string, opts: {bundled?: boolean} = {}): string {
	const {dir, store: bundled} = tempStore();
	const folder = path.join(dir, 'articles');
	mkdirSync(folder);
	writeFileSync(path.join(folder, 'article.txt'), text);
	const file = opts.bundled === false ? path.join(dir, 'new.json') : bundled;
	const r = runBuilt(['import', folder, '--db', file]);
	if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
	return file;
}
