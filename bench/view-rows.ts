/**
 * The pure parts of the views benchmark (views.ts): what a list command's run and a view's run measured, how
 * the screen tells that a view's answer is there, how the process's CPU time and peak RSS are read from /proc
 * and /usr/bin/time, and the rows of the table that sets them against the 2 s target (issue 12).
 */

/** Issue 12: every view and every list command answers in under 2 s at 50,000 articles. */
export const targetMs = 2000;

export type ListRun = {
	/** `articles`, `quotes --json`, `search QUERY --freq kind`: what was typed after `scrutiny`. */
	label: string;
	command: string;
	args: string[];
	/** Spawn to exit, output to /dev/null. */
	ms: number | null;
	peakRssMb: number | null;
	exitCode: number | null;
	/** Set when the run failed (its last line of stderr) or timed out. */
	error: string | null;
};

export type ViewRun = {
	/** `timeline`, `reader (Enter on an article)`... */
	view: string;
	keys: string;
	/** (a) the keys sent once the dashboard shows, the store read behind it: from the launch to the answer. */
	fromLaunchMs: number | null;
	/** (a) the same run, from the keys to the answer. */
	fromKeyWhileReadingMs: number | null;
	/** (b) the keys sent once the store is read (the UI idle): from the last key to the answer. */
	fromKeyReadMs: number | null;
	/** (b) from the launch until the UI was idle with the store read: what a person waits before (b) applies. */
	readMs: number | null;
	/** The UI process's peak RSS (VmHWM) when the answer was on screen, the larger of the two runs. */
	peakRssMb: number | null;
	error: string | null;
};

/** The lines of a tmux capture, without the trailing empty ones. */
export function screenLines(screen: string): string[] {
	const lines = screen.split('\n');
	while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
	return lines;
}

/**
 * A test on the screen: the view's answer is on it. `title` is matched against the third row (the view's own
 * title under the header and the tab bar), `tab` against the tab bar (the title of a screen without a tab),
 * `line` against any row.
 */
export type ScreenTest = {title?: RegExp; tab?: RegExp; line?: RegExp[]};

export function shows(screen: string, test: ScreenTest): boolean {
	const lines = screenLines(screen);
	if (test.title && !test.title.test(lines[2] ?? '')) return false;
	if (test.tab && !test.tab.test(lines[1] ?? '')) return false;
	for (const re of test.line ?? []) if (!lines.some((l) => re.test(l))) return false;
	return true;
}

/** What a view that needs the whole store shows while it is read (app.tsx). */
export const readingMessage = /Reading the store \(/;

/** A regular expression that matches `text` literally. */
export function literal(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * User plus system CPU time, in clock ticks, from the text of /proc/PID/stat. The command name (field 2) is in
 * parentheses and may hold spaces and parentheses itself: the fields are counted after its last `)`.
 */
export function cpuTicks(stat: string): number | null {
	const close = stat.lastIndexOf(')');
	if (close < 0) return null;
	// After the name: state (field 3) ... utime is field 14, stime field 15.
	const fields = stat.slice(close + 2).trim().split(/\s+/);
	const utime = Number(fields[11]);
	const stime = Number(fields[12]);
	return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}

/** The peak RSS in kB (`VmHWM`) from the text of /proc/PID/status. */
export function peakRssKb(status: string): number | null {
	const m = /^VmHWM:\s+(\d+)\s*kB/m.exec(status);
	return m ? Number(m[1]) : null;
}

/** The maximum RSS in kB from `/usr/bin/time -f '%M'`'s output file (the last number on its own line). */
export function timeMaxRssKb(text: string): number | null {
	const numbers = text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => /^\d+$/.test(l));
	return numbers.length ? Number(numbers.at(-1)) : null;
}

/**
 * Whether a process has been idle: its CPU time (ticks, sampled at a steady interval, oldest first) grew by at
 * most `slack` ticks over the last `samples` samples.
 */
export function idle(ticks: readonly number[], samples: number, slack = 1): boolean {
	if (ticks.length < samples + 1) return false;
	return ticks.at(-1)! - ticks.at(-1 - samples)! <= slack;
}

export type Row = {
	/** `list`: a command of the CLI; `view`: a view of the UI. */
	kind: 'list' | 'view';
	what: string;
	/** How the time was taken, in a few words. */
	how: string;
	ms: number | null;
	peakRssMb: number | null;
	met: boolean | null;
	note: string | null;
};

const met = (ms: number | null) => (ms === null ? null : ms < targetMs);

/**
 * One row a list command, and two a view: from the key once the store is read (the view's own cost), and from
 * the launch with the key sent at the first frame (what a person who starts scrutiny and presses the key waits).
 */
export function rowsOf(lists: readonly ListRun[], views: readonly ViewRun[]): Row[] {
	const rows: Row[] = [];
	for (const l of lists) rows.push({kind: 'list', what: `scrutiny ${l.label}`, how: 'spawn to exit', ms: l.ms, peakRssMb: l.peakRssMb, met: l.error ? false : met(l.ms), note: l.error});
	for (const v of views) {
		rows.push({kind: 'view', what: `${v.view} (${v.keys})`, how: 'key to answer, store read', ms: v.fromKeyReadMs, peakRssMb: v.peakRssMb, met: met(v.fromKeyReadMs), note: v.error});
		rows.push({
			kind: 'view',
			what: `${v.view} (${v.keys})`,
			how: `launch to answer, key at first frame${v.fromKeyWhileReadingMs === null ? '' : ` (${fmtMs(v.fromKeyWhileReadingMs)} from the key)`}`,
			ms: v.fromLaunchMs,
			peakRssMb: v.peakRssMb,
			met: met(v.fromLaunchMs),
			note: v.error,
		});
	}
	return rows;
}

export function fmtMs(ms: number | null): string {
	return ms === null ? 'n/a' : ms.toLocaleString('en-GB', {maximumFractionDigits: 0});
}

/** The rows as a plain table, or as Markdown (for the README). */
export function rowsTable(rows: readonly Row[], form: 'text' | 'md'): string {
	const head = ['command / view', 'how', 'ms', 'RSS MB', 'target', 'met'];
	const cells = rows.map((r) => [r.what, r.how, fmtMs(r.ms), r.peakRssMb === null ? 'n/a' : String(Math.round(r.peakRssMb)), `${targetMs / 1000} s`, r.met === null ? 'n/a' : r.met ? 'yes' : 'NO']);
	if (form === 'md') {
		const md = (c: readonly string[]) => `| ${c.map((x) => x.replaceAll('|', '\\|')).join(' | ')} |`;
		return [md(head), md(head.map((_, i) => (i >= 2 && i <= 3 ? '---:' : '---'))), ...cells.map(md)].join('\n');
	}
	const widths = head.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
	const line = (c: readonly string[]) => c.map((x, i) => (i >= 2 && i <= 3 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd();
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
