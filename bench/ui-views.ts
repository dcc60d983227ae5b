/**
 * Every view of the UI, timed in a real terminal: the built program (`node dist/bundle/cli.js --db STORE`) in a
 * tmux window of 100x40 on a private server, the screen read with capture-pane every 20 ms until the view's
 * answer is on it (its title; the search's results line; the reader's and the frequency table's name in the tab
 * bar). Each view is timed in two fresh processes:
 *
 * (a) the keys sent as soon as the dashboard shows (the store read behind it): from the launch, and from the
 *     keys, to the answer;
 * (b) the keys sent once the store has been read: the UI process idle (its CPU time still for half a second,
 *     from /proc) after the first frame; a view that needs the store says "Reading the store" until it is read,
 *     so that message on screen after the key makes the run an error rather than a figure. From the key to the
 *     answer.
 *
 * A view reached from another (the reader by Enter on the articles list, the frequency table by F on a list)
 * has that view opened first: in (a) with its keys sent at once, in (b) opened and the UI idle again before the
 * key that is timed. The peak RSS is the process's VmHWM when the answer is on screen.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {searchQuery} from './list-commands.js';
import {median, round} from './stats.js';
import {cpuTicks, idle, literal, peakRssKb, readingMessage, shows, type ScreenTest, type ViewRun} from './view-rows.js';

/** A key by tmux name (`Enter`, `1`) or text typed literally. */
export type Key = {name: string} | {text: string};

export type ViewCase = {
	view: string;
	/** The keys as the table shows them. */
	keysLabel: string;
	/** The view this one is reached from, opened first. */
	from?: {keys: Key[]; shows: ScreenTest};
	keys: Key[];
	answer: ScreenTest;
	/** The dashboard: its answer is the first frame, so (a) is the time from the launch to it. */
	atLaunch?: boolean;
};

const title = (name: string) => new RegExp(`^${name} · `);
const tabView = (key: string, name: string): ViewCase => ({view: name.toLowerCase(), keysLabel: key, keys: [{name: key}], answer: {title: title(name)}});
const articles = {keys: [{name: '6'}], shows: {title: title('Articles')}};
const timeline = {keys: [{name: '3'}], shows: {title: title('Timeline')}};

export const viewCases: readonly ViewCase[] = [
	{view: 'dashboard', keysLabel: '1 from Help', atLaunch: true, from: {keys: [{name: '?'}], shows: {tab: /› Help/}}, keys: [{name: '1'}], answer: {title: /^Authorities/}},
	{view: 'search', keysLabel: `/ ${searchQuery}`, keys: [{name: '/'}, {text: searchQuery}], answer: {line: [new RegExp(`› ${literal(searchQuery)}`), /^(\d+\+?|no) results?\b/]}},
	tabView('3', 'Timeline'),
	tabView('4', 'Compare'),
	tabView('5', 'People'),
	tabView('6', 'Articles'),
	tabView('7', 'Cohort'),
	{view: 'reader', keysLabel: 'Enter on Articles', from: articles, keys: [{name: 'Enter'}], answer: {tab: /› Reader/}},
	{view: 'frequency', keysLabel: 'F on Timeline', from: timeline, keys: [{name: 'F'}], answer: {tab: /› Frequency/, title: /· \d+ values?/}},
	{view: 'frequency', keysLabel: 'F on Articles', from: articles, keys: [{name: 'F'}], answer: {tab: /› Frequency/, title: /· \d+ values?/}},
];

const pollMs = 20;
const idleSampleMs = 100;
const idleSamples = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A private tmux server for the benchmark: windows of 100x40 with no status line. */
function tmuxServer() {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-views-tmux-'));
	const conf = path.join(dir, 'tmux.conf');
	writeFileSync(conf, 'set -g status off\n');
	const name = `scrutiny-views-${process.pid}`;
	const run = (...args: string[]) => {
		const r = spawnSync('tmux', ['-L', name, '-f', conf, ...args], {encoding: 'utf8'});
		if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr.trim()}`);
		return r.stdout;
	};
	return {
		run,
		kill() {
			spawnSync('tmux', ['-L', name, 'kill-server'], {encoding: 'utf8'});
			rmSync(path.join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, name), {force: true});
			rmSync(dir, {recursive: true, force: true});
		},
	};
}
type Server = ReturnType<typeof tmuxServer>;

function shellQuote(s: string): string {
	return `'${s.replaceAll("'", `'\\''`)}'`;
}

