/**
 * A leaving the article schedules ("will leave at the end of March", "is to retire in the summer", "is leaving at the
 * end of the year"): the going is planned, and its date is only as sure as the words that give it. A month, a season,
 * a year or "next month" says roughly when the post-holder goes (notice periods move, "the end of March" is a week or
 * so), so the date is approximate unless the text names the day. The other way round, a resignation told in the past
 * on a day before the article ("resigned on Monday and will leave at the end of March") is the act done, not the plan.
 */
import {dayRange} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import type {ExtractedEvent} from './event-types.js';

/** A going told in the future: a modal or "is to" before a leaving verb, or a present progressive or simple present with a time. */
const goingLater =
	/\b(?:will|would|shall|is|are|was|were)\s+(?:(?:to|set to|due to|expected to|going to|now|then|formally|officially|also|likely to)\s+)*(?:leave|step down|stand down|retire|quit|depart|go|resign|step aside|stand aside)\b|\b(?:plans?|planning|intends?|intending)\s+to\s+(?:leave|step down|stand down|retire|quit|depart)\b|\b(?:is|are)\s+(?:leaving|stepping down|standing down|retiring|departing|quitting)\b|\b(?:steps|stands|leaves|retires|departs)\s+(?:down\s+)?(?:at the end of|next|later|in|on|from)\b/i;
/** A leaving that will not happen ("would not step down"): a refusal, read apart. */
const notGoing = /\b(?:will|would|shall|is|are)\s+not\s+(?:be\s+)?(?:leave|leaving|step|stepping|stand|standing|retire|retiring|quit|quitting|resign|resigning|go|going)\b|\bno (?:plans|intention) to\b/i;
/** The going told as done, before the plan ("resigned on Monday and will leave ..."). */
const goneAlready = /\b(?:resigned|stepped down|stood down|quit|handed in (?:his|her|their) (?:notice|resignation)|announced (?:his|her|their) resignation|tendered (?:his|her|their) resignation)\b/i;

/** A going done, with nothing of the future between it and the date after it ("who resigned as director this month"). */
const doneBeforeDate = /\b(?:resigned|quit|stepped\s+down|stood\s+down|left|retired|handed\s+in\s+(?:his|her|their)\s+(?:notice|resignation)|announced\s+(?:his|her|their)\s+(?:resignation|retirement|departure))\b(?:(?!\b(?:will|would|shall|is|are|to|and|but)\b)[^;.])*$/i;

export function scheduledLeavings(events: ExtractedEvent[], published: DateValue): ExtractedEvent[] {
	const page = dayRange(published);
	if (!page) return events;
	for (const e of events) {
		if (e.type !== 'resignation' || e.date.value === null || e.status === 'refused' || e.status === 'proposed') continue;
		const sentence = e.evidence?.sentence;
		if (!sentence || !goingLater.test(sentence) || notGoing.test(sentence)) continue;
		// An undated going takes the article's date, already approximate: nothing is scheduled by words.
		if (/^no date in the text/.test(e.date.basis)) continue;
		// The date told right after the going done ("resigned earlier this month and will leave in June"): the resignation.
		const words = /^'([^']+)'/.exec(e.date.basis)?.[1];
		const at = words === undefined ? -1 : sentence.indexOf(words);
		if (at > 0 && doneBeforeDate.test(sentence.slice(Math.max(0, at - 80), at))) {
			if (e.status === 'planned') delete e.status;
			continue;
		}
		const range = dayRange(e.date)!;
		if (range[1] < page[0]) {
			// Wholly before the article and told as done: the resignation, not the leaving it schedules.
			if (e.status === 'planned' && e.date.precision === 'day' && !e.date.approximate && goneAlready.test(sentence)) delete e.status;
			continue;
		}
		e.status = 'planned';
		if (e.date.precision !== 'day' && !e.date.approximate) e.date = {...e.date, approximate: true, basis: `${e.date.basis}; a leaving scheduled to a ${e.date.precision}, roughly`};
	}
	return events;
}
