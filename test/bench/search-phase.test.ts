import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateCorpus} from '../../bench/generator.js';
import {cachesPhase} from '../../bench/caches-phase.js';
import {generators} from '../../bench/generators.js';
import {importPhase, searchPhase} from '../../bench/phases.js';
import {staleParts} from '../../source/search/search-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-bench-search-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

// The bench's first search from launch is only the UI's if the search files beside its store are the ones
// `scrutiny import` leaves: a search phase that wrote documents numbered otherwise than the import's index sent every
// launch to the whole store.
describe('the bench caches and search phases', () => {
	it.each(['a', 'b'])('leave the search files beside the store as `scrutiny import` leaves them, and the search phase opens them (generator %s)', async (name) => {
		const corpus = path.join(dir, `corpus-${name}`);
		const store = path.join(dir, `store-${name}.json`);
		generateCorpus({articles: 30, out: corpus, seed: 'search-phase-test', generator: generators[name]!});
		const imported = await importPhase({corpus, store, budgetSeconds: 600});
		expect(imported.complete).toBe(true);
		// The importer alone leaves no search files; the caches phase makes them as `scrutiny import` does after it.
		expect(staleParts(store)).toEqual(['extracted', 'events']);
		await cachesPhase({store});
		expect(staleParts(store)).toEqual([]);
		const searched = await searchPhase({reference: store, kind: 'store', budgetSeconds: 1, seed: 'search-phase-test'});
		expect(searched.cachedIndexNote).toBeNull();
		expect(staleParts(store)).toEqual([]);
	}, 120_000);
});
