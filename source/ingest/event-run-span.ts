/**
 * A run of grades told with the years it spans: "rated inadequate for the second time in four years", "the third time
 * in eight years", "twice in five years", "the second inadequate rating in four years". The run's first grade came
 * about that many years before the grade of now; the sentence gives no other date for it. The year counted back is a
 * reading, so approximate, and only a last resort: a date the article tells elsewhere for that earlier grade is the one
 * it joins (event-settle.ts applies the count only to an earlier grade left undated). This describes how newsrooms tell
 * a run, never a particular article.
 */
import type {DateValue} from '../corpus/schema.js';

const numbers: Record<string, number> = {two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12};
// ("in under five years", "in less than three years" bound the span without telling it: not read.)
const spanned = /\b(?:(?:the|a|its|their)\s+(?:second|third|fourth|fifth)\s+(?:time|(?:(?:consecutive|successive|straight)\s+)?(?:Ofsted\s+)?['‘"“]?(?:inadequate|outstanding|good|requires improvement|adequate|poor|failing|lowest|top)?['’"”]?\s*(?:rating|grade|judgement|judgment|verdict))|twice|three times)\s+in\s+(?:the\s+(?:last|past|space of)\s+|just\s+|only\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\b/i;

/** The years a run of grades spans, where the sentence tells them; else null. Tried only where " years" is in the sentence. */
export function runSpanYears(sentence: string): number | null {
	if (!sentence.includes(' years')) return null;
	const m = spanned.exec(sentence);
	if (!m) return null;
	const n = numbers[m[1]!.toLowerCase()] ?? Number(m[1]);
	return n >= 2 && n <= 12 ? n : null;
}

/** Whether the sentence tells its one grade as the latest of "twice in N years" (the run words the rules lack). */
export function twiceInYears(sentence: string): boolean {
	return sentence.includes('twice') && /\btwice\s+in\s+(?:the\s+(?:last|past|space of)\s+|just\s+|only\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\b/i.test(sentence);
}

/** The year the run began: `years` before the grade of now (its date, else the article's), approximate. */
export function runStart(run: {years: number; from: DateValue}): DateValue | null {
	if (run.from.value === null) return null;
	const year = Number(run.from.value.slice(0, 4)) - run.years;
	return {value: String(year), precision: 'year', approximate: true, basis: `the run's first grade, counted ${run.years} years back from ${run.from.value}`};
}
