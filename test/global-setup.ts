/**
 * One rule for the built program: the tests that run it (end-to-end, bundle, worker pool, pathological imports)
 * find it built and current. `npm test` builds first; a run of vitest alone builds here when dist/ is missing or
 * older than the source, rather than some files skipping with a warning and others failing.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {repoRoot} from './helpers/paths.js';

/** What the build reads: the source tree and the files that say how it is built. */
function newestInput(): number {
	let newest = 0;
	const visit = (p: string) => {
		const st = statSync(p);
		if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
		else newest = Math.max(newest, st.mtimeMs);
	};
	visit(path.join(repoRoot, 'source'));
	for (const f of ['package.json', 'bundle.js', 'tsconfig.json', 'tsconfig.build.json']) visit(path.join(repoRoot, f));
	return newest;
}

/** When the last build finished (the bundle's module map is written last), or null without one. */
function builtAt(): number | null {
	const outputs = ['dist/bundle/cli.js', 'dist/bundle/extract-worker.js', 'dist/bundle-meta.json'].map((f) => path.join(repoRoot, f));
	if (!outputs.every((f) => existsSync(f))) return null;
	return Math.min(...outputs.map((f) => statSync(f).mtimeMs));
}

function buildWhenStale(): void {
	const built = builtAt();
	if (built !== null && built >= newestInput()) return;
	const r = spawnSync('npm', ['run', 'build', '--silent'], {cwd: repoRoot, stdio: 'inherit'});
	if (r.status !== 0) throw new Error(`npm run build failed (status ${r.status ?? r.signal}): the tests that run the built program need it`);
}

/**
 * Every folder a test makes with os.tmpdir() (and every program it runs) goes under one folder of this run, removed
 * when the run ends, so that a test which forgets its own, or is killed before its cleanup, leaves nothing behind on
 * a shared machine. The workers are started after this, so they inherit TMPDIR.
 */
function oneTempFolder(): () => void {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-tests-'));
	process.env.TMPDIR = dir;
	return () => rmSync(dir, {recursive: true, force: true});
}

export default function setup(): () => void {
	buildWhenStale();
	return oneTempFolder();
}
