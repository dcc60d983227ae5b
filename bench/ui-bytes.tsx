/**
 * Bytes written to the terminal per key press, with the UI running in this process against fake TTY streams
 * (100 columns, 40 rows): per character typed in the search box, and per `j` in the timeline.
 *
 * The hook into the UI is `runUi({data, streams: {stdin, stdout, stderr}, env})` from source/ui/run-ui.tsx, the
 * function `openUi` calls with the process's streams; the store is opened read-only here as openUi does. If that
 * module or function is missing the figures are reported as n/a with the reason.
 *
 * A calibration runs first: a bare Ink list of 40 rows in the same fake terminal, with and without Ink's
 * incremental rendering, so that the harness's counts can be compared with the figures in STYLE.md.
 */
import {Box, render, Text, useInput} from 'ink';
import {useState} from 'react';
import {FakeTtyIn, FakeTtyOut, settle} from './fake-tty.js';

const columns = 100;
const rows = 40;
const listRows = rows - 2;

export type KeyBytes = {
	presses: number;
	meanBytes: number;
	maxBytes: number;
	settledAll: boolean;
	/** The visible text the last press wrote (escape sequences removed, cut short): shows what was measured. */
	lastText: string;
};

// eslint-disable-next-line no-control-regex
const visible = (s: string) => s.replace(/\u001B\[[0-9;?]*[A-Za-z]|\u001B\][^\u0007]*\u0007|\u001B[()][A-Z0-9]/g, '').replace(/\s+/g, ' ').trim().slice(0, 160);

export type UiBytesResult = {
	calibration: {fullRedraw: KeyBytes; incremental: KeyBytes; listRows: number};
	ui:
		| {
				status: 'ok';
				firstFrameBytes: number;
				search: KeyBytes;
				searchQuery: string;
				timelineJ: KeyBytes;
				/** This process's peak RSS: the UI with the whole store read, a search run and the timeline open. */
				peakRssMb: number;
		  }
		| {status: 'n/a'; reason: string};
};

async function pressAll(stdin: FakeTtyIn, out: FakeTtyOut, keys: readonly string[], settleOpts: {quietMs: number; maxMs: number}): Promise<KeyBytes> {
	const sizes: number[] = [];
	let settledAll = true;
	let lastText = '';
	for (const key of keys) {
		const before = out.bytes;
		const textBefore = out.text.length;
		const since = out.writes;
		stdin.press(key);
		settledAll = (await settle(out, {...settleOpts, since})) && settledAll;
		sizes.push(out.bytes - before);
		lastText = visible(out.text.slice(textBefore));
	}
	return {presses: sizes.length, meanBytes: Math.round(sizes.reduce((s, n) => s + n, 0) / Math.max(1, sizes.length)), maxBytes: Math.max(0, ...sizes), settledAll, lastText};
}

function List({count}: {readonly count: number}) {
	const [selected, setSelected] = useState(0);
	useInput((input) => {
		if (input === 'j') setSelected((s) => Math.min(count - 1, s + 1));
	});
	return (
		<Box flexDirection="column">
			{Array.from({length: count}, (_, i) => (
				<Text key={i} inverse={i === selected}>
					{`${String(i + 1).padStart(3)}  2019-02-01  Blackpool  inspection-judgement (inadequate)  a row of text to fill the line`}
				</Text>
			))}
		</Box>
	);
}

async function calibrate(incrementalRendering: boolean): Promise<KeyBytes> {
	const out = new FakeTtyOut(columns, rows);
	const stdin = new FakeTtyIn();
	// Shorter than the terminal: a frame as tall as the terminal is redrawn whole by Ink.
	const app = render(<List count={listRows} />, {stdout: out as never, stdin: stdin as never, stderr: out as never, patchConsole: false, exitOnCtrlC: false, incrementalRendering});
	await settle(out, {quietMs: 100, maxMs: 3000});
	const r = await pressAll(stdin, out, Array.from({length: 20}, () => 'j'), {quietMs: 60, maxMs: 2000});
	app.unmount();
	app.cleanup();
	return r;
}

type RunUi = (o: {data: unknown; streams: {stdin: unknown; stdout: unknown; stderr: unknown}; env: NodeJS.ProcessEnv; processHandlers?: boolean}) => Promise<number>;

export async function measureUiBytes(storePath: string, opts: {searchQuery: string; jPresses: number}): Promise<UiBytesResult> {
	const calibration = {fullRedraw: await calibrate(false), incremental: await calibrate(true), listRows};
	let runUi: RunUi | undefined;
	try {
		runUi = ((await import('../source/ui/run-ui.js')) as unknown as {runUi?: RunUi}).runUi;
	} catch (error) {
		return {calibration, ui: {status: 'n/a', reason: `the UI module did not load: ${(error as Error).message}`}};
	}
	if (!runUi) return {calibration, ui: {status: 'n/a', reason: 'source/ui/run-ui.tsx exports no runUi'}};
	const {openStore} = await import('../source/corpus/store/index.js');
	const store = await openStore(storePath, {readOnly: true});

	const out = new FakeTtyOut(columns, rows);
	const stdin = new FakeTtyIn();
	const errors: string[] = [];
	const stderr = {isTTY: false, write: (s: string) => errors.push(String(s)) > 0, on: () => stderr, off: () => stderr};
	let returned = false;
	let failed: Error | null = null;
	const running = runUi({data: store.data, streams: {stdin, stdout: out, stderr}, env: {...process.env, TERM: 'xterm-256color'}}).then(
		() => void (returned = true),
		(error: unknown) => void (failed = error as Error),
	);
	const settled = await settle(out, {quietMs: 400, maxMs: 60_000, since: 0});
	if (failed) return {calibration, ui: {status: 'n/a', reason: `runUi failed: ${(failed as Error).message}`}};
	if (returned) return {calibration, ui: {status: 'n/a', reason: `runUi returned before any key was pressed${errors.length ? `: ${errors.join(' ').trim()}` : ''}`}};
	if (!settled) return {calibration, ui: {status: 'n/a', reason: 'no first frame from runUi within 60 s'}};
	const firstFrameBytes = out.bytes;
	// '/' opens the search box; each character typed then searches (after the UI's own delay).
	await pressAll(stdin, out, ['/'], {quietMs: 300, maxMs: 10_000});
	const search = await pressAll(stdin, out, [...opts.searchQuery], {quietMs: 400, maxMs: 120_000});
	// Esc leaves the box, '3' opens the timeline, then j moves the cursor. The timeline's first opening merges
	// every report into lines, seconds at 50,000 articles with the event loop busy: j is pressed once it is drawn.
	await pressAll(stdin, out, ['\u001b'], {quietMs: 300, maxMs: 10_000});
	await pressAll(stdin, out, ['3'], {quietMs: 500, maxMs: 300_000});
	const timelineJ = await pressAll(stdin, out, Array.from({length: opts.jPresses}, () => 'j'), {quietMs: 150, maxMs: 10_000});
	stdin.press('q');
	await Promise.race([running, new Promise((r) => setTimeout(r, 3000))]);
	return {calibration, ui: {status: 'ok', firstFrameBytes, search, searchQuery: opts.searchQuery, timelineJ, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)}};
}
