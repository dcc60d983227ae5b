/**
 * Ties between a date and an event's words that the sentence's shape makes, whatever their distance: a grade told
 * in a clause on a dated inspection, a date in an aside about something else, a date inside one reckoned from it.
 * Offsets are the sentence's; `at` is where the event's words start.
 */
import {refusalsOtherDate} from './event-goings-told.js';
import {pledgesOtherDate} from './event-funding-news.js';
import type {DateValue, EventType} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import {beforeVisitDatedAfter, countsBound} from './event-dates-of-others.js';
import {reactionsDay} from './event-reaction-days.js';
import {afterWhenAside} from './event-when-asides.js';
import {matchesIn} from './text.js';
import {namesAPeriod} from './dates/named-period.js';

/**
 * "visited by inspectors on October 8, when it was given the lowest grade", "an inspection in February, which rated
 * the service inadequate", "the 2012 inspection that found it inadequate", "judged good at its inspection in August":
 * the grade is given on the date the clause hangs from.
 */
export function gradedThen(sentence: string, d: DateMatch, at: number): boolean {
	// "judged good at its inspection in August", "at the end of their visit on 17 June": given at that inspection.
	if (d.start > at) return /^[^,.;:]{0,60}?\bat (?:the end of )?(?:its|an|the|their|a) (?:[\w-]+ ){0,2}?(?:inspection|visit)\s+(?:(?:in|on)\s+)?$/i.test(sentence.slice(at, d.start));
	// "The inspection, which took place in June 2025, resulted in a judgement of ...": the inspection's outcome.
	return d.end <= at && /^,?\s*(?:when\b|(?:which|that)\s+(?:rated|judged|graded|found|gave)\b|(?:resulted|ended|culminated) in\b)[^,.;:]*$/i.test(sentence.slice(d.end, at));
}

/**
 * "• Ofsted ILACS inspection, October 2019 – Southampton found inadequate", "Joint targeted area inspection, May
 * 2017: ...": a timeline's entry that opens with an inspection's name and its date as a label. The date is the
 * inspection's, so a grade the entry gives came out after it.
 */
