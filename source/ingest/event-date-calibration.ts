/**
 * How confident an event's date is, by how it was found (issue 11: a wrong confident date is worse than none). The
 * steps that find dates each say so in the basis; dates/kind.ts groups those into kinds. This last step sets the
 * `approximate` flag from the kind and from where the date's words stand against the event's own words, so that one
 * rule of confidence holds whatever step found the date:
 *
 * - a date reckoned from another date (a year after the one named before it, the inspection's date for its
 *   judgement, the year of the history told) is an inference: approximate;
 * - a date read from the text (stated, a month without its year, a weekday or "yesterday" against the article's
 *   date) is confident where it is told of the event's own words, and approximate where it belongs to another
 *   predicate joined on by "and" ("has resigned and will leave at the end of July": July is the leaving's);
 * - a date counted from the article's ("on Wednesday", "yesterday", "next year") is the day of the sentence's news:
 *   told across another verb from the event's words ("a visit that found weaknesses, the cabinet was told on
 *   Wednesday"), or of a telling ("was told on Tuesday that inspectors had visited", "the board said yesterday that
 *   ...") it is the day of that other act, and the event's only by a reading of the sentence. A relative clause set
 *   off by commas is an aside, not another act ("the board, which meets monthly, met on Tuesday").
 *
 * A date read from the text is a reading, too, where it dates the telling of an event whose own words the sentence
 * does not show ("the leader said yesterday that he expected the notice to be lifted"), where it ends a span ("until March", "by March 2024", "in the year
 * to March 2020": dates/span-bound.ts), where it lies more than half a year from the article's date with no year named
 * in the sentence, and, for a grade, where it names the inspection in a sentence that tells when the report came out.
 *
 * Only the flag changes: the value, precision and basis stay, so a date the reader can check is never lost.
 */
import {isAfter, monthsBetween} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import {dateKind} from './dates/kind.js';
import {outsideOwnClause} from './dates/own-clause.js';
import {fullMonths} from './dates/patterns.js';
import {spanBound, spanEnd, spanPartner} from './dates/span-bound.js';
import {namesInspection} from './dates/inspection-named.js';
import {tellingOnly} from './dates/telling-day.js';

/** Kinds whose date is reckoned from another date or event, never read as the event's own. */
const reckoned = new Set([
	'the date named before it',
	'reckoned from an earlier date',
	'offset from the article',
	'in the history told from',
	'the year of the same episode',
	'the year of an earlier date',
	'told just after',
	'told just before a later event',
	"the inspection's date",
	"the vote's day",
	'nearest of several in the clause',
	'report told without its grade',
	'said in a quotation',
	'in a since-clause',
	"told before 'and'",
	'spans two years',
]);
/** Kinds counted from the article's own date: the day of the news the sentence tells. */
const deictic = new Set(['counted from the article', 'weekday from the article']);
/** Kinds read from the text as they stand. */
const read = new Set(['stated', 'day or month without a year', 'with the year of a later date', ...deictic]);

/**
 * A verb that makes a predicate of its own: an auxiliary or modal, a past form, a common finite verb, a present form
 * ("which oversees the plan", "how the board works": a form that is also a plural noun counts after a pronoun only),
 * an infinitive ("to explain how ..."; after an auxiliary it joins its group: "is to report").
 */
