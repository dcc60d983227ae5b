/** What every command gets: its arguments, flags, output streams and the store path. */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {QueryError} from '../corpus/queries.js';
import {cleanText, safeLine} from '../text/terminal-safety.js';
import type {ReadPlan} from './store-source.js';

export type Flags = {
	db?: string;
	json?: boolean;
	csv?: boolean;
	md?: boolean;
	authority?: string[];
	speaker?: string;
	type?: string[];
	from?: string;
	to?: string;
	origin?: string[];
	in?: string;
	limit?: number;
	name?: string;
	rebuild?: boolean;
	urlList?: string;
	ascii?: boolean;
	debug?: boolean;
	help?: boolean;
	excel?: boolean;
	freq?: string;
	episode?: string;
};

export type Output = {write(s: string | Uint8Array): unknown; isTTY?: boolean; columns?: number};

export type Context = {
	readonly args: readonly string[];
	readonly flags: Flags;
	readonly stdout: Output;
	readonly stderr: Output;
	readonly env: NodeJS.ProcessEnv;
	/** How a list command reads the store (store-source.ts); absent: from the store. */
	readonly readPlan?: ReadPlan;
};

/** A mistake in how the command was called: exit status 2 with the usage line. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** The work failed (unreadable store, every input rejected...): exit status 1. The message is one line. */
export class FailError extends Error {
	override readonly name = 'FailError';
}

/**
 * The repository (or installed package) root. This module is two levels below it wherever it runs: source/cli/,
 * dist/cli/, or the bundle's dist/bundle/ (bundle.js).
 */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

export const bundledStore = path.join(packageRoot, 'data', 'corpus.json');

/** `--db`, else `$SCRUTINY_DB`, else the bundled store. */
export function storePath(ctx: Context): string {
	return ctx.flags.db ?? ctx.env.SCRUTINY_DB ?? bundledStore;
}

/**
 * Writes one block of plain output. Every command cleans the store's text where it formats it; this cleans the
 * whole block once more, so that a field a command forgot (or text from the command line echoed back) still
 * cannot drive the terminal. Plain output has no styling of its own, and JSON is escaped already, so nothing
 * of the program's own is lost.
 */
export function println(out: Output, s = ''): void {
	out.write(`${cleanText(s).text}\n`);
}

/** One line on stderr: `scrutiny: <message>`, cleaned of anything a terminal would act on. */
export function printError(ctx: Context, message: string): void {
	println(ctx.stderr, `scrutiny: ${safeLine(message)}`);
}

/** Maps a thrown error to an exit status and a one-line message. */
export function exitFor(ctx: Context, error: unknown, command = ''): number {
	if (error instanceof UsageError) {
		// One line, as the contract promises: the reason, then where the usage is.
		printError(ctx, `${error.message} (see 'scrutiny ${command ? `${command} ` : ''}--help')`);
		return 2;
	}
	// A StoreError is known by its name: importing its class would load the store's reader (and zod) with every
	// command, the UI's first frame included.
	if ((error instanceof Error && error.name === 'StoreError') || error instanceof FailError || error instanceof QueryError) {
		printError(ctx, error.message);
		return 1;
	}
	printError(ctx, `internal error: ${(error as Error)?.message ?? String(error)}`);
	if (ctx.flags.debug && error instanceof Error && error.stack) println(ctx.stderr, safeLine(error.stack));
	return 1;
}

/**
 * The output asked for: --json, --csv (also --excel, which is CSV for Excel) or --md, else text. Which flags a
 * command takes, and that only one format is asked for, the command table has checked already.
 */
export function outputMode(ctx: Context): 'text' | 'json' | 'csv' | 'md' {
	if (ctx.flags.json) return 'json';
	if (ctx.flags.csv || ctx.flags.excel) return 'csv';
	if (ctx.flags.md) return 'md';
	return 'text';
}
