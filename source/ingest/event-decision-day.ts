/**
 * "Reading has agreed to set up an improvement board ... The decision was made at a meeting on Tuesday.", "Ofsted has
 * approved the council's statement of action ... The approval came on Friday last week.": the news told first, its
 * day told a sentence or two later of "the decision", "the approval" or "the vote". An event the sentence rules dated
 * only by the article, told in that sentence's paragraph or the two before it, takes that day, approximately, when it
 * is the only such event there (with two, which one the decision was is not told).
 *
 * Not a day after the article's or weeks before it, a decision still to be made ("will be made", "is expected"), nor
 * a judgement or an inspection (whose days the report and the visit give).
 */
import {dayRange} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';
import {sentenceSpans} from './text.js';

/** "The decision was made", "The approval came", "The vote was taken", "The move was agreed". */
const decisionTold = /^\s*(?:The|That|This)\s+(?:final\s+)?(?:decision|approval|vote|move|agreement|announcement)\s+(?:was\s+(?:made|taken|agreed|confirmed|announced|reached|passed)|came)\b/i;
const recentDays = 14;

/** Dates, in place, the one event of the day the article tells just before a sentence giving its decision's day. */
export function datedByDecision(events: ExtractedEvent[], narratives: readonly string[], published: DateValue, datesIn: (sentence: string) => readonly DateMatch[]): ExtractedEvent[] {
	const article = dayRange(published);
	if (article === null) return events;
	for (const [k, narrative] of narratives.entries()) {
		if (!/\b(?:decision|approval|vote|move|agreement|announcement)\b/i.test(narrative)) continue;
		for (const sp of sentenceSpans(narrative)) {
			const sentence = narrative.slice(sp.start, sp.end);
			if (!decisionTold.test(sentence)) continue;
			const day = datesIn(sentence).find((d) => {
				const r = dayRange(d.date);
				return r !== null && d.date.precision === 'day' && r[1] <= article[1] && article[0] - r[0] <= recentDays;
			});
			if (!day) continue;
			const paragraph = k + 1;
			const near = events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'inspection-visit' && !e.status && e.paragraph <= paragraph && e.paragraph >= paragraph - 2 && e.date.approximate && e.date.basis.startsWith('no date in the text; reported in the article'));
			if (near.length !== 1) continue;
			near[0]!.date = {...day.date, approximate: true, basis: `the day of the decision told after it ('${day.text}')`};
		}
	}
	return events;
}
