/**
 * "announced that summer that she would leave after a group of MPs said they had lost confidence in her", "is to
 * step down on 18 July, days after the county's MPs called for a change of leadership": a call to go told in the
 * same sentence as the going it brought about, with no date of its own, came about then. It takes the going's year,
 * approximate: the call may have come some weeks before, never in another story.
 */
import type {RawEvent} from './event-types.js';

/** The sentence's undated calls to go dated by its dated going (`sentenceRaw`: the sentence's events). Changes them in place. */
export function callsBesideGoing(sentenceRaw: readonly RawEvent[]): void {
	const calls = sentenceRaw.filter((e) => e.type === 'resignation-call' && e.date.value === null);
	if (calls.length === 0) return;
	const going = sentenceRaw.find((e) => (e.type === 'resignation' || e.type === 'resignation-refused') && e.date.value !== null && e.authority === calls[0]!.authority);
	if (!going) return;
	const year = going.date.value!.slice(0, 4);
	for (const c of calls) if (c.authority === going.authority) Object.assign(c, {date: {value: year, precision: 'year', approximate: true, basis: `told beside the ${going.type} of ${going.date.value}`}, dated: true});
}
