/**
 * Which sentences naming a report's publication can give the day's grades their date (publicationDate in
 * event-settle.ts). A report named by its grade word ("The new rating, published yesterday") is the council's
 * children's services' only where no other body owns it ("The school's new rating, published yesterday"); and a
 * report not yet out ("The grades, which will be made public next week") dates no grade given already, whatever names it.
 */
import {childrens, otherBody} from './event-run-subject.js';

/** The publishing told as still to come: "will be made public", "is to be published", "due to be released", "will come out". */
const toCome = /\b(?:will|shall|would|to)\s+(?:(?:not|soon|now|then|only)\s+)?(?:be\s+)?(?:published|released|made public|come out)\b/i;

/** Whether the report the match `m` names (its noun, then the publishing words) cannot date the day's grades. */
export function reportNotOfTheDay(sentence: string, m: RegExpExecArray): boolean {
	if (toCome.test(m[0])) return true;
	if (!/^(?:rating|verdict|grade)/i.test(m[0])) return false;
	// The grade word's owner: the words from the clause's start to it ("The school's new rating").
	const before = sentence.slice(0, m.index);
	const owner = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
	return otherBody.test(owner) && !childrens.test(owner);
}
