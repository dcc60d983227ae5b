/**
 * The frequency view and a saved list in a real terminal (tmux), keys sent by their keymap names: the built
 * program started in a folder of its own, where `S` must write. `npm test` builds first; this file builds
 * nothing. CI is unset for the program: with CI set, Ink draws only the last frame.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {commandNamed} from '../../source/ui/key-hints.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {builtCli, have, removeTempDirs, storeCopy, tmuxServer, type Pane} from './tmux-driver.js';

const ready = have('tmux');
const server = tmuxServer(`scrutiny-freq-${process.pid}`);
let store = '';
let cwd = '';

beforeAll(() => {
	if (!ready) return;
	store = storeCopy();
	cwd = mkdtempSync(path.join(tmpdir(), 'scrutiny-freq-cwd-'));
});
afterAll(() => {
	server.kill();
	removeTempDirs();
	if (cwd) rmSync(cwd, {recursive: true, force: true});
});

/** tmux's name for a key as the keymap names it. */
const tmuxNames: Record<string, string> = {tab: 'Tab', escape: 'Escape', enter: 'Enter', 'shift+tab': 'BTab', down: 'Down', up: 'Up'};
function press(pane: Pane, name: CommandName): void {
	const spec = commandNamed(name).keys[0]!;
	if (spec in tmuxNames) pane.keys(tmuxNames[spec]!);
	else pane.type(spec);
}

it.skipIf(!ready)('counts the timeline by type and authority, saves the table to the current folder, and comes back', async () => {
	const pane = server.pane('freq', 100, 30);
	pane.shell(`cd ${cwd} && node ${builtCli} --db ${store}; echo "exit=$?"`);
	await pane.waitFor('Most quoted');
	press(pane, 'view-timeline');
	await pane.waitFor('21 events in date order');
	press(pane, 'frequency');
	const byType = await pane.waitFor('21 events by type');
	expect(byType).toMatch(/› inspection-judgement\s+6\s+28\.6% █+/);
	press(pane, 'frequency-column-next');
	const byAuthority = await pane.waitFor('21 events by authority');
	expect(byAuthority).toMatch(/Blackpool\s+14\s+66\.7%/);
	expect(byAuthority).toMatch(/North East Lincolnshire\s+7\s+33\.3%/);
	press(pane, 'save-csv');
	await pane.waitFor(`saved 2 rows to .${path.sep}scrutiny-timeline-by-authority.csv`);
	expect(readFileSync(path.join(cwd, 'scrutiny-timeline-by-authority.csv'), 'utf8')).toBe('authority,count,percent\r\nBlackpool,14,66.7\r\nNorth East Lincolnshire,7,33.3\r\n');
	press(pane, 'back');
	await pane.waitFor('21 events in date order');
	press(pane, 'save-markdown');
	await pane.waitFor('saved 21 rows to');
	expect(existsSync(path.join(cwd, 'scrutiny-timeline.md'))).toBe(true);
	press(pane, 'quit');
	await pane.waitFor('exit=0');
});
