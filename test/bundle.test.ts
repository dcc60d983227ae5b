/**
 * The shipped program is a bundle (bundle.js, dist/bundle/), built from tsc's output by `npm run build`.
 * Most tests import tsc's modules or run commands in-process, so they would pass with a bundle that cannot find
 * package.json or the bundled store, that lost its worker file, or that loads Ink for a plain command. These
 * run the bundle itself, and read the bundle's module map (dist/bundle-meta.json).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateCorpus} from '../bench/generator.js';
import {builtCli, childHangMs, repoRoot, runBuilt, runCommand} from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string; description: string; bin: Record<string, string>};
const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-bundle-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('the bundle finds what sits beside the package', () => {
	it('is what the package runs', () => {
		expect(path.join(repoRoot, pkg.bin['scrutiny']!)).toBe(builtCli);
	});

	it('--version and --help come from package.json (meow looks for it from the bundle)', () => {
		const version = runBuilt(['--version']);
		expect(version).toMatchObject({status: 0, stderr: ''});
		expect(version.stdout.trim()).toBe(pkg.version);
		const help = runBuilt(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain(pkg.description);
		expect(help.stdout).toContain('$ scrutiny import PATH...');
	});

	it('reads the bundled store when no --db is given, as the modules do', async () => {
		const built = runBuilt(['articles', '--json']);
		expect(built.stderr).toBe('');
		expect(built.status).toBe(0);
		const inProcess = await runCommand('articles', [], {json: true});
		expect(JSON.parse(built.stdout)).toEqual(JSON.parse(inProcess.stdout));
		expect(JSON.parse(built.stdout)).toHaveLength(5);
	});
});

describe('the bundle imports with worker threads', () => {
	it('gives the same store and report as the in-process importer, from worker threads', async () => {
		const corpus = path.join(dir, 'corpus');
		// More files than the importer's threshold for starting a pool (64).
		generateCorpus({articles: 70, out: corpus, seed: 'bundle-test'});
		// Preloaded into the program and, with it, into its workers: each answer a worker thread sends is counted.
		// The pool falls back to the main thread quietly when it has no worker file, so the store alone would not
		// tell.
		const probe = path.join(dir, 'count-worker-replies.mjs');
		const replies = path.join(dir, 'replies.txt');
		writeFileSync(
			probe,
			`import {appendFileSync} from 'node:fs';
import {isMainThread, parentPort, threadId} from 'node:worker_threads';
if (!isMainThread && parentPort) {
	const post = parentPort.postMessage.bind(parentPort);
	parentPort.postMessage = (message, transfer) => {
		appendFileSync(${JSON.stringify(replies)}, threadId + '\\n');
		return post(message, transfer);
	};
}
`,
		);
		const bundled = path.join(dir, 'bundled.json');
		const r = spawnSync(process.execPath, ['--import', probe, builtCli, 'import', corpus, '--db', bundled, '--json'], {
			encoding: 'utf8',
			env: {...process.env, SCRUTINY_WORKERS: '2'},
			timeout: childHangMs,
		});
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const threads = existsSync(replies) ? readFileSync(replies, 'utf8').trim().split('\n') : [];
		expect(threads, 'answers sent by worker threads').toHaveLength(70);
		expect(threads.every((id) => Number(id) > 0)).toBe(true);

		// In this process the importer runs from TypeScript, where there is no worker file: one thread.
		const inThread = path.join(dir, 'in-thread.json');
		const own = await runCommand('import', [corpus], {db: inThread, json: true});
		expect(own.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(JSON.parse(own.stdout));
		const saved = (file: string) => {
			const data = JSON.parse(readFileSync(file, 'utf8')) as {articles: Array<Record<string, unknown>>};
			// The one field that differs between two imports: when.
			for (const a of data.articles) delete a['importedAt'];
			return data;
		};
		expect(saved(bundled)).toEqual(saved(inThread));
		expect(saved(bundled).articles).toHaveLength(70);
	});
});

type Meta = {outputs: Record<string, {inputs: string[]; imports: Array<{path: string; kind: string}>}>};

describe('what the bundle loads before it runs', () => {
	const meta = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'bundle-meta.json'), 'utf8')) as Meta;
	/** The modules in an output and in every chunk it imports statically, transitively: all loaded before it runs. */
	const loadedWith = (...outputs: string[]): string[] => {
		const seen = new Set<string>();
		const visit = (output: string) => {
			if (seen.has(output)) return;
			seen.add(output);
			for (const i of meta.outputs[output]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
		};
		for (const output of outputs) visit(output);
		// A node_modules reached through a symlink (a worktree's) is named by its real path: name it as the package.
		return [...seen].flatMap((output) => meta.outputs[output]!.inputs.map((m) => m.replace(/^(\.\.\/)+.*?node_modules\//, 'node_modules/')));
	};
	const entry = 'dist/bundle/cli.js';
	const ui = Object.keys(meta.outputs).find((output) => meta.outputs[output]!.inputs.includes('dist/cli/commands/ui.js'))!;
	const matching = (modules: string[], pattern: RegExp) => [...new Set(modules.filter((m) => pattern.test(m)).map((m) => m.split('/').slice(0, 2).join('/')))];

	it('the entry holds the command line only: no Ink, React, zod or importer until a command asks', () => {
		expect(meta.outputs[entry]).toBeDefined();
		expect(matching(loadedWith(entry), /^node_modules\/(ink|react|react-reconciler|yoga-layout|zod|chrono-node|csv-parse)\//)).toEqual([]);
	});

	it("the UI's first frame waits for neither zod, chrono-node, the store's reader nor the search index", () => {
		expect(ui).toBeDefined();
		const modules = loadedWith(entry, ui);
		expect(modules).toContain('node_modules/ink/build/index.js');
		expect(matching(modules, /^node_modules\/(zod|chrono-node|lowdb|proper-lockfile|csv-parse)\//)).toEqual([]);
		expect(modules.filter((m) => ['dist/corpus/store/index.js', 'dist/corpus/schema.js', 'dist/search/index-cache.js'].includes(m))).toEqual([]);
	});

	it("Ink's frame writer gets ansi-tokenize through dist/ui/styled-chars.js (bundle.js), which imports the package itself", () => {
		const modules = loadedWith(entry, ui);
		expect(modules).toContain('dist/ui/styled-chars.js');
		expect(modules).toContain('node_modules/ink/build/output.js');
		expect(modules).toContain('node_modules/@alcalzone/ansi-tokenize/build/index.js');
	});
});
