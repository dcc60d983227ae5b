/**
 * Whether a quotation is someone's whole words (a quote record) or a phrase borrowed into reported speech (a
 * fragment): what the attributor treats as a quote.
 */
import type {QuoteSpan} from './quote-spans.js';
import {wordCount} from './text.js';

/** Whether a quotation is somebody's whole words rather than a phrase borrowed into reported speech. */
export function isFullQuote(p: {readonly text: string}, s: QuoteSpan): boolean {
	if (s.cited) return true;
	const before = p.text.slice(0, s.start).trimEnd();
	// ""Clear progress" has been made ...": a phrase of a few words that opens the narrator's sentence, no quotation.
	if (before === '' && s.closed && wordCount(s.text) <= 4 && !/[.,!?;:]$/.test(s.text) && /^\s+[a-z]/.test(p.text.slice(s.end)) && !/^\s+(?:said|says|added|adds|wrote|writes|he|she|they|it)\b/.test(p.text.slice(s.end))) return false;
	if (before === '' || before.endsWith(':')) return true;
	// "According to Ofsted, "leaders do not have ..."": words given whole, after whom they are according to.
	if (/\baccording to\b[^.;:]{2,60},?$/i.test(before) && wordCount(s.text) >= 6) return true;
	// A quotation that starts a sentence of its own ("..., Mr Polglase added. "They have earned this."").
	if (/[.!?]["”’]?$/.test(before)) return true;
	if (!s.closed) return true;
	// "Inspectors also noted that "caseloads are manageable and social workers ..."", "officers said in the report
	// that "...": a whole clause of someone's words after a reporting verb and "that".
	if (wordCount(s.text) >= 9 && /\b(?:said|says|noted|notes|found|finds|warned|warns|stated|states|concluded|wrote|writes|added|reported|explained|argued|admitted|acknowledged)\b[^.;:"“”]{0,40}\bthat\s*["“‘']?$/i.test(before.slice(-80))) return true;
	// "Although leaders say they are committed to inclusion, "some headteachers feel unable to ..."": the sentence's
	// main clause is the quotation, after an opening clause or adverbial and its comma, and ends the sentence.
	if (wordCount(s.text) >= 9 && /^[\s"”’'.,!?]*([.!?]|$)/.test(p.text.slice(s.end)) && /(?:^|[.!?]["”’]?\s+)(?:Although|Though|While|Whilst|Despite|However|But|Yet|Overall|In (?:its|their|the|her|his|a) (?:[\w'’-]+ )?(?:report|letter|findings|statement|judgement|judgment))\b[^"“”.!?]*,$/.test(before)) return true;
	// "..., he said" with a capitalised sentence of six words or more inside the marks.
	// So is one of two sentences or more whose full stop fell outside the marks ("'I am very pleased. It gives me hope'.").
	if (/^[A-Z]/.test(s.text) && wordCount(s.text) >= 6 && (/[.!?,]$/.test(s.text) || /[.!?]\s+[A-Z]/.test(s.text))) return true;
	// `said "the inspection has shown us that a fresh start is needed".`: a whole clause of someone's words that
	// ends the sentence, rather than a phrase borrowed into reported speech.
	return wordCount(s.text) >= 9 && /^[\s"”’'.,!?]*([.!?]|$)/.test(p.text.slice(s.end)) && /\b(said|says|added|adds|noted|notes|warned|warns|stated|states|told \w+|insisted|argued|concluded|found|wrote|reads|read)( that)?,?\s*$/i.test(before.slice(-40).replace(/[“"‘']$/, '').trimEnd());
}