const presentForm = String.raw`says|gives|takes|makes|oversees|sets|sits|leads|chairs|shows|finds|faces|includes|remains|means|follows|comes|goes|seeks|wants|hopes|covers|receives|gets|explains|describes|continues|believes|expects|provides|warns|tells|hears|admits|insists|argues|agrees|decides|becomes|keeps|holds|brings|puts`;
const nounToo = String.raw`(?<=\b(?:which|who|that|it|he|she|also|now|still)\s+)(?:reports|plans|needs|calls|claims|aims|works|runs|meets|looks)`;
const infinitive = String.raw`to\s+(?:be|have|do|get|make|take|give|set|put|keep|go|come|see|look|find|show|report|discuss|explain|consider|approve|agree|decide|appoint|lead|run|step|leave|meet|face|hold|review|help|provide|deliver|recruit|pay|ensure|support|respond|address|raise|seek|bring|tackle|publish|scrutinise|scrutinize|monitor|drive|work|cut|spend|fund|expand|hire|answer|attend|speak|present|update|outline|launch|stay|quit|resign|become|remain|receive|oversee|improve|inspect|visit|lift|issue|impose|call|demand|vote|debate|assess|examine|check|carry|return|replace|remove|confirm|announce|warn|tell)`;
const verbWord = String.raw`(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|said|told|found|met|gave|took|made|sent|held|led|brought|paid|left|began|became|spent|wrote|spoke|${presentForm}|${nounToo}|${infinitive}|(?!hundred\b)[a-z]{3,}ed)\b`;
/** One verb group: "will not now be made", "has been", "revealed", "is to report". */
const verbGroup = new RegExp(String.raw`\b${verbWord}(?:\s+(?:not|never|now|also|still|then|just|already|be|been|being|${verbWord}))*`, 'g');
/** A finite or past form in the event's own words: "placed the council under a notice", "sent in". */
const finiteVerb = new RegExp(String.raw`\b(?:is|are|was|were|has|have|had|will|would|said|told|found|met|gave|took|made|sent|held|led|brought|paid|left|began|became|spent|wrote|spoke|(?!hundred\b)[a-z]{3,}ed)\b`);
/** A lone participle just before the date, after a noun: "a report published", "the plan signed off". */
const datingParticiple = /^[^,]*\b(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}(?!(?:is|are|was|were|has|have|had)\b)[a-z]+ed(?:\s+(?:off|out|up))?\s*$/;
/** A relative clause set off by commas: an aside in the event's words ("inspectors, who judged it inadequate, r..."). */
const relativeAside = /,\s*(?:which|who|whose)\b[^,]*,/g;
/** Saying something of the event, not doing it (announcing or confirming it is its news: not here). */
const saying = /\b(?:said|says|told|tells|heard|hears|warned|warns|admitted|insisted|argued|added)\b/;
/** A telling verb that opens the words after the date ("said", "told"): made once. */
const sayingFirst = new RegExp(String.raw`^\s*${saying.source}`);
/** Events that are made by being said: a refusal, a call, a resignation told to staff. */
const saidEvents = new Set(['resignation', 'resignation-call', 'resignation-refused']);
/**
 * "told on Tuesday that the visit ...": a complement clause, not a relative one ("that rated the council"); or one
 * without "that" told in the past perfect, what came before the telling ("confirmed on Thursday it had received").
 */
const complement = new RegExp(String.raw`^\W*that\s+(?!${verbWord})|^\W*(?:it|they|he|she|we|the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+had\b`);
const verbAfterComma = new RegExp(String.raw`,\s+${verbWord}`);
const modal = /\b(?:must|should|shall|will|would|could|may|might)\b/i;
/** A second predicate joined by "and": "has resigned and will leave", "was rated inadequate in May and has been under ...". */
const andPredicate = /\band\s+(?:(?:then|later|now|also|since|so)\s+)?(?:has|have|had|is|are|was|were|will|would|could|should|must|may|might)\b/i;

/** `next`: the words after a date told after the event's words ("the board yesterday heard"). */
export type DateTie = {where: 'in the cue' | 'after' | 'before' | 'not in the sentence' | 'no cue'; between: string; words: string; next?: string; previous?: string; at?: number};


/**
 * Where a stated date's year stands in the sentence: the occurrence with the date's month named just before it
 * ("in May 2019 and ... in July 2019" has two), or the only one; -1 where that is not clear.
 */
function statedAt(sentence: string, date: DateValue): number {
	const year = date.value!.slice(0, 4);
	const at: number[] = [];
	for (let i = sentence.indexOf(year); i >= 0; i = sentence.indexOf(year, i + 1)) at.push(i);
	if (date.value!.length === 4 || at.length < 2) return at.length === 1 ? at[0]! : -1;
	const month = fullMonths[Number(date.value!.slice(5, 7)) - 1]!;
	const named = at.filter((i) => sentence.slice(Math.max(0, i - 16), i).includes(month.slice(0, 3)));
	return named.length === 1 ? named[0]! : -1;
}

