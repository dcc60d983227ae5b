/**
 * A grade told as one of a run: "a repeat inadequate rating", "rated inadequate for a second time", "its third
 * consecutive outstanding judgement", "kept its good rating". The sentence tells the earlier grades too: where it dates
 * them ("following inspections in 2015 and 2019", "after inspectors first gave the grade in 2019", "a repeat of its
 * 2019 grade") they are history of their own. The grade of now is the rules' to read; "no longer inadequate" is no run.
 */
import {monthsBetween, unknownDate} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import {countsBound} from './event-dates-of-others.js';
import {ratingsIn} from './event-facets.js';
import type {RawEvent} from './event-types.js';
import {runIsOurs} from './event-run-subject.js';

const mark = String.raw`['‘"“]?`;
/** Words before the grade that make it a grade kept or repeated: "retained its good", "a second successive inadequate". */
const keptBefore = new RegExp(String.raw`\b(?:retain(?:s|ed|ing)?|kept|keeps?|keeping|maintain(?:s|ed|ing)?|sustain(?:s|ed|ing)?|preserv(?:es|ed|ing)|(?:held|holds?|holding|hung|hangs?|clung|clings?) on ?to|(?:kept|keeps?|keeping) hold of)\s+(?:its|their|the|a|an)\s+(?:(?:previous|existing|current|prior|earlier|hard-won|coveted|top|overall)\s+){0,2}${mark}$`, 'i');
const runBefore = new RegExp(String.raw`\b(?:a|an|its|their|the|this)\s+(?:record\s+)?(?:repeat(?:ed)?|back-to-back|(?:second|third|fourth|fifth|sixth)(?:\s+(?:consecutive|successive|straight|running))?|(?:consecutive|successive))\s+${mark}$`, 'i');
const againBefore = /\b(?:again|once more)\s+(?:been\s+)?(?:(?:rated|judged|graded|found|branded|deemed|declared)(?:\s+(?:the|its|their|it|them|[\w-]+['’]s?|children['’]s|social|care|services?|council|authority|borough|department)){0,4}\s+|(?:given|handed|awarded|received)\s+)?\s*(?:as\s+|to be\s+|an?\s+)?['‘"“]?$/i;
/** Words after the grade: "inadequate again", "inadequate (by Ofsted) for a second time", "good for the third inspection in a row". */
const runAfter = /^['’"”]?\s+(?:(?:rating|grade|judgement|judgment|verdict)\s+)?(?:by (?:Ofsted|inspectors|the inspectorate|the watchdog)\s+)?(?:again|once again|once more|for (?:a|the) (?:second|third|fourth|fifth|sixth) (?:(?:consecutive|successive|straight) )?(?:time|inspection)s?(?: (?:in a row|running))?|(?:two|three|four|five|second|third|fourth|fifth) (?:times|inspections|time) (?:in a row|running)|in a row|for (?:two|three|four|five) (?:consecutive|successive) inspections)\b/i;
/** A run not kept: "failed to retain its good rating", "hopes to keep", "lost its outstanding". */
const notKept = /\b(?:not|never|fail(?:ed|s|ing)? to|unable to|hop(?:e|es|ed|ing) to|aim(?:s|ed|ing)? to|want(?:s|ed)? to|bid to|seek(?:s|ing)? to|sought to|determined to|must|should|could|would|will)\s+(?:\w+\s+){0,2}$/i;

/** Words before a date that make it an earlier grade's: "its last inspection in 2019", "first ... in 2021", "inspections in 2015 and". */
const earlierBefore = /\b(?:last|previous|previously|earlier|prior|first|former|before|since|inspections|as it was|as they were|as in|back in|repeat of)\b[^.;]*$/i;
/** A grade noun after a date: "its 2019 grade", "the 2015 inspection". */
const gradeNounAfter = /^\s*(?:Ofsted\s+)?(?:grade|rating|judgement|judgment|verdict|inspection)\b/i;
/** Another event's words just before a date: its date is that event's. */
const otherEvent = /\b(?:notice|direction|commissioner|plan|board|appointed|resign\w*|funding|budget|£|director|leader|chief executive|took over|joined|elected)\b[^.;]*$/i;

const longBefore = (d: DateValue, published: DateValue) => (monthsBetween(d, published) ?? -1) >= 12;
const sameDay = (a: DateValue, b: DateValue) => a.value !== null && b.value !== null && (a.value.startsWith(b.value) || b.value.startsWith(a.value));

/** The run's earlier grades the sentence dates and the rules left out (`sentenceRaw`: the sentence's events so far). Pure. */
export function repeatedGrades(sentence: string, dates: readonly DateMatch[], sentenceRaw: readonly RawEvent[], published: DateValue): RawEvent[] {
	// Only a sentence that judged already can repeat a grade: most sentences stop here, before any pattern.
	if (published.value === null || !sentenceRaw.some((e) => e.type === 'inspection-judgement') || !/\b(?:again|once more|repeat|consecutive|successive|straight|back-to-back|in a row|running|second|third|fourth|fifth|sixth|retain|kept|keep|maintain|sustain|preserv|on ?to|hold of|remain)/i.test(sentence)) return [];
	const grades = ratingsIn(sentence);
	// "It was the second time in four years the borough had been given a damning report, with inspectors finding ...":
	// the count names the sentence's one grade.
	const counted = grades.length === 1 && /\bthe second time in (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years\b/i.test(sentence) ? grades[0] : undefined;
	// "is outstanding again" after "given the top rating": a grade said twice is read once, and the run is the second's.
	const saidAgain = counted ?? grades.find((r) => {
		const again = new RegExp(String.raw`\b${r.rating}['’"”]?\s+(?:once\s+)?again\b`, 'i').exec(sentence);
		return again !== null && !notKept.test(sentence.slice(Math.max(0, again.index - 30), again.index));
	});
	const run = saidAgain ?? grades.find((r) => {
		const before = sentence.slice(Math.max(0, r.index - 70), r.index);
		const kept = keptBefore.exec(before) ?? runBefore.exec(before) ?? againBefore.exec(before);
		// "two of its homes good and a third requires improvement": an ordinal alone counts things, not grades, unless a
		// grade noun follows ("a third inadequate rating").
		if (kept && /^\W*(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth)\s+\W*$/i.test(kept[0]) && !/^['’"”]?\s+(?:Ofsted\s+)?(?:rating|grade|judgement|judgment|verdict)\b/i.test(sentence.slice(r.end, r.end + 22))) return false;
		if (kept && !notKept.test(before.slice(0, kept.index))) return true;
		// "remain inadequate, as they were in 2019": a grade held, with the earlier one dated after it.
		if (/\bremain(?:s|ed)?\s+['‘"“]?$/i.test(before) && /^['’"”]?,?\s+as (?:it|they) (?:was|were|had been)\b/i.test(sentence.slice(r.end, r.end + 30))) return true;
		return !kept && runAfter.test(sentence.slice(r.end, r.end + 60)) && !notKept.test(before.slice(-30));
	});
	if (!run) return [];
	const graded = sentenceRaw.filter((e) => e.type === 'inspection-judgement' && e.rating === run.rating);
	// A run still to come ("is set to be rated inadequate again, as it was in 2021") is the rules' to tell.
	if (graded.length === 0 || graded.some((e) => e.status)) return [];
	// A school's, a hospital's, another council's run, or one denied or predicted, repeats no grade of the council's.
	if (!runIsOurs(sentence, run.index, graded[0]!)) return [];
	const earlier = dates.filter((d) => d.date.value !== null && longBefore(d.date, published) && (earlierBefore.test(sentence.slice(Math.max(0, d.start - 45), d.start)) || gradeNounAfter.test(sentence.slice(d.end, d.end + 20))) && !otherEvent.test(sentence.slice(Math.max(0, d.start - 45), d.start)) && !countsBound(sentence, d));
	// The grade of now took the earlier grade's date ("rated inadequate again, a repeat of its 2019 grade"): the date is the
	// earlier grade's, and the grade of now takes the sentence's one other date ("In 2021 ... again"), else none (the
	// article's news or an undated grade, as the sentence tells it). With more dates than one, the rules' reading stands.
	const others = dates.filter((d) => d.date.value !== null && !earlier.includes(d));
	if (others.length <= 1) for (const e of graded) if (e.dated && earlier.some((d) => d.date.value === e.date.value)) Object.assign(e, others.length === 1 ? {date: others[0]!.date} : {date: unknownDate(), dated: false});
	const template = graded[0]!;
	// "rated outstanding for the second time in a row", "has retained its good rating": the earlier grade the run tells of,
	// undated ("for the second time in four years" counts from the article's year, not the inspection's: a date the
	// article tells elsewhere, "the summer of 2012", is the one it then joins). Not where the sentence already tells it
	// ("good in 2013; ... and good again"), nor for a tally of many services ("It is just the second 'inadequate' rating
	// handed to a youth offending team since April 2018", "the fourth service in England to be judged inadequate").
	const toldAlready = graded.some((e) => e.dated && longBefore(e.date, published));
	if (earlier.length === 0 && !toldAlready && !tally.test(sentence)) return [{...template, date: unknownDate(), dated: false, reportsNews: false, undatedPast: true, earlierOfRun: true, evidence: template.evidence && {...template.evidence, cue: `${template.evidence.cue} (before)`}}];
	return earlier
		.filter((d) => !graded.some((e) => e.dated && sameDay(e.date, d.date)))
		.map((d) => ({...template, date: d.date, dated: true, reportsNews: false, undatedPast: false, evidence: template.evidence && {...template.evidence, cue: d.text}}));
}

const tally = /\b(?:handed|given|awarded|to be (?:rated|judged|graded))\s+(?:to\s+)?(?:an?|any)\s+(?:[\w-]+\s+){0,3}?(?:service|team|council|authority|area)s?\b|\bin (?:England|the country|the region|the north|the south|the midlands|London)\b|\b(?:rating|grade|judgement|judgment|service|council|authority)s?\b[^.;]{0,60}\bsince\b|\bnationally\b/i;
