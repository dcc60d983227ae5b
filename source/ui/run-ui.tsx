/**
 * Runs the UI on a terminal and gives the terminal back on every way out: quit, Ctrl+C, SIGTERM, SIGHUP,
 * SIGINT, an exception. The UI draws on the alternate screen (like less or vim), so quitting leaves the shell's
 * screen as it was; the cursor is shown and raw mode turned off whatever happened.
 *
 * Ink resolves `waitUntilExit()` on a normal exit and rejects it with the error when rendering failed (its own
 * error boundary calls `exit(error)`); an error exits 1 here, where Ink alone would let the process end with 0.
 */
import type {Searcher} from '../search/search.js';
import {render, type Instance} from 'ink';
import {constants} from 'node:os';
import type {StoreData} from '../corpus/schema.js';
import {safeLine} from '../text/terminal-safety.js';
import {App, type AppProps} from './app.js';
import {terminalClipboard} from './clipboard.js';
import {withRewindFix} from './ink-rewind-fix.js';

const enterAltScreen = '\u001B[?1049h\u001B[H';
const leaveAltScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

export type UiStreams = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
};

export type RunUiOptions = {
	readonly data: StoreData;
	/** A store still being read (see AppProps.pending). */
	readonly pending?: AppProps['pending'];
	readonly reload?: () => Promise<StoreData>;
	/** How to get a searcher for the data (the index cache); default: build one. */
	readonly searcherFor?: (data: StoreData) => Searcher;
	readonly streams: UiStreams;
	readonly env: NodeJS.ProcessEnv;
	/** Print stack traces of internal errors. */
	readonly debug?: boolean;
	/** Install process handlers for signals and uncaught errors (the real program does; tests do not). */
	readonly processHandlers?: boolean;
	readonly views?: AppProps['views'];
	/** `--ascii`: ASCII in place of block and box characters in charts and markers. */
	readonly ascii?: boolean;
	/** Saves a curated change to the store (see AppProps.curate). */
	readonly curate?: AppProps['curate'];
	/** Called when the person quits through the keymap (q, Ctrl+C). */
	readonly onQuit?: AppProps['onQuit'];
	/** Called after each frame drawn from the store's data (see AppProps.onFrame). */
	readonly onFrame?: AppProps['onFrame'];
};

const handledSignals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

export async function runUi(o: RunUiOptions): Promise<number> {
	const {stdin, stdout, stderr} = o.streams;
	const alt = Boolean(stdout.isTTY);
	let instance: Instance | undefined;
	let restored = false;
	/** Idempotent and safe when the terminal is gone (SIGHUP): every step is best-effort. */
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			instance?.unmount();
		} catch {}
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
		} catch {}
		try {
			stdout.write(showCursor + (alt ? leaveAltScreen : ''));
		} catch {}
	};
	const fail = (error: unknown) => {
		const e = error instanceof Error ? error : new Error(String(error));
		try {
			// A store that failed to load is the person's file, not our bug: its one line, as the CLI gives it.
			stderr.write(e.name === 'StoreError' ? `scrutiny: ${safeLine(e.message)}\n` : `scrutiny: internal error: ${safeLine(e.message)}\n`);
			if (o.debug && e.stack) stderr.write(`${safeLine(e.stack)}\n`);
		} catch {}
	};
	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		process.exit(128 + (constants.signals[signal] ?? 1));
	};
	const onCrash = (error: unknown) => {
		restore();
		fail(error);
		process.exit(1);
	};
	// A hung-up terminal fails writes asynchronously; that must not become an unhandled 'error' event.
	const ignore = () => {};
	if (o.processHandlers) {
		for (const s of handledSignals) process.on(s, onSignal);
		process.on('uncaughtException', onCrash);
		process.on('unhandledRejection', onCrash);
		stdout.on('error', ignore);
	}
	try {
		if (alt) stdout.write(enterAltScreen);
		instance = render(
			<App
				data={o.data}
				{...(o.pending ? {pending: o.pending} : {})}
				env={o.env}
				clipboard={terminalClipboard(stdout, o.env)}
				{...(o.reload ? {reload: o.reload} : {})}
				{...(o.searcherFor ? {searcherFor: o.searcherFor} : {})}
				{...(o.views ? {views: o.views} : {})}
				{...(o.curate ? {curate: o.curate} : {})}
				{...(o.onQuit ? {onQuit: o.onQuit} : {})}
				{...(o.onFrame ? {onFrame: o.onFrame} : {})}
				ascii={o.ascii ?? false}
			/>,
			// Ink gets stdout through the rewind fix; the clipboard writes to stdout directly (OSC 52 moves nothing).
			// Ctrl+C is the keymap's (force-quit), as in the test harness: Ink's own handler would take it first.
			{stdin, stdout: withRewindFix(stdout), stderr, exitOnCtrlC: false, incrementalRendering: true, patchConsole: true},
		);
		await instance.waitUntilExit();
		restore();
		return 0;
	} catch (error) {
		restore();
		fail(error);
		return 1;
	} finally {
		restore();
		if (o.processHandlers) {
			for (const s of handledSignals) process.off(s, onSignal);
			process.off('uncaughtException', onCrash);
			process.off('unhandledRejection', onCrash);
			stdout.off('error', ignore);
		}
	}
}
