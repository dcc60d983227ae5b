/**
 * "were rated good at their previous full inspection in 2019, and had been judged to require improvement in 2016":
 * two grades, each with its date after it, the second in a clause of its own after "and". The first grade's date
 * sits nearer the second grade's verb than the first grade's words, so measured by distance it went to the second
 * grade, which already had a date of its own, and the first was left undated. A date before "and" and a grading verb
 * whose grade has its own date right after it is not that grade's.
 */
import {fullMonth} from './dates/patterns.js';

/** Between the date and the later grade: "and", a few words at most, a grading verb. */
const andVerbBefore = /^['’"”]?\s*,?\s*and\s+(?:[\w'’]+\s+){0,3}?(?:rated|judged|graded|found|deemed|given|branded)\s+(?:(?:to\s+be|to|as)\s+)?(?:an?\s+)?['‘"“]?$/i;
/** The later grade's own date, right after it: "require improvement in 2016", "inadequate by Ofsted in March 2014", "good last year", "inadequate in a report published today". */
const ownDateAfter = new RegExp(`^['’"”]?(?:\\s+to\\s+be\\s+good)?(?:\\s+(?:by|from)\\s+[\\w'’]+)?\\s+(?:(?:in|during)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:${fullMonth}|spring|summer|autumn|winter)\\s+(?:of\\s+)?)?(?:19|20)\\d\\d\\b|(?:last|this)\\s+(?:year|month|week)\\b|in\\s+(?:a|an|its|their|the)\\s+(?:[\\w-]+\\s+)?report\\s+(?:published|released|out)\\b)`, 'i');

/** Whether the date `d`, before the grade `g`, is an earlier grade's: `g` has a date of its own after it. */
export function laterGradeDatedItself(sentence: string, d: {start: number; end: number}, g: {index: number; end: number}): boolean {
	return d.end <= g.index && andVerbBefore.test(sentence.slice(d.end, g.index)) && ownDateAfter.test(sentence.slice(g.end, g.end + 50));
}
