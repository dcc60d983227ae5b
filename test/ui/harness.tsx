/**
 * The one harness for UI tests: renders the app through ink-testing-library at a given terminal size, presses
 * keys through the real input path (stdin → Ink's parser → useInput), and waits for the frame to change;
 * never a fixed sleep, never a mocked useInput.
 *
 * ink-testing-library's traps, handled here: the frame updates a macrotask after a write; a lone Esc is held
 * until the next setImmediate (in case it starts a sequence); its stdout has `columns` fixed at 100 and no
 * `rows`, so both are defined on the instance and a resize is emitted.
 */
import {readFileSync} from 'node:fs';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {storeSchema, type StoreData} from '../../source/corpus/schema.js';
import {App, type AppProps} from '../../source/ui/app.js';
import {commandNamed} from '../../source/ui/key-hints.js';
import {isPrintableSpec, type CommandName, type KeySpec} from '../../source/ui/keymap.js';

import {bundledStorePath} from '../helpers/paths.js';

export {bundledStorePath, repoRoot} from '../helpers/paths.js';

/** The bundled corpus, parsed once per test file (tests must not change it). */
export function bundledData(): StoreData {
	return storeSchema.parse(JSON.parse(readFileSync(bundledStorePath, 'utf8')));
}

/** Keys by name, as a terminal sends them. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlU: '\u0015',
} as const;

/** What a terminal sends for a key as the keymap names it (`enter`, `shift+tab`, `ctrl+u`, `space`, `G`). */
export function keySequence(spec: KeySpec): string {
	if (spec.startsWith('ctrl+')) return String.fromCharCode(spec.charCodeAt(5) - 0x60);
	const byName: Record<string, string> = {
		space: ' ',
		enter: keys.enter,
		escape: keys.escape,
		tab: keys.tab,
		'shift+tab': keys.shiftTab,
		up: keys.up,
		down: keys.down,
		left: keys.left,
		right: keys.right,
		pageup: keys.pageUp,
		pagedown: keys.pageDown,
		home: keys.home,
		end: keys.end,
		backspace: '\b',
		delete: keys.backspace,
	};
	const seq = byName[spec] ?? ([...spec].length === 1 ? spec : undefined);
	if (seq === undefined) throw new Error(`no key sequence for ${spec}`);
	return seq;
}

/**
 * What to send for a command: its first key in the keymap, or, where a text box has the keyboard (`typing`), its
 * first key that is not text.
 */
export function commandKey(name: CommandName, typing = false): string {
	const spec = commandNamed(name).keys.find((k) => !(typing && isPrintableSpec(k)));
	if (spec === undefined) throw new Error(`${name} has no key that works while typing`);
	return keySequence(spec);
}

export type RenderOptions = {
	readonly columns?: number;
	readonly rows?: number;
} & Omit<AppProps, 'data'>;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Polls `test` each turn of the event loop (a few ms apart after the first turns) until true or `timeoutMs`. */
export async function waitUntil(test: () => boolean, what: () => string, timeoutMs = 15_000): Promise<void> {
	// A loaded machine (a full run beside other work) can take many times an idle one's: the bound only names what never came.
	const deadline = Date.now() + Math.max(timeoutMs, 300_000);
	for (let turn = 0; ; turn++) {
		if (test()) return;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
		if (turn < 20) await nextTurn();
		else await new Promise<void>((resolve) => setTimeout(resolve, 5));
	}
}

export type AppHarness = Awaited<ReturnType<typeof renderApp>>;

/** Renders the app on `data` (or the store at a path) in a terminal of `columns` x `rows` (default 100x30). */
export async function renderApp(source: StoreData | string, opts: RenderOptions = {}) {
	const data = typeof source === 'string' ? storeSchema.parse(JSON.parse(readFileSync(source, 'utf8'))) : source;
	const columns = opts.columns ?? 100;
	const rows = opts.rows ?? 30;
	let quitCount = 0;
	const {columns: _c, rows: _r, ...appProps} = opts;
	const instance = render(<App data={data} env={{}} searchDelayMs={0} {...appProps} onQuit={() => (quitCount++, opts.onQuit?.())} />);
	const stdout = instance.stdout as unknown as NodeJS.WriteStream & {columns: number; rows: number};

	/** The last frame without ANSI styling. */
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	const lines = () => frame().split('\n');

	const resize = async (c: number, r: number) => {
		Object.defineProperty(stdout, 'columns', {value: c, configurable: true});
		Object.defineProperty(stdout, 'rows', {value: r, configurable: true});
		stdout.emit('resize');
		await waitUntil(
			() => lines().length > 2 && lines().length <= r - 1 && lines().every((l) => l.length <= c),
			() => `a ${c}x${r} frame, have:\n${frame()}`,
		);
	};
	await resize(columns, rows);

	const waitForText = async (text: string | RegExp, timeoutMs = 15_000) => {
		const has = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
		await waitUntil(has, () => `${String(text)} in:\n${frame()}`, timeoutMs);
	};

	/** Writes one key and waits until the frame changes. */
	const press = async (key: string) => {
		const before = instance.lastFrame();
		instance.stdin.write(key);
		await waitUntil(
			() => instance.lastFrame() !== before,
			() => `the frame to change after ${JSON.stringify(key)}; it is:\n${frame()}`,
		);
	};

	/** Presses a command by its name in the keymap (see `commandKey`) and waits until the frame changes. */
	const pressCommand = (name: CommandName, opts: {typing?: boolean} = {}) => press(commandKey(name, opts.typing));

	/** Writes a key that may leave the frame as it is (moving past the end, quitting), and lets Ink handle it. */
	const pressQuietly = async (key: string) => {
		instance.stdin.write(key);
		// Enough turns for Ink's parser (a lone Esc waits one setImmediate), React and the frame write.
		for (let i = 0; i < 5; i++) await nextTurn();
	};

	/**
	 * Types text one key at a time, each waiting for its frame. A space may leave the frame as it was (trailing
	 * spaces are not drawn, and without colour the cursor is too): it gets a few turns instead.
	 */
	const type = async (text: string) => {
		for (const ch of text) await (ch === ' ' ? pressQuietly(ch) : press(ch));
	};

	return {
		instance,
		frame,
		lines,
		press,
		pressCommand,
		pressQuietly,
		type,
		waitForText,
		resize,
		quitCount: () => quitCount,
		unmount: () => instance.unmount(),
	};
}

/** Throws unless every line of the frame fits the width and the frame is shorter than the terminal. */
export function expectFits(app: AppHarness, columns: number, rows: number): void {
	const lines = app.lines();
	if (lines.length > rows - 1) throw new Error(`frame of ${lines.length} lines in a ${rows}-row terminal:\n${app.frame()}`);
	const wide = lines.find((l) => l.length > columns);
	if (wide !== undefined) throw new Error(`line wider than ${columns}: ${JSON.stringify(wide)}`);
}

/** The index of the first line containing `text`, or -1. */
export function lineOf(app: AppHarness, text: string): number {
	return app.lines().findIndex((l) => l.includes(text));
}

/**
 * The lines the texts are on, in order: throws when one is not on screen (comparing a missing line's -1 with
 * another's index would pass for the wrong reason).
 */
export function linesWith(app: AppHarness, ...texts: string[]): number[] {
	return texts.map((t) => {
		const i = lineOf(app, t);
		if (i < 0) throw new Error(`${JSON.stringify(t)} is not on screen:\n${app.frame()}`);
		return i;
	});
}
