/**
 * Drives programs in a real terminal: a private tmux server (its own socket, killed at the end), keys sent by
 * name, the screen read with capture-pane and polled until the text expected appears, within a bound.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {bundledStorePath} from '../helpers/paths.js';

export {builtCli, repoRoot} from '../helpers/paths.js';

/** Whether a command is on PATH (or an absolute path that exists and runs). */
export function have(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).status === 0;
}

const tempDirs: string[] = [];

/** Removes the temp dirs this module made. */
export function removeTempDirs(): void {
	for (const dir of tempDirs.splice(0)) rmSync(dir, {recursive: true, force: true});
}

/** A copy of the bundled store in a temp dir: the program under test never sees the repository's file. */
export function storeCopy(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-e2e-'));
	tempDirs.push(dir);
	const file = path.join(dir, 'corpus.json');
	cpSync(bundledStorePath, file);
	return file;
}

export type Pane = ReturnType<typeof tmuxPane>;

export function tmuxServer(name = `scrutiny-test-${process.pid}`) {
	const run = (...args: string[]) => {
		const r = spawnSync('tmux', ['-L', name, '-f', '/dev/null', ...args], {encoding: 'utf8'});
		if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr.trim()}`);
		return r.stdout;
	};
	return {
		name,
		run,
		/**
		 * A new session running a plain shell (prompt `$ `, CI unset) in a window of the given size. tmux runs the
		 * command with the user's shell (`sh -c` for a user whose shell is dash, which forks rather than exec its one
		 * command): `exec` makes the pane's process the shell itself for every user, so its child is the program run.
		 */
		pane(session: string, columns: number, rows: number, env: Record<string, string> = {}) {
			const vars = Object.entries({PS1: '$ ', TERM: 'xterm-256color', ...env})
				.map(([k, v]) => `${k}='${v}'`)
				.join(' ');
			run('new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), `exec env -u CI ${vars} bash --norc --noprofile`);
			run('set-option', '-t', session, 'status', 'off');
			run('set-window-option', '-t', session, 'window-size', 'manual');
			run('resize-window', '-t', session, '-x', String(columns), '-y', String(rows));
			return tmuxPane(run, session);
		},
		/** Kills the server and removes its socket file (tmux leaves it behind). */
		kill() {
			spawnSync('tmux', ['-L', name, 'kill-server'], {encoding: 'utf8'});
			rmSync(path.join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, name), {force: true});
		},
	};
}

function tmuxPane(run: (...args: string[]) => string, target: string) {
	const capture = () => run('capture-pane', '-p', '-t', target);
	return {
		target,
		capture,
		lines: () => capture().split('\n'),
		/** Text typed literally (no key names). */
		type: (text: string) => run('send-keys', '-t', target, '-l', text),
		/** Keys by tmux name: Enter, Escape, Tab, C-c, PageDown... */
		keys: (...names: string[]) => run('send-keys', '-t', target, ...names),
		/** A shell command line, then Enter. */
		shell: (line: string) => {
			run('send-keys', '-t', target, '-l', line);
			run('send-keys', '-t', target, 'Enter');
		},
		/** tmux's view of the terminal's state: alternate screen on, cursor visible, pane's shell pid. */
		state: () => {
			const [alt, cursor, pid] = run('display-message', '-p', '-t', target, '#{alternate_on} #{cursor_flag} #{pane_pid}').trim().split(' ');
			return {alternateScreen: alt === '1', cursorVisible: cursor === '1', shellPid: Number(pid)};
		},
		/** Polls the screen until `test` passes, up to `timeoutMs`; the last screen is in the error. */
		async waitFor(test: string | RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
			const ok = typeof test === 'function' ? test : (s: string) => (typeof test === 'string' ? s.includes(test) : test.test(s));
			// A loaded machine can take many times an idle one's: the bound only names what never came.
			const deadline = Date.now() + Math.max(timeoutMs, 300_000);
			let screen = '';
			for (;;) {
				screen = capture();
				if (ok(screen)) return screen;
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(test)}; the screen:\n${screen}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
	};
}
