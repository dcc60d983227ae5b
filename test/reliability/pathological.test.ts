/**
 * Pathological text (issue 6, item 8): importing stays linear. Each input is imported by a child process running
 * the built importer (so that a quadratic step is killed at a deadline instead of blocking the test runner),
 * which reports the CPU time `importPaths` took (read, extract, save): CPU time rather than wall time, because
 * the suite runs test files in parallel and the machine may be busy with other work.
 *
 * The issue asks for under a second each. The bound here is 5 s of CPU time, for slow CI machines; a quadratic
 * step on these sizes takes from tens of seconds to minutes, so 5 s still tells linear from quadratic. The times
 * are printed.
 */
import {spawn} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {repoRoot} from '../helpers/cli.js';
import {tempDir} from './synthetic.js';

const boundMs = 5000;
const killAfterMs = 60_000;
const megabyte = 1024 * 1024;

/** `unit` repeated to `bytes` bytes of UTF-8. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
const names = ['Alice Brown', 'Tom Green', 'Sara Patel', 'Ian Lindley', 'Jo Smith'];

type Case = {readonly name: string; readonly text: () => string};

const cases: Case[] = [
	{name: '1 MB of straight double quote marks', text: () => fill('"', megabyte)},
	{name: '1 MB of straight single quote marks', text: () => fill("'", megabyte)},
	{name: '1 MB of curly quote marks, opening and closing', text: () => fill('“”‘’', megabyte)},
	{name: '1 MB of opening curly quotes (none closed)', text: () => fill('“‘„', megabyte)},
	{
		name: '1 MB of mixed straight quote marks ("\'"\'...)',
		text: () => fill(`"'`, megabyte),
	},
	{
		name: '1 MB of short quotations ("x"x"x...)',
		text: () => fill('"x', megabyte),
	},
	{name: 'a 100,000-character line of sentences', text: () => fill('The council said it was working hard to improve. ', 100_000)},
	{name: 'a 100,000-character line without a full stop', text: () => fill('the council reported and decided ', 100_000)},
	{name: 'a 100,000-character word', text: () => 'x'.repeat(100_000)},
	{
		name: 'a 100,000-character line of quotations without a full stop',
		text: () => fill('He said "we will" and ', 100_000),
	},
	{
		name: 'a 100,000-character line of dates without a full stop',
		text: () => fill('on 3 March 2021 the council met, ', 100_000),
	},
	{
		name: 'a 100,000-character line of names without a full stop',
		// Under a second at this size, but quadratic: people.ts roleBefore runs a `...,\\s*$` regular expression
		// on the text before every name (about 3.5 s at 200,000 characters).
		text: () => fill('Cllr John Smith and Mrs Jane Doe, ', 100_000),
	},
	{
		name: '10,000 paragraphs',
		text: () =>
			Array.from({length: 10_000}, (_, i) => {
				const who = names[i % names.length]!;
				switch (i % 4) {
					case 0:
						return `Cllr ${who} said: "Paragraph ${i} is about the children's services budget of £${i} million."`;
					case 1:
						return `The council met on ${1 + (i % 28)} March to discuss item ${i}, and Ofsted rated the service inadequate.`;
					case 2:
						return `"We are working hard on issue ${i}," said ${who}.`;
					default:
						return `Short line ${i}`;
				}
			}).join('\n\n'),
	},
	{name: '10,000 paragraphs of one word', text: () => Array.from({length: 10_000}, (_, i) => `Word${i}`).join('\n\n')},
	{
		name: 'unbalanced quotes in 10,000 paragraphs',
		text: () => Array.from({length: 10_000}, (_, i) => `He said "this is unbalanced ${i} and she said 'also`).join('\n\n'),
	},
	{
		name: 'unbalanced quotes on one 100,000-character line',
		text: () => fill(`He said "this is unbalanced and she said 'also. `, 100_000),
	},
];

describe('pathological text imports in linear time', () => {
	let dir: string;
	let runner: string;
	const timings: string[] = [];

	beforeAll(() => {
		dir = tempDir();
		runner = path.join(dir, 'time-import.mjs');
		const dist = (file: string) => pathToFileURL(path.join(repoRoot, 'dist', file)).href;
		writeFileSync(
			runner,
			[
				`import {openStore} from '${dist('corpus/store/index.js')}';`,
				`import {importPaths} from '${dist('ingest/import.js')}';`,
				'const [storePath, file] = process.argv.slice(2);',
				'const store = await openStore(storePath, {create: true});',
				'const started = process.cpuUsage();',
				'const report = await importPaths(store, [file]);',
				'const used = process.cpuUsage(started);',
				'const ms = (used.user + used.system) / 1000;',
				'await store.release();',
				'console.log(JSON.stringify({ms, report}));',
			].join('\n'),
		);
	});

	afterAll(() => {
		rmSync(dir, {recursive: true, force: true});
		if (timings.length > 0) console.log(`pathological imports, CPU time (bound ${boundMs} ms):\n${timings.join('\n')}`);
	});

	/** Imports `file` into `store` in a child process; null if it was still running after `killAfterMs`. */
	async function timedImport(store: string, file: string): Promise<{ms: number; report: {added: number; failed: unknown[]}} | null> {
		const child = spawn(process.execPath, [runner, store, file], {stdio: ['ignore', 'pipe', 'pipe']});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
		const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
		clearTimeout(timer);
		if (status === null) return null;
		expect(status, err).toBe(0);
		return JSON.parse(out) as {ms: number; report: {added: number; failed: unknown[]}};
	}

	cases.forEach((c, n) => {
		it(c.name, async () => {
			const file = path.join(dir, `case-${n}.txt`);
			writeFileSync(file, c.text());
			const store = path.join(dir, `case-${n}.json`);
			const result = await timedImport(store, file);
			timings.push(`  ${result ? `${Math.round(result.ms)} ms`.padStart(9) : `> ${killAfterMs} ms`}  ${c.name}`);
			expect(result, `still running after ${killAfterMs} ms`).not.toBeNull();
			expect(result!.ms).toBeLessThan(boundMs);
			// Imported, or refused with a reason: either way one file accounted for, and a store that opens.
			expect(result!.report.added + result!.report.failed.length).toBe(1);
			if (result!.report.added === 1) expect((await openStore(store, {readOnly: true})).data.articles).toHaveLength(1);
		}, killAfterMs + 15_000);
	});
});
