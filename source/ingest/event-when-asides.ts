/**
 * "Problems raised at the 2014 inspection, when services required improvement, and at a focused visit last year":
 * a grade in a when-aside hangs from the dated inspection right before it, and a date after the aside closes is the
 * next item's. They describe how news sets an earlier grade beside its inspection, never a particular article.
 */
import type {DateMatch} from './dates/types.js';

/** A dated inspection or a year right before ", when": "the 2014 inspection", "its visit in May 2019", "in 2014". */
const datedBefore = /(?:\b(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:re-?inspection|inspection|visit|report)|\b(?:re-?inspection|inspection|visit|report)\s+(?:in|of)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d|\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d)\s*$/i;

/** Whether `d` comes after the when-aside that holds the grade at `at`, an aside hung from a dated inspection. */
export function afterWhenAside(sentence: string, d: DateMatch, at: number): boolean {
	if (d.start <= at) return false;
	const lead = sentence.slice(Math.max(0, at - 80), at);
	const when = /,\s*when\b[^,;.]*$/i.exec(lead);
	if (!when) return false;
	const close = sentence.indexOf(',', at);
	if (close < 0 || d.start < close) return false;
	return datedBefore.test(lead.slice(0, when.index));
}
