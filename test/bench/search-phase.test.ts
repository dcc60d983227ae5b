import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateCorpus} from '../../bench/generator.js';
import {generators} from '../../bench/generators.js';
import {importPhase, searchPhase} from '../../bench/phases.js';
import {staleParts} from '../../source/search/search-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-bench-search-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

// The bench's first search from launch is only the UI's if the search files the bench leaves beside its store are
// the ones the UI takes: a search phase that wrote documents numbered otherwise than the import's index sent every
// launch to the whole store.
describe('the bench search phase', () => {
	it.each(['a', 'b'])('leaves the search files beside the store current, as `scrutiny import` leaves them (generator %s)', async (name) => {
		const corpus = path.join(dir, `corpus-${name}`);
		const store = path.join(dir, `store-${name}.json`);
		generateCorpus({articles: 30, out: corpus, seed: 'search-phase-test', generator: generators[name]!});
		const imported = await importPhase({corpus, store, budgetSeconds: 600});
		expect(imported.complete).toBe(true);
		const searched = await searchPhase({reference: store, kind: 'store', budgetSeconds: 1, seed: 'search-phase-test'});
		expect(searched.cachedIndexNote).toBeNull();
		expect(staleParts(store)).toEqual([]);
	}, 120_000);
});
