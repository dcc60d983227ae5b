/**
 * Command dispatch, shared by the real entry point and the in-process CLI tests. Returns the exit status;
 * never calls process.exit, so that tests and the UI can run it.
 */
import {plainDashboard} from './commands/dashboard.js';
import {exitFor, UsageError, type Context} from './context.js';

const importCommands = async () => import('./commands/import.js');
const listCommands = async () => import('./commands/lists.js');

// Each command's module is imported when the command runs: a listing does not load the importer (chrono-node,
// csv-parse), and the terminal UI loads neither before its first frame.
export const commands: Record<string, (ctx: Context) => Promise<number>> = {
	import: async (ctx) => (await importCommands()).importCommand(ctx),
	'import-ofsted': async (ctx) => (await importCommands()).importOfstedCommand(ctx),
	articles: async (ctx) => (await listCommands()).articlesCommand(ctx),
	quotes: async (ctx) => (await listCommands()).quotesCommand(ctx),
	people: async (ctx) => (await listCommands()).peopleCommand(ctx),
	timeline: async (ctx) => (await listCommands()).timelineCommand(ctx),
	search: async (ctx) => (await listCommands()).searchCommand(ctx),
	compare: async (ctx) => (await listCommands()).compareCommand(ctx),
};

/** Flags each command accepts besides --db and --debug: anything else is a usage error, not silently ignored. */
const allowedFlags: Record<string, readonly string[]> = {
	'': ['ascii'],
	import: ['json', 'name', 'rebuild'],
	'import-ofsted': ['json'],
	articles: ['authority', 'json'],
	quotes: ['speaker', 'authority', 'json'],
	people: ['authority', 'json'],
	timeline: ['authority', 'type', 'from', 'to', 'origin', 'json', 'csv', 'md', 'ascii'],
	search: ['in', 'limit', 'json'],
	compare: ['json', 'md'],
};

export type Runner = {
	/** Opens the terminal UI; only called when stdin and stdout are terminals. */
	readonly openUi?: (ctx: Context) => Promise<number>;
	readonly interactive: boolean;
};

export async function run(command: string | undefined, ctx: Context, runner: Runner): Promise<number> {
	try {
		const name = command ?? '';
		const allowed = allowedFlags[name];
		if (allowed === undefined) throw new UsageError(`unknown command '${name}'`);
		for (const [flag, value] of Object.entries(ctx.flags)) {
			if (value === undefined || value === false || (Array.isArray(value) && value.length === 0) || flag === 'db' || flag === 'debug') continue;
			if (!allowed.includes(flag)) throw new UsageError(`--${flag} is not an option of ${name === '' ? 'the terminal UI' : `'${name}'`}`);
		}
		if (ctx.flags.db === '') throw new UsageError('--db needs a file');
		if (name === '') {
			if (ctx.args.length > 0) throw new UsageError(`unknown command '${ctx.args[0]}'`);
			if (runner.interactive && runner.openUi) return await runner.openUi(ctx);
			return await plainDashboard(ctx);
		}
		return await commands[name]!(ctx);
	} catch (error) {
		return exitFor(ctx, error);
	}
}
