/**
 * The decoder and extractor of a given build (a dist/ folder), loaded by path so that two commits' builds can be
 * timed on the same files. Older builds decoded in read.js.
 */
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

type Fn = (...a: unknown[]) => unknown;

async function load(dist: string, ...names: string[]): Promise<Record<string, Fn>> {
	for (const n of names) {
		try {
			return (await import(pathToFileURL(join(dist, 'ingest', n)).href)) as Record<string, Fn>;
		} catch {}
	}
	throw new Error(`no ${names.join(' or ')} in ${dist}/ingest`);
}

/** `decodeArticleBytes` and `extractArticle` of the build in `distFolder`. */
export async function buildExtractor(distFolder: string): Promise<{decodeArticleBytes: Fn; extractArticle: Fn}> {
	const dist = resolve(distFolder);
	const {decodeArticleBytes} = await load(dist, 'decode.js', 'read.js');
	const {extractArticle} = await load(dist, 'extract.js');
	return {decodeArticleBytes: decodeArticleBytes!, extractArticle: extractArticle!};
}
