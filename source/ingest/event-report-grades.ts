/**
 * The further grades of the day's report. A story about an inspection report tells its headline grade as news and
 * the report's other grades after it, often in the plain past and with no date ("Services for care leavers were rated
 * requires improvement", "The local safeguarding children board was judged to require improvement"). Those grades
 * are the same report's, so they take the date the news grade was given, approximately: the sentence does not say
 * so; the story's order does.
 *
 * Left undated: a grade told before the news grade, one with any date words of its own, one told as history (an
 * earlier, previous or former grade, a past perfect, one before, since or until something, a repeated grade), one
 * of another council, one of the same grade and service as the news grade (the sentence rules kept it apart as
 * another), and any beside a news grade that is not recent (a grade of years ago is no report of the day).
 */
import {monthsBetween} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';
import {squash} from './text.js';

/** Words that tell a grade as history or as a grade repeated, not as one more line of today's report. */
const toldAsHistory =
	/\b(?:previous(?:ly)?|earlier|former(?:ly)?|last|first|once|original(?:ly)?|initial(?:ly)?|prior|had|since|before|ago|until|used to|at the time|then|old|framework|in the past|back|again|still|remain(?:s|ed)?|years?|decade|history|predecessor|would|will|could|should|may|might|expected|aims?|hopes?|wants?)\b/i;

/** How recent the news grade must be, in months before the article, to be the report of the day. */
const recentMonths = 3;

type Placed = {event: ExtractedEvent; paragraph: number; at: number};

/**
 * Dates, in place, each undated grade that follows a recent dated grade of the same council and tells one more grade
 * of that report. `paragraphs` are the article's printed paragraphs (for where a sentence falls in its paragraph).
 */
export function reportsOtherGrades(events: ExtractedEvent[], published: DateValue, datesIn: (sentence: string) => readonly DateMatch[], paragraphs: readonly string[]): ExtractedEvent[] {
	if (published.value === null) return events;
	const judgements = events.filter((e) => e.type === 'inspection-judgement');
	if (judgements.length < 2) return events;
	const place = (e: ExtractedEvent): Placed => {
		const text = squash(paragraphs[e.paragraph - 1] ?? '');
		const sentence = e.evidence?.sentence ?? '';
		const at = sentence ? text.indexOf(sentence.slice(0, 60)) : -1;
		return {event: e, paragraph: e.paragraph, at: at < 0 ? 0 : at};
	};
	const before = (a: Placed, b: Placed) => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.at < b.at && a.event.evidence?.sentence !== b.event.evidence?.sentence);
	const news = judgements
		.filter((e) => e.date.value !== null && e.rating !== undefined && isRecent(e.date, published))
		.map(place);
	if (news.length === 0) return events;
	for (const e of judgements) {
		if (e.date.value !== null || e.date.basis !== 'no date given' || e.status || !e.rating) continue;
		const sentence = e.evidence?.sentence ?? '';
		if (sentence === '' || toldAsHistory.test(sentence) || datesIn(sentence).length > 0) continue;
		const here = place(e);
		const report = news.filter((n) => n.event.authority === e.authority && before(n, here)).at(-1)?.event;
		if (!report || (report.rating === e.rating && report.service === e.service)) continue;
		e.date = {...report.date, approximate: true, basis: `one more grade of the report of ${report.date.value} told before it`};
	}
	return events;
}

function isRecent(d: DateValue, published: DateValue): boolean {
	const months = monthsBetween(d, published);
	return months !== null && months >= 0 && months <= recentMonths;
}
