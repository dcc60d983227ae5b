/**
 * The first open of a store with no caches beside it, above the size from which they are made apart
 * (cli/caches-apart.ts; `SCRUTINY_CACHES_APART_BYTES=0` makes the bundled store count as large): the built program
 * in tmux says what it is doing, makes the caches in a process of its own, then opens as after an import, the
 * dashboard drawn from the start snapshot it made. A store that cannot be read is still the one line it always
 * was, and nothing is written beside it. `npm test` builds first; this file builds nothing.
 */
import {existsSync, writeFileSync} from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {storeState} from '../../source/corpus/store/file-identity.js';
import {startPath} from '../../source/corpus/start-snapshot.js';
import {timelineSnapshotState} from '../../source/corpus/timeline-snapshot.js';
import {builtCli, have, removeTempDirs, repoRoot, storeCopy, tmuxServer} from './tmux-driver.js';

const ready = have('tmux');
if (!ready) console.warn('skipping the caches-apart end-to-end test: tmux is not installed');

const server = tmuxServer(`scrutiny-caches-apart-${process.pid}`);

afterAll(() => {
	server.kill();
	removeTempDirs();
});

describe.skipIf(!ready)('a store opened with no caches beside it', () => {
	it('makes them first, in a process of its own, then opens on them', async () => {
		const pane = server.pane('apart', 240, 30);
		const store = storeCopy();
		expect(existsSync(startPath(store))).toBe(false);
		pane.shell(`cd ${repoRoot} && SCRUTINY_CACHES_APART_BYTES=0 node ${builtCli} --db ${store}; echo "exit=$?"`);
		await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'), 60_000);
		// Made before the dashboard, by the child: the start snapshot the dashboard was drawn from, the timeline's lines
		// and the search index, all of the store as it is.
		expect(existsSync(startPath(store))).toBe(true);
		expect(existsSync(`${store}.search-index`)).toBe(true);
		expect(timelineSnapshotState(store)).toBe(storeState(store));
		pane.keys('3');
		await pane.waitFor(/Timeline · 21 events/);
		pane.keys('q');
		const after = await pane.waitFor('exit=0');
		expect(after).toContain('no caches beside');
		expect(after).toContain('making them once before the UI opens');
	});

	it('a second open finds them and says nothing of caches', async () => {
		const pane = server.pane('again', 240, 30);
		const store = storeCopy();
		pane.shell(`cd ${repoRoot} && SCRUTINY_CACHES_APART_BYTES=0 node ${builtCli} --db ${store}; echo "first=$?"`);
		await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'), 60_000);
		pane.keys('q');
		await pane.waitFor('first=0');
		pane.shell('clear');
		await pane.waitFor((s) => !s.includes('first=0'));
		pane.shell(`SCRUTINY_CACHES_APART_BYTES=0 node ${builtCli} --db ${store}; echo "exit=$?"`);
		await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'), 60_000);
		pane.keys('q');
		const after = await pane.waitFor('exit=0');
		expect(after).not.toContain('no caches beside');
	});

	it('a damaged store: the one line naming it, exit status 1, nothing made beside it', async () => {
		const pane = server.pane('damaged', 240, 30);
		const store = storeCopy();
		writeFileSync(store, '{"version": 3, "articles": [');
		pane.shell(`cd ${repoRoot} && SCRUTINY_CACHES_APART_BYTES=0 node ${builtCli} --db ${store}; echo "exit=$?"`);
		const after = await pane.waitFor(/exit=\d/, 60_000);
		expect(after).toContain('exit=1');
		expect(after).toMatch(/scrutiny: .*corpus\.json/);
		expect(existsSync(startPath(store))).toBe(false);
		expect(existsSync(`${store}.search-index`)).toBe(false);
	});
});
