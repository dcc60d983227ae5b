/**
 * Grade words that give no grade, as newsrooms write them: a grade wished for at the end of a long aim ("wants its
 * services to be among the best in the country and, in time, to be rated outstanding") and a grade compared against
 * ("the first time its services have been rated above adequate"); and the "since" bound of a count told as a
 * multiple ("rated inadequate twice since 2013": how often, not when). They describe how news uses these words,
 * never a particular article.
 */
import {aspiration} from './event-cues.js';

type Grade = {readonly index: number; readonly end: number};

/** The grade's own infinitive: "to be rated", "to be judged as". */
const ownInfinitive = /\bto\s+be\s+(?:(?:eventually|finally|one day|in time|soon|then)\s+)?(?:rated|judged|graded|given|named|recognised as)\s+(?:as\s+)?(?:an?\s+)?['‘"“]?$/i;

/** A comparison with a grade: "rated above adequate", "beyond good", "higher than requires improvement". */
const comparedBefore = /\b(?:above|beyond|higher than|over)\s+['‘"“]?$/i;

/** Whether the grade at `r` is wished for by an aim anywhere earlier in its clause, or only compared against. */
export function gradeWishedOrCompared(clause: string, r: Grade): boolean {
	const before = clause.slice(Math.max(0, r.index - 40), r.index);
	if (comparedBefore.test(before)) return true;
	// (Only an infinitive chain carries the aim that far: "wants X to be A and to be rated B".)
	return ownInfinitive.test(before) && aspiration.test(clause.slice(0, r.index)) && !/\b(?:was|were|has been|have been|had been)\s+(?:rated|judged|graded)\b/i.test(clause.slice(0, r.index));
}

/** "twice since 2013", "three times since the start of 2019", "repeatedly since": a count of grades and its bound. */
export const multipliedSince = /\b(?:twice|three times|four times|five times|several times|\d+ times|repeatedly|on (?:two|three|four|several) occasions)\b[^.;]{0,80}?\bsince\s+(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?$/i;
