/**
 * A history told sentence by sentence: "By the summer of 2014 things looked up. Ofsted rated the county's children's
 * services good overall." A sentence of the same paragraph that opens on a year gone by sets when the next tells; a
 * grade told next in the plain past, with no date and no word of now, is of that year, approximately. Not a year
 * within the year before the article (the news may be as near), a grade of now ("has now rated"), one to come, or one
 * the sentence dates itself. This describes how newsrooms tell a history, never a particular article.
 */
import {monthsBetween} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';

/** A sentence that opens on a time: "By the summer of 2014", "In 2011", "During 2016", "Early in 2013", "By the end of 2018". */
const opensOnTime = /^\W*(?:(?:By|In|During|Over|Throughout|Through|Later in|Early in|Late in|Towards the end of)\s+)(?:the\s+)?(?:(?:spring|summer|autumn|winter|end|start|beginning|middle|course|first half|second half)\s+of\s+)?(?:(?:early|late|mid)[- ])?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/i;
/** The grade told in the plain past by its giver or its passive. */
const plainPast = /\b(?:rated|judged|graded|found|gave|handed|branded|deemed)\b/i;
const nowOrToCome = /\b(?:now|today|this (?:week|month|year)|latest|new|newly|has|have|will|would|could|is|are|expects?|expected|due)\b/i;

/** The year the sentence before opened on, where `sentence` tells its grade in that history; else null. */
export function historyOpenedBefore(previous: string, previousDate: DateValue | null, sentence: string, paragraph: string, published: DateValue): DateValue | null {
	if (previous === '' || previousDate?.value == null || !opensOnTime.test(previous) || !paragraph.includes(previous)) return null;
	if (!plainPast.test(sentence) || nowOrToCome.test(sentence)) return null;
	// (On a page with no date, a year the words state is long gone; else a year or more before the article.)
	if (published.value !== null && (monthsBetween(previousDate, published) ?? 0) < 12) return null;
	const year = previousDate.value.slice(0, 4);
	return {value: year, precision: 'year', approximate: true, basis: `told after a sentence that opens on ${year}, in the history it tells`};
}
