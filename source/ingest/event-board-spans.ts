/**
 * An improvement board told by its span rather than by its setting up: "met monthly until last summer", "met monthly
 * until it was disbanded in July 2011", "held its final meeting in January 2024" (its end: readers date a board told
 * so by the end, so a board of that date is added beside the one the rules dated); "has met every six weeks since the
 * notice came into force", "has met every month since," (since the event the sentence before told: its date), "which
 * has met monthly since it was set up in April 2022" (its start, stated). The other dates are readings of the span, so approximate.
 * The board itself is the rules' to find: this step only dates it. A question, a board that has not met, and a board
 * still to meet or to end ("will meet monthly until the notice is lifted in 2019", "would be wound up in the summer") tell no span. It describes how papers tell a
 * board's history, never a particular article.
 */
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {RawEvent} from './event-types.js';

/** The board's end: met until, disbanded, wound up, its final meeting; the date follows these words. */
const ended = /\b(?:met|meeting|sat)\b[^.;]{0,50}?\buntil\b|\b(?:disbanded|wound up|dissolved|stood down|held its (?:final|last) meeting)\b/gi;
/** "has met every month since," / "since then" / "since the notice came into force": the start is the event told before. */
const sinceBefore = /\b(?:has|have|had)\s+(?:(?:\w+ly|also|now)\s+)?met\b[^.;]{0,40}?\bsince\b(?=\s*(?:[,.;]|$|then\b|(?:the|its|their)\s+(?:notice|direction|inspection|judgement|judgment|report|rating|intervention)\b))/i;
/** "since it was set up in April 2022": the start, dated in the words after. */
const sinceSetUp = /\bmet\b[^.;]{0,40}?\bsince\s+(?:it|they)\s+(?:was|were)\s+(?:first\s+)?(?:set up|established|created|formed|convened)\b/i;
/** A board that has not met, or one still to meet, tells no span gone by. */
const noSpan = /\b(?:not|never)\s+(?:\w+\s+)?met\b|n['’]t\s+(?:\w+\s+)?met\b|\b(?:will|would|shall|is to|are to|(?:is|are) due to|expected to|set to|plans? to|to)\s+(?:\w+\s+)?(?:meet|be wound up|be disbanded|be dissolved|be stood down|wind up|disband)\b|\?\s*$/i;

/** A date stated plainly ("in April 2022", "in 2019"): the set-up's own, exact however a since-clause hedges it. */
const plainDate = /^(?:in\s+|on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d$/i;

const approximately = (date: DateValue, basis: string): DateValue => ({...date, approximate: true, basis: `${date.basis}; ${basis}`});

/** The boards a span dates, beside the sentence's own (`sentenceRaw`: the sentence's events, whose board a set-up date dates in place); `before`: the date told just before. */
export function boardSpans(sentence: string, dates: readonly DateMatch[], sentenceRaw: readonly RawEvent[], before: DateValue | null): RawEvent[] {
	const board = sentenceRaw.find((e) => e.type === 'improvement-board');
	if (!board || noSpan.test(sentence)) return [];
	const told = (date: DateValue, cue: string): RawEvent => {
		const {status: _status, ...rest} = board;
		return {...rest, date, dated: true, future: false, scheduled: false, undatedPast: false, reportsNews: false, evidence: board.evidence && {...board.evidence, cue}};
	};
	// (The date of another act told after "until" is that act's: "met monthly until the notice was lifted in 2020".)
	const dateAfter = (at: number) => dates.find((d) => d.date.value !== null && d.start >= at && d.start - at <= 40 && !/[.;]|\b(?:notice|direction|inspection|visit|report|judgement|judgment|rating|commissioner|lifted|removed|revoked)\b/i.test(sentence.slice(at, d.start)));
	const out: RawEvent[] = [];
	let end: DateMatch | undefined;
	for (const m of sentence.matchAll(ended)) end = dateAfter(m.index! + m[0].length) ?? end;
	if (end) out.push(told(approximately(end.date, 'the end of the board told'), end.text));
	const setUp = sinceSetUp.exec(sentence);
	const start = setUp ? dateAfter(setUp.index + setUp[0].length) : undefined;
	// (A board the rules dated already keeps its date: the words after "since" are what they read. The set-up's words
	// are the board's cue, so that the date stands in its own clause.)
	if (start && !board.dated) Object.assign(board, {date: {...start.date, approximate: start.date.approximate && !plainDate.test(start.text), basis: `${start.date.basis}; the board was set up then`}, dated: true, undatedPast: false, status: undefined, evidence: board.evidence && {...board.evidence, cue: sentence.slice(setUp!.index, start.end)}});
	else if (before?.value && sinceBefore.test(sentence) && !board.dated) out.push(told(approximately(before, 'the board has met since the event told just before'), 'since'));
	return out;
}
