/** Stores for the search tests, built from article files with the importer's own steps. */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {mergeArticle, rebuildDerived} from '../../source/corpus/merge.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {extractArticle} from '../../source/ingest/extract.js';
import {contentHash} from '../../source/importer/import-paths.js';
import {decodeArticleBytes} from '../../source/ingest/decode.js';
import {repoRoot} from '../helpers/cli.js';

export const bundledArticles = path.join(repoRoot, 'data', 'articles');
export const unseenArticles = path.join(repoRoot, 'test', 'fixtures', 'unseen');

/** A store of every `.txt` in the folders, in name order, as one import of them makes it. */
export function importedStore(dirs: readonly string[]): StoreData {
	const data = emptyStore();
	for (const dir of dirs)
		for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
			const decoded = decodeArticleBytes(readFileSync(path.join(dir, f)));
			if (!decoded.ok) throw new Error(decoded.reason);
			const extracted = extractArticle(decoded.text, {today: new Date('2026-11-22T12:00:00Z')});
			mergeArticle(data, {path: f, raw: decoded.text, contentHash: contentHash(decoded.text), readReport: {encoding: decoded.encoding, removed: 0, repaired: 0}, extracted}, '2026-11-22T12:00:00Z');
		}
	rebuildDerived(data);
	return data;
}
