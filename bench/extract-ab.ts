/**
 * Two builds' extraction timed against each other in one process, for a change of a few per cent on a shared
 * machine: both builds' `decodeArticleBytes` and `extractArticle` are loaded (their own module instances) and run
 * over the same files in turn, A then B, then B then A, for ROUNDS rounds, each pass timed by the main thread's CPU
 * time (/proc, 10 ms ticks). A load that comes and goes falls on both; the median of the per-round ratios B/A is the
 * figure to quote, with the medians and minima of each build's CPU milliseconds per article.
 *
 *     node dist-bench/bench/extract-ab.js --a DIST_A --b DIST_B [--rounds N] FILE_OR_FOLDER...
 */
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {articleFiles, mainThreadCpu} from './thread-cpu.js';

const {values, positionals} = parseArgs({
	allowPositionals: true,
	options: {a: {type: 'string'}, b: {type: 'string', default: 'dist'}, rounds: {type: 'string', default: '10'}},
});
if (!values.a || positionals.length === 0) throw new Error('usage: extract-ab.js --a DIST_A --b DIST_B [--rounds N] FILE_OR_FOLDER...');



const bytes = positionals.flatMap(articleFiles).map((f) => readFileSync(f));
const today = new Date('2026-11-22T12:00:00Z');
type Fn = (...a: unknown[]) => unknown;
async function build(dist: string): Promise<() => void> {
	const from = (name: string) => import(pathToFileURL(join(resolve(dist), 'ingest', name)).href) as Promise<Record<string, Fn>>;
	const {decodeArticleBytes} = await from('decode.js');
	const {extractArticle} = await from('extract.js');
	return () => {
		for (const b of bytes) {
			const d = decodeArticleBytes!(b) as {ok: boolean; text?: string};
			if (d.ok) extractArticle!(d.text, {today});
		}
	};
}

const runs = {A: await build(values.a), B: await build(values.b)};
// One pass each first: the JIT's warm-up and the libraries' first calls are nobody's figure.
runs.A();
runs.B();
const ms: {A: number[]; B: number[]} = {A: [], B: []};
const ratios: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
	const got = {A: 0, B: 0};
	for (const k of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
		const c0 = mainThreadCpu()! * 1000;
		runs[k]();
		got[k] = mainThreadCpu()! * 1000 - c0;
		ms[k].push(got[k]);
	}
	ratios.push(got.B / got.A);
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const perArticle = (v: number) => +(v / bytes.length).toFixed(3);
console.log(
	JSON.stringify({
		articles: bytes.length,
		rounds: Number(values.rounds),
		a: {dist: values.a, msPerArticle: perArticle(median(ms.A)), minMsPerArticle: perArticle(Math.min(...ms.A))},
		b: {dist: values.b, msPerArticle: perArticle(median(ms.B)), minMsPerArticle: perArticle(Math.min(...ms.B))},
		ratioBA: +median(ratios).toFixed(3),
	}),
);
