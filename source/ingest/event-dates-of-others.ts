/**
 * Dates a sentence gives that belong to something other than the event beside them: the "since" bound of a count
 * ("only the third 'inadequate' rating given to a youth justice service since March 2019") and the publication of
 * another body's report ("A 2022 report published by a group of national charities found ..."). Only the
 * inspection's own report dates a judgement; a count says how many, not when.
 */
import type {DateMatch} from './dates/types.js';
import {multipliedSince} from './event-grade-senses.js';

/**
 * An ordinal or "the only" before a "since" that ends right before the date: a count of events and its bound. ("The
 * first time since 2013 it is no longer inadequate" tells a grade held since then: a time, not a count.)
 */
const countedSince = /\bthe\s+(?:only|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b(?!\s+time\b)[^.;]{0,120}?\bsince\s+(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?$/i;

/** Whether `d` is the "since" bound of a count ("the fifth council to be rated inadequate since January"). */
export function countsBound(sentence: string, d: DateMatch): boolean {
	const own = /^since\s+/i.exec(d.text);
	// Most dates follow no "since": the cheap look first.
	if (!own && !/\bsince\s+(?:the\s+\w+\s+of\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 24), d.start))) return false;
	const upTo = sentence.slice(Math.max(0, d.start - 180), d.start + (own ? own[0].length : 0));
	if (countedSince.test(upTo)) return true;
	// "rated good twice since 2015" counts grades; "visited twice since January 2023, when it was judged inadequate"
	// counts visits, and the date is the grade's.
	const multiplied = multipliedSince.exec(upTo);
	return multiplied !== null && (gradedBefore.test(upTo.slice(Math.max(0, multiplied.index - 60), multiplied.index)) || gradeWord.test(multiplied[0]));
}

/** A grade or a judging verb. */
const gradeTerms = String.raw`rated|judged|graded|deemed|branded|inadequate|good|outstanding|adequate|requires? improvement|improvement`;
/** One inside the count ("twice been rated inadequate by Ofsted since"). */
const gradeWord = new RegExp(String.raw`\b(?:${gradeTerms})\b`, 'i');
/** One right before the count ("rated inadequate twice", "judged good three times"). */
const gradedBefore = new RegExp(String.raw`\b(?:${gradeTerms})['’"”]?\s+(?:\w+\s+){0,2}$`, 'i');

/** The inspectorates whose report is the inspection's own. */
const inspectorate = /^(?:the\s+)?(?:Ofsted|inspectors?|(?:education\s+|schools\s+)?watchdog|inspectorate|HMIP?|HM\s+Inspectorate|His\s+Majesty['’]s|Her\s+Majesty['’]s|Care Quality Commission|CQC|Office for Standards|HMICFRS|the\s+three\s+inspectorates|joint\s+inspectorates)\b/i;

/**
 * "A 2021 report published by a coalition of charities", "Findings released by the Local Government Association":
 * a report its sentence says someone other than an inspectorate published (`at` is where the publishing words start).
 */
export function anotherBodysReport(sentence: string, at: number): boolean {
	const by = /\b(?:published|released|issued|produced|compiled)\s+(?:\w+\s+){0,4}?by\s+/i.exec(sentence.slice(at, at + 120));
	return by !== null && !inspectorate.test(sentence.slice(at + by.index + by[0].length));
}

/**
 * "Her report, dated 28 June and published on Thursday", "Ms Tolland's report", "the adviser's review": a report a
 * person wrote (a commissioner, an adviser, a reviewer), not the inspection's, whose report is the inspectorate's
 * ("its report", "their report" of inspectors). `at` is where the report's word starts.
 */
export function personsReport(sentence: string, at: number): boolean {
	const before = sentence.slice(Math.max(0, at - 50), at);
	return /(?:^|[^\w'’])(?:her|his)\s+(?:[\w-]+\s+){0,2}$/i.test(before) || /\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Professor)\.?\s+[A-Z][\w-]+|commissioner|adviser|advisor|chair|chairman|chairwoman|minister|reviewer)['’]s?\s+(?:[\w-]+\s+){0,2}$/i.test(before);
}

/** A visit's own verb with its date after it: "the inspection of X, which took place in May". */
const visitDatedAfter = /^[^.;]{0,100}?\b(?:took place|(?:was|were) (?:carried out|held|undertaken|conducted))\s+(?:in|on|between|from|during|over)\b/i;

/**
 * "Ofsted will publish its report next month on the inspection of X, which took place in May": a date before a
 * visit's words whose own verb dates it after them is another verb's (`at`: where the visit's words start).
 */
export function beforeVisitDatedAfter(sentence: string, d: DateMatch, type: string, at: number): boolean {
	// ("checked its front door in June and brought forward a full inspection, which took place in September": June is
	// the check's, another event the visit's words do not name.)
	return type === 'inspection-visit' && d.end <= at && !/\b(?:and|but|then)\b|[,;]/i.test(sentence.slice(d.end, at)) && visitDatedAfter.test(sentence.slice(at, at + 160));
}

/** A comma and perhaps a join and a preposition, right before a date: the date may open the next clause. */
const commaBefore = /,\s*(?:(?:but|and|yet|while|whereas|then)\s+)?(?:(?:by|in|on|at|from|after|since)\s+)?(?:the\s+)?$/i;
/** The next clause's own grading verb after the date: "by 11 November 2020 it had deteriorated to inadequate". */
// (Or the inspectorate's own verb: ", but in 2015 Ofsted found the service inadequate again".)
const gradedAfter = /^[^.;]{0,80}?\b(?:had|has|have|was|were|is|are)\s+(?:\w+\s+){0,2}?(?:rated|judged|graded|found|deteriorated|slipped|fallen|dropped|declined|improved|risen|moved|gone|become|been)\b|^[\s,]*(?:Ofsted|inspectors|the inspectors|the inspectorate|the watchdog|a (?:full |new |further )?(?:re-?inspection|inspection))\s+(?:(?:again|then|once more)\s+)?(?:found|rated|judged|graded|branded|deemed|gave|handed)\b/i;

/**
 * "At the 3 Feb 2020 inspection it was rated GOOD, by 11 November 2020 it had deteriorated to INADEQUATE": a date
 * after a grade and a comma that opens a clause with its own grading verb is that clause's, not the grade's before it.
 */
export function opensNextClause(sentence: string, d: {start: number; end: number}, g: {index: number; end: number}): boolean {
	if (d.start < g.end || !sentence.includes(',', g.end)) return false;
	const between = sentence.slice(g.end, d.start);
	// (The grade's own date may come between: "Rated outstanding in May 2018, by June 2022 it had dropped to inadequate".)
	return commaBefore.test(between) && !/[;.]/.test(between) && between.split(',').length === 2 && gradedAfter.test(sentence.slice(d.end, d.end + 120));
}