/** Where the date's words stand from the event's own words in the sentence it was read from. */
export function dateTie(date: DateValue, evidence: {sentence: string; cue: string} | undefined): DateTie {
	const sentence = evidence?.sentence ?? '';
	const cue = evidence?.cue ?? '';
	const quoted = /^'([^']+)'/.exec(date.basis)?.[1];
	const at = quoted !== undefined ? sentence.indexOf(quoted) : date.basis.startsWith('stated') ? statedAt(sentence, date) : -1;
	const words = quoted ?? (at >= 0 ? date.value!.slice(0, 4) : '');
	if (at < 0) return {where: 'not in the sentence', between: '', words};
	if (cue === '' || !sentence.includes(cue)) return {where: 'no cue', between: '', words, at};
	// The cue's occurrence nearest the date: a headline read with the sentence may name it first.
	let best = -1;
	for (let i = sentence.indexOf(cue); i >= 0; i = sentence.indexOf(cue, i + 1)) if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
	const end = best + cue.length;
	if (at >= end) return {where: 'after', between: sentence.slice(end, at), words, next: sentence.slice(at + words.length, at + words.length + 24), previous: sentence.slice(Math.max(0, best - 60), best), at};
	if (at + words.length <= best) return {where: 'before', between: sentence.slice(at + words.length, best), words, previous: sentence.slice(Math.max(0, at - 40), at), at};
	// (In the cue, `between` is the cue's words before the date: a rule's words can run on past the grade.)
	return {where: 'in the cue', between: sentence.slice(best, Math.max(best, at)), words, previous: sentence.slice(Math.max(0, best - 40), best), at};
}

