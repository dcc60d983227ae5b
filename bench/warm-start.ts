/**
 * Extraction from a cold process, as each worker of the import's pool starts: the CPU an article costs in each
 * run of `--bucket` articles (default 500), on the extracting thread and on V8's helper threads (the optimising
 * compiler and the collector's concurrent work), with no warm-up. Any build's dist/:
 *
 *     node dist-bench/bench/warm-start.js [--dist DIR] [--articles N] [--bucket N] FOLDER...
 *
 * Prints one JSON line: per bucket, milliseconds of CPU an article on the thread and on the helpers. An import
 * runs each worker through this curve once, so its first thousands of articles go slower than the rest.
 */
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {articleFiles, mainThreadCpu} from './thread-cpu.js';
import {buildExtractor} from './build-extractor.js';

const {values, positionals} = parseArgs({
	allowPositionals: true,
	options: {dist: {type: 'string', default: 'dist'}, articles: {type: 'string', default: '4000'}, bucket: {type: 'string', default: '500'}},
});
const {decodeArticleBytes, extractArticle} = await buildExtractor(values.dist);
const files = positionals.flatMap(articleFiles).slice(0, Number(values.articles));
if (files.length === 0) throw new Error('no .txt files given');
const today = new Date('2026-11-22T12:00:00Z');
const bucket = Number(values.bucket);
const processCpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
};
const thread: number[] = [];
const helpers: number[] = [];
let t0 = mainThreadCpu();
if (t0 === null) throw new Error('no /proc: the thread CPU cannot be read');
let p0 = processCpu();
for (let i = 0; i < files.length; i++) {
	const d = decodeArticleBytes!(readFileSync(files[i]!)) as {ok: boolean; text?: string};
	if (d.ok) extractArticle!(d.text, {today});
	if ((i + 1) % bucket !== 0 && i !== files.length - 1) continue;
	const n = i % bucket + 1;
	const t = mainThreadCpu()!;
	const p = processCpu();
	thread.push(+(((t - t0!) * 1000) / n).toFixed(2));
	helpers.push(+((((p - p0) - (t - t0!)) * 1000) / n).toFixed(2));
	t0 = t;
	p0 = p;
}
console.log(JSON.stringify({articles: files.length, bucket, threadMsPerArticle: thread, helpersMsPerArticle: helpers}));
