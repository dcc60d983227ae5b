/**
 * Everything the command table generates as text: meow's flag definitions, the top-level `--help`,
 * `scrutiny CMD --help`, and the README's "Commands" block. Pure functions of the table.
 */
import {largest} from '../text/largest.js';
import {commandTable, globalFlags, type CommandSpec, type FlagSpec} from './command-table.js';

/** What meow needs to parse a flag. */
export type MeowFlag = {type: 'string' | 'boolean'; isMultiple?: boolean; shortFlag?: string};

/**
 * meow's flags: the union of every command's. A flag that several commands share is parsed one way (the table
 * test checks they agree on its type). Every string flag is parsed as a list, so that a flag typed twice reaches
 * the dispatcher, which refuses the repeat in one line where the command does not allow one (meow itself would
 * throw with a stack trace); `asCommandsReadThem` then gives single-valued flags back as one string. Numbers are
 * parsed as strings, so that a usage error can echo what was typed ('--limit takes a positive whole number (got
 * 'many')').
 */
export function meowFlags(table: readonly CommandSpec[] = commandTable): Record<string, MeowFlag> {
	const flags: Record<string, MeowFlag> = {};
	const add = (typed: string, spec: FlagSpec & {short?: string}) => {
		const type = spec.type === 'boolean' ? 'boolean' : 'string';
		flags[camel(typed)] = {type, ...(type === 'string' ? {isMultiple: true} : {}), ...(spec.short ? {shortFlag: spec.short} : {})};
	};
	for (const command of table) for (const [name, spec] of Object.entries(command.flags)) add(name, spec);
	for (const [name, spec] of Object.entries(globalFlags)) add(name, spec);
	return flags;
}

/** meow takes `--url-list` as the key `urlList`. */
const camel = (typed: string) => typed.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * meow's answer as the commands read it: a flag that some command lets repeat stays a list; any other string
 * flag is its one value, or, typed more than once, the list of them, for the dispatcher to refuse. A list flag
 * that was not typed is left out.
 */
export function asCommandsReadThem(parsed: Readonly<Record<string, unknown>>, table: readonly CommandSpec[] = commandTable): Record<string, unknown> {
	const lists = new Set(table.flatMap((c) => Object.entries(c.flags).filter(([, f]) => f.repeatable).map(([name]) => camel(name))));
	const flags: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(parsed)) {
		if (Array.isArray(value) && value.length === 0) continue;
		flags[key] = Array.isArray(value) && value.length === 1 && !lists.has(key) ? value[0] : value;
	}
	return flags;
}

const programName = 'scrutiny';

/** The flags the help lists, in the table's order. */
const shown = (flags: Readonly<Record<string, FlagSpec>>) => Object.entries(flags).filter(([, f]) => !f.hidden);

/** `--authority A`, `--in quotes|articles|people|events`, `--json`. */
function flagUsage(name: string, spec: FlagSpec): string {
	const value = spec.type === 'boolean' ? '' : ` ${spec.value ?? spec.choices?.join('|') ?? 'VALUE'}`;
	return `--${name}${value}`;
}

/** `scrutiny timeline [--authority A]... [--type T]... [--from DATE] [--json | --csv | --md]`. */
export function synopsis(command: CommandSpec): string {
	const parts = [programName];
	if (command.name) parts.push(command.name);
	if (command.args) parts.push(command.args);
	const flags = shown(command.flags);
	const formats = flags.filter(([, f]) => f.format).map(([n, f]) => flagUsage(n, f));
	let formatsShown = false;
	for (const [name, spec] of flags) {
		if (spec.format) {
			if (!formatsShown) parts.push(`[${formats.join(' | ')}]`);
			formatsShown = true;
			continue;
		}
		parts.push(`[${flagUsage(name, spec)}]${spec.repeatable ? '...' : ''}`);
	}
	return parts.join(' ');
}

