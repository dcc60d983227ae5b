/**
 * "It was rated good at its first inspection in 2023", "judged adequate at its last inspection in May 2019": the
 * inspection is named only as the occasion of the grade, and its date is the grade's. One event, the judgement: the
 * inspection is not a visit of its own beside it (a visit is its own where the text tells the fieldwork apart from
 * the grade: "after inspectors visited in March, the council was rated ..."). A date the visit rules read from such
 * words, where a judgement of the same sentence already holds that date as its own, is that judgement's.
 */
import type {RawEvent} from './event-types.js';

/** A grade, then "at its (first|last|...) inspection" just before the date's words. */
const gradeAtInspection = /\b(?:rated|judged|graded|found to be|assessed as)\b[^.;]{0,50}?\bat\s+(?:its|their|the|that)\s+(?:(?:first|last|previous|most recent|latest|latest full|last full|previous full|full|standard|initial)\s+)?(?:ofsted\s+)?(?:re-?)?inspection\s*$/i;

/** The sentence tells when a report came out. */
const reportOut = /\b(?:published|came out|released|made public)\b/i;

/** The visits of `raw` that only name the occasion of a judgement beside them, taken out. */
export function withoutOccasionVisits(raw: RawEvent[]): RawEvent[] {
	// (Cheap first: most articles have no visit dated from a sentence with a judgement of the same date.)
	const judged = raw.filter((e) => e.type === 'inspection-judgement' && e.date.value !== null && !e.date.approximate);
	if (judged.length === 0) return raw;
	return raw.filter((v) => {
		if (v.type !== 'inspection-visit' || v.date.value === null || !v.evidence) return true;
		const sentence = v.evidence.sentence;
		const twin = judged.some((j) => j.paragraph === v.paragraph && j.authority === v.authority && j.evidence?.sentence === sentence && j.date.value === v.date.value);
		// ("judged good at the inspection in March, in a report published in May": the grade is the report's, and the
		// inspection's date a visit of its own.)
		if (!twin || reportOut.test(sentence)) return true;
		const at = sentence.indexOf(v.evidence.cue);
		return at < 0 || !gradeAtInspection.test(sentence.slice(Math.max(0, at - 90), at));
	});
}
