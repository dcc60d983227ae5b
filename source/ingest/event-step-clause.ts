/**
 * Dates across a clause's edge. "She joined in 2017, the year after it was rated requires improvement": "the year
 * after" (or "the month before", "the spring after") followed by a clause with its own verb is a conjunction, not "in
 * the following year". The event that clause tells is the earlier one (or, after "before", the later one): the step
 * runs back from the date told before it (2016), not on from it. ("the year after, the council was rated good", "the
 * year after the inspection" keep the step forward.) And a date before "and" and another subject is that clause's
 * when the event after it has a date of its own (ownAfterAnd).
 */
import {andAnother} from './event-date-ties.js';
import type {DateMatch} from './dates/types.js';
import {laterWords} from './event-story-date.js';

/** The words right after the step, up to a comma or a stop, hold a verb of their own. */
const clauseWithVerb = /^\s+(?!,)[^,;.]{0,50}?\b(?:was|were|had|has|have|is|are|rated|judged|graded|found|gave|issued|imposed|appointed|lifted|resigned|left|joined|became|published|placed|sent|set up|took)\b/i;

/**
 * Whether a step of `laterWords` ("the year after", "the month before") opens a clause that holds the event at `pos`
 * (offsets into `text`; `stepEnd` is where the step's words end).
 */
export function stepOpensClause(text: string, stepStart: number, stepEnd: number, pos: number): boolean {
	if (!/^the\s+\w+\s+(?:after|before)$/i.test(text.slice(stepStart, stepEnd).trim())) return false;
	// Only set beside the date before it by a comma ("in 2017, the year after it was rated"): "and the year after the
	// inspection an improvement board was set up" opens with the step as the clause's own time, forward.
	if (!/,\s*$/.test(text.slice(Math.max(0, stepStart - 3), stepStart))) return false;
	return pos >= stepEnd && clauseWithVerb.test(text.slice(stepEnd, stepEnd + 70));
}

/**
 * "scrapped in 2021, the year before Ofsted rated the service good": a date before a step that opens the event's clause
 * is the first clause's; the event is reckoned from it, not dated by it.
 */
export function stepApart(sentence: string, d: DateMatch, pos: number): boolean {
	if (d.end > pos) return false;
	const step = laterWords(sentence.slice(d.end, pos));
	return step !== null && stepOpensClause(sentence, d.end + step.index, d.end + step.index + step.words.length, pos);
}

/**
 * "a commissioner was appointed in September and an improvement board met for the first time in October 2017": the
 * date before "and" is the first clause's (andAnother), so an event with a date of its own after its words takes that
 * one. `own` is sorted nearest first; `cue` spans the event's words.
 */
export function ownAfterAnd<D extends DateMatch>(sentence: string, own: readonly D[], cue: {index: number; end: number}, judgement: boolean): D | undefined {
	const first = own[0];
	if (!first || judgement || own.length < 2 || !andAnother(sentence, first, cue.index)) return first;
	return own.find((d) => d.start >= cue.end) ?? first;
}
