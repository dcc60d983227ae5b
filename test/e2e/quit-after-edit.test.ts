/**
 * A quit right after an edit, in the built program in tmux: `x` marks the selected timeline line wrong and `q`
 * follows at once. The program quits only once the files beside the store are of the edit's state (the timeline's
 * lines, the start snapshot, the search's part of the lines), so that the next start draws and searches without
 * reading the store first. `npm test` builds first; this file builds nothing.
 */
import {readFileSync} from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {storeState} from '../../source/corpus/store/file-identity.js';
import {timelineSnapshotState} from '../../source/corpus/timeline-snapshot.js';
import {builtCli, have, removeTempDirs, repoRoot, storeCopy, tmuxServer} from './tmux-driver.js';

const ready = have('tmux');
if (!ready) console.warn('skipping the quit-after-edit end-to-end test: tmux is not installed');

const server = tmuxServer(`scrutiny-quit-edit-${process.pid}`);

afterAll(() => {
	server.kill();
	removeTempDirs();
});

describe.skipIf(!ready)('quitting right after an edit', () => {
	it('x then q at once: the edit is on disk and the timeline and start files are of its state when the program ends', async () => {
		const pane = server.pane('quit-edit', 100, 30);
		const store = storeCopy();
		pane.shell(`cd ${repoRoot} && node ${builtCli} --db ${store}; echo "exit=$?"`);
		await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'));
		pane.keys('3');
		await pane.waitFor(/Timeline · 21 events/);
		const marks = () => {
			try {
				return (JSON.parse(readFileSync(`${store}.curated.json`, 'utf8')) as {marks: unknown[]}).marks.length;
			} catch {
				return 0;
			}
		};
		// A first edit, waited for, makes the curated file (with the store's own marks carried into it).
		pane.keys('x');
		await pane.waitFor(/Timeline · 20 events/);
		const [marksBefore, stateBefore] = [marks(), storeState(store)];
		pane.keys('x');
		pane.keys('q');
		await pane.waitFor('exit=0');
		// The mark is on disk, and the files beside the store moved to the state it left.
		expect(marks()).toBe(marksBefore + 1);
		expect(storeState(store)).not.toBe(stateBefore);
		expect(timelineSnapshotState(store)).toBe(storeState(store));
	});
});
