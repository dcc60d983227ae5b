/**
 * Whether a visit a clause names is no event of its own but the inspection behind a judgement: the inspection
 * behind a judgement is not a separate visit, and neither is an undated one named beside a judgement elsewhere in
 * the sentence ("judged inadequate after a two-week inspection"), but one dated in words the page cannot place ("in
 * September" on a page with no date) is. A visit still to come is not the inspection behind a grade the clause names
 * ("the first since its good rating"); a monitoring or focused visit gives no grade, so it is never the inspection
 * behind one. Beside a grade of children's services, another body's inspection is no visit of theirs, however it
 * is dated.
 */
import {othersInspectionIn, ownOccasionOf} from './event-background-visits.js';
import {expectedWithinRe} from './event-expected-within.js';
import {visitBeforeSince} from './event-judgements.js';
import {laterWords} from './event-story-date.js';

export type VisitClause = {
	/** A date in the clause is after the article's: the visit is to come. */
	readonly scheduled: boolean;
	/** The clause itself gives a judgement. */
	readonly judged: boolean;
	/** The clause has a date of its own. */
	readonly dated: boolean;
	/** The sentence gives a judgement. */
	readonly sentenceJudged: boolean;
	/** The clause has a date in words the page cannot place. */
	readonly undatedWords: boolean;
};

export function visitBehindGrade(clause: string, o: VisitClause): boolean {
	const toCome = o.scheduled || /\b(scheduled|is due|are due|will|expected to|monitoring visits?|focused visits?)\b/i.test(clause) || expectedWithinRe.test(clause);
	if (!toCome && ((o.judged && !visitBeforeSince(clause)) || (!o.dated && o.sentenceJudged && !laterWords(clause) && !o.undatedWords)) && !ownOccasionOf(clause)) return true;
	return o.sentenceJudged && othersInspectionIn(clause);
}
