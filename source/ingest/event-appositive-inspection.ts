/**
 * The inspection behind a grade, told as the sentence's subject with an appositive between it and its verb: "Ofsted's
 * full inspection in early 2021, the first since 2016, rated the service 'good'", "An inspection in March 2019, the
 * council's first under the new framework, judged it inadequate". The aside closes before the verb, so the
 * inspection is the one that gave the grade (no visit of its own beside it), and a "since" inside the aside bounds
 * the aside alone: it does not make the inspection one that came after the grade ("A visit in April was its first
 * since it was rated good" is such a one, the grade inside the since-phrase).
 */
import type {DateValue} from '../corpus/schema.js';
import {monthsBetween} from '../corpus/date-value.js';
import type {DateMatch} from './dates/types.js';

/** A since-phrase set off by commas and closed before the subject's own verb of grading. */
const sinceAsideThenVerb = /,\s*(?:(?:the|its|their)\s+)?(?:[\w'’-]+['’]s?\s+)?(?:first|only|last|second|third|latest)\b[^,;.]{0,40}?\bsince\b[^,;.]{1,40},\s*(?:(?:has|have|had)\s+)?(?:now\s+|also\s+|then\s+)?(?:rated|judged|graded|found|gave|concluded|branded|deemed)\b/i;

/** Whether the clause's "since" belongs to an appositive closed before the grading verb. */
export function sinceInClosedAside(clause: string): boolean {
	return /\bsince\b/i.test(clause) && sinceAsideThenVerb.test(clause);
}

/** What opens the sentence (or its part after a semicolon) before an inspection's date: "Ofsted's full inspection in". */
const inspectionHead = /(?:^|[;:]\s*|\b(?:but|and|yet)\s+)\W*(?:(?:Ofsted['’]s|the|an?|its|their|[A-Z][\w'’-]+['’]s)\s+)?(?:(?:most recent|last|latest|previous|earlier|first|next|full|standard|ILACS|single|joint|new|Ofsted|unannounced|two-week|three-week)\s+){0,3}(?:inspection|re-?inspection)\s+(?:(?:carried out|held|conducted|made)\s+)?(?:(?:in|during)\s+)?$/i;
/** The same with the date before the noun: "The 2018 inspection". */
const yearHead = /(?:^|[;:]\s*|\b(?:but|and|yet)\s+)\W*(?:Ofsted['’]s|the|an?|its|their|[A-Z][\w'’-]+['’]s)\s+$/i;
const yearThenInspection = /^\s+(?:(?:full|standard|ILACS|Ofsted|joint|single)\s+){0,2}(?:inspection|re-?inspection)\b/i;
/** After the date: an optional aside set off by commas, then the subject's own verb of grading. */
const asideThenVerb = /^(?:\s*,\s*[^,;.]{1,100},)?\s*(?:(?:has|had|then|also|subsequently)\s+)?(?:rated|judged|graded|found|gave|branded|deemed|concluded)\b/i;

/**
 * The date of a grade given by the inspection the sentence opens with ("Ofsted's full inspection in early 2021, the
 * first since 2016, rated the service 'good'", "The 2018 inspection, which came weeks after the director left, rated
 * it inadequate"): that inspection's date, approximate (the report follows the inspection by weeks). Only for an
 * inspection half a year or more before the article: a recent one's grade is the news, dated by its report.
 */
export function subjectInspectionDate(sentence: string, pos: number, dates: readonly DateMatch[], published: DateValue): DateValue | null {
	if (!/inspection/i.test(sentence)) return null;
	for (const d of dates) {
		if (d.date.value === null || d.end > pos) continue;
		const before = sentence.slice(0, d.start);
		// (The date's words may hold its preposition: "in early 2021".)
		const named = inspectionHead.test(before) && (/^(?:in|during)\b/i.test(d.text) || /\b(?:in|during)\s+$/i.test(before)) ? d.end : yearHead.test(before) && /^(?:in\s+)?(?:19|20)\d\d$/i.test(d.text) ? yearThenInspection.exec(sentence.slice(d.end))?.[0].length : undefined;
		if (named === undefined) continue;
		const at = named === d.end ? d.end : d.end + named;
		const verb = asideThenVerb.exec(sentence.slice(at));
		// Without an aside between ("An inspection in 2013 found ..."), the clause's own date is the grade's already.
		if (!verb || at + verb[0].length > pos || (named === d.end && !verb[0].includes(','))) continue;
		// The grade is the verb's own: no new clause and no date of its own between them.
		const between = sentence.slice(at + verb[0].length, pos);
		if (/;|,\s*(?:and|but|while|whereas)\s/i.test(between) || dates.some((x) => x.start >= at + verb[0].length && x.start < pos) || between.length > 80) continue;
		if ((monthsBetween(d.date, published) ?? 0) < 6) return null;
		return {...d.date, approximate: true, basis: `the date of the inspection that gave it ('${d.text}')`};
	}
	return null;
}

/**
 * An aside after the inspection behind a grade that tells its report's day: "the report of which was published on", "whose
 * report came out in" (", with the report published in March" is read by the report's publication day, event-settle.ts).
 */
const reportAside = /^[^.;]{0,100}?\b(?:inspection|re-?inspection|visit)\b[^.;]{0,60}?,\s*(?:the report of which|the report on which|the report from which|whose report)\s+(?:was\s+|being\s+|has been\s+)?(?:published|released|made public|came out|issued)\s+(?:on\s+|in\s+|last\s+|this\s+|earlier\s+)?(?:the\s+)?$/i;

/**
 * "rated 'good' at the inspection in July this year, the report of which was published on September 6": the grade is
 * its report's, and the aside after the inspection gives that report's day. That day, rather than the inspection's.
 * Not a day still to come, nor another report's (a monitoring letter's, a commissioner's).
 */
export function reportOfTheInspection(sentence: string, pos: number, dates: readonly DateMatch[], published: DateValue): DateValue | null {
	if (!sentence.includes('report')) return null;
	for (const d of dates) {
		if (d.date.value === null || d.start <= pos || d.start - pos > 220) continue;
		const between = sentence.slice(pos, d.start + (/^\s*(?:on|in|last|this)\s/i.exec(d.text)?.[0].length ?? 0));
		if (!reportAside.test(between) || /\b(?:commissioner|monitoring|letter|plan)\b/i.test(between)) continue;
		if (published.value !== null && (monthsBetween(published, d.date) ?? 0) > 0) return null;
		return {...d.date, basis: `${d.date.basis}; the report of the inspection that gave it`};
	}
	return null;
}
