/**
 * One file made ready to merge: read, cleaned, extracted. The same steps run in the importing thread or in a
 * worker of the extraction pool (extract-pool.ts); the result is plain data either way. A file is one article,
 * or, when it is an export (Nexis, Factiva) or a saved page, the articles it holds (source/ingest/formats/).
 */
import {createHash} from 'node:crypto';
import path from 'node:path';
import {wordSetOf} from '../corpus/identity.js';
import {compactStrings, hasWideCharacters} from '../corpus/shared-strings.js';
import type {ArticleInput} from '../corpus/merge.js';
import {extractArticle} from '../ingest/extract.js';
import type {ArticleProblem} from '../ingest/formats/types.js';
import {exportArticleInputs, readImportFile} from './import-file.js';

export type Prepared =
	| {
			readonly ok: true;
			/** The file's articles: one for an article file, every article read for an export. */
			readonly inputs: ArticleInput[];
			/** Why printed dates were set aside, if any were. */
			readonly dateProblems: string[];
			/** Read as an export or a saved page. */
			readonly fromExport: boolean;
			/** How many articles an export says it holds, where it says. */
			readonly expected: number | null;
			/** The articles of an export that could not be read, by position. */
			readonly problems: ArticleProblem[];
			/** Control characters and escape sequences removed. */
			readonly removed: number;
			/** Mojibake sequences repaired. */
			readonly repaired: number;
	  }
	| {readonly ok: false; readonly reason: string};

export function contentHash(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads and extracts `file`; `storeDir` makes the stored path relative; `urlList` is a Media Cloud CSV whose
 * publication and date go to the saved pages it lists. Never throws: a refusal is a result.
 */
export async function prepareArticle(file: string, storeDir: string, today: Date | undefined, urlList?: string | null): Promise<Prepared> {
	const read = await readImportFile(file);
	if (read.kind === 'refused') return {ok: false, reason: read.reason};
	const stored = path.relative(storeDir, path.resolve(file)) || path.basename(file);
	const removed = read.removed.escapes + read.removed.controls + read.removed.bidi;
	const readReport = {encoding: read.encoding, removed, repaired: read.repaired};

	try {
		if (read.kind === 'export') {
			const out = await exportArticleInputs(read.parsed, {path: stored, readReport, today, urlList: urlList ?? null});
			return {ok: true, ...out, fromExport: true, expected: read.parsed.expected, removed, repaired: read.repaired};
		}
		const extracted = extractArticle(read.text, {today});
		if (hasWideCharacters(read.text)) compactStrings(extracted);
		return {
			ok: true,
			inputs: [{path: stored, raw: read.text, contentHash: contentHash(read.text), readReport, extracted, wordSet: wordSetOf(extracted)}],
			dateProblems: extracted.dateProblem ? [extracted.dateProblem] : [],
			fromExport: false,
			expected: null,
			problems: [],
			removed,
			repaired: read.repaired,
		};
	} catch (error) {
		// A rule that throws on odd text must not lose the rest of the import.
		return {ok: false, reason: `could not be read as an article (${(error as Error).message})`};
	}
}
