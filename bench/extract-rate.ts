/**
 * Extraction throughput in-process: decode and extractArticle for each file, no store. It loads the build it is
 * given (`--dist DIR`, default this checkout's dist/), so that two commits' builds can be timed on the same files:
 *
 *     node dist-bench/bench/extract-rate.js --dist /path/to/other/dist [--passes N] [--warm] [--dump] FILE_OR_FOLDER...
 *
 * Prints one JSON line: articles, seconds, articles/s, the fastest pass's rate and articles per main-thread CPU second. `--dump` prints instead the
 * SHA-256 of every file's extraction as JSON (a fixed "today"), to check that an optimisation changes no output.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {articleFiles, mainThreadCpu} from './thread-cpu.js';
import {buildExtractor} from './build-extractor.js';

const {values, positionals} = parseArgs({
	allowPositionals: true,
	options: {dist: {type: 'string', default: 'dist'}, passes: {type: 'string', default: '1'}, dump: {type: 'boolean', default: false}, warm: {type: 'boolean', default: false}},
});



const {decodeArticleBytes, extractArticle} = await buildExtractor(values.dist);
const files = positionals.flatMap(articleFiles);
if (files.length === 0) throw new Error('no .txt files given');
const bytes = files.map((f) => readFileSync(f));
const today = new Date('2026-11-22T12:00:00Z');
const one = (b: Buffer) => {
	const d = decodeArticleBytes!(b) as {ok: boolean; text?: string; reason?: string};
	return d.ok ? extractArticle!(d.text, {today}) : d.reason;
};

if (values.dump) {
	const hash = createHash('sha256');
	files.forEach((f, i) => hash.update(`${f}\n${JSON.stringify(one(bytes[i]!))}\n`));
	console.log(hash.digest('hex'));
} else {
	// The JIT's warm-up and the libraries' first calls: 50 articles, or with --warm a whole pass.
	for (const b of values.warm ? bytes : bytes.slice(0, 50)) one(b);
	const rates: number[] = [];
	const cpu0 = mainThreadCpu();
	const t0 = performance.now();
	for (let p = 0; p < Number(values.passes); p++) {
		const tp = performance.now();
		for (const b of bytes) one(b);
		rates.push(bytes.length / ((performance.now() - tp) / 1000));
	}
	const seconds = (performance.now() - t0) / 1000;
	const articles = bytes.length * Number(values.passes);
	const cpu = cpu0 === null ? null : mainThreadCpu()! - cpu0;
	console.log(
		JSON.stringify({
			articles,
			seconds: +seconds.toFixed(2),
			rate: +(articles / seconds).toFixed(1),
			bestPass: +Math.max(...rates).toFixed(1),
			cpuRate: cpu ? +(articles / cpu).toFixed(1) : null,
		}),
	);
}