/** A date between a telling verb and the "that" of what was told: "said yesterday that", "told councillors on Monday that". */
const tellingDay = (sentence: string, at: number, words: string) =>
	/\b(?:said|says|told|tells|announced|confirmed|revealed|warned|admitted|insisted|stated|explained|wrote)\s+(?:[\w'’-]+\s+){0,2}?(?:on\s+|last\s+|this\s+)?$/i.test(sentence.slice(Math.max(0, at - 60), at)) &&
	/^[\w\s]{0,12}?,?\s*that\b/i.test(sentence.slice(at + words.length));

/** Events that end a state that began earlier: a tenure, a notice. */
const endings = new Set(['resignation', 'improvement-notice-lifted']);
/** "since", then the date's own words up to where the date stands ("since 2017", "since early March 2021"). */
const sinceStart = new RegExp(String.raw`\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning|middle)\s+of|\d{1,2}(?:st|nd|rd|th)?|${fullMonths.join('|')})[\s,-]*)*$`, 'i');

/** Why a date read from the text is the event's only by a reading of the sentence; null where it is told of the event. */
export function readingOnly(date: DateValue, evidence: {sentence: string; cue: string} | undefined, type = ''): string | null {
	const kind = dateKind(date.basis);
	if (!read.has(kind)) return null;
	const tie = dateTie(date, evidence);
	// "under a notice since March 2021", "a plan by March 2024", "in the year to March 2020": a span's edge, not the act's day.
	if (tie.at !== undefined && spanBound(evidence!.sentence, tie.at, tie.words)) return 'a bound of a span';
	// "The commissioner who has overseen the service since 2017 has stepped down", "the notice, in force since 2019, has
	// been lifted": a start told with "since" is the start of what the event ends, not the ending's own date.
	if (tie.at !== undefined && endings.has(type) && sinceStart.test(evidence!.sentence.slice(Math.max(0, tie.at - 40), tie.at))) return 'the start of what it ended';
	// "an inspection in September and October", "between 2015 and 2018": one end of a span of months or years.
	if (tie.at !== undefined && spanEnd(evidence!.sentence, tie.at, tie.words, date.precision)) return 'one end of a span';
	// "The 2016 inspection, whose report came out in 2017, rated Dudley inadequate": where the sentence tells of the
	// report's coming out, the inspection's date is not the grade's (elsewhere the grade of a dated inspection is its).
	if (type === 'inspection-judgement' && tie.at !== undefined && publishedToo.test(evidence!.sentence) && namesInspection(evidence!.sentence, tie.at, tie.words)) return "the inspection's date";
	// "said on Friday it would appeal against the rating", "announced on Monday that its director had resigned" (dates/telling-day.ts).
	if (tie.at !== undefined) {
		const telling = tellingOnly(evidence!.sentence, tie.at, tie.words, type);
		if (telling) return telling;
	}
	// Where the event's own words are not found in its sentence ("It was lifted in 2021"), the date is the event's
	// unless it dates a telling of it: "The leader said yesterday that he expected the notice to be lifted".
	if (tie.where === 'no cue') return !saidEvents.has(type) && tellingDay(evidence!.sentence, tie.at!, tie.words) ? 'the day of the telling' : null;
	if (tie.where !== 'after' && tie.where !== 'before' && tie.where !== 'in the cue') return null;
	if (tie.where !== 'in the cue' && andPredicate.test(tie.between)) return 'another predicate joined by and';
	// The one positive condition (dates/own-clause.ts): a date read from the text is the event's own only in its clause.
	const own = outsideOwnClause({where: tie.where, between: tie.between, cue: evidence!.cue, words: tie.words, ...(tie.previous !== undefined ? {before: tie.previous} : {}), ...(tie.at !== undefined ? {lead: evidence!.sentence.slice(0, tie.at)} : {})}, type, saidEvents);
	if (own) return own;
	if (!deictic.has(kind)) return null;
	// "Inspectors, who judged the service inadequate, returned on Tuesday": the grade's clause closed at the comma, and
	// the date is the next verb's, though the words that found the grade ran on to it.
	if (tie.where === 'in the cue') return type === 'inspection-judgement' && verbAfterComma.test(tie.between) ? 'the day of another verb' : null;
	// "The cabinet was told on Tuesday that inspectors had visited": the date is the telling's (a grade only where the
	// clause says it came before: "heard on Monday that Ofsted had rated"; a refusal or a call is made by its telling).
	if (tie.where === 'before' && complement.test(tie.between) && !saidEvents.has(type) && (type !== 'inspection-judgement' || /\bhad\b/i.test(tie.between + evidence!.cue))) return 'the day of the telling';
	// A judgement's grade is told through its own verb ("rated it good in a report published on Tuesday"): a verb
	// between its date and its grade is its own.
	if (type === 'inspection-judgement') return null;
	const between = tie.between.replace(relativeAside, ' ');
	const verbs = between.match(verbGroup)?.length ?? 0;
	// "The minister who placed the council under a notice visited the town yesterday": the event's words hold their
	// own verb, so a verb between is another predicate's.
	// ("concluded in a report published on Monday": a participle that dates a noun of the event's is the act done to it.)
	if (tie.where === 'after' && verbs > 0 && !datingParticiple.test(between) && finiteVerb.test(evidence!.cue.replace(relativeAside, ' '))) return 'the day of another verb';
	// "The motion ... was debated at an extraordinary meeting on Tuesday", "the plan, signed off on Friday", "the board,
	// which meets monthly, met on Tuesday": the event's words and their own predicate; but "the board said yesterday
	// that progress was slow" is the day of the saying, unless the event is made by being said.
	if (tie.where === 'after' && !saidEvents.has(type) && ((verbs === 1 && saying.test(between)) || (verbs === 0 && sayingFirst.test(tie.next ?? '')))) return 'the day of the telling';
	// "On Wednesday the cabinet approved the improvement plan": the dated act done to the event's words (not one
	// only required or foreseen: "last week, the council must set up a board").
	const ownPredicate = verbs === 1 && (tie.where === 'after' ? !between.replace(/^\s*,\s*(?=[a-z]+ed\b)/, '').includes(',') : !modal.test(between));
	return verbs > 0 && !ownPredicate ? 'the day of another verb' : null;
}

/**
 * A month or day named without its year more than half a year from the article's date ("resigned in January" in a
 * December article): the year is the one the article's date makes likeliest, but a history told nearby or a copy
 * written earlier can mean another, so it is a reading. (Nearer, the year is plain: "in September" in November; so it
 * is where the sentence names that year: "rated inadequate in June 2017; a commissioner was appointed in September".)
 */
const farMonth = (date: DateValue, published: DateValue | undefined, sentence: string) =>
	published !== undefined && dateKind(date.basis) === 'day or month without a year' && !/, in the year (?:before|of|after) the article/.test(date.basis) && Math.abs(monthsBetween(date, published) ?? 0) > 6 && !sentence.includes(date.value!.slice(0, 4));

/**
 * Money dated by a year after the article's ("an extra £5m in next year's budget", "will spend £5m next year"): the
 * year is the budget the money is for; when it was agreed or announced is another date, so it is a reading. (A month
 * or a day ahead is a meeting or a start the text schedules: "will be set at full council in February".)
 */
const moneyAhead = (type: string, date: DateValue, published: DateValue | undefined) => type === 'funding' && date.precision === 'year' && published !== undefined && isAfter(date, published);

/**
 * A grade dated by the first of a span of days ("inspected from 3 to 7 June", "on 12 and 13 March"): days on end are an
 * inspection's fieldwork, and its report comes out weeks later, so the span dates the grade only by a reading.
 */
const fieldworkDays = (type: string, date: DateValue) => type === 'inspection-judgement' && date.basis.includes("; the first day of '");

/** The sentence tells when a report came out. */
const publishedToo = /\b(?:published|came out|released|made public)\b/i;

/**
 * A date counted from the article's own date ("today", "in late August", "in January", a weekday) where the page
 * prints no date of its own and the article's date was inferred from its text (dates/article-date.ts: a weekday beside
 * a day and month, with the years the text names, leaving one year): the year is a reading of the evidence, and so is
 * every date counted from it. A date the text states with its year is not touched.
 */
const fromInferredArticle = (date: DateValue, published: DateValue | undefined) => published !== undefined && published.value !== null && published.basis.startsWith('inferred') && /\bthe article(?:'s date| of)\b/.test(date.basis);

/** Sets each event's `approximate` flag by how its date was found (see above); `published` is the article's date. */
export function calibrateDates<E extends {type: string; date: DateValue; evidence?: {sentence: string; cue: string}}>(events: E[], published?: DateValue): E[] {
	for (const e of events) {
		if (e.date.value === null || e.date.approximate) continue;
		if (fromInferredArticle(e.date, published) || reckoned.has(dateKind(e.date.basis)) || fieldworkDays(e.type, e.date) || farMonth(e.date, published, e.evidence?.sentence ?? '') || moneyAhead(e.type, e.date, published) || readingOnly(e.date, e.evidence, e.type) !== null) e.date = {...e.date, approximate: true};
	}
	// (Visits in the plural over two months are one each: "in visits during May and June" keeps both months.)
	for (const e of events) if (e.date.precision === 'month' && e.evidence && !events.some((o) => o !== e && o.type === e.type && o.evidence?.sentence === e.evidence!.sentence)) e.date = monthSpanYear(e.date, e.evidence.sentence) ?? e.date;
	return events;
}

/**
 * "An inspection in September and October", "fieldwork from March to May": an event that fills a span of months has
 * no one month of its own (readers list either end), so its date is the year both ends fall in, approximately. A span
 * across the turn of a year keeps its month, approximately.
 */
function monthSpanYear(date: DateValue, sentence: string): DateValue | null {
	const tie = dateTie(date, {sentence, cue: ''});
	if (tie.at === undefined) return null;
	const span = spanPartner(sentence, tie.at, tie.words);
	if (!span || span.first < 0 || span.last <= span.first) return null;
	return {value: date.value!.slice(0, 4), precision: 'year', approximate: true, basis: `${date.basis}; one end of a span of months in ${date.value!.slice(0, 4)}`};
}
