/**
 * Checks a command's flags against its entry in the command table, before the command runs: which flags it
 * takes, which may repeat, which need a value, the allowed values, dates and numbers. Each mistake is a
 * UsageError of one line naming the flag and the reason (exit status 2); nothing is silently ignored or guessed.
 */
import {flagsOf, type CommandSpec, type FlagSpec} from './command-table.js';
import {UsageError, type Flags} from './context.js';

const notADate = 'not YYYY, YYYY-MM or YYYY-MM-DD';
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `value` is not a date as YYYY, YYYY-MM or YYYY-MM-DD on the calendar ('there is no month 13',
 * 'February 2019 has 28 days'), or null when it is one.
 */
export function dateProblem(value: string): string | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!m) return notADate;
	const year = Number(m[1]);
	if (m[2] === undefined) return null;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return `there is no month ${m[2]}`;
	if (m[3] === undefined) return null;
	const day = Number(m[3]);
	// Day 0 of the next month is the last day of this one (UTC: no time zone can move it).
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > days) return `${monthNames[month - 1]} ${year} has ${days} days`;
	return null;
}

/** A positive whole number as typed ('20'), or null ('many', '2.5', '0', '1e3', ''). */
export function positiveWholeNumber(value: string | number): number | null {
	const s = String(value).trim();
	if (!/^\d+$/.test(s)) return null;
	const n = Number(s);
	return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function numberOf(spec: FlagSpec, s: string): number | null {
	if (spec.positive) return positiveWholeNumber(s);
	const n = Number(s);
	return s.trim() !== '' && Number.isFinite(n) ? n : null;
}

const given = (value: unknown) => value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);

/**
 * The flags the command gets: as typed, checked against the table, with numbers made numbers. Throws a
 * UsageError for the first mistake.
 */
export function checkFlags(command: CommandSpec, flags: Flags): Flags {
	const specs = flagsOf(command);
	const where = command.name === '' ? 'the terminal UI' : `'${command.name}'`;
	const checked: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(flags as Record<string, unknown>)) {
		if (!given(value)) continue;
		// meow gives `--url-list` as `urlList`; the table names flags as they are typed.
		const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
		const spec = specs[name];
		if (!spec) throw new UsageError(`--${name} is not an option of ${where}`);
		checked[key] = checkValue(name, spec, value, where);
	}
	const formats = Object.entries(specs)
		.filter(([name, spec]) => spec.format && given(checked[name]))
		.map(([name]) => `--${name}`);
	if (checked.excel && formats.some((f) => f !== '--csv')) formats.push('--excel');
	if (formats.length > 1) throw new UsageError(`choose one of ${formats.join(', ')}`);
	const {from, to} = checked as {from?: string; to?: string};
	if (from && to && from.slice(0, to.length) > to.slice(0, from.length)) throw new UsageError(`--from ${from} is after --to ${to}`);
	return checked as Flags;
}

function checkValue(name: string, spec: FlagSpec, value: unknown, where: string): unknown {
	if (spec.type === 'boolean') return value;
	const values = Array.isArray(value) ? value : [value];
	if (values.length > 1 && !spec.repeatable) throw new UsageError(`--${name} may be given once for ${where}`);
	const usage = `--${name} ${spec.value ?? spec.choices?.join('|') ?? 'VALUE'}`;
	for (const v of values) {
		const s = String(v);
		if (s.trim() === '') throw new UsageError(`--${name} needs a value (${usage})`);
		if (spec.choices && !spec.choices.includes(s)) throw new UsageError(`--${name} takes one of ${spec.choices.join(', ')} (got '${s}')`);
		if (spec.date) {
			const problem = dateProblem(s);
			if (problem) throw new UsageError(`--${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (got '${s}'${problem === notADate ? '' : `: ${problem}`})`);
		}
		if (spec.type === 'number' && numberOf(spec, s) === null) throw new UsageError(`--${name} takes ${spec.positive ? 'a positive whole number' : 'a number'} (got '${s}')`);
	}
	if (spec.type === 'number') {
		const n = values.map((v) => numberOf(spec, String(v))!);
		return spec.repeatable ? n : n[0];
	}
	// A list flag stays a list (one item where it may not repeat), as the commands read it.
	return Array.isArray(value) ? values.map(String) : String(value);
}

/**
 * The first string flag typed without its value (`--authority` last, or just before another flag), from the
 * arguments as typed. meow drops such an empty item from a list flag, so that `timeline --authority` would
 * show every authority: the entry point reports it instead.
 */
export function flagWithoutValue(argv: readonly string[], stringFlags: ReadonlySet<string>): string | null {
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--') break;
		if (!a.startsWith('--') || a.includes('=')) continue;
		const name = a.slice(2);
		if (!stringFlags.has(name)) continue;
		const next = argv[i + 1];
		if (next === undefined || next.startsWith('-')) return name;
		i++;
	}
	return null;
}
