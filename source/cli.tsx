#!/usr/bin/env node
/**
 * The entry point: parse the command line with meow, decide between the terminal UI and plain output before
 * anything is rendered, and exit with the command's status.
 */
import meow from 'meow';
import type {Context} from './cli/context.js';
import {run} from './cli/run.js';
import {flagWithoutValue} from './cli/flags.js';
import {asCommandsReadThem, meowFlags, topHelp} from './cli/help.js';
import {safeLine} from './text/terminal-safety.js';

// meow reports unknown flags itself, on stderr, and exits 2. It echoes each flag as typed, and a flag can hold an
// escape sequence: put its report into the one-line form of every other usage error, cleaned.
const parsedFlags = meowFlags();
const consoleError = console.error;
console.error = (...parts: unknown[]) => {
	const text = parts.map(String).join(' ');
	const unknown = /^Unknown flags?\n/.exec(text);
	if (unknown) {
		const flags = text.slice(unknown[0].length).split('\n');
		consoleError(`scrutiny: unknown flag${flags.length > 1 ? 's' : ''} ${safeLine(flags.join(', '))} (see 'scrutiny --help')`);
	} else {
		consoleError(safeLine(text));
	}
};

const cli = meow(topHelp(), {
	importMeta: import.meta,
	allowUnknownFlags: false,
	// --help and -h are the command table's: `scrutiny timeline --help` prints the timeline's help.
	autoHelp: false,
	flags: parsedFlags,
});
console.error = consoleError;

// A reader that goes away (`scrutiny quotes | head`) is not worth a stack trace: stop quietly with the status a
// shell reports for a process ended by SIGPIPE. Other output errors get the usual one line; an error on stderr
// itself has nowhere to be reported.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE' && error.code !== 'EIO') {
		process.stderr.write(`scrutiny: cannot write the output: ${error.code ?? error.message}\n`);
	}

	process.exit(error.code === 'EPIPE' ? 141 : 1);
});
process.stderr.on('error', () => undefined);

const [command, ...args] = cli.input;
// meow drops a list flag typed without its value (`timeline --authority`), which would then show everything: an
// empty value stands in for it, and the dispatcher reports it as a usage error.
const stringFlags = new Set(Object.entries(parsedFlags).filter(([, f]) => f.type === 'string').map(([n]) => n));
const valueless = flagWithoutValue(process.argv.slice(2), stringFlags);
const flags = {...asCommandsReadThem(cli.flags), ...(valueless ? {[valueless]: ''} : {})} as Context['flags'];
const ctx: Context = {args, flags, stdout: process.stdout, stderr: process.stderr, env: process.env};
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !cli.flags.json;

const status = await run(command, ctx, {
	interactive,
	// The UI (Ink, React) is loaded only when it is opened: plain commands start faster without it.
	openUi: async (c) => {
		// Both ends are terminals, so the UI is wanted; but with CI set Ink draws only the final frame and ignores
		// resizes. Ink reads CI once, when it is first imported, which is just below.
		for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[name];
		return (await importUi()).openUi(c);
	},
});
process.exitCode = status;

/**
 * Imports the UI with the global `fetch` hidden. yoga-layout (Ink's layout engine) carries its WebAssembly as a
 * data: URL and, where `fetch` exists, decodes it through fetch, which first loads Node's HTTP client: about
 * 30 ms of the first frame. Without `fetch` it decodes the base64 itself. Nothing else is running meanwhile.
 */
async function importUi(): Promise<typeof import('./cli/commands/ui.js')> {
	const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	delete (globalThis as {fetch?: unknown}).fetch;
	try {
		return await import('./cli/commands/ui.js');
	} finally {
		if (fetchProperty) Object.defineProperty(globalThis, 'fetch', fetchProperty);
	}
}
