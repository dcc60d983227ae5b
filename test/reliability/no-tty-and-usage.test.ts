/**
 * No TTY (issue 6, item 12) and usage errors (item 9), beyond what test/cli/commands.test.ts already checks
 * (an unknown command or flag exits 2; `articles` on a missing store or a directory exits 1).
 *
 * - `scrutiny` with stdin from /dev/null or a pipe prints the plain dashboard and exits 0, also when stdout
 *   alone is a terminal (as `script` gives it): never Ink's "Raw mode is not supported".
 * - Every command says what is wrong with a missing store or a store path that is a directory, in one line.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Flags} from '../../source/cli/context.js';
import {builtCli, runCommand, tempStore, childHangMs} from '../helpers/cli.js';
import {sharedDir} from '../helpers/paths.js';
import {spawnBuilt} from './synthetic.js';

const {dir, store} = tempStore();
const shellQuote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs a shell command line inside a pseudo-terminal (util-linux `script`), returning what the terminal got. */
function inPty(commandLine: string): {status: number | null; output: string} {
	const r = spawnSync('script', ['-qec', commandLine, '/dev/null'], {encoding: 'utf8', timeout: childHangMs, env: {...process.env, TERM: 'xterm'}});
	return {status: r.status, output: r.stdout + r.stderr};
}

function expectPlainDashboard(output: string): void {
	expect(output).not.toMatch(/Raw mode/i);
	expect(output).toContain('Blackpool');
	expect(output).toContain('Not a terminal');
	// No Ink frame: no cursor hiding or alternate screen.
	expect(output).not.toMatch(/\u001b\[\?(25l|1049h)/);
}

describe('without a terminal', () => {
	it('stdin from /dev/null: the plain dashboard, exit 0', async () => {
		const r = await spawnBuilt(['--db', store]).done;
		expect(r.status).toBe(0);
		expectPlainDashboard(r.stdout.toString());
		expect(r.stderr.toString()).toBe('');
	});

	it('stdin from a pipe with data in it: the plain dashboard, exit 0, the input left unread', () => {
		const r = spawnSync(process.execPath, [builtCli, '--db', store], {input: 'q\r\u001b[A\n', encoding: 'utf8', timeout: childHangMs});
		expect(r.status).toBe(0);
		expectPlainDashboard(r.stdout);
		expect(r.stderr).toBe('');
	});

	it.runIf(hasScript)('stdout a terminal but stdin /dev/null (ssh host scrutiny < file): plain output, exit 0', () => {
		const r = inPty(`${shellQuote(process.execPath)} ${shellQuote(builtCli)} --db ${shellQuote(store)} < /dev/null`);
		expect(r.status).toBe(0);
		expectPlainDashboard(r.output);
	});

	it.runIf(hasScript)('stdin a terminal but stdout a pipe (scrutiny | less): plain output, exit 0', () => {
		const r = inPty(`${shellQuote(process.execPath)} ${shellQuote(builtCli)} --db ${shellQuote(store)} | cat`);
		expect(r.status).toBe(0);
		expectPlainDashboard(r.output);
	});

	it('every command runs with stdin from /dev/null', async () => {
		for (const args of [['articles'], ['quotes', '--json'], ['people'], ['timeline', '--csv'], ['search', 'poundland'], ['compare', 'blackpool', 'north east lincs']]) {
			const r = await spawnBuilt([...args, '--db', store]).done;
			expect(r.status, `${args.join(' ')}: ${r.stderr.toString()}`).toBe(0);
			expect(r.stderr.toString()).not.toMatch(/Raw mode/i);
		}
	});

	it('a reader that stops early (scrutiny ... | head) ends it quietly: no stack trace', () => {
		const r = spawnSync('sh', ['-c', `${shellQuote(process.execPath)} ${shellQuote(builtCli)} quotes --json --db ${shellQuote(store)} | head -c 10 > /dev/null; echo "status $?"`], {
			encoding: 'utf8',
			timeout: childHangMs,
		});
		expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
		expect(r.stdout).toMatch(/status 0/);
	});
});

describe('usage errors', () => {
	const expectUsage = (r: {status: number | null; stdout: string; stderr: string}, message: RegExp) => {
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
		// One line: the reason, and where the usage is.
		expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^scrutiny: .* \(see 'scrutiny ([a-z-]+ )?--help'\)$/)]);
	};

	// In-process: these are decided by the command dispatcher, the same code the built program runs.
	it.each<[string | undefined, string[], Flags, RegExp]>([
		['import', [], {}, /import needs at least one file or folder/],
		['search', [], {}, /search needs a query/],
		['compare', ['blackpool'], {}, /compare takes two authorities/],
		['search', ['x'], {limit: Number.NaN}, /--limit takes a positive whole number/],
		['search', ['x'], {in: 'nowhere'}, /--in takes one of quotes, articles, people, events \(got 'nowhere'\)/],
		['timeline', [], {from: 'last week'}, /--from takes a date as YYYY, YYYY-MM or YYYY-MM-DD \(got 'last week'\)/],
		['timeline', [], {type: ['coup']}, /--type takes one of inspection-judgement, .*, other \(got 'coup'\)/],
		['timeline', [], {json: true, csv: true}, /choose one of --json, --csv/],
		['articles', ['extra'], {}, /takes no arguments/],
		['import-ofsted', [], {}, /import-ofsted needs exactly one CSV file/],
		[undefined, [], {rebuild: true}, /--rebuild is not an option of the terminal UI/],
	])('%s %j %j exits 2 with one line and the usage hint', async (command, args, flags, message) => {
		expectUsage(await runCommand(command, args, {...flags, db: store}), message);
	});

	it('an unknown flag (reported by meow) exits 2 in the same one-line form', () => {
		expectUsage(spawnSync(process.execPath, [builtCli, 'articles', '--nope', '--json', '--db', store], {encoding: 'utf8', timeout: childHangMs}), /unknown flag --nope/);
	});

	it('--limit that is not a number exits 2', () => {
		expectUsage(spawnSync(process.execPath, [builtCli, 'search', 'x', '--limit', 'many', '--db', store], {encoding: 'utf8', timeout: childHangMs}), /--limit/);
	});

	it('--db with no file after it exits 2', () => {
		const r = spawnSync(process.execPath, [builtCli, 'articles', '--db'], {encoding: 'utf8', timeout: childHangMs});
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/--db needs a value/);
	});

	it('--help exits 0 with the usage on stdout', () => {
		const r = spawnSync(process.execPath, [builtCli, '--help'], {encoding: 'utf8', timeout: childHangMs});
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Usage/);
	});
});

