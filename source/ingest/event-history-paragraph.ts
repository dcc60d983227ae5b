/**
 * A paragraph that opens on an earlier inspection ("That inspection found that safeguarding work was done well enough
 * just 41 per cent of the time. Both areas were judged to need 'drastic improvement'") goes on telling that
 * inspection: a grade in its next sentence, with no word of now, is that inspection's, history rather than the news
 * (the report the article is about does not date it).
 */
const opensOnEarlier = /^\W*(?:That|The (?:earlier|previous|first|original|initial)(?:\s+(?:full|core case|Ofsted))?) (?:inspection|report|visit|re-?inspection)\b/i;
const nowWords = /\b(?:now|today|this (?:week|month|year)|latest|new)\b|\b(?:has|have)\s+(?:now\s+)?been\b/i;

/** Whether `sentence`, the paragraph's sentence after `previous`, tells the earlier inspection `previous` opened on. */
export function goesOnTellingEarlier(previous: string, sentence: string, paragraph: string): boolean {
	return previous !== '' && opensOnEarlier.test(previous) && paragraph.includes(previous) && !nowWords.test(sentence);
}
