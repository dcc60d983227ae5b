/**
 * A commissioner's report named by its author's pronoun right after a sentence that told of the commissioner (an
 * appointment, an arrival, their work): "Her report, dated 28 June and published on Thursday, says ...", "Writing in
 * his report dated 18 December, he said ...", "In her report, dated 12 May, she said ...". The pronoun is the
 * commissioner's only where the sentence before was about one: after a director, a councillor or another body's
 * commissioner it is theirs. "The report" is left to the reference that asks the sentence before to name a report
 * (event-short-references.ts): after an appointment "the report" is as often the inspection's. A question asks, and
 * tells nothing.
 */
import {councilsCommissioner} from './event-context.js';

const ownReport = /^\W*(?:(?:Writing|Speaking)\s+in\s+|In\s+)?((?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:final|latest|first|interim|progress|initial)\s+)*(?:report|review|assessment)),?\s+(?:which\s+)?(?:was\s+)?(?:dated|published|released|presented|submitted|sent|delivered)\b/;

/**
 * Sentences before whose pronoun is not the commissioner's: one with the commissioner only in prospect ("a
 * commissioner may be appointed if progress stalls": nobody yet to write a report); one whose subject is a plural
 * body the report's "their" points back to ("Inspectors met the commissioner ..."); one that names a council officer
 * or member beside the commissioner ("met the new director, Sue Harrison"), where "her report" may be either's.
 */
const inProspect = /\bcommissioners?\b[^.;]{0,30}\b(?:may|might|could|would|will|is to|is set to)\s+(?:\w+\s+)?be\s+(?:appointed|sent|installed|brought|put)\b|\b(?:if|unless|whether|threaten(?:s|ed|ing)?|consider(?:s|ed|ing)?)\b[^.;]{0,40}\bcommissioners?\b/i;
const pluralSubject = /^\W*(?:(?:the|Ofsted|Ofsted's|Ofsted’s|CQC|council|independent|external)\s+){0,2}(?:inspectors|auditors|reviewers|officers|officials|councillors|members|MPs|they)\b/i;
const otherPerson = /(?<!\bformer\s)\b(?:director|chief executive|leader|councillors?|Cllr|cabinet member|lead member|portfolio holder|head of)\b/i;

/** Where the pronoun's report starts in the sentence and its words (the cue), or null. */
export function pronounsReport(sentence: string, previousSentence: string, commissionerBefore: boolean): {at: number; cue: string} | null {
	const m = ownReport.exec(sentence);
	if (!m || /\?\s*$/.test(sentence)) return null;
	// The sentence before told of the commissioner (an event typed there), or names one of the council's.
	const told = commissionerBefore || (/\bcommissioner\b/i.test(previousSentence) && councilsCommissioner(previousSentence));
	if (!told || inProspect.test(previousSentence) || otherPerson.test(previousSentence)) return null;
	if (/^their\b/i.test(m[1]!) && pluralSubject.test(previousSentence)) return null;
	return {at: m.index + m[0].indexOf(m[1]!), cue: m[1]!};
}
