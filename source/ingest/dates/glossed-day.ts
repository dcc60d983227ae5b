/**
 * A day counted from the article's date and the day it is, given beside it: "published today (Friday, 19 February
 * 2016)", "met on Thursday (12 September)", "today, Tuesday 12 November,". The writer names the day outright, so the
 * day counted from the page's date gives way to it: a page may be dated when it was posted or copied, not when its
 * news was written.
 */
import type {DateMatch} from './types.js';

/** A day told only by its distance from the article's date. */
const countedDay = /^(?:on\s+)?(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** What sets the named day beside it: a bracket, or a comma whose phrase closes after the day. */
const besideIt = /^\s*(?:(\()|,)\s*$/;
const closes = /^\s*[),.;:]|^\s*$/;

/** `dates` sorted by start; a counted day followed by the day it is takes that day (its words stay its own). */
export function glossedDays(sentence: string, dates: DateMatch[]): DateMatch[] {
	for (let i = 0; i + 1 < dates.length; i++) {
		const x = dates[i]!;
		const y = dates[i + 1]!;
		if (y.date.precision !== 'day' || y.date.value === null || !countedDay.test(x.text) || countedDay.test(y.text)) continue;
		const open = besideIt.exec(sentence.slice(x.end, y.start));
		if (!open || !(open[1] ? /^\s*\)/ : closes).test(sentence.slice(y.end))) continue;
		dates[i] = {...x, date: {...y.date, basis: `${y.date.basis}; the day '${x.text}' is, named beside it`}};
	}
	return dates;
}
