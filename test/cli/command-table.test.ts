/**
 * The command table is the one description of the command line: meow's flags, every `--help` and the README's
 * Commands block come from it, and every command's help works.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {commandTable, flagsOf, globalFlags, type CommandSpec} from '../../source/cli/command-table.js';
import {checkFlags} from '../../source/cli/flags.js';
import {commandHelp, meowFlags, synopsis, topHelp} from '../../source/cli/help.js';
import {withCommandsBlock} from '../../source/cli/readme-commands.js';
import {repoRoot, runBuilt, runCommand, tempStore} from '../helpers/cli.js';

const {store} = tempStore();
const named = commandTable.filter((c) => c.name !== '');
const label = (c: CommandSpec) => c.name || '(the UI)';

describe('the table', () => {
	it('names each command once, and describes each command and flag', () => {
		expect(new Set(commandTable.map((c) => c.name)).size).toBe(commandTable.length);
		for (const c of commandTable) {
			expect(c.summary, label(c)).not.toBe('');
			expect(c.description, label(c)).not.toBe('');
			expect(c.examples.length, label(c)).toBeGreaterThan(0);
			for (const [name, f] of Object.entries(flagsOf(c))) expect(f.description, `${label(c)} --${name}`).not.toBe('');
		}
	});

	it('gives a flag that several commands share one type (meow parses it one way for all)', () => {
		const types = new Map<string, string>();
		for (const c of commandTable)
			for (const [name, f] of Object.entries(flagsOf(c))) {
				const type = f.type === 'boolean' ? 'boolean' : 'string';
				expect(types.get(name) ?? type, `--${name} in ${label(c)}`).toBe(type);
				types.set(name, type);
			}
	});

	it('makes meow parse every flag of every command, and no other', () => {
		const meow = meowFlags();
		// meow's keys are camelCase: `--url-list` is `urlList`.
		const camel = (typed: string) => typed.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
		const all = new Set([...commandTable.flatMap((c) => Object.keys(c.flags)), ...Object.keys(globalFlags)].map(camel));
		expect(new Set(Object.keys(meow))).toEqual(all);
		expect(meow.help).toMatchObject({type: 'boolean', shortFlag: 'h'});
		// Every string flag is a list for meow, so that a repeat reaches the dispatcher, which refuses it where the
		// command does not allow one; booleans stay booleans.
		expect(meow.authority!.isMultiple).toBe(true);
		expect(meow.speaker!.isMultiple).toBe(true);
		expect(meow.json!.isMultiple).toBeUndefined();
	});

	it("accepts every example the help shows (its flags are the command's, its values allowed)", () => {
		for (const c of commandTable)
			for (const example of c.examples) {
				const words = [...example.replace(/\s[>|].*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
				expect(words[0], example).toBe('scrutiny');
				const rest = c.name ? words.slice(2) : words.slice(1);
				if (c.name) expect(words[1], example).toBe(c.name);
				const flags: Record<string, unknown> = {};
				for (let i = 0; i < rest.length; i++) {
					if (!rest[i]!.startsWith('--')) continue;
					const name = rest[i]!.slice(2);
					const spec = flagsOf(c)[name];
					expect(spec, `${example}: --${name}`).toBeDefined();
					if (spec!.type === 'boolean') flags[name] = true;
					else flags[name] = spec!.repeatable ? [...((flags[name] as string[]) ?? []), rest[++i]] : rest[++i];
				}
				expect(() => checkFlags(c, flags), example).not.toThrow();
			}
	});
});

describe('help', () => {
	it('the top-level help lists every command with its synopsis, and says a pipe gets the dashboard', () => {
		const help = topHelp();
		for (const c of commandTable) expect(help).toContain(synopsis(c));
		expect(help).toMatch(/without a terminal on stdin and stdout, the dashboard as text/);
		expect(help).not.toMatch(/needs a terminal/);
		expect(help).toContain('--name NAME');
		expect(help).toContain('--rebuild');
	});

	it.each(commandTable.map((c) => [label(c), c] as const))('%s --help: exit 0, its synopsis, every flag it takes and its examples', async (_, c) => {
		const r = await runCommand(c.name || undefined, [], {help: true, db: store});
		expect(r.status).toBe(0);
		expect(r.stderr).toBe('');
		if (c.name) {
			expect(r.stdout).toBe(`${commandHelp(c)}\n`);
			for (const [name, f] of Object.entries(c.flags)) if (!f.hidden) expect(r.stdout).toContain(`--${name}`);
			for (const e of c.examples) expect(r.stdout).toContain(e);
		} else expect(r.stdout).toBe(`${topHelp()}\n`);
		expect(r.stdout).toContain(synopsis(c));
	});

	it('--help wins over other mistakes on the line: it shows the help', async () => {
		const r = await runCommand('timeline', [], {help: true, from: '2019-13', db: store});
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('scrutiny timeline');
	});

	it('the built program: --help and -h for every command, exit 0, the help on stdout', () => {
		for (const c of commandTable)
			for (const flag of ['--help', '-h']) {
				const r = runBuilt([...(c.name ? [c.name] : []), flag]);
				expect(r.status, `${label(c)} ${flag}: ${r.stderr}`).toBe(0);
				expect(r.stderr).toBe('');
				expect(r.stdout).toContain(synopsis(c));
			}
		// One program start per command and flag, one after another: a busy machine makes each take seconds.
	}, 600_000);

	it('an unknown command with --help is still a usage error', () => {
		const r = runBuilt(['frobnicate', '--help']);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
	});

	it("a usage error points at the command's own help", async () => {
		const r = await runCommand('timeline', [], {from: 'soon', db: store});
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr.trim()).toMatch(/ \(see 'scrutiny timeline --help'\)$/);
	});

	it.each(named.map((c) => [c.name, c] as const))('%s: a flag it does not take is a usage error naming it', async (_, c) => {
		const foreign = Object.keys(meowFlags()).find((f) => !(f in flagsOf(c)))!;
		const r = await runCommand(c.name, [], {[foreign]: foreign === 'authority' || foreign === 'type' || foreign === 'origin' ? ['x'] : 'x', db: store});
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(`--${foreign} is not an option of '${c.name}'`);
	});
});

it('the README\'s Commands block is the table\'s (run `npm run commands` when this fails)', () => {
	const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
	expect(readme).toBe(withCommandsBlock(readme));
	for (const c of commandTable) expect(readme).toContain(`    ${synopsis(c)}\n`);
});