describe('the store path', () => {
	const readers: Array<[string | undefined, string[], Flags]> = [
		[undefined, [], {}],
		['articles', [], {}],
		['quotes', [], {}],
		['people', [], {}],
		['timeline', [], {}],
		['search', ['poundland'], {}],
		['compare', ['blackpool', 'north east lincs'], {}],
	];

	it.each(readers)('%s: a missing store says there is no such store, exit 1', async (command, args, flags) => {
		const missing = path.join(dir, 'nothing-here.json');
		const r = await runCommand(command, args, {...flags, db: missing});
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(`scrutiny: ${missing}: no such store (use \`scrutiny import\` to create one)\n`);
		expect(existsSync(missing)).toBe(false);
	});

	it.each(readers)('%s: a store path that is a directory says so, exit 1', async (command, args, flags) => {
		const r = await runCommand(command, args, {...flags, db: dir});
		expect(r.status).toBe(1);
		expect(r.stderr).toBe(`scrutiny: ${dir}: is a directory\n`);
	});

	it('$SCRUTINY_DB naming a missing store says so', () => {
		const missing = path.join(dir, 'from-env.json');
		const r = spawnSync(process.execPath, [builtCli, 'quotes'], {encoding: 'utf8', timeout: childHangMs, env: {...process.env, SCRUTINY_DB: missing}});
		expect(r.status).toBe(1);
		expect(r.stderr).toBe(`scrutiny: ${missing}: no such store (use \`scrutiny import\` to create one)\n`);
	});

	it('import into a directory, or into a folder that does not exist, says so and creates nothing', () => {
		const before = readdirSync(dir).sort();
		const intoDir = spawnSync(process.execPath, [builtCli, 'import', path.join(dir, 'corpus.json'), '--db', dir], {encoding: 'utf8', timeout: childHangMs});
		expect(intoDir.status).toBe(1);
		expect(intoDir.stderr).toBe(`scrutiny: ${dir}: is a directory\n`);
		const nowhere = path.join(dir, 'no', 'such', 'folder', 'store.json');
		const intoNowhere = spawnSync(process.execPath, [builtCli, 'import', path.join(dir, 'corpus.json'), '--db', nowhere], {encoding: 'utf8', timeout: childHangMs});
		expect(intoNowhere.status).toBe(1);
		expect(intoNowhere.stderr).toBe(`scrutiny: ${nowhere}: cannot create: no such directory\n`);
		expect(readdirSync(dir).sort()).toEqual(before);
	});

	it('import-ofsted into a directory says so', () => {
		const csv = path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv');
		const r = spawnSync(process.execPath, [builtCli, 'import-ofsted', csv, '--db', dir], {
			encoding: 'utf8',
			timeout: childHangMs,
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toBe(`scrutiny: ${dir}: is a directory\n`);
	});
});
