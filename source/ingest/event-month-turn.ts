/**
 * The day of the sentence before, carried across a month's turn. Within the article's own month a sentence's day is
 * the week's news; in an article of the 1st, "on Tuesday" is of the month before, and what the next sentence tells
 * takes that day only where the sentence before told the sitting its act came from: the council's own body meeting
 * ("Calderdale's cabinet met on Tuesday. Members voted ..."). Storms, an inspectors' arrival, another council's
 * cabinet, an appointment, a committee met on other business ("met on Tuesday to approve a supermarket") are
 * another matter's day, and a confident wrong day is worse than the article's.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';

/** A body's sitting: "met", "meeting", "sat". */
const sitting = /\b(?:met|meeting|sitting|sat)\b/i;
/** A sitting told with business of its own: "met on Tuesday to approve a new supermarket". */
const otherBusiness = /\b(?:met|meeting|sitting|sat)\b[^.;]*?\bto\s+(?!(?:the|a|an|its|their)\b)[a-z]+/i;

/** Whether `sentence` tells a sitting of the article's own council with no business of its own named. */
export function ownSitting(sentence: string, authority: string | null | undefined): boolean {
	return sitting.test(sentence) && !otherBusiness.test(sentence) && findAuthorityMentions(sentence).every((a) => a.name === authority);
}
