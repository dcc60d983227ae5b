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

/** Where the pronoun's report starts in the sentence and its words (the cue), or null. */
export function pronounsReport(sentence: string, previousSentence: string, commissionerBefore: boolean): {at: number; cue: string} | null {
	const m = ownReport.exec(sentence);
	if (!m || /\?\s*$/.test(sentence)) return null;
	// The sentence before told of the commissioner (an event typed there), or names one of the council's.
	const told = commissionerBefore || (/\bcommissioner\b/i.test(previousSentence) && councilsCommissioner(previousSentence));
	if (!told) return null;
	return {at: m.index + m[0].indexOf(m[1]!), cue: m[1]!};
}