/** The node process under the pane's shell (the pane runs `exec env ... node`, so usually the pane's own pid). */
function nodePid(paneP: number): number {
	const queue = [paneP];
	while (queue.length > 0) {
		const pid = queue.shift()!;
		try {
			if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node') return pid;
			queue.push(...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
		} catch {
			// Gone, or not ours to read.
		}
	}
	return paneP;
}

function procText(pid: number, file: string): string | null {
	try {
		return readFileSync(`/proc/${pid}/${file}`, 'utf8');
	} catch {
		return null;
	}
}

class Session {
	readonly launchedAt: number;
	readonly pid: number;
	private readonly target: string;
	constructor(
		private readonly server: Server,
		cli: string,
		store: string,
		index: number,
	) {
		this.target = `v${index}`;
		this.launchedAt = performance.now();
		server.run('new-session', '-d', '-s', this.target, '-x', '100', '-y', '40', `exec env -u CI TERM=xterm-256color ${shellQuote(process.execPath)} ${shellQuote(cli)} --db ${shellQuote(store)}`);
		this.pid = nodePid(Number(server.run('display-message', '-p', '-t', this.target, '#{pane_pid}').trim()));
	}

	screen(): string {
		return this.server.run('capture-pane', '-p', '-t', this.target);
	}

	send(keys: readonly Key[]): number {
		for (const k of keys) this.server.run('send-keys', '-t', this.target, ...('text' in k ? ['-l', k.text] : [k.name]));
		return performance.now();
	}

	/** Polls the screen until the test passes; the time it did. `failIf` on screen first ends it with an error. */
	async waitFor(test: ScreenTest, timeoutMs: number, failIf?: RegExp): Promise<number> {
		const deadline = performance.now() + timeoutMs;
		for (;;) {
			const screen = this.screen();
			const at = performance.now();
			if (failIf?.test(screen)) throw new Error('the store was still being read when the key was sent ("Reading the store" on screen)');
			if (shows(screen, test)) return at;
			if (at > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s; the screen's first lines: ${screen.split('\n').slice(0, 4).join(' / ').slice(0, 300)}`);
			await sleep(pollMs);
		}
	}

	/** Waits until the process has used (almost) no CPU for half a second: the store read, and what follows it, done. */
	async waitIdle(timeoutMs: number): Promise<number> {
		const deadline = performance.now() + timeoutMs;
		const ticks: number[] = [];
		for (;;) {
			const t = cpuTicks(procText(this.pid, 'stat') ?? '');
			if (t === null) throw new Error('the UI process ended');
			ticks.push(t);
			if (idle(ticks, idleSamples)) return performance.now() - idleSamples * idleSampleMs;
			if (performance.now() > deadline) throw new Error(`the UI was not idle after ${Math.round(timeoutMs / 1000)} s`);
			await sleep(idleSampleMs);
		}
	}

	peakRssMb(): number | null {
		const kb = peakRssKb(procText(this.pid, 'status') ?? '');
		return kb === null ? null : round(kb / 1024, 0);
	}

	/** Ends the session (SIGHUP to the UI) and waits for the process to be gone, so that the next run has the cores. */
	async close(): Promise<void> {
		try {
			this.server.run('kill-session', '-t', this.target);
		} catch {
			// Already gone.
		}
		const deadline = performance.now() + 10_000;
		while (existsSync(`/proc/${this.pid}`) && performance.now() < deadline) await sleep(50);
		if (existsSync(`/proc/${this.pid}`)) {
			try {
				process.kill(this.pid, 'SIGKILL');
			} catch {
				// Gone meanwhile.
			}
		}
	}
}

type Opts = {cli: string; store: string; timeoutSeconds: number; log?: (s: string) => void};

const firstFrame: ScreenTest = {title: /^Authorities/};

/** (a): the keys at the first frame; from the launch (and from the keys) to the answer. */
async function whileReading(server: Server, c: ViewCase, o: Opts, index: number) {
	const s = new Session(server, o.cli, o.store, index);
	try {
		const frame = await s.waitFor(firstFrame, o.timeoutSeconds * 1000);
		if (c.atLaunch) return {fromLaunchMs: frame - s.launchedAt, fromKeyMs: null, frameMs: frame - s.launchedAt, rss: s.peakRssMb()};
		const sent = s.send([...(c.from?.keys ?? []), ...c.keys]);
		const answered = await s.waitFor(c.answer, o.timeoutSeconds * 1000);
		return {fromLaunchMs: answered - s.launchedAt, fromKeyMs: answered - sent, frameMs: frame - s.launchedAt, rss: s.peakRssMb()};
	} finally {
		await s.close();
	}
}

/** (b): the keys once the store is read and the UI idle; from the (last) key to the answer. */
async function afterRead(server: Server, c: ViewCase, o: Opts, index: number) {
	const s = new Session(server, o.cli, o.store, index);
	try {
		await s.waitFor(firstFrame, o.timeoutSeconds * 1000);
		const readAt = await s.waitIdle(o.timeoutSeconds * 1000);
		if (c.from) {
			s.send(c.from.keys);
			await s.waitFor(c.from.shows, o.timeoutSeconds * 1000, readingMessage);
			await s.waitIdle(o.timeoutSeconds * 1000);
		}
		const sent = s.send(c.keys);
		const answered = await s.waitFor(c.answer, o.timeoutSeconds * 1000, readingMessage);
		return {fromKeyMs: answered - sent, readMs: readAt - s.launchedAt, rss: s.peakRssMb()};
	} finally {
		await s.close();
	}
}

const med = (xs: readonly (number | null)[]) => {
	const ok = xs.filter((x): x is number => x !== null);
	return ok.length ? round(median(ok), 0) : null;
};

/** Whether tmux can be run here. */
export function haveTmux(): boolean {
	return spawnSync('tmux', ['-V']).status === 0;
}

/**
 * Every case of `cases`, `runs` times each way (`launchOnly`: (a) only) (the medians), after one warm-up start (a search typed, the UI
 * left until idle: the page cache and whatever a first start builds).
 */
export async function measureViews(o: Opts & {runs: number; cases?: readonly ViewCase[]; launchOnly?: boolean}): Promise<ViewRun[]> {
	const server = tmuxServer();
	let index = 0;
	try {
		const warm = new Session(server, o.cli, o.store, index++);
		try {
			await warm.waitFor(firstFrame, o.timeoutSeconds * 1000);
			warm.send([{name: '/'}, {text: searchQuery}]);
			await warm.waitFor(viewCases[1]!.answer, o.timeoutSeconds * 1000);
			await warm.waitIdle(o.timeoutSeconds * 1000);
		} finally {
			await warm.close();
		}
		const out: ViewRun[] = [];
		for (const c of o.cases ?? viewCases) {
			const a: {fromLaunchMs: number; fromKeyMs: number | null; frameMs: number; rss: number | null}[] = [];
			const b: {fromKeyMs: number; readMs: number; rss: number | null}[] = [];
			const errors: string[] = [];
			for (let run = 0; run < o.runs; run++) {
				try {
					const r = await whileReading(server, c, o, index++);
					a.push(r);
					o.log?.(`${c.view} (${c.keysLabel}) run ${run + 1}: first frame ${round(r.frameMs, 0)} ms, from launch ${round(r.fromLaunchMs, 0)} ms, from the key ${r.fromKeyMs === null ? 'n/a' : round(r.fromKeyMs, 0)} ms`);
				} catch (e) {
					errors.push(`(a) ${(e as Error).message}`);
				}
				if (o.launchOnly) continue;
				try {
					b.push(await afterRead(server, c, o, index++));
				} catch (e) {
					errors.push(`(b) ${(e as Error).message}`);
				}
			}
			const rss = [...a, ...b].map((x) => x.rss).filter((x): x is number => x !== null);
			const r: ViewRun = {
				view: c.view,
				keys: c.keysLabel,
				fromLaunchMs: med(a.map((x) => x.fromLaunchMs)),
				fromKeyWhileReadingMs: med(a.map((x) => x.fromKeyMs)),
				fromKeyReadMs: med(b.map((x) => x.fromKeyMs)),
				readMs: med(b.map((x) => x.readMs)),
				peakRssMb: rss.length ? Math.max(...rss) : null,
				error: errors.length ? errors.join('; ') : null,
			};
			o.log?.(`${c.view} (${c.keysLabel}): from launch ${r.fromLaunchMs ?? 'n/a'} ms, from the key once read ${r.fromKeyReadMs ?? 'n/a'} ms${r.error ? ` [${r.error}]` : ''}`);
			out.push(r);
		}
		return out;
	} finally {
		server.kill();
	}
}
