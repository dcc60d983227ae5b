/**
 * The search documents beside the store (`<store>.search-docs`) under real processes: a writer killed with
 * SIGKILL at random moments, again and again, never leaves a half-written file under the name (it is either
 * absent or whole: it opens and answers as the live search does), and the temp files of the dead writers go with
 * the next save. Uses the compiled modules (`npm test` builds first).
 */
import {copyFileSync, existsSync, rmSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {SavedSearch} from '../../source/search/docs-file-search.js';
import {docsPath, saveSearchDocs} from '../../source/search/docs-file.js';
import {saveSearchFiles} from '../../source/search/search-files.js';
import {runSearchSliced} from '../../source/search/run-search.js';
import {Searcher} from '../../source/search/search.js';
import {bundledStorePath, repoRoot} from '../helpers/paths.js';
import {killWhileWriting, prng, storeTemps, tempDir} from './synthetic.js';

const kills = 12;

/** Saves the documents over and over until killed; prints `ready` once the searcher is made. */
const writer = `
import {openStore} from ${JSON.stringify(path.join(repoRoot, 'dist/corpus/store/index.js'))};
import {Searcher} from ${JSON.stringify(path.join(repoRoot, 'dist/search/search.js'))};
import {saveSearchDocs} from ${JSON.stringify(path.join(repoRoot, 'dist/search/docs-file.js'))};
const file = process.argv[1];
const store = await openStore(file, {readOnly: true});
// The first part's documents (quotes, articles, people), as the import writes them.
const saving = Searcher.partsForSaving(store.data);
const searcher = {docs: saving.docs, indexOrder: saving.extracted.indexOrder, index: saving.extracted.index};
process.stdout.write('ready\\n');
for (;;) {
	if (!(await saveSearchDocs(file, searcher, store.data, store.state))) process.exit(3);
	process.stdout.write('saved\\n');
}
`;

describe('the search documents under SIGKILL', () => {
	const dir = tempDir('scrutiny-search-docs-kill-');
	const store = path.join(dir, 'corpus.json');
	copyFileSync(bundledStorePath, store);
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it(`a writer killed ${kills} times leaves the documents whole or absent, never half a file`, async () => {
		const random = prng(20_261_205);
		const opened = await openStore(store, {readOnly: true});
		const searcher = Searcher.fromStore(opened.data);
		// Both parts' indexes and the timeline's lines' documents in place: the writer rewrites the first part's documents.
		expect(await saveSearchFiles(store, opened.data, opened.state)).toBe(true);
		const saving = Searcher.partsForSaving(opened.data, undefined, 'extracted');
		const first = {docs: saving.docs, indexOrder: saving.extracted!.indexOrder, index: saving.extracted!.index};
		const live = await runSearchSliced(opened.data, searcher, 'ofsted inadequate', 'all', () => false);
		const tally = {whole: 0, absent: 0, tempsLeft: 0};
		for (let round = 0; round < kills; round++) {
			// Every third kill waits for a whole write first: on a loaded machine a write may outlast every delay.
			await killWhileWriting(writer, [store], Math.floor(random() * 300), round % 3 === 0 ? 'saved' : 'ready');
			if (existsSync(docsPath(store))) {
				// Whole: it opens, and answers as the live search does.
				expect(await SavedSearch.load(store)?.answer('ofsted inadequate', 'all', () => false), `after kill ${round}`).toEqual(live);
				tally.whole++;
			} else tally.absent++;
			tally.tempsLeft += storeTemps(docsPath(store)).length;
		}

		expect(tally.whole, 'no kill came after a complete write').toBeGreaterThan(0);
		expect(tally.tempsLeft, 'no kill landed inside a write').toBeGreaterThan(0);
		// The next save removes what the dead writers left.
		expect(await saveSearchDocs(store, first, opened.data, opened.state)).toBe(true);
		expect(storeTemps(docsPath(store))).toEqual([]);
		console.log(`search docs kill test: ${tally.whole} whole, ${tally.absent} absent after ${kills} kills; ${tally.tempsLeft} temp files left by kills inside a write`);
		// A dozen node processes started and killed: minutes on a loaded 2-core machine.
	}, 600_000);
});
