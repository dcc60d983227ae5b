/**
 * data/corpus.json is built from data/articles by the project's own importer (`npm run corpus`). This test
 * rebuilds it the same way in a temp dir and fails when the committed store is stale.
 */
import {cpSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openStore} from '../source/corpus/store/index.js';
import {importPaths} from '../source/importer/import-paths.js';
import {repoRoot} from './helpers/cli.js';
import {sharedDir} from './helpers/gold.js';

const strip = (data: unknown) => JSON.parse(JSON.stringify(data, (k, v) => (k === 'importedAt' ? undefined : v)));

describe('the bundled store', () => {
	it('holds the five articles of ../shared/corpus under their own file names', () => {
		const ours = readdirSync(path.join(repoRoot, 'data', 'articles')).sort();
		const shared = readdirSync(path.join(sharedDir, 'corpus')).sort();
		expect(ours).toEqual(shared);
		for (const f of shared) expect(readFileSync(path.join(repoRoot, 'data', 'articles', f))).toEqual(readFileSync(path.join(sharedDir, 'corpus', f)));
	});

	it('is what the importer builds from data/articles today (run `npm run corpus` if this fails)', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-bundled-'));
		cpSync(path.join(repoRoot, 'data', 'articles'), path.join(dir, 'articles'), {recursive: true});
		const committed = JSON.parse(readFileSync(path.join(repoRoot, 'data', 'corpus.json'), 'utf8'));
		const store = await openStore(path.join(dir, 'corpus.json'), {create: true});
		await store.update((d) => void (d.name = committed.name));
		await importPaths(store, [path.join(dir, 'articles')], {rebuild: true});
		await store.release();
		expect(strip(store.data)).toEqual(strip(committed));
	});
});
