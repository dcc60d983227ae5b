/**
 * Command dispatch, shared by the real entry point and the in-process CLI tests. Returns the exit status;
 * never calls process.exit, so that tests and the UI can run it. Which commands exist and which flags each takes
 * is the command table's (command-table.ts); this checks a call against it and runs the command.
 */
import {storeStateNow} from '../corpus/store/file-identity.js';
import {commandNamed} from './command-table.js';
import {exitFor, println, storePath, UsageError, type Context} from './context.js';
import {checkFlags} from './flags.js';
import {commandHelp, topHelp} from './help.js';
import {runFromRecords} from './store-source.js';

export type Runner = {
	/** Opens the terminal UI; only called when stdin and stdout are terminals. */
	readonly openUi?: (ctx: Context) => Promise<number>;
	readonly interactive: boolean;
};

export async function run(command: string | undefined, given: Context, runner: Runner): Promise<number> {
	let ctx = given;
	const name = command ?? '';
	const spec = commandNamed(name);
	try {
		if (spec === undefined) throw new UsageError(`unknown command '${name}'`);
		if (name === '' && ctx.args.length > 0) throw new UsageError(`unknown command '${ctx.args[0]}'`);
		// `scrutiny --help`, `scrutiny timeline --help`, `-h`: the help, whatever else was typed.
		if (ctx.flags.help) {
			println(ctx.stdout, name === '' ? topHelp() : commandHelp(spec));
			return 0;
		}
		ctx = {...ctx, flags: checkFlags(spec, ctx.flags)};
		if (!spec.args && ctx.args.length > 0) throw new UsageError(`${name} takes no arguments (got '${ctx.args[0]}')`);
		if (name === '' && runner.interactive && runner.openUi) return await runner.openUi(ctx);
		// A list command prints its saved answer when it has one of the store as it is (saved-answers.ts), else
		// answers from the records beside the store when they are of its current state.
		if (spec.readsRecords) {
			const answers = await import('./saved-answers.js');
			const key = answers.answerKey(name, ctx);
			if (key && answers.printSavedAnswer(ctx, key)) return 0;
			const file = storePath(ctx);
			const save = key && answers.worthSaving(file) ? (parts: readonly (string | Uint8Array)[], state: string | null) => void answers.saveAnswer(file, key, parts, state) : undefined;
			// Else from the command's row table (filtered calls, and the first call after an edit), saved as the
			// answer when it is one (printing it again is faster than picking every row again).
			const tables = await import('./row-tables/table-answer.js');
			const state = save ? storeStateNow(file) : null;
			const table = await tables.printFromTable(name, ctx, save && ((parts) => save(parts, state)));
			if (table === 'printed') return 0;
			const status = await runFromRecords(ctx, spec.run, save);
			if (status === 0 && table === 'missing' && answers.worthSaving(file)) await tables.saveAfterMiss(file, name);
			return status;
		}
		return await spec.run(ctx);
	} catch (error) {
		return exitFor(ctx, error, spec ? name : '');
	}
}
