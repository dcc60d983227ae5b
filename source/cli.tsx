#!/usr/bin/env node
/**
 * The entry point: parse the command line with meow, decide between the terminal UI and plain output before
 * anything is rendered, and exit with the command's status.
 */
import meow from 'meow';
import type {Context} from './cli/context.js';
import {run} from './cli/run.js';
import {safeLine} from './text/terminal-safety.js';

// meow reports unknown flags itself, on stderr, and exits 2. It echoes each flag as typed, and a flag can hold an
// escape sequence: put its report into the one-line form of every other usage error, cleaned.
const consoleError = console.error;
console.error = (...parts: unknown[]) => {
	const text = parts.map(String).join(' ');
	const unknown = /^Unknown flags?\n/.exec(text);
	if (unknown) {
		const flags = text.slice(unknown[0].length).split('\n');
		consoleError(`scrutiny: unknown flag${flags.length > 1 ? 's' : ''} ${safeLine(flags.join(', '))}\nRun 'scrutiny --help' for usage.`);
	} else {
		consoleError(safeLine(text));
	}
};

const cli = meow(
	`
  Usage
    $ scrutiny [--db FILE]                           the terminal UI (needs a terminal)
    $ scrutiny import PATH... [--db FILE] [--json]   ingest article text files (files or folders of *.txt)
    $ scrutiny import-ofsted CSV [--db FILE]         load official judgements (ILACS history CSV)
    $ scrutiny articles [--authority A] [--json]
    $ scrutiny quotes   [--speaker NAME] [--authority A] [--json]
    $ scrutiny people   [--authority A] [--json]
    $ scrutiny timeline [--authority A]... [--type T]... [--origin O]... [--from DATE] [--to DATE] [--json | --csv | --md]
    $ scrutiny search QUERY [--in quotes|articles|people|events] [--limit N] [--json]
    $ scrutiny compare A B [--json | --md]

  Options
    --db FILE     the store (default: $SCRUTINY_DB, else the bundled data/corpus.json)
    --json        one JSON document on stdout
    --ascii       the UI's charts and markers in ASCII (for terminals or fonts without block characters)
    --debug       show stack traces for internal errors

  Examples
    $ scrutiny quotes --speaker blackburn
    $ scrutiny timeline --authority "north east lincs" --csv > nel.csv
    $ scrutiny compare blackpool "NE Lincolnshire" --md
`,
	{
		importMeta: import.meta,
		allowUnknownFlags: false,
		flags: {
			db: {type: 'string'},
			json: {type: 'boolean'},
			csv: {type: 'boolean'},
			md: {type: 'boolean'},
			authority: {type: 'string', isMultiple: true},
			speaker: {type: 'string'},
			type: {type: 'string', isMultiple: true},
			origin: {type: 'string', isMultiple: true},
			from: {type: 'string'},
			to: {type: 'string'},
			in: {type: 'string'},
			limit: {type: 'number'},
			name: {type: 'string'},
			rebuild: {type: 'boolean'},
			ascii: {type: 'boolean'},
			debug: {type: 'boolean'},
		},
	},
);
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
const ctx: Context = {args, flags: cli.flags as Context['flags'], stdout: process.stdout, stderr: process.stderr, env: process.env};
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
