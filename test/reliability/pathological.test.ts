/**
 * Pathological text (issue 6, item 8): importing stays linear. Each input is imported by a child process running
 * the built importer (so that a quadratic step is killed at a deadline instead of blocking the test runner), at
 * an eighth of its size and at its full size, on one thread (SCRUTINY_WORKERS=0). The child reports the CPU time
 * `importPaths` took for each (read, extract, save): CPU time rather than wall time, because the suite runs test
 * files in parallel and the machine may be busy with other work. Linear work grows about 8 times from the one to
 * the other, quadratic 64 times: the test holds the growth under test/helpers/growth.ts's bound, on any machine,
 * and leaves how long each takes to the benchmark. The times are printed.
 */
import {spawn} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {linearBound, noiseFloorMs, scaleUp} from '../helpers/growth.js';
import {repoRoot} from '../helpers/paths.js';
import {tempDir} from './synthetic.js';

// A deadline far above any linear run even on a machine at load 15 with the suite's other files (one such run took
// 61 s of wall clock for 8 s of CPU): it only stops a runaway, the growth of CPU time is what the test asserts.
const killAfterMs = 300_000;
const megabyte = 1024 * 1024;

/** `unit` repeated to `bytes` bytes of UTF-8, at `scale` eighths of that. */
const fill = (unit: string, bytes: number) => (scale: number) => unit.repeat(Math.floor((bytes * scale) / scaleUp / Buffer.byteLength(unit)));
const names = ['Alice Brown', 'Tom Green', 'Sara Patel', 'Ian Lindley', 'Jo Smith'];

/** A hostile input; `text(8)` is the size named, `text(1)` an eighth of it. */
type Case = {readonly name: string; readonly text: (scale: number) => string};

const cases: Case[] = [
	{name: '1 MB of straight double quote marks', text: fill('"', megabyte)},
	{name: '1 MB of straight single quote marks', text: fill("'", megabyte)},
	{name: '1 MB of curly quote marks, opening and closing', text: fill('“”‘’', megabyte)},
	{name: '1 MB of opening curly quotes (none closed)', text: fill('“‘„', megabyte)},
	{
		name: '1 MB of mixed straight quote marks ("\'"\'...)',
		text: fill(`"'`, megabyte),
	},
	{
		name: '1 MB of short quotations ("x"x"x...)',
		text: fill('"x', megabyte),
	},
	{name: 'a 100,000-character line of sentences', text: fill('The council said it was working hard to improve. ', 100_000)},
	{name: 'a 100,000-character line without a full stop', text: fill('the council reported and decided ', 100_000)},
	{name: 'a 100,000-character word', text: (scale) => 'x'.repeat((100_000 * scale) / scaleUp)},
	{
		name: 'a 100,000-character line of quotations without a full stop',
		text: fill('He said "we will" and ', 100_000),
	},
	{
		name: 'a 100,000-character line of dates without a full stop',
		text: fill('on 3 March 2021 the council met, ', 100_000),
	},
	{
		name: 'a 100,000-character line of names without a full stop',
		// Under a second at this size, but quadratic: people.ts roleBefore runs a `...,\\s*$` regular expression
		// on the text before every name (about 3.5 s at 200,000 characters).
		text: fill('Cllr John Smith and Mrs Jane Doe, ', 100_000),
	},
	{
		name: '10,000 paragraphs',
		text: (scale) =>
			Array.from({length: (10_000 * scale) / scaleUp}, (_, i) => {
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
	{name: '10,000 paragraphs of one word', text: (scale) => Array.from({length: (10_000 * scale) / scaleUp}, (_, i) => `Word${i}`).join('\n\n')},
	{
		name: 'unbalanced quotes in 10,000 paragraphs',
		text: (scale) => Array.from({length: (10_000 * scale) / scaleUp}, (_, i) => `He said "this is unbalanced ${i} and she said 'also`).join('\n\n'),
	},
	{
		name: 'unbalanced quotes on one 100,000-character line',
		text: fill(`He said "this is unbalanced and she said 'also. `, 100_000),
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
				`import {importPaths} from '${dist('importer/import-paths.js')}';`,
				'const [dir, small, large] = process.argv.slice(2);',
				'let n = 0;',
				'async function timed(file) {',
				'  const store = await openStore(`${dir}/store-${n++}.json`, {create: true});',
				'  const started = process.cpuUsage();',
				'  const report = await importPaths(store, [file]);',
				'  const used = process.cpuUsage(started);',
				'  await store.release();',
				'  return {ms: (used.user + used.system) / 1000, report, store: `${dir}/store-${n - 1}.json`};',
				'}',
				// The first import warms the JIT; the smaller input counts its quicker run of two.
				'await timed(small);',
				'const a = await timed(small);',
				'const b = await timed(small);',
				'const big = await timed(large);',
				'console.log(JSON.stringify({smallMs: Math.min(a.ms, b.ms), largeMs: big.ms, report: big.report, store: big.store}));',
			].join('\n'),
		);
	});

	afterAll(() => {
		rmSync(dir, {recursive: true, force: true});
		if (timings.length > 0) console.log(`pathological imports, CPU time at 1/${scaleUp} size and full size (growth bound ${linearBound}):\n${timings.join('\n')}`);
	});

	type Timed = {smallMs: number; largeMs: number; report: {added: number; failed: unknown[]}; store: string};

	/** Imports both files in a child process, each into a new store in `folder`; null if it ran past `killAfterMs`. */
	async function timedImports(folder: string, small: string, large: string): Promise<Timed | null> {
		const child = spawn(process.execPath, [runner, folder, small, large], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, SCRUTINY_WORKERS: '0'}});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
		const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
		clearTimeout(timer);
		if (status === null) return null;
		expect(status, err).toBe(0);
		return JSON.parse(out) as Timed;
	}

	cases.forEach((c, n) => {
		it(c.name, async () => {
			const folder = path.join(dir, `case-${n}`);
			mkdirSync(folder);
			const small = path.join(folder, 'small.txt');
			const large = path.join(folder, 'large.txt');
			writeFileSync(small, c.text(1));
			writeFileSync(large, c.text(scaleUp));
			const result = await timedImports(folder, small, large);
			const ratio = result ? result.largeMs / Math.max(result.smallMs, noiseFloorMs) : Infinity;
			timings.push(`  ${result ? `${Math.round(result.smallMs)} ms, ${Math.round(result.largeMs)} ms: ${ratio.toFixed(1)} times`.padStart(28) : `> ${killAfterMs} ms`}  ${c.name}`);
			expect(result, `still running after ${killAfterMs} ms`).not.toBeNull();
			expect(ratio, `${c.name}: ${Math.round(result!.smallMs)} ms at 1/${scaleUp} size, ${Math.round(result!.largeMs)} ms at full size`).toBeLessThan(linearBound);
			// Imported, or refused with a reason: either way one file accounted for, and a store that opens.
			expect(result!.report.added + result!.report.failed.length).toBe(1);
			if (result!.report.added === 1) expect((await openStore(result!.store, {readOnly: true})).data.articles).toHaveLength(1);
		}, killAfterMs + 15_000);
	});
});
