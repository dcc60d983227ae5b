/**
 * A call to go that is renewed, repeated or made again ("today renewed his call for the cabinet member to resign",
 * "Calls for the lead member to resign were renewed", "again called for the portfolio holder to go") tells of an
 * earlier call as well as today's. The earlier one is undated unless the article tells it with a date of its own (then
 * it is typed there, and nothing is added here). A renewal denied or asked about tells of none. Read once the
 * article's events are made, before they are settled; the earlier call is kept apart from today's in settling as the
 * earlier of a run is (event-settle.ts).
 */
import {unknownDate} from '../corpus/date-value.js';
import type {RawEvent} from './event-types.js';

/** What the calls are for: someone to go ("for the cabinet member to resign", "that the director step down"). */
const toGo = String.raw`(?:resign\w*|quit|go|leave|step\s+(?:down|aside)|stand\s+down|be\s+(?:sacked|removed|dismissed)|sack\w*|removal|dismissal|departure)`;
/**
 * A renewed call is a call to go only where its own words, up to the clause's end, ask for someone to go: "renewed its
 * call for better pay for social workers, but did not call for anyone to resign" renews a call for pay.
 */
const renewed = new RegExp(String.raw`\b(?:renew(?:s|ed|ing)?|repeat(?:s|ed|ing)?|reiterat(?:es|ed|ing)|restat(?:es|ed|ing))\s+(?:(?:his|her|their|its|the|a|an|our|my)\s+)?(?:calls?|demands?)\s+(?:for|that|on)\b[^.;,]{0,100}?\b${toGo}\b|\b(?:calls?|demands?)\s+(?:for|that)\b[^.;,]{0,80}?\b${toGo}\b[^.;,]{0,40}?\b(?:were|was|have been|has been|had been)\s+(?:now\s+)?renewed\b|\b(?:again\s+(?:called|demanded)|(?:called|demanded)\s+again|once (?:again|more)\s+(?:called|demanded))\s+(?:for|that|on)\b[^.;,]{0,100}?\b${toGo}\b`, 'i');
/** A renewal denied ("had not renewed his call") or put as a question, or an earlier call the sentence dates itself. */
const notRenewed = /\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:renew|renewed|repeat|repeated|reiterate|reiterated)\b|n['’]t\s+(?:\w+\s+)?(?:renew|repeat|reiterate)\w*\b|\?\s*$|\bfirst\s+(?:made|called|demanded|raised|voiced)\b/i;

/** An earlier, undated call for each renewed one whose article tells no earlier call of its own date. */
export function earlierCalls(raw: readonly RawEvent[]): RawEvent[] {
	const out: RawEvent[] = [];
	for (const e of raw) {
		if (e.type !== 'resignation-call' || e.status || e.future) continue;
		const sentence = e.evidence?.sentence ?? '';
		if (!renewed.test(sentence) || notRenewed.test(sentence)) continue;
		// An earlier call the article dates before this one is the call renewed.
		const before = raw.some((o) => o !== e && o.type === 'resignation-call' && o.authority === e.authority && o.dated && e.dated && o.date.value !== null && e.date.value !== null && o.date.value < e.date.value.slice(0, o.date.value.length));
		if (before || out.some((o) => o.authority === e.authority)) continue;
		out.push({...e, date: unknownDate(`an earlier call, told by the renewal of ${e.date.value ?? 'the article'}`), dated: false, undatedPast: true, reportsNews: false, future: false, earlierOfRun: true, alsoIn: []});
	}
	return out;
}