export function inspectionLabelDate(sentence: string, d: DateMatch): boolean {
	return /^\W{0,3}(?:[\w'’()-]+\s+){0,6}?(?:inspection|re-?inspection|visit)(?:\s*\([^)]{1,50}\))?,?\s+$/i.test(sentence.slice(0, d.start)) && /^\s*[\u2013\u2014:-]\s/.test(sentence.slice(d.end));
}

/** "the 2012 inspection that found it inadequate", "the inspection in 2012 which rated it": a grade an inspection's date names. */
export function inspectionGraded(sentence: string, d: DateMatch, at: number): boolean {
	return d.end <= at && /^(?:\s+(?:Ofsted\s+|full\s+)?inspection)?,?\s*(?:which|that)\s+(?:rated|judged|graded|found)\b[^,.;:]*$/i.test(sentence.slice(d.end, at));
}

/**
 * "which were previously rated 'good' and 'adequate'", "had been judged": a grade at `at` (or one listed after such a
 * grade) told in the past tense, however the sentence goes on.
 */
export function judgedBefore(text: string, at: number): boolean {
	return /\b(?:(?:previously|formerly|already)\s+(?:been\s+)?|(?:was|were|had been)\s+(?:previously\s+|formerly\s+)?)(?:rated|judged|graded)\s+(?:as\s+)?(?:['‘"“][^'’"”]{1,30}['’"”],?\s+(?:and\s+|or\s+)?)*['‘"“]?$/i.test(text.slice(Math.max(0, at - 90), at));
}

/** Another body's act between a grade and a later date: "... inadequate the DfE issued a notice in April 2013". */
export const actBetween = /\b(?:issued|imposed|served|appointed|sent in|placed|announced|lifted)\b/i;

/** "Rutland, last inspected in 2019, expects ...": the date is in an aside between commas that does not hold the event's words. */
export function inAsideApart(sentence: string, d: DateMatch, at: number): boolean {
	const open = sentence.lastIndexOf(',', d.start);
	const close = sentence.indexOf(',', d.end);
	return open >= 0 && close >= 0 && !(at > open && at < close);
}

/**
 * "Amir Bell, who joined the council in the spring, said a team would be in place by February": the event is told in a
 * "who" or "which" aside that does not hold the date, which is what the rest of the sentence schedules.
 */
export function asideWithoutDate(sentence: string, at: number, d: DateMatch): boolean {
	if (!sentence.includes(', wh')) return false;
	const aside = matchesIn(/,\s*(?:who|which)\b[^,;]*,/gi, sentence).find((m) => at >= m.index! && at < m.index! + m[0].length);
	return aside !== undefined && !(d.start >= aside.index! && d.end <= aside.index! + aside[0].length);
}

/**
 * "The improvement notice, which takes effect from 1 July, was issued to Stockport on Tuesday": the day an aside on the
 * thing says it takes effect (or comes into force) is when it starts to bind, not when it was made. Where the rest of
 * the sentence tells the making as done, that day neither dates the event nor makes it one still to come. (Told as
 * the sentence's own verb, "The notice ... comes into force on 3 June", the day is the event's.)
 */
export function bindsFromInAside(sentence: string, d: DateMatch, at: number): boolean {
	if (!sentence.includes(', wh') && !sentence.includes(', th')) return false;
	const aside = matchesIn(/,\s*(?:which|that)\s+(?:(?:takes?|took|will\s+take)\s+effect|(?:comes?|came|will\s+come)\s+into\s+(?:force|effect))\b[^,;]*,/gi, sentence).find((m) => d.start >= m.index! && d.end <= m.index! + m[0].length);
	if (!aside || at >= aside.index!) return false;
	const rest = sentence.slice(0, aside.index!) + sentence.slice(aside.index! + aside[0].length);
	return /\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b/i.test(rest);
}

/**
 * "Three years after the July 2012 report rated it inadequate, the notice was lifted": the date reckoned from `d`
 * ("Three years after the July 2012") when the event is told after that phrase's comma; the event's date, not `d`.
 */
export function reckoningOf(sentence: string, dates: readonly DateMatch[], d: DateMatch, at: number): DateMatch | undefined {
	return dates.find((x) => {
		if (x === d || !(x.start < d.start && x.end >= d.end) || x.date.value === null) return false;
		const comma = sentence.indexOf(',', x.end);
		return comma >= 0 && at > comma;
	});
}

/**
 * "carried out its fifth visit in March since the council was rated inadequate": an event told in a since-clause came
 * before a confident date outside it, which bounds it rather than dates it.
 */
export function toldSince(sentence: string, d: DateMatch, at: number): boolean {
	if (d.date.approximate || !/\bsince\b/i.test(sentence)) return false;
	const since = /\bsince\s+(?:the|it|its|their|they|he|she|[A-Z][\w'’-]+)\b[^,;]*$/i.exec(sentence.slice(0, at));
	return since !== null && d.end <= since.index;
}

/**
 * "discussed the latest monitoring visit at their meeting last Wednesday", "The Ofsted report rating it inadequate will
 * be discussed by the scrutiny committee on Thursday": the meeting's day, not the visit's or the grade's.
 */
export function meetingsDay(sentence: string, d: DateMatch, at: number): boolean {
	if (/\bmeeting(?:\s+of\s+(?:the\s+)?[\w'’ ]{1,40}?)?\s+(?:on\s+|last\s+|this\s+|held\s+(?:on\s+)?)?$/i.test(sentence.slice(Math.max(0, d.start - 70), d.start))) return true;
	// "presented an update to the council's cabinet tonight (March 3), responding to Ofsted's monitoring visit".
	if (d.end <= at && /\b(?:cabinet|committee|panel|scrutiny|full council|councillors)\b[^.;]{0,30}$/i.test(sentence.slice(Math.max(0, d.start - 40), d.start)) && /^\s*(?:\([^)]{0,20}\))?[\s),]*(?:responding|in response|reacting|about|on|following|after)\b/i.test(sentence.slice(d.end, at))) return true;
	return d.start >= at && /\b(?:be|been|was|were|is|are)\s+(?:discussed|debated|considered|scrutini[sz]ed|examined|presented|noted)\b[^,.;]{0,50}$/i.test(sentence.slice(at, d.start));
}

/**
 * "the 2015 inspection", "the findings of the inspection of children's services in July 2022": an inspection's own
 * date, not another event's, unless the event came after it ("after the 2015 inspection", "following the visit in May").
 */
export function inspectionsOwnDate(sentence: string, d: DateMatch): boolean {
	const before = sentence.slice(Math.max(0, d.start - 80), d.start);
	const named = /^\s+(?:re-?inspection|inspection|visit)s?\b/i.test(sentence.slice(d.end, d.end + 16)) || /\b(?:re-?inspection|inspection|visit)s?(?: of [^,.;]{1,50}?)?\s+$/i.test(before);
	return named && !/\b(?:after|following|in the wake of)\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:(?:re-?inspection|inspection|visit)s?(?: of [^,.;]{1,50}?)?\s+)?$/i.test(before);
}

/** "The notice imposed on the council in 2010 has been lifted": a date after the notice's making, before the lifting's verb at `at`, is the making's. */
export function madeBeforeLifted(sentence: string, d: DateMatch, at: number, clauseStart: number): boolean {
	return d.end <= at && /\b(?:imposed|issued|served|placed|given|put)\b[^,;]{0,60}$/i.test(sentence.slice(Math.max(clauseStart, d.start - 70), d.start)) && !/[,;]/.test(sentence.slice(d.end, at));
}

const earlierFindingsBefore = /\b(?:weaknesses|failings|failures|concerns|shortcomings|problems|issues)\s+(?:(?:first|previously|originally)\s+)?(?:identified|found|raised|highlighted|uncovered|exposed)\s+(?:(?:by|at)\s+(?:the\s+|its\s+)?(?:last\s+|previous\s+|earlier\s+)?(?:inspection|inspectors|Ofsted|visit)\s+)?(?:in\s+)?$/i;
/**
 * Whether a date after the grade at `at` is of the weaknesses an earlier inspection found ("tackling the weaknesses
 * identified in 2019"). Not when the grade is told as those weaknesses ("progress on four of the five weaknesses
 * identified in 2018" is that inspection's outcome, dated by it).
 */
function earlierFindings(sentence: string, d: DateMatch, at: number): boolean {
	const from = Math.max(0, d.start - 90);
	const m = earlierFindingsBefore.exec(sentence.slice(from, d.start));
	return m !== null && from + m.index > at;
}

/**
 * A date that is not the event's whatever its distance: a period the text looks back to ("the troubles could be traced
 * back to early 2013", "dating back to 2013"), or, for a commissioner's report, the day the commissioner was appointed
 * ("was appointed in January to carry out a review and report back"). `at` is where the event's words are.
 */
export function notTheEventsDate(sentence: string, d: DateMatch, type: string, at: number): boolean {
	const before = sentence.slice(Math.max(0, d.start - 30), d.start);
	if (countsBound(sentence, d) || beforeVisitDatedAfter(sentence, d, type, at) || (type === 'inspection-judgement' && afterWhenAside(sentence, d, at))) return true;
	if (/\b(?:back to|as far back as|as long ago as)\s+(?:the\s+)?$/i.test(before)) return true;
	// "rated good under the 2018 framework", "its 2019-2022 improvement plan": a framework's or a period's year (dates/named-period.ts).
	if (namesAPeriod(sentence, d)) return true;
	// "The notice, which takes effect from 1 July, was issued on Tuesday": when it binds, not when it was made.
	if (bindsFromInAside(sentence, d, at)) return true;
	if (refusalsOtherDate(sentence, type, d, at) || pledgesOtherDate(sentence, type, d, at)) return true;
	// "Cabinet yesterday noted receipt of an improvement notice": the day the body reacted (event-reaction-days.ts).
	if (reactionsDay(sentence, d, at)) return true;
	// "services still 'require improvement', inspectors praised work on problems found at its last inspection in 2016":
	// a grade held still is today's; a date beyond a comma is another clause's.
	if (type === 'inspection-judgement' && /\bstill\s+(?:be\s+|being\s+|rated\s+|judged\s+|graded\s+)?(?:as\s+)?['‘"“]?$/i.test(sentence.slice(Math.max(0, at - 25), at)) && /[,;]/.test(sentence.slice(Math.min(at, d.end), Math.max(at, d.start)))) return true;
	// "have slipped since the last inspection in 2019 and are now inadequate": that inspection's date bounds the grade.
	if (type === 'inspection-judgement' && d.end <= at && /\bnow\b/i.test(sentence.slice(d.end, at)) && !/\bwhen\b/i.test(sentence.slice(d.end, at)) && /\bsince\s+(?:the|its|their)\s+(?:last|previous|earlier)?\s*(?:full\s+)?(?:inspection|visit|report)s?(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:in\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 80), d.start))) return true;
	// "services had seriously declined since the last inspection in 2017, and rated them inadequate": that inspection bounds
	// the change, whose grade is a later one ("improved since its last inspection in 2016, when it was judged inadequate"
	// dates that one).
	if (type === 'inspection-judgement' && /\b(?:declined|deteriorated|worsened|slipped|fallen|dropped|got worse|improved)\s+(?:\w+\s+){0,2}?since\s+(?:the|its|their)\s+(?:last|previous|earlier)\s+(?:full\s+)?(?:inspection|visit|report)s?\s+(?:in\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 90), d.start)) && !(at > d.end && /\bwhen\b/i.test(sentence.slice(d.end, at)))) return true;
	// "judged to require improvement, with leaders tackling most of the weaknesses identified in 2019": the earlier
	// inspection's date, told after the grade as what was found then.
	if (type === 'inspection-judgement' && d.start > at && earlierFindings(sentence, d, at)) return true;
	// "A petition demands the cabinet member's resignation and will be debated in July": the meeting's date, not the call's
	// (a plan "which will be discussed by the cabinet on March 5" is dated by that meeting).
	if (type === 'resignation-call' && d.start > at && /\b(?:will|would|is to|are to|to)\s+be\s+(?:debated|discussed|considered|heard|voted on)\b[^.;]{0,30}?\s*$/i.test(sentence.slice(Math.max(0, d.start - 60), d.start))) return true;
	// "A High Court judgment in April 2021 led to a non-statutory improvement notice": the cause's date, not the event's.
	if (d.end <= at && /\b(?:led to|resulted in|prompted|triggered)\b/i.test(sentence.slice(d.end, at + 14))) return true;
	// "The budget for 2019/20 will be set at a meeting in February": the year the budget is for, when the text says when it is set.
	if (type === 'funding' && /\bbudget\s+(?:for|of)\s+(?:the\s+)?$/i.test(before) && /\b(?:in|by|on|at|until)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bnext\s+(?:week|month)\b/.test(sentence.slice(d.end))) return true;
	// "regains control from that date, on condition that a review is completed by 1 December": the condition's deadline.
	if (d.start > at && (sentence.includes('condition') || sentence.includes('provid') || sentence.includes('long as')) && /\b(?:on condition that|provided that|providing that|as long as|so long as)\b[^.;]*\bby\s+(?:the\s+(?:end|start|middle|beginning)\s+of\s+)?$/i.test(sentence.slice(at, d.start))) return true;
	return type === 'commissioner-report' && /\b(?:appointed|named|installed|brought in|sent in|drafted in)\s+$/i.test(before);
}

/**
 * "required to keep an improvement board to oversee its plan by June 2025": a deadline after an infinitive of purpose
 * is the purpose's, not the date of the event named before it ("a plan to be submitted by June" stays the plan's).
 */
export function purposeDeadline(sentence: string, d: DateMatch, cueEnd: number, type?: EventType): boolean {
	// (A verb after "to", not a preposition's object: "deliver her verdict to the minister by 12 December" is the verdict's day.)
	const m = d.start > cueEnd ? /^([^.;]*?)\bto\s+(?!(?:be|have|the|a|an|his|her|their|its|this|that|these|those|them|him|us|our|every|each|all|both)\b)([a-z]+)\b([^.;]*)\bby\s+(?:the\s+(?:end|start|middle|beginning)\s+of\s+)?$/.exec(sentence.slice(cueEnd, d.start)) : null;
	return m !== null && !(type === 'commissioner-report' && commissionersDeadline(m[1]!, m[2]!, m[3]!));
}

/**
 * "The commissioner is due to report by July", "is expected to deliver her recommendations by the end of the summer":
 * the report's own deadline, where the infinitive is the commissioner's, right after the cue; "the report found the
 * council had been told to submit a plan by July" is the plan's.
 */
function commissionersDeadline(between: string, verb: string, after: string): boolean {
	if (!/^(?:\s*,[^,.;]{0,60},)?\s*(?:(?:is|are|was|were|has been|have been|had been|will be)\s+)?(?:(?:due|expected|asked|set|required|going|now)\s+)?$/i.test(between)) return false;
	if (/^(?:report|recommend|decide|advise|conclude)$/.test(verb)) return true;
	return /^(?:deliver|submit|present)$/.test(verb) && /^\s*(?:her|his|its|their)\s+(?:[\w-]+\s+)?(?:report|recommendations|findings|verdict|assessment)\b/i.test(after);
}

/**
 * "After putting a plan in place and receiving three monitoring visits, Rutland was rated good in May 2024": a date in
 * the main clause is not the date of what the opening "After ..." clause tells, which came before it; nor is a date of
 * the opening's report or judgement the date of what the main clause tells (unless that is a judgement).
 */
export function openingClauseApart(sentence: string, d: DateMatch, at: number, judgement = false): boolean {
	const opening = /^\s*(?:After|Following|Having|Before)\b[^,;.]{3,160},/.exec(sentence);
	if (opening === null) return false;
	if (at < opening[0].length) return d.start >= opening[0].length;
	// "Before the three councils merged in April 2019, services had been judged to require improvement": a bound, not the date.
	if (/^\W*Before\b/i.test(opening[0]) && d.end <= opening[0].length) return true;
	// "Following the inadequate judgement in May 2016, the government appointed a commissioner": the date is the
	// judgement's, and what the main clause tells came after it (a judgement's own inspection is read elsewhere).
	return !judgement && d.end <= opening[0].length && /\b(?:judgements?|judgments?|inspections?|reports?|ratings?|verdicts?|visits?|grades?)\b/i.test(opening[0]);
}

const eventNoun = /\b(?:improvement notice|notice to improve|statutory direction|improvement board|improvement plan|action plan|commissioner|notice|direction|board|plan)s?\b/gi;

/**
 * Where an event's own words end, for measuring a date's distance from them: the rule's match up to its event noun
 * ("was issued with an improvement notice in July 2019": July is the notice's, not the May before "issued"), else its
 * first words (a match can run on across the clause).
 */
export function eventWordsEnd(sentence: string, at: number, matchEnd: number): number {
	const words = sentence.slice(at, Math.min(matchEnd, at + 60));
	const noun = matchesIn(eventNoun, words).at(-1);
	return noun ? at + noun.index + noun[0].length : Math.min(matchEnd, at + 25);
}

/**
 * "Professor Mills published her review in 2013 and the council's senior leadership team stepped down": the date is
 * the first clause's; the event after "and" with a subject of its own came then or later, which the text does not say.
 */
export function andAnother(sentence: string, d: DateMatch, at: number): boolean {
	return d.end <= at && /^[^.;]*?,?\s+and\s+(?:the|its|their|his|her|a|an|[A-Z][\w'’-]+)\s[^.;]*$/.test(sentence.slice(d.end, at)) && !/^[^.;]*?\band\s+(?:was|were|is|are|has|had|have|then|later|subsequently)\b/i.test(sentence.slice(d.end, at));
}

/**
 * "last year's overspend", "a plan drawn up in response to today's report": a date that is the possessor
 * of another thing (an overspend; a report, letter or inspection, unless the event is that report or inspection).
 */
export function possessiveOfAnother(sentence: string, d: DateMatch, type: string): boolean {
	const after = sentence.slice(d.end, d.end + 30);
	if (/^['’]s\s+(?:\w+\s+)?(?:overspend|underspend|deficit|shortfall|overspending|losses)\b/i.test(after)) return true;
	return !['inspection-judgement', 'commissioner-report', 'inspection-visit'].includes(type) && /^['’]s\s+(?:\w+\s+)?(?:report|letter|verdict|findings|judgement|inspection)\b/i.test(after);
}

const listMonth = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A list item that opens with its date: "• June 2021:", "- 12 May 2019 –", "2018:". */
export const datedListItem = new RegExp(String.raw`^\W*?(?:[•*·–-]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${listMonth}\s+)?(?:19|20)\d\d\s*[:–-]`);

/**
 * The date a list item opens with, for an event its words tell as a participle ("• June 2021: commissioner appointed",
 * whose date is otherwise looked for after "appointed"). Null for any other clause.
 */
export function listItemDate(clause: string, clauseDates: readonly DateMatch[], clauseStart: number): DateValue | null {
	const m = datedListItem.exec(clause);
	return m ? (clauseDates.find((d) => d.start - clauseStart < m[0].length)?.date ?? null) : null;
}

/**
 * "an Ofsted inspection published in January that rated the service inadequate": the day a report came out, which is
 * its grade's, not the inspection's own.
 */
export function publishedOn(sentence: string, d: DateMatch): boolean {
	// ("published its report in April", "released the full findings on Tuesday": the report named between.)
	return /\b(?:published|released|made public|came out|issued)\s+(?:(?:its|their|the|a)\s+(?:[\w'’-]+\s+){0,2}?(?:report|letter|findings|verdict|judgement)\s+)?(?:on\s+|in\s+|last\s+|this\s+|earlier\s+)?(?:the\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 60), d.start + (/^\s*(?:on|in|last|this)\s/i.exec(d.text)?.[0].length ?? 0)));
}
