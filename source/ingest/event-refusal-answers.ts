/**
 * "Calls for her to go grew louder yesterday, but she told the Times she had no intention of resigning", "Councillors
 * demanded his resignation at Tuesday's meeting, but he said he would not step down": a refusal told after "but",
 * answering a call its sentence dates before "but", was given then, not on the article's day. A refusal the sentence
 * rules dated only by the article takes the call's date, approximately (the answer may have come a day later).
 *
 * Not another person's or council's answer, a refusal with a date of its own or date words after "but", one whose sentence tells no dated call before "but", nor a call of years
 * before ("Calls were made in 2019, but he refused to go" is the call's year; the refusal keeps the article's reading
 * unless the call is within weeks of the article).
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {dayRange} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';

/** How long before the article the call may be, in days: the refusal is then the same news. */
const recentDays = 14;

/** Dates, in place, the refusals after "but" that answer a dated call told before it in their sentence. */
export function refusalsAnsweringCalls(events: ExtractedEvent[], published: DateValue, datesIn: (sentence: string) => readonly DateMatch[]): ExtractedEvent[] {
	const article = dayRange(published);
	if (article === null) return events;
	for (const e of events) {
		if (e.type !== 'resignation-refused' || !e.date.approximate || !e.date.basis.startsWith('no date in the text; reported in the article')) continue;
		const sentence = e.evidence?.sentence ?? '';
		const but = sentence.search(/,\s*but\b/i);
		const cue = e.evidence?.cue ?? '';
		// ("but he has refused to go since the report in March": a refusal with words of its own date is its own.)
		if (but < 0 || !cue || sentence.indexOf(cue, but) < 0 || datesIn(sentence).some((d) => d.start > but)) continue;
		if (!answersTheCalled(sentence, but)) continue;
		const call = events.find((x) => x.type === 'resignation-call' && x.evidence?.sentence === sentence && x.date.value !== null && x.authority === e.authority);
		const r = call ? dayRange(call.date) : null;
		if (!call || r === null || r[1] > article[1] || article[0] - r[0] > recentDays) continue;
		e.date = {...call.date, approximate: true, basis: `the day of the call it answered (${call.date.basis})`};
	}
	return events;
}

/**
 * Whether the one refusing after "but" is the one called on: a pronoun, or a role named before "but" too, and no
 * council named after "but" that is not named before it ("Calls for the director to resign ..., but the leader said he
 * would not step down" is another person's answer).
 */
function answersTheCalled(sentence: string, but: number): boolean {
	const before = sentence.slice(0, but);
	const named = findAuthorityMentions(sentence);
	if (named.some((a) => a.start > but && !named.some((b) => b.start < but && b.name === a.name))) return false;
	const m = /^,\s*but\s+(?:(?:he|she|they)\b|(?:the\s+|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:has\s+|had\s+|was\s+|is\s+)?(?:said|told|insisted|refused|declined|vowed|rejected|made|says|added)\b)/i.exec(sentence.slice(but));
	if (!m) return true;
	return m[1] === undefined || new RegExp(`\\b${m[1]}\\b`, 'i').test(before);
}
