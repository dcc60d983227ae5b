/**
 * Two builds' extraction timed against each other, for a change of a few per cent on a shared machine: each pass is
 * one process of `extract-rate.js` for one build (its own module instances and JIT), A then B, then B then A, for
 * ROUNDS rounds, each timed by its main thread's CPU time (/proc, 10 ms ticks) after a warm-up pass. A load that
 * comes and goes falls on both; the median of the per-round ratios B/A is the figure to quote, with the medians and
 * minima of each build's CPU milliseconds per article.
 *
 * Both builds were once loaded into one process: the second loaded was then slower than a copy of itself (the two
 * builds' code shares libraries and the engine's feedback), so the ratio was not the builds'.
 *
 *     node dist-bench/bench/extract-ab.js --a DIST_A --b DIST_B [--rounds N] FILE_OR_FOLDER...
 */
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

const {values, positionals} = parseArgs({
	allowPositionals: true,
	options: {a: {type: 'string'}, b: {type: 'string', default: 'dist'}, rounds: {type: 'string', default: '6'}},
});
if (!values.a || positionals.length === 0) throw new Error('usage: extract-ab.js --a DIST_A --b DIST_B [--rounds N] FILE_OR_FOLDER...');

const rate = fileURLToPath(new URL('extract-rate.js', import.meta.url));
/** CPU milliseconds per article of one pass of `dist` in a process of its own (after a pass of warm-up). */
function pass(dist: string): {ms: number; articles: number} {
	const out = execFileSync(process.execPath, [rate, '--dist', dist, '--passes', '1', '--warm', ...positionals], {encoding: 'utf8'});
	const got = JSON.parse(out) as {articles: number; cpuRate: number | null};
	if (!got.cpuRate) throw new Error('no CPU time on this system (/proc)');
	return {ms: 1000 / got.cpuRate, articles: got.articles};
}

const ms: {A: number[]; B: number[]} = {A: [], B: []};
const ratios: number[] = [];
let articles = 0;
for (let r = 0; r < Number(values.rounds); r++) {
	const got = {A: 0, B: 0};
	for (const k of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
		const p = pass(k === 'A' ? values.a : values.b);
		articles = p.articles;
		got[k] = p.ms;
		ms[k].push(p.ms);
	}
	ratios.push(got.B / got.A);
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const round = (v: number) => +v.toFixed(3);
console.log(
	JSON.stringify({
		articles,
		rounds: Number(values.rounds),
		a: {dist: values.a, msPerArticle: round(median(ms.A)), minMsPerArticle: round(Math.min(...ms.A))},
		b: {dist: values.b, msPerArticle: round(median(ms.B)), minMsPerArticle: round(Math.min(...ms.B))},
		ratioBA: round(median(ratios)),
	}),
);
