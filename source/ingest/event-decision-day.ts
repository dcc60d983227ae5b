/**
 * "Reading has agreed to set up an improvement board ... The decision was made at a meeting on Tuesday.", "Ofsted has
 * approved the council's statement of action ... The approval came on Friday last week.": the news told first, its
 * day told a sentence or two later of "the decision", "the approval" or "the vote". An event the sentence rules dated
 * only by the article, told in that sentence's paragraph or the two before it, takes that day, approximately, when it
 * is the only such event there (with two, which one the decision was is not told).
 *
 * So too the events a sentence says happened "at a meeting" with no day, when a sentence after them gives "the
 * meeting"'s day ("were rejected at a special meeting of the full council. ... told the meeting on Monday"): every
 * such event in that paragraph or the two before takes it, approximately.
 *
 * Not a day after the article's or weeks before it, a decision still to be made ("will be made", "is expected"), nor
 * a judgement or an inspection (whose days the report and the visit give).
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {dayRange} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';
import type {Span} from './text.js';

/** "The decision was made", "The approval came", "The vote was taken", "The move was agreed". */
const decisionTold = /^\s*(?:The|That|This)\s+(?:final\s+)?(?:decision|approval|vote|move|agreement|announcement)\s+(?:was\s+(?:made|taken|agreed|confirmed|announced|reached|passed)|came)\b/i;
const recentDays = 14;
/** "the meeting on", "told the meeting, held on": the words right before the meeting's day. */
const meetingBefore = /\bthe\s+(?!next\b|following\b)(?:[\w-]+\s+){0,2}meeting,?\s+(?:(?:held|which took place)\s+)?$/i;
/** An event told at a meeting: "rejected at a special meeting of the full council". */
const atMeeting = /\bat\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}meeting\b/i;

/** Dates, in place, the one event of the day the article tells just before a sentence giving its decision's day. */
export function datedByDecision(events: ExtractedEvent[], narratives: readonly string[], published: DateValue, datesIn: (sentence: string) => readonly DateMatch[], spansOf: readonly (readonly Span[])[]): ExtractedEvent[] {
	const article = dayRange(published);
	if (article === null) return events;
	for (const [k, narrative] of narratives.entries()) {
		if (!/\b(?:decision|approval|vote|move|agreement|announcement|meeting)\b/i.test(narrative)) continue;
		for (const sp of spansOf[k]!) {
			const sentence = narrative.slice(sp.start, sp.end);
			const paragraph = k + 1;
			// ("The decision was made by East Riding council on Tuesday": another council's decision or meeting.)
			// (The authorities only where an event is to be dated: most sentences date none.)
			let named: string[] | undefined;
			const ours = (e: ExtractedEvent): boolean => (named ??= findAuthorityMentions(sentence).map((a) => a.name)).every((n) => n === e.authority);
			const meeting = datesIn(sentence).find((d) => d.date.precision === 'day' && meetingBefore.test(sentence.slice(Math.max(0, d.start - 40), d.start)) && recent(d.date, article));
			if (meeting) {
				const atIt = events.filter((e) => !e.status && e.paragraph <= paragraph && e.paragraph >= paragraph - 2 && e.date.approximate && e.date.basis.startsWith('no date in the text; reported in the article') && ours(e) && atMeeting.test(e.evidence?.sentence ?? '') && datesIn(e.evidence?.sentence ?? '').length === 0);
				for (const e of atIt) e.date = {...meeting.date, approximate: true, basis: `the day of the meeting told after it ('${meeting.text}')`};
			}
			if (!decisionTold.test(sentence)) continue;
			const day = datesIn(sentence).find((d) => d.date.precision === 'day' && recent(d.date, article));
			if (!day) continue;
			const near = events.filter((e) => e.type !== 'inspection-judgement' && e.type !== 'inspection-visit' && !e.status && e.paragraph <= paragraph && e.paragraph >= paragraph - 2 && e.date.approximate && e.date.basis.startsWith('no date in the text; reported in the article'));
			if (near.length !== 1 || !ours(near[0]!)) continue;
			near[0]!.date = {...day.date, approximate: true, basis: `the day of the decision told after it ('${day.text}')`};
		}
	}
	return events;
}

/** A day no later than the article's and at most a fortnight before it. */
function recent(d: DateValue, article: [number, number]): boolean {
	const r = dayRange(d);
	return r !== null && r[1] <= article[1] && article[0] - r[0] <= recentDays;
}
