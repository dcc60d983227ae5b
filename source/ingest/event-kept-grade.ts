/**
 * A grade kept, told without its word: "In September it held on to that grade", "it has now retained that rating",
 * "kept the grade at its latest inspection". The grade is the one the article gave last, given again; its date is the
 * clause's own, else the news's. Not a grade hoped for, missed or lost ("hopes to keep that rating", "failed to retain
 * the grade", "did not keep it"), nor one whose noun a relative clause dates as the earlier grade ("kept the rating it
 * first won in 2018": that grade is the earlier one's), nor one another body keeps ("The hospital trust retained that
 * rating"). This describes how news tells a grade kept, never a particular article.
 */
import {childrens, otherBody} from './event-run-subject.js';

/** Words of which a lower-cased sentence holds one wherever keptGrade can match: the sentence rules look for them first. */
export const keptGradeWords = ['that grade', 'that rating', 'that judgement', 'that judgment', 'that verdict', 'the grade.', 'the rating.', 'the grade,', 'the rating,', 'the grade in', 'the rating in', 'the grade at', 'the rating at'];

const kept = /\b(?:(?:held|holds|hung|hangs|clung|clings)\s+on ?to|kept hold of|kept|keeps|retained|retains|maintained|maintains)\s+(?:that|the|this)\s+(?:overall\s+)?(?:grade|rating|judgement|judgment|verdict)\b(?!\s+(?:it|that|which|they|first|originally|awarded|given|won|earned|of)\b)/i;
const notKept = /\b(?:not|never|fail(?:ed|s|ing)? to|unable to|hop(?:e|es|ed|ing) to|aim(?:s|ed|ing)? to|want(?:s|ed)? to|bid to|seek(?:s|ing)? to|sought to|determined to|must|should|could|would|will|if|whether|to)\s+(?:\w+\s+){0,2}$/i;

/** Where the clause tells a grade kept, else null. */
export function keptGrade(clause: string): RegExpExecArray | null {
	const m = kept.exec(clause);
	if (!m || notKept.test(clause.slice(Math.max(0, m.index - 40), m.index)) || clause.trim().endsWith('?')) return null;
	// The one keeping it is the council's children's services (or a council, a pronoun for it): a school, hospital or
	// trust that "held on to that rating" keeps its own.
	const subject = clause.slice(0, m.index).split(/[,;:]/).pop()!;
	if (otherBody.test(subject) && !childrens.test(subject)) return null;
	return m;
}
