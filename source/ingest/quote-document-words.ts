/**
 * The words quote-documents.ts needs one of before it reads a paragraph's narrative for a document and its author.
 * findMentions finds them in the same pass over the lower-cased narrative that finds its organisations' words, so
 * the narrative is scanned once for both (the analysed paragraph carries them: QuoteParagraph's `words`).
 */
export const documentWords = ['letter', 'statement', 'report', 'direction', 'notice', 'mail', 'review', 'submission', 'briefing', 'release', 'blog', 'post', 'message', 'memo', 'wrote', 'written', 'inquiry', 'investigation', 'inspection'] as const;

/** The words documentIntro needs one of (its nouns, and "wr" of "wrote" and "written"). */
export const introWords = ['letter', 'statement', 'report', 'direction', 'mail', 'review', 'submission', 'briefing', 'release', 'blog', 'post', 'message', 'memo', 'wr'] as const;

/** The words of the other patterns' tests. */
export const documentGateWords: readonly string[] = [...new Set([...documentWords, ...introWords, 'ofsted', 'inspection', 'findings', 'commissioner', 'by', 'signed', 'inquiry'])];
