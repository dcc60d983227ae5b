/**
 * A researcher's edit from the key to the file on disk, through the UI (issue 13: a curated edit <= 1 s), where
 * curate-edit.ts times `saveCuration` alone. The built program in tmux 100x40 (a server of its own) on STORE;
 * once the store is read (the process's CPU still for a second), `3` opens the timeline, then `x` is sent EDITS
 * times, each marking the selected press line wrong (hidden, so the next line is selected for the next `x`),
 * each timed from sending the key until the curated file beside the store has another identity (inode, size,
 * mtime in ns): renamed into place, polled every 2 ms (the folder's fsync after the rename is not in the
 * figure). The UI is let go idle between edits (it saves its caches for the new state after each).
 *
 *     node dist-bench/bench/edit-key.js DIST STORE [EDITS]      (needs tmux and DIST/bundle/cli.js)
 *
 * It leaves the lines marked wrong (`o` shows them, `x` on each unmarks it) and the caches the UI saved for that
 * state (the search's part of the timeline's lines among them): use a copy of a store that matters.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, statSync} from 'node:fs';
import {setTimeout as sleep} from 'node:timers/promises';

const [dist, store, edits = '6'] = process.argv.slice(2);
if (!dist || !store) {
	process.stderr.write('usage: node dist-bench/bench/edit-key.js DIST STORE [EDITS]\n');
	process.exit(2);
}

const curated = `${store}.curated.json`;
const session = `edit${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', 'bench-edit-key', ...args], {encoding: 'utf8'});
const identity = () => {
	try {
		const s = statSync(curated, {bigint: true});
		return `${s.ino}:${s.size}:${s.mtimeNs}`;
	} catch {
		return 'absent';
	}
};

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', `exec node ${dist}/bundle/cli.js --db ${store}`);
try {
	await sleep(500);
	const pid = tmux('list-panes', '-t', session, '-F', '#{pane_pid}').trim();
	const cpu = () => {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return Number(fields[11]) + Number(fields[12]);
	};

	/** Waits until the program used no CPU for a second (at most `seconds`). */
	const idle = async (seconds: number) => {
		let before = cpu();
		for (let t = 0; t < seconds; t++) {
			await sleep(1000);
			const now = cpu();
			if (now === before) return;
			before = now;
		}
	};

	const screen = () => tmux('capture-pane', '-p', '-t', session);
	await idle(600);
	tmux('send-keys', '-t', session, '3');
	for (let i = 0; i < 3000 && !/Timeline · [0-9]/.test(screen()); i++) await sleep(20);
	await idle(120);
	const times: number[] = [];
	for (let i = 0; i < Number(edits); i++) {
		const before = identity();
		const start = process.hrtime.bigint();
		tmux('send-keys', '-t', session, 'x');
		let after = before;
		while (after === before && process.hrtime.bigint() - start < 60_000_000_000n) {
			await sleep(2);
			after = identity();
		}

		const ms = Number(process.hrtime.bigint() - start) / 1e6;
		times.push(ms);
		console.log(`edit ${i + 1}: ${after === before ? 'no change within 60 s' : `${ms.toFixed(1)} ms from the key to the curated file on disk`}; load ${load()}`);
		await idle(120);
	}

	const sorted = [...times].sort((a, b) => a - b);
	const median = (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.floor(sorted.length / 2)]!) / 2;
	console.log(`median ${median.toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms`);
	console.log(screen().split('\n').slice(0, 3).join('\n'));
	tmux('send-keys', '-t', session, 'q');
	await sleep(1500);
} finally {
	try {
		tmux('kill-server');
	} catch {}
}
