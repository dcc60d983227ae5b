/**
 * Time from process start to the dashboard's first frame, and the UI process's peak RSS.
 *
 * `node dist/bundle/cli.js --db STORE` (the bundle that `scrutiny` runs) runs under a pseudo-terminal made by
 * util-linux `script -qfc` (100x40, set with stty inside it), exactly as a person starts it. The process is
 * preloaded with rss-probe.js, which writes its start time (`performance.timeOrigin`) and, at exit, its peak
 * RSS. The first frame is the first output that holds visible text (the UI first switches to the alternate
 * screen, which is not a frame); the first byte is reported too. Then `q` is typed to quit; a UI that does not
 * quit in 10 s is killed.
 */
import {spawn} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {median, round} from './stats.js';

export type UiStartRun = {
	firstByteMs: number | null;
	firstFrameMs: number | null;
	/** Spawn of `script` to the first frame: includes script's and the shell's own start. */
	fromSpawnMs: number | null;
	/** The UI waited for keys (interactive), or printed and exited (the plain dashboard). */
	mode: 'interactive' | 'exited-by-itself' | 'no-output';
	peakRssMb: number | null;
	exitCode: number | null;
	outputBytes: number;
};

export type UiStartResult = {
	runs: UiStartRun[];
	firstFrameMsMedian: number | null;
	firstByteMsMedian: number | null;
	peakRssMb: number | null;
	mode: UiStartRun['mode'];
	method: string;
};

// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[0-9;?]*[A-Za-z]|\u001B\][^\u0007]*\u0007|\u001B[()][A-Z0-9]|\u001B[=>]/g;

function shellQuote(s: string): string {
	return `'${s.replaceAll("'", `'\\''`)}'`;
}

async function oneRun(opts: {cli: string; store: string; probe: string; probeOut: string; settleMs: number}): Promise<UiStartRun> {
	rmSync(opts.probeOut, {force: true});
	const cmd = `stty cols 100 rows 40 2>/dev/null; exec ${shellQuote(process.execPath)} --import ${shellQuote(opts.probe)} ${shellQuote(opts.cli)} --db ${shellQuote(opts.store)}`;
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', SHELL: '/bin/sh', BENCH_PROBE_OUT: opts.probeOut};
	// With CI set, Ink renders only the final frame.
	delete env.CI;
	const spawnedAt = performance.timeOrigin + performance.now();
	const child = spawn('script', ['-qfc', cmd, '/dev/null'], {env, stdio: ['pipe', 'pipe', 'pipe']});
	let firstByteAt: number | null = null;
	let firstFrameAt: number | null = null;
	let lastOutputAt = spawnedAt;
	let text = '';
	let bytes = 0;
	let exited = false;
	let exitCode: number | null = null;
	const exitedP = new Promise<void>((resolve) =>
		child.on('exit', (code) => {
			exited = true;
			exitCode = code;
			resolve();
		}),
	);
	child.stdout.on('data', (chunk: Buffer) => {
		const at = performance.timeOrigin + performance.now();
		firstByteAt ??= at;
		lastOutputAt = at;
		bytes += chunk.length;
		text += chunk.toString('utf8');
		if (firstFrameAt === null && /[^\s]/.test(text.replace(ansi, ''))) firstFrameAt = at;
	});
	child.stderr.resume();
	// Wait for the first frame and for the output to settle (or for the process to end by itself).
	const deadline = spawnedAt + 120_000;
	for (;;) {
		await new Promise((r) => setTimeout(r, 20));
		const t = performance.timeOrigin + performance.now();
		if (exited || t > deadline) break;
		if (firstFrameAt !== null && t - lastOutputAt > opts.settleMs) break;
	}
	const mode: UiStartRun['mode'] = exited ? 'exited-by-itself' : firstFrameAt === null ? 'no-output' : 'interactive';
	if (!exited) {
		child.stdin.write('q');
		const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
		await exitedP;
		clearTimeout(killer);
	}
	child.stdin.destroy();
	const probe = existsSync(opts.probeOut)
		? readFileSync(opts.probeOut, 'utf8')
				.split('\n')
				.filter(Boolean)
				.map((l) => JSON.parse(l) as {timeOrigin?: number; maxRssKb?: number})
		: [];
	const origin = probe.find((p) => p.timeOrigin !== undefined)?.timeOrigin ?? null;
	const rss = probe.find((p) => p.maxRssKb !== undefined)?.maxRssKb ?? null;
	return {
		firstByteMs: origin !== null && firstByteAt !== null ? round(firstByteAt - origin, 0) : null,
		firstFrameMs: origin !== null && firstFrameAt !== null ? round(firstFrameAt - origin, 0) : null,
		fromSpawnMs: firstFrameAt !== null ? round(firstFrameAt - spawnedAt, 0) : null,
		mode,
		peakRssMb: rss !== null ? Math.round(rss / 1024) : null,
		exitCode,
		outputBytes: bytes,
	};
}

/** One warm-up run (the OS file cache, any index cache), then `runs` measured ones; medians reported. */
export async function measureUiStart(opts: {root: string; store: string; workDir: string; runs: number}): Promise<UiStartResult> {
	const args = {
		cli: path.join(opts.root, 'dist', 'bundle', 'cli.js'),
		store: opts.store,
		probe: path.join(opts.root, 'dist-bench', 'bench', 'rss-probe.js'),
		probeOut: path.join(opts.workDir, 'ui-probe.ndjson'),
		settleMs: 1500,
	};
	await oneRun(args);
	const runs: UiStartRun[] = [];
	for (let i = 0; i < opts.runs; i++) runs.push(await oneRun(args));
	const frames = runs.map((r) => r.firstFrameMs).filter((x): x is number => x !== null);
	const firstBytes = runs.map((r) => r.firstByteMs).filter((x): x is number => x !== null);
	const rss = runs.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
	return {
		runs,
		firstFrameMsMedian: frames.length ? median(frames) : null,
		firstByteMsMedian: firstBytes.length ? median(firstBytes) : null,
		peakRssMb: rss.length ? Math.max(...rss) : null,
		mode: runs[0]?.mode ?? 'no-output',
		method: "node dist/bundle/cli.js --db STORE under util-linux `script -qfc` (a pty, 100x40), preloaded with bench/rss-probe (process start time, peak RSS); first frame = first output with visible text; 1 warm-up + median of the runs",
	};
}
