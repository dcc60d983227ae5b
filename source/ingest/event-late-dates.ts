/**
 * Dates read once an article's events are settled, from what the story around an event tells: the further grades of
 * the day's report (event-report-grades.ts), the day of the minister's letter that made the news
 * (event-letter-day.ts), an event told after a dated earlier one (event-after-dated.ts), a grade left behind dated by
 * the last inspection the article dates (event-last-inspection.ts), a refusal answering a dated
 * call (event-refusal-answers.ts), the news whose decision's day is told after it (event-decision-day.ts) or retold
 * with its day (event-news-day.ts). Each
 * dates only events the sentence rules left undated or dated by the article alone, and approximately.
 */
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import {datedAfterEarlier} from './event-after-dated.js';
import {datedByDecision} from './event-decision-day.js';
import {datedByNewsDay} from './event-news-day.js';
import {datedByLetter} from './event-letter-day.js';
import {datedByLastInspection} from './event-last-inspection.js';
import {refusalsAnsweringCalls} from './event-refusal-answers.js';
import {reportsOtherGrades} from './event-report-grades.js';
import type {ExtractedEvent} from './event-types.js';
import type {Span} from './text.js';

/** `spansOf`: each narrative's sentences, split once by the sentence rules (extractEvents) and read again here. */
export function lateDates(events: ExtractedEvent[], input: {readonly published: DateValue; readonly paragraphs: readonly string[]; readonly narratives: readonly string[]}, datesIn: (sentence: string) => readonly DateMatch[], spansOf: readonly (readonly Span[])[]): ExtractedEvent[] {
	reportsOtherGrades(events, input.published, datesIn, input.paragraphs);
	datedByLetter(events, input.narratives, input.published, datesIn, spansOf);
	datedAfterEarlier(events, input.published, datesIn);
	datedByLastInspection(events, input.narratives, input.published, datesIn, spansOf);
	datedByDecision(events, input.narratives, input.published, datesIn, spansOf);
	datedByNewsDay(events, input, datesIn, spansOf);
	return refusalsAnsweringCalls(events, input.published, datesIn);
}
