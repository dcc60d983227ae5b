/**
 * A date that ends a span rather than naming an act (issue 11: no confident wrong date). "In place until March",
 * "must submit a plan by March 2024", "spent £4m in the year to March 2020": the words before the date make it the
 * end of a time something lasted or must be done within, and the act the event is (the notice's issue, the plan's
 * submission, the money's award) falls somewhere in that span or at its end. A reader takes it as a likely date of
 * the act, not a sure one. A start is not such a bound: "under a notice since March 2021", "rated good since 2017"
 * name the act that began the state.
 *
 * A range's first date ("from 5 to 16 June", "between 2015 and 2018") is not a bound here: it is the start of what
 * the range spans, which is the act's date when the act is what lasted (a visit, an inspection).
 */
import {fullMonths} from './patterns.js';

const month = String.raw`(?:${fullMonths.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** Words between a bound and the date's own figures: "by the end of", "until 30", "since early". */
const dateWords = String.raw`(?:(?:the\s+)?(?:end|start|beginning|middle|close)\s+of|early|late|mid-?|${month}|\d{1,2}(?:st|nd|rd|th)?)`;
/**
 * Words that make the date a span's end: until, by, the year to. ("Since" is a span's start: "under a notice since
 * March 2021", "rated good since 2017" name the act that began the state, and are the event's own date.)
 */
const bound = String.raw`(?:until|till|up\s+(?:to|until)|by|ahead\s+of|no\s+later\s+than|(?:year|years|months|weeks|quarter|period)\s+(?:to|ending|ended))`;
const boundBefore = new RegExp(String.raw`\b${bound}\s+(?:${dateWords}[\s,-]+)*$`, 'i');
const boundFirst = new RegExp(String.raw`^\s*${bound}\b`, 'i');

/**
 * Whether the date whose words (`words`) start at `at` in `sentence` is a span's bound. (A stated date's `at` is
 * where its year stands: its month and day are among the words passed over.)
 */
export function spanBound(sentence: string, at: number, words: string): boolean {
	const before = sentence.slice(Math.max(0, at - 80), at);
	const m = boundFirst.exec(words) ?? boundBefore.exec(before);
	if (!m) return false;
	// "Ofsted is not expected to return until 2025": what will not happen before a date happens then.
	const clause = (boundFirst.test(words) ? before : before.slice(0, m.index)).split(/[,;:]/).at(-1)!;
	return !(/^\s*(?:until|till)\b/i.test(m[0].replace(/^\s*up\s+/i, '')) && /\b(?:not|never|no)\b|n[’']t\b/i.test(clause));
}

const monthNames = fullMonths.map((m) => m.slice(0, 3).toLowerCase());
const monthIndex = (name: string) => monthNames.indexOf(name.slice(0, 3).toLowerCase());
/** Another month joined after the date ("September and October", "November to January"), and the one before it. */
const joinedAfter = new RegExp(String.raw`^(?:\s+(?:19|20)\d\d)?\s*(and|to|until|till|through|-|–)\s+(?:(?:early|late|mid-?)\s*)?(${month})`, 'i');
/** A month's name in the date's words, and one right before them (made once, not for every date). */
const monthIn = new RegExp(month, 'i');
const monthAtEnd = new RegExp(String.raw`(${month})\s*$`, 'i');
const joinedBefore = new RegExp(String.raw`\b(between\s+)?(${month})(?:\s+(?:19|20)\d\d)?\s*(and|to|until|till|through|-|–)\s+(?:(?:early|late|mid-?)\s*)?(?:${month}\s+)?$`, 'i');

/**
 * Whether a month is one end of a span of months ("an inspection in September and October", "fieldwork from November
 * to January"): the event fills the span, and which end a reader lists is a reading. Months joined by "and" are a
 * span only when they follow each other ("in March and July" names two times). A span of days keeps its first day, as
 * every annotation here gives a visit's; a span of years is a state ("under a notice between 2015 and 2018") whose
 * start is the act that began it, as with "since".
 */
export function spanEnd(sentence: string, at: number, words: string, precision: string): boolean {
	return precision === 'month' && spanPartner(sentence, at, words) !== null;
}

/**
 * The month joined to the month at `at` in a span of months (see spanEnd), as the first and last month's numbers
 * (0 for January) in the order the span runs; null where the month is no end of such a span.
 */
export function spanPartner(sentence: string, at: number, words: string): {first: number; last: number} | null {
	const own = monthIn.exec(words) ?? monthAtEnd.exec(sentence.slice(Math.max(0, at - 12), at));
	const mine = own ? monthIndex(own[1] ?? own[0]) : -1;
	const next = (a: number, b: number) => a >= 0 && b >= 0 && (b - a + 12) % 12 === 1;
	const after = joinedAfter.exec(sentence.slice(at + words.length, at + words.length + 40));
	if (after && (after[1]!.toLowerCase() !== 'and' || next(mine, monthIndex(after[2]!)))) return {first: mine, last: monthIndex(after[2]!)};
	const before = joinedBefore.exec(sentence.slice(Math.max(0, at - 60), at));
	return before !== null && (before[3]!.toLowerCase() !== 'and' || before[1] !== undefined || next(monthIndex(before[2]!), mine)) ? {first: monthIndex(before[2]!), last: mine} : null;
}