/** Words wrapped to `width` columns, every line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = indent + word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.join('\n');
}

function flagDescription(spec: FlagSpec): string {
	const choices = spec.choices && spec.value ? ` (${spec.choices.join(', ')})` : '';
	return `${spec.description}${choices}`;
}

/** Two columns: the flags as typed, then what they do, wrapped under each other. */
function optionLines(flags: ReadonlyArray<[string, FlagSpec & {short?: string}]>, width: number): string[] {
	const typed = flags.map(([name, spec]) => `${spec.short ? `-${spec.short}, ` : ''}${flagUsage(name, spec)}`);
	const column = largest(typed.map((t) => t.length), 0) + 2;
	const indent = ' '.repeat(4 + column);
	return flags.map(([, spec], i) => `    ${typed[i]!.padEnd(column)}${wrap(flagDescription(spec), width - 4 - column, '').split('\n').join(`\n${indent}`)}`);
}

const helpWidth = 100;

/** The top-level `scrutiny --help`. */
export function topHelp(table: readonly CommandSpec[] = commandTable): string {
	const lines = [
		'',
		"  A terminal explorer for news coverage of English councils' children's services.",
		'',
		'  Usage',
		...table.map((c) => `    $ ${synopsis(c)}\n        ${c.summary}`),
		'',
		'  Options for every command',
		...optionLines(Object.entries(globalFlags), helpWidth),
		'',
		'  Exit status: 0 success, 1 the work failed, 2 a usage error (one line on stderr says which).',
		"  Run 'scrutiny COMMAND --help' for a command's options and examples.",
		'',
		'  Examples',
		...table.flatMap((c) => c.examples.slice(0, 1)).map((e) => `    $ ${e}`),
		'',
	];
	return lines.join('\n');
}

/** `scrutiny CMD --help`: the synopsis, what it does, its options (the global ones too) and examples. */
export function commandHelp(command: CommandSpec): string {
	const lines = [
		'',
		'  Usage',
		`    $ ${synopsis(command)}`,
		'',
		`  ${wrap(command.description, helpWidth - 2, '  ')}`,
		'',
		'  Options',
		...optionLines([...shown(command.flags), ...Object.entries(globalFlags)], helpWidth),
		'',
		'  Examples',
		...command.examples.map((e) => `    $ ${e}`),
		'',
	];
	return lines.join('\n');
}

const mdCode = (s: string) => `\`${s.replace(/`/g, "'")}\``;
/** Prose for Markdown: the characters that would start a tag, emphasis or a table cell, escaped. */
const mdText = (s: string) => s.replace(/[<>*_|\\]/g, (c) => `\\${c}`);
/** In a table cell even code needs its pipes escaped (GitHub renders `\|` as a pipe there). */
const mdCell = (s: string) => s.replace(/\|/g, '\\|');
const readmeWidth = 114;

/** The README's "Commands" block: the synopses, then each command's description, options and examples. */
export function commandsMarkdown(table: readonly CommandSpec[] = commandTable): string {
	const out: string[] = ['', ...table.map((c) => `    ${synopsis(c)}`), ''];
	out.push(
		'Every command also takes:',
		'',
		...Object.entries(globalFlags).map(([name, spec]) => `- ${mdCode(`${spec.short ? `-${spec.short}, ` : ''}${flagUsage(name, spec)}`)}: ${mdText(flagDescription(spec))}`),
		'',
	);
	for (const c of table) {
		out.push(wrap(`**${mdCode(c.name ? `scrutiny ${c.name}` : 'scrutiny')}**: ${mdText(c.description)}`, readmeWidth, ''), '');
		const flags = shown(c.flags);
		if (flags.length > 0) {
			out.push('| option | what it does |', '|---|---|');
			for (const [name, spec] of flags) out.push(`| ${mdCell(mdCode(flagUsage(name, spec)))}${spec.repeatable ? ' (repeatable)' : ''} | ${mdText(flagDescription(spec))} |`);
			out.push('');
		}
		out.push(...c.examples.map((e) => `    ${e}`), '');
	}
	return out.join('\n');
}
