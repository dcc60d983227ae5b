/**
 * From launch to the first answers in a real terminal (issue 13, item 2): `bench/launch-answer.sh STORE RUNS`
 * (tmux 100x40, the keys sent once the dashboard shows, the clock from launch until the answer is on screen:
 * a search's results, the timeline's title with its count of lines), with the caches an import leaves warm. Its
 * runs are parsed and their medians reported; without tmux the result says so. Then, with fzf installed, fzf on
 * the store's quotes launched and sent the same query the same way (issue 13: no later than fzf).
 */
import {spawn, spawnSync} from 'node:child_process';
import path from 'node:path';
import {median} from './stats.js';

export type LaunchAnswerRun = {firstFrameMs: number; firstSearchMs: number; firstTimelineMs: number; timelineAfterKeyMs: number | null};

export type LaunchAnswerResult = {
	runs: LaunchAnswerRun[];
	firstSearchMsMedian: number | null;
	firstTimelineMsMedian: number | null;
	/** From the key (3) to the timeline on screen. */
	timelineAfterKeyMsMedian: number | null;
	/**
	 * fzf launched on the same quotes and the same query sent as its prompt shows, from launch to its final count
	 * (`LAUNCH=1 bench/fzf-compare.sh`, scrutiny timed again in turn with it); null without fzf.
	 */
	fzf: {fzfMsMedian: number | null; scrutinyMsMedian: number | null} | null;
	method: string;
};

/** The query both programs are sent (bench/launch-answer.sh's own). */
const query = 'commissioner appointed';

/** fzf and scrutiny from launch, in turn (`LAUNCH=1 bench/fzf-compare.sh`); null without fzf. */
async function fzfFromLaunch(opts: {root: string; store: string; runs: number}): Promise<LaunchAnswerResult['fzf']> {
	if (spawnSync('fzf', ['--version']).status !== 0) return null;
	const output = await run('bash', [path.join(opts.root, 'bench', 'fzf-compare.sh'), opts.store, String(opts.runs), query], {...process.env, LAUNCH: '1'});
	const runs = [...output.text.matchAll(/from_launch fzf_ms=(\d+) scrutiny_ms=(\d+)/g)].map((m) => ({fzf: Number(m[1]), scrutiny: Number(m[2])}));
	if (output.code !== 0 || runs.length === 0) throw new Error(`fzf-compare.sh ended with ${output.code}: ${output.text.trim().split('\n').slice(-3).join(' / ')}`);
	return {fzfMsMedian: median(runs.map((r) => r.fzf)), scrutinyMsMedian: median(runs.map((r) => r.scrutiny))};
}

/** A script's exit code and its output and errors together. */
async function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{code: number | null; text: string}> {
	return new Promise((resolve) => {
		const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], env});
		let text = '';
		child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
		child.on('close', (code) => resolve({code, text}));
	});
}

/** The runs of `launch-answer.sh`, or an error naming what went wrong (its last lines of output). */
export async function measureLaunchAnswers(opts: {root: string; store: string; runs: number}): Promise<LaunchAnswerResult | {na: string}> {
	if (spawnSync('tmux', ['-V']).status !== 0) return {na: 'tmux is not installed'};
	const script = path.join(opts.root, 'bench', 'launch-answer.sh');
	const output = await run('bash', [script, opts.store, String(opts.runs), query]);
	const runs = [...output.text.matchAll(/first_frame_ms=(\d+) first_search_answer_ms=(\d+) first_timeline_ms=(\d+)(?: timeline_after_key_ms=(\d+))?/g)].map((m) => ({
		firstFrameMs: Number(m[1]),
		firstSearchMs: Number(m[2]),
		firstTimelineMs: Number(m[3]),
		timelineAfterKeyMs: m[4] === undefined ? null : Number(m[4]),
	}));
	if (output.code !== 0 || runs.length === 0) throw new Error(`launch-answer.sh ended with ${output.code}: ${output.text.trim().split('\n').slice(-3).join(' / ')}`);
	return {
		runs,
		firstSearchMsMedian: median(runs.map((r) => r.firstSearchMs)),
		firstTimelineMsMedian: median(runs.map((r) => r.firstTimelineMs)),
		timelineAfterKeyMsMedian: runs.every((r) => r.timelineAfterKeyMs !== null) ? median(runs.map((r) => r.timelineAfterKeyMs!)) : null,
		fzf: await fzfFromLaunch(opts),
		method: 'bench/launch-answer.sh STORE RUNS: tmux 100x40, keys sent once the dashboard shows, from launch to the answer on screen; 1 warm-up + median of the runs; then LAUNCH=1 bench/fzf-compare.sh STORE RUNS: fzf and scrutiny from launch in turn',
	};
}
