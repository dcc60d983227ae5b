/**
 * One file made ready to merge: read, cleaned, extracted. The same steps run in the importing thread or in a
 * worker of the extraction pool (extract-pool.ts); the result is plain data either way.
 */
import {createHash} from 'node:crypto';
import path from 'node:path';
import type {ArticleInput} from '../corpus/merge.js';
import {extractArticle} from '../ingest/extract.js';
import {readArticleFile} from './read-files.js';

export type Prepared =
	| {
			readonly ok: true;
			readonly input: ArticleInput;
			/** Why a printed date was set aside, if one was. */
			readonly dateProblem: string | null;
			/** Control characters and escape sequences removed. */
			readonly removed: number;
			/** Mojibake sequences repaired. */
			readonly repaired: number;
	  }
	| {readonly ok: false; readonly reason: string};

export function contentHash(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Reads and extracts `file`; `storeDir` makes the stored path relative. Never throws: a refusal is a result. */
export async function prepareArticle(file: string, storeDir: string, today: Date | undefined): Promise<Prepared> {
	const read = await readArticleFile(file);
	if (!read.ok) {
		return {ok: false, reason: read.reason};
	}

	try {
		const extracted = extractArticle(read.text, {today});
		const removed = read.removed.escapes + read.removed.controls + read.removed.bidi;
		return {
			ok: true,
			input: {
				path: path.relative(storeDir, path.resolve(file)) || path.basename(file),
				raw: read.text,
				contentHash: contentHash(read.text),
				readReport: {encoding: read.encoding, removed, repaired: read.mojibakeRepaired},
				extracted,
			},
			dateProblem: extracted.dateProblem ?? null,
			removed,
			repaired: read.mojibakeRepaired,
		};
	} catch (error) {
		// A rule that throws on odd text must not lose the rest of the import.
		return {ok: false, reason: `could not be read as an article (${(error as Error).message})`};
	}
}
