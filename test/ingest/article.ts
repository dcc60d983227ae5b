/**
 * A short article of the test's own writing, run through the whole pipeline: the inline date form, paragraphs
 * separated by blank lines, and a fixed `today` so that nothing depends on the clock.
 */
import {extractArticle, type ExtractedArticle} from '../../source/ingest/extract.js';

export const today = new Date('2025-06-01T12:00:00Z');

/** `published` is the article's printed date (YYYY-MM-DD); 2024-03-14 was a Thursday. */
export function article(published: string, ...paragraphs: string[]): ExtractedArticle {
	return extractArticle(`date ${published} ${paragraphs.join('\n\n')}\n`, {today});
}
