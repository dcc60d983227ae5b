/**
 * Plain-text, CSV, Markdown and JSON output: the CLI's exports and the UI's saved lists are written by these
 * alone. Every string from the store passes through `safeLine` before it reaches a terminal or a file; JSON
 * escapes the invisible characters a terminal would act on.
 */
import {safeLine} from './terminal-safety.js';
import {largest} from './largest.js';
import {displayWidth, pad, truncate} from './width.js';
import {wrap} from './wrap.js';

/** `max`: the column's widest cell in terminal cells (60 unless told); `wrap`: longer text goes on to further lines, else it is cut. */
export type Column<T> = {readonly header: string; readonly get: (row: T) => string | number | null | undefined; readonly max?: number; readonly wrap?: boolean};

/** How one kind of row is written in each form: the CLI's `--json`, text, `--csv` and `--md`, and the UI's saves. */
export type RowFormats<T> = {
	/** The row as `--json` prints it: its contract shape, with its citation added. */
	readonly json: (row: T) => unknown;
	readonly text: readonly Column<T>[];
	readonly csv: readonly Column<T>[];
	readonly md: readonly Column<T>[];
};

const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : safeLine(String(v)));

/**
 * A left-aligned text table; long cells are cut at their column's `max` terminal cells (wide characters take two), or
 * wrapped on to further lines of the row where the column says so.
 */
export function textTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
	// Each row as lines of cells: one line unless a wrapped column needs more.
	const rowLines = rows.map((r) => {
		const parts = columns.map((c) => (c.wrap ? wrap(cell(c.get(r)), c.max ?? 60) : [truncate(cell(c.get(r)), c.max ?? 60)]));
		const height = largest(parts.map((p) => p.length), 1);
		return Array.from({length: height}, (_, k) => parts.map((p) => p[k] ?? ''));
	});
	const cells = rowLines.flat();
	const widths = columns.map((c, i) => largest(cells.map((r) => displayWidth(r[i]!)), displayWidth(c.header)));
	const line = (vals: readonly string[]) =>
		vals
			.map((v, i) => (i === vals.length - 1 ? v : pad(v, widths[i]!)))
			.join('  ')
			.trimEnd();
	return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/**
 * A cell a spreadsheet would run as a formula (CWE-1236), with a single quote put in front, as OWASP advises:
 * one that begins with =, +, - or @ (after any spaces, which Excel and LibreOffice skip), or with a tab or a
 * carriage return. Numbers are numbers, and stay as they are.
 */
export function spreadsheetSafe(text: string): string {
	return /^[\t\r]|^\s*[=+\-@]/.test(text) ? `'${text}` : text;
}

/** The UTF-8 byte order mark: how Excel on Windows knows a CSV file is UTF-8 and not the machine's code page. */
export const utf8Bom = '\uFEFF';

/**
 * RFC 4180 CSV, the one writer of every `--csv`: a header line, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break; text cleaned of terminal controls and neutralised against formulas
 * ({@link spreadsheetSafe}). `excel` puts the UTF-8 byte order mark first, which R and pandas would read as
 * part of the first header unless told, so it is asked for (`--excel`), not the default.
 */
export function csv<T>(rows: readonly T[], columns: readonly Column<T>[], opts: {excel?: boolean} = {}): string {
	const field = (v: string | number | null | undefined) => {
		const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : spreadsheetSafe(safeLine(v));
		return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [columns.map((c) => field(c.header)).join(','), ...rows.map((r) => columns.map((c) => field(c.get(r))).join(','))];
	return `${opts.excel ? utf8Bom : ''}${lines.join('\r\n')}\r\n`;
}

/** A GitHub-flavoured Markdown table; pipes in cells are escaped. */
export function markdownTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
	const field = (v: string | number | null | undefined) => cell(v).replace(/\|/g, '\\|');
	return [
		`| ${columns.map((c) => c.header).join(' | ')} |`,
		`| ${columns.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${columns.map((c) => field(c.get(r))).join(' | ')} |`),
	].join('\n');
}

/**
 * JSON for scripts. JSON.stringify escapes C0 controls but not C1 controls or bidi overrides; those are
 * escaped here too so that `--json` printed to a terminal cannot act on it.
 */
export function json(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
