/**
 * "The board, required under the improvement notice issued this month, ...", "working under an improvement notice
 * imposed in March 2019", "still under the notice it received in 2021": a notice told as one in force, with the participle of its issuing and a date right after
 * its words. That date is when the notice was issued, stated by the clause itself, as "under a notice since 2017"
 * is; told in force without one, the notice stays undated.
 */
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';

/** Between the notice's words and its date: the participle of its issuing, and a preposition. */
const issuedThen = /^\s*,?\s*(?:(?:which|that)\s+(?:was|had been)\s+)?(?:first\s+|originally\s+)?(?:issued|imposed|served|given|placed|put in place|(?:it|they|the council|the authority)\s+(?:received|(?:was|were)\s+(?:given|served|issued)))(?:\s+on\s+(?:it|them|the council|the authority|[A-Z][\w'’-]+(?:\s+(?:City|County|Borough))?(?:\s+Council)?))?\s+(?:(?:in|on|during|at the end of)\s+)?$/i;

/** The issuing date a notice in force is given right after its words (`cueEnd`: where they end), else null. */
export function issuedWhileInForce(sentence: string, clauseDates: readonly DateMatch[], cueEnd: number): DateValue | null {
	const d = clauseDates.find((x) => x.start >= cueEnd && x.start - cueEnd <= 60 && x.date.value !== null && issuedThen.test(sentence.slice(cueEnd, x.start)));
	return d ? d.date : null;
}
