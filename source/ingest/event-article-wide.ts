/**
 * The steps after every sentence has been read, which look at the article's events together: refusals told in
 * quotations, the headline's grades, the report's publication day for the day's grades, calls refused by a vote or
 * made on the motion's day, renewed calls implying an earlier one, the merging of an article's mentions (settle) and
 * the dates told late in the article.
 */
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import {headlineJudgements} from './event-headline.js';
import {lateDates} from './event-late-dates.js';
import {earlierCalls} from './event-renewed-calls.js';
import {datedByReport, refusedByVote, settle} from './event-settle.js';
import {callsOnTheMotionsDay} from './event-story-date.js';
import type {EventInput, ExtractedEvent, RawEvent} from './event-types.js';
import {refusalEvents} from './quoted-refusals.js';
import type {Span} from './text.js';
import {scheduledLeavings} from './event-leaving-scheduled.js';

export function articleWideEvents(
	raw: RawEvent[],
	input: EventInput,
	read: {readonly opening: string; readonly report: {date: DateValue; authorities: string[]; paragraph: number} | null; readonly datesIn: (sentence: string) => readonly DateMatch[]; readonly spansOf: readonly (readonly Span[])[]},
): ExtractedEvent[] {
	raw.push(...refusalEvents(input.refusals ?? [], input.narratives, input.authority, read.datesIn));
	raw.push(...headlineJudgements(input.title ?? '', input.authority, read.opening, raw, input.narratives.slice(0, 2)));
	datedByReport(raw, read.report, input.published);
	refusedByVote(raw, input.narratives);
	callsOnTheMotionsDay(raw);
	raw.push(...earlierCalls(raw));
	return scheduledLeavings(lateDates(settle(raw, input.published), input, read.datesIn, read.spansOf), input.published);
}
