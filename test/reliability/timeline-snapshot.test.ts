/**
 * The timeline's lines beside the store (`<store>.timeline`) under real processes: a writer killed with SIGKILL
 * at random moments, again and again, never leaves a half-written file under the name (it is either absent or
 * whole), and the temp files of the dead writers go with the next save. Uses the compiled modules (`npm test`
 * builds first).
 */
import {copyFileSync, existsSync, rmSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {allTimelineItems} from '../../source/corpus/timeline-items.js';
import {loadTimelineSnapshot, saveTimelineSnapshot, timelinePath} from '../../source/corpus/timeline-snapshot.js';
import {bundledStorePath, repoRoot} from '../helpers/paths.js';
import {killWhileWriting, prng, storeTemps, tempDir} from './synthetic.js';

const kills = 15;
// The bundled corpus's lines, repeated: a file of a few megabytes, so that a kill lands inside a write often.
const copies = 400;

/** Saves the snapshot over and over until killed; prints `ready` once the lines are made. */
const writer = `
import {openStore} from ${JSON.stringify(path.join(repoRoot, 'dist/corpus/store/index.js'))};
import {allTimelineItems} from ${JSON.stringify(path.join(repoRoot, 'dist/corpus/timeline-items.js'))};
import {saveTimelineSnapshot} from ${JSON.stringify(path.join(repoRoot, 'dist/corpus/timeline-snapshot.js'))};
const file = process.argv[1];
const store = await openStore(file, {readOnly: true});
const items = Array.from({length: ${copies}}, () => allTimelineItems(store.data)).flat();
process.stdout.write('ready\\n');
for (;;) {
	if (!(await saveTimelineSnapshot(file, items, store.state))) process.exit(3);
	process.stdout.write('saved\\n');
}
`;

describe('the timeline snapshot under SIGKILL', () => {
	const dir = tempDir('scrutiny-timeline-kill-');
	const store = path.join(dir, 'corpus.json');
	copyFileSync(bundledStorePath, store);
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it(`a writer killed ${kills} times leaves the lines whole or absent, never half a file`, async () => {
		const random = prng(20_261_205);
		const lines = allTimelineItems((await openStore(store, {readOnly: true})).data).length * copies;
		const tally = {whole: 0, absent: 0, tempsLeft: 0};
		for (let round = 0; round < kills; round++) {
			// Every third kill waits for a whole write first: on a loaded machine a write may outlast every delay.
			await killWhileWriting(writer, [store], Math.floor(random() * 400), round % 3 === 0 ? 'saved' : 'ready');
			if (existsSync(timelinePath(store))) {
				// Whole: every line read back, under the state it was made for.
				expect((await loadTimelineSnapshot(store))?.items.length, `after kill ${round}`).toBe(lines);
				tally.whole++;
			} else tally.absent++;
			tally.tempsLeft += storeTemps(timelinePath(store)).length;
		}

		expect(tally.whole, 'no kill came after a complete write').toBeGreaterThan(0);
		expect(tally.tempsLeft, 'no kill landed inside a write').toBeGreaterThan(0);
		// The next save removes what the dead writers left.
		const opened = await openStore(store, {readOnly: true});
		expect(await saveTimelineSnapshot(store, allTimelineItems(opened.data), opened.state)).toBe(true);
		expect(storeTemps(timelinePath(store))).toEqual([]);
		console.log(`timeline snapshot kill test: ${tally.whole} whole, ${tally.absent} absent after ${kills} kills; ${tally.tempsLeft} temp files left by kills inside a write`);
		// Fifteen node processes started and killed: on a loaded 2-core machine that takes minutes, not seconds.
	}, 600_000);
});
