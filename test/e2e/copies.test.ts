/**
 * Syndicated copies in the built program, in a real terminal (tmux): a story two titles printed, imported by the
 * built CLI into a temp store; People counts the shared quote once, search lists it once saying where else it
 * was printed, and the reader it opens names the other title and its date. The program is built by
 * test/global-setup.ts; this file builds nothing.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runBuilt} from '../helpers/cli.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';
import {builtCli, have, tmuxServer} from './tmux-driver.js';

const ready = have('tmux');
if (!ready) console.warn('skipping the tmux end-to-end tests: tmux is not installed (apt-get install tmux)');

const server = tmuxServer(`scrutiny-copies-${process.pid}`);
const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-e2e-copies-'));
afterAll(() => {
	server.kill();
	rmSync(dir, {recursive: true, force: true});
});

describe.skipIf(!ready)('syndicated copies in a 120x40 terminal', () => {
	it('People, search and the reader count the shared quote once and name the other title', async () => {
		const store = path.join(dir, 'store.json');
		const imported = runBuilt(['import', writeSyndicatedCorpus(path.join(dir, 'corpus')), '--db', store]);
		expect(imported.status, imported.stderr).toBe(0);
		const pane = server.pane('copies', 120, 40);
		pane.shell(`node ${builtCli} --db ${store}; echo "exit=$?"`);
		await pane.waitFor('Authorities');
		pane.keys('5');
		const people = await pane.waitFor(/People · \d/);
		expect(people).toMatch(/│ Jane Smith\s+│\s+2\s+│/);
		pane.keys('2');
		await pane.waitFor('search quotes, articles, people, events');
		pane.type('lot of work');
		const results = await pane.waitFor(/\d+ results?/);
		expect(results.split('\n').filter((l) => /quote +Jane Smith/.test(l))).toEqual([expect.stringContaining('Jane Smith · also in Exampleshire Echo')]);
		pane.keys('Enter');
		const reader = await pane.waitFor('› Reader');
		expect(reader).toContain('Also printed in: Exampleshire Echo (2024-03-05)');
		pane.keys('q');
		await pane.waitFor('exit=0');
	});
});
