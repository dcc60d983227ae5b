/**
 * The built program in a real terminal (tmux), at 100x30 and 80x24: the dashboard, a search, the timeline, the
 * comparison, a clean quit, and the terminal given back after a quit, SIGTERM and SIGHUP. `npm test` builds
 * first; this file builds nothing. CI is unset for the program: with CI set, Ink draws only the last frame.
 */
import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtCli, have, removeTempDirs, repoRoot, storeCopy, tmuxServer, type Pane} from './tmux-driver.js';

// The program is built by test/global-setup.ts; only tmux may be missing.
const ready = have('tmux');
if (!ready) console.warn('skipping the tmux end-to-end tests: tmux is not installed (apt-get install tmux)');

const server = tmuxServer();
let store = '';

beforeAll(() => {
	if (ready) store = storeCopy();
});
afterAll(() => {
	server.kill();
	removeTempDirs();
});

/** Starts the UI from the pane's shell, printing the exit status after it, and waits for the dashboard. */
async function start(pane: Pane): Promise<string> {
	pane.shell(`cd ${repoRoot} && node ${builtCli} --db ${store}; echo "exit=$?"`);
	return pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'));
}

/** The terminal is as the shell left it: main screen, cursor shown, canonical mode, and the prompt answers. */
async function expectTerminalBack(pane: Pane): Promise<void> {
	const state = pane.state();
	expect(state.alternateScreen).toBe(false);
	expect(state.cursorVisible).toBe(true);
	pane.shell(`stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'; echo "prompt-ok-$?"`);
	const screen = await pane.waitFor('prompt-ok-0');
	expect(screen).toMatch(/^icanon$/m);
}

describe.skipIf(!ready).each([
	[100, 30],
	[80, 24],
])('the UI in a %ix%i terminal', (columns, rows) => {
	it('shows the dashboard, a search, the timeline and the comparison, and quits cleanly with status 0', async () => {
		const pane = server.pane(`ui${columns}`, columns, rows);
		const dashboard = await start(pane);
		const header = (screen: string) => screen.split('\n')[0]!;
		expect(dashboard).toContain('Blackpool');
		expect(dashboard).toContain('North East Lincolnshire');
		expect(header(dashboard)).toMatch(/Bundled corpus.*events$/);

		// Incremental rendering redraws in place: the header stays on the first row after moves.
		pane.keys('j');
		const moved = await pane.waitFor('› North East Lincolnshire');
		expect(header(moved)).toMatch(/Bundled corpus/);
		expect(moved.split('\n').filter((l) => l.includes('1 Dashboard')).length).toBe(1);

		pane.keys('/');
		await pane.waitFor(/most recent quotes|searching/);
		pane.type('poundland');
		const search = await pane.waitFor('Poundland Donald Trump');
		expect(search).toContain('Simon Blackburn');
		expect(header(search)).toMatch(/Bundled corpus/);

		pane.keys('Escape');
		await pane.waitFor((s) => !s.includes('› poundland'));
		pane.keys('3');
		const timeline = await pane.waitFor(/Timeline · \d+ events in date order/);
		// The first page in date order (timeline-compare.test.ts goes further: chart, year jumps, curation).
		const dates = ['Jul 2012', '~2015', 'Dec 2018', 'Jan 2019'].map((d) => timeline.split('\n').findIndex((l) => /^[› ]○ /.test(l) && l.includes(d)));
		expect(dates.every((i) => i > 0)).toBe(true);
		expect([...dates].sort((a, b) => a - b)).toEqual(dates);

		pane.keys('4');
		const compare = await pane.waitFor('Compare · Blackpool and North East Lincolnshire');
		expect(compare).toMatch(/^\s+Blackpool\s+North East Lincolnshire\s*$/m);
		expect(compare).toMatch(/latest rating\s+inadequate \(Jan 2019\)\s+inadequate \(Nov 2021\)/);

		pane.keys('q');
		await pane.waitFor('exit=0');
		await expectTerminalBack(pane);
	});
});

describe.skipIf(!ready)('giving the terminal back', () => {
	it.each([
		['TERM', 143],
		['HUP', 129],
	])('on SIGHUP and SIGTERM (SIG%s): status %i, cursor shown, raw mode off, main screen', async (signal, status) => {
		const pane = server.pane(`sig${signal}`, 100, 30);
		await start(pane);
		const shell = pane.state().shellPid;
		// The program is the shell's only child (its process title is 'scrutiny', so match by parent).
		const node = spawnSync('pgrep', ['-P', String(shell)], {encoding: 'utf8'}).stdout.trim().split('\n')[0];
		expect(Number(node)).toBeGreaterThan(0);
		process.kill(Number(node), `SIG${signal}` as NodeJS.Signals);
		await pane.waitFor(`exit=${status}`);
		await expectTerminalBack(pane);
	});

	it('on Ctrl+C, even while typing: status 0', async () => {
		const pane = server.pane('ctrlc', 100, 30);
		await start(pane);
		pane.keys('/');
		pane.type('qq');
		await pane.waitFor('› qq');
		pane.keys('C-c');
		await pane.waitFor('exit=0');
		await expectTerminalBack(pane);
	});

	it('stays interactive with CI set when both ends are terminals (Ink would draw only the last frame)', async () => {
		const pane = server.pane('ci', 100, 30);
		pane.shell(`CI=true node ${builtCli} --db ${store}; echo "exit=$?"`);
		await pane.waitFor('Most quoted');
		pane.keys('j');
		await pane.waitFor('› North East Lincolnshire');
		pane.keys('q');
		await pane.waitFor('exit=0');
	});

	it('draws without colour under NO_COLOR, the ratings still written out', async () => {
		const pane = server.pane('nocolor', 100, 30, {NO_COLOR: '1'});
		await start(pane);
		const styled = server.run('capture-pane', '-e', '-p', '-t', pane.target);
		expect(styled).toContain('inadequate Jan 2019');
		// Foreground and background colour codes (30-37, 39 aside, 40-47, 90-97, 38;5/38;2) never appear.
		expect(styled).not.toMatch(/\u001B\[[0-9;]*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/);
		pane.keys('q');
		await pane.waitFor('exit=0');
	});

	it('prints the plain dashboard, without raw mode, when stdin is not a terminal', async () => {
		const pane = server.pane('plain', 100, 30);
		pane.shell(`node ${builtCli} --db ${store} < /dev/null; echo "exit=$?"`);
		const screen = await pane.waitFor('exit=0');
		expect(screen).toContain('Not a terminal, so no interactive UI');
		expect(pane.state().alternateScreen).toBe(false);
	});
});
