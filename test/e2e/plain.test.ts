/** Without a terminal (`scrutiny | cat`, `ssh host scrutiny`, CI) the program prints the dashboard as text and exits 0. */
import {spawnSync} from 'node:child_process';
import {afterAll, describe, expect, it} from 'vitest';
import {builtCli, removeTempDirs, storeCopy} from './tmux-driver.js';
import {childHangMs} from '../helpers/cli.js';

afterAll(() => removeTempDirs());

describe('scrutiny without a terminal', () => {
	it('prints the plain dashboard and a hint, with no escape sequences, and exits 0 (scrutiny | cat)', () => {
		const store = storeCopy();
		const r = spawnSync('bash', ['-c', `set -o pipefail; node ${builtCli} --db ${store} | cat`], {encoding: 'utf8', env: {...process.env, CI: ''}, timeout: childHangMs});
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('Blackpool');
		expect(r.stdout).toContain('North East Lincolnshire');
		expect(r.stdout).toContain('Most quoted');
		expect(r.stdout).toMatch(/Not a terminal, so no interactive UI: try 'scrutiny timeline --json'/);
		expect(r.stdout).not.toContain('\u001B');
		expect(r.stderr).toBe('');
	});

	it('exits 1 with one line naming the file when the store cannot be read', () => {
		const r = spawnSync('node', [builtCli, '--db', '/nonexistent/corpus.json'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
		expect(r.status).toBe(1);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain('/nonexistent/corpus.json');
	});
});
