/**
 * "Calls for the director to resign were made after the 2019 SEND inspection", "The board was set up after Ofsted
 * rated the borough's services inadequate in 2013": an event told in the plain past with no date of its own, right
 * before "after" or "following" and an earlier event dated a year or more before the article, came after that one,
 * not on the article's day. It takes that year, approximately (the year at the earliest; newsrooms tell it so when it
 * followed within months).
 *
 * An event left undated (on a page with no date of its own) is dated so too, from a year the words state.
 *
 * Not an anchor that names another council, an event told in the present perfect, the present or the future ("have renewed their calls after the 2019
 * report": the news of the day), a date after "since", an anchor within the year before the article (the article's
 * day is as near), nor an event with any date of its own.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {monthsBetween} from '../corpus/date-value.js';
import type {DateValue, EventType} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';

const kept: ReadonlySet<EventType> = new Set(['inspection-judgement', 'inspection-visit']);
/** The event's words, then "after" or "following" in the same clause. */
const afterWord = /^[^.;]{0,60}?\b(after|following|in the wake of|in response to)\b/i;
/** The clause tells the news of the day, or what is to come. */
const notPlainPast = /\b(?:has|have|is|are|will|would|to be|now|today|this week)\b/i;

/** Dates, in place, the events dated only by the article that the sentence tells came after a dated earlier one. */
export function datedAfterEarlier(events: ExtractedEvent[], published: DateValue, datesIn: (sentence: string) => readonly DateMatch[]): ExtractedEvent[] {
	for (const e of events) {
		// Dated by the article alone, or left undated (on a page with no date of its own, say).
		const byArticle = e.date.approximate && e.date.basis.startsWith('no date in the text; reported in the article');
		if (kept.has(e.type) || e.status || !(byArticle || (e.date.value === null && e.date.basis === 'no date given'))) continue;
		const sentence = e.evidence?.sentence ?? '';
		const cue = e.evidence?.cue ?? '';
		const at = cue ? sentence.indexOf(cue) : -1;
		if (at < 0) continue;
		const m = afterWord.exec(sentence.slice(at + cue.length));
		if (!m) continue;
		const after = at + cue.length + m.index + m[0].length;
		if (notPlainPast.test(sentence.slice(Math.max(0, at - 40), after))) continue;
		const anchor = datesIn(sentence).find((d) => d.start >= after && d.start - after <= 60 && d.date.value !== null && !/\bsince\s+$/i.test(sentence.slice(Math.max(0, d.start - 8), d.start)));
		if (!anchor) continue;
		// "appointed to Essex after Suffolk was rated inadequate in 2017": another council's event is no anchor for this one.
		if (findAuthorityMentions(sentence).some((a) => a.start >= after - m[0].length && a.start < anchor.end && a.name !== e.authority)) continue;
		// On a page with no date, only a year the words state: nothing tells how far back a relative one lies.
		const months = published.value === null ? (/\b(?:19|20)\d\d\b/.test(anchor.text) ? 12 : null) : monthsBetween(anchor.date, published);
		if (months === null || months < 12) continue;
		e.date = {value: anchor.date.value!.slice(0, 4), precision: 'year', approximate: true, basis: `told after '${anchor.text}': that year at the earliest`};
	}
	return events;
}
