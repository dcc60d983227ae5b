/**
 * The UI through a real `ssh -t` session to this machine: Debian's sshd started by the test on a loopback port,
 * as the current user, with a throwaway host key and client key in a temp dir; the ssh client runs in tmux.
 * Checks the dashboard, a search and a clean quit. Skips, saying why, only when sshd, ssh or tmux is missing, or when
 * the user running the tests is one sshd cannot give a terminal to.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {connect} from 'node:net';
import {tmpdir, userInfo} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {have, removeTempDirs, repoRoot, storeCopy, tmuxServer} from './tmux-driver.js';

const sshd = ['/usr/sbin/sshd', '/usr/bin/sshd'].find((p) => existsSync(p));
// sshd run by a user other than root gives the session its terminal only if it may hand the pty to the tty group
// (it stops with "chown(/dev/pts/N, ...) failed: Operation not permitted" otherwise).
const ttyGroup = Number(spawnSync('getent', ['group', 'tty'], {encoding: 'utf8'}).stdout.split(':')[2]);
const mayHandPty = process.getuid?.() === 0 || Number.isNaN(ttyGroup) || (process.getgroups?.() ?? []).includes(ttyGroup);
const missing = [
	!sshd && 'sshd (apt-get install openssh-server)',
	!have('ssh') && 'ssh (apt-get install openssh-client)',
	!have('ssh-keygen') && 'ssh-keygen',
	!have('tmux') && 'tmux',
	!mayHandPty && 'a user sshd may give a terminal to (root, or a member of the tty group)',
].filter(Boolean);
if (missing.length) console.warn(`skipping the ssh end-to-end test: missing ${missing.join(', ')}`);

const server = tmuxServer(`scrutiny-test-ssh-${process.pid}`);
let daemon: ChildProcess | undefined;
let daemonLog = '';
let port = 0;
let dir = '';

function portOpen(p: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(p, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/** Starts sshd on a free loopback port (trying a few), resolving once it accepts connections. */
async function startSshd(): Promise<void> {
	for (let attempt = 0; attempt < 8; attempt++) {
		const candidate = 22_000 + Math.floor(Math.random() * 900);
		if (await portOpen(candidate)) continue;
		const config = path.join(dir, 'sshd_config');
		writeFileSync(
			config,
			[
				`Port ${candidate}`,
				'ListenAddress 127.0.0.1',
				`HostKey ${path.join(dir, 'host_key')}`,
				`PidFile ${path.join(dir, 'sshd.pid')}`,
				`AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
				`AllowUsers ${userInfo().username}`,
				'UsePAM no',
				'StrictModes no',
				'PubkeyAuthentication yes',
				'PasswordAuthentication no',
				'KbdInteractiveAuthentication no',
				'PermitRootLogin prohibit-password',
				'PrintMotd no',
				'LogLevel ERROR',
				'',
			].join('\n'),
		);
		daemonLog = '';
		daemon = spawn(sshd!, ['-D', '-e', '-f', config], {stdio: ['ignore', 'ignore', 'pipe']});
		daemon.stderr!.on('data', (d: Buffer) => (daemonLog += d.toString()));
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline && daemon.exitCode === null) {
			if (await portOpen(candidate)) {
				port = candidate;
				return;
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		daemon.kill();
	}
	throw new Error(`sshd did not start: ${daemonLog}`);
}

beforeAll(async () => {
	if (missing.length) return;
	dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-ssh-'));
	for (const key of ['host_key', 'client_key']) {
		const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, key)], {encoding: 'utf8'});
		if (r.status !== 0) throw new Error(`ssh-keygen: ${r.stderr}`);
	}
	writeFileSync(path.join(dir, 'authorized_keys'), readFileSync(path.join(dir, 'client_key.pub')));
	// As root, sshd insists on its privilege separation directory (the Debian service creates it at start).
	if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', {recursive: true, mode: 0o755});
	await startSshd();
}, 600_000);

afterAll(() => {
	server.kill();
	daemon?.kill();
	if (dir) rmSync(dir, {recursive: true, force: true});
	removeTempDirs();
});

describe.skipIf(missing.length > 0)('the UI over ssh -t', () => {
	it('shows the dashboard, searches, and quits cleanly', async () => {
		const store = storeCopy();
		const pane = server.pane('ssh', 100, 30);
		const ssh = [
			'ssh -t',
			`-p ${port}`,
			`-i ${path.join(dir, 'client_key')}`,
			'-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes',
			'127.0.0.1',
			`'cd ${repoRoot} && env -u CI ${process.execPath} dist/bundle/cli.js --db ${store}'`,
		].join(' ');
		pane.shell(`${ssh}; echo "exit=$?"`);
		const dashboard = await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'), 30_000).catch((error: Error) => {
			throw new Error(`${error.message}\nsshd said: ${daemonLog}`);
		});
		expect(dashboard).toContain('Blackpool');
		expect(dashboard).toContain('North East Lincolnshire');

		pane.keys('/');
		pane.type('poundland');
		const search = await pane.waitFor('Poundland Donald Trump');
		expect(search).toContain('Simon Blackburn');
		expect(search.split('\n')[0]).toMatch(/Bundled corpus/);

		pane.keys('Escape');
		await pane.waitFor((s) => !s.includes('› poundland'));
		pane.keys('q');
		await pane.waitFor('exit=0');
		const state = pane.state();
		expect(state.alternateScreen).toBe(false);
		expect(state.cursorVisible).toBe(true);
		pane.shell('echo "prompt-ok-$?"');
		await pane.waitFor('prompt-ok-0');
	});
});
