/**
 * Preloaded (`node --import`) into the UI process the benchmark starts under a pseudo-terminal: records when the
 * process started and, at exit, its peak RSS, in the file named by BENCH_PROBE_OUT. The UI itself is untouched.
 */
import {appendFileSync} from 'node:fs';

const out = process.env.BENCH_PROBE_OUT;
if (out) {
	appendFileSync(out, `${JSON.stringify({pid: process.pid, timeOrigin: performance.timeOrigin})}\n`);
	process.on('exit', () => appendFileSync(out, `${JSON.stringify({maxRssKb: process.resourceUsage().maxRSS})}\n`));
}
