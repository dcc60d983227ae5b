/**
 * The day of the news told after the news. Newsrooms put what happened in the lede with no day ("The cabinet member
 * has survived a vote of no confidence", "A commissioner has been appointed to run children's services") and give
 * the day a sentence or two later, where the story retells the act: "The motion was defeated at last night's full
 * council meeting", "The Department for Education announced the appointment on Tuesday", "Councillors were told of
 * the move last night", "It was announced on Monday". An event the sentence rules dated only by the article takes
 * that day, approximately (the retelling may be of the announcement, a day after the act).
 *
 * The retelling must be of the same act: it names the event's own kind ("the motion", "the appointment", "the
 * notice", "resigned") of the lede's own thing and doer, not another of the kind (event-news-retold.ts), or points
 * back to the news ("the move", "the decision", "it was announced", with no "that" saying what) where the lede
 * told only one such event. It is told in the past, of a day in the week before the article, with no other date, of
 * no other council, and no other event of the sentence is of that day ("Ofsted rated the service inadequate on
 * Tuesday" is the grade's day). A meeting still to come, "every Monday", a question, a hope and what a quotation says
 * are not the act's day.
 *
 * So too an act whose body is dated in an aside: "The cabinet, meeting on Wednesday evening, agreed to set up a
 * board", "Conservative councillors, who met on Thursday, called for ..." are that day's.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {dayRange} from '../corpus/date-value.js';
import type {DateValue, EventType} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';
import {retellsTheAct} from './event-news-retold.js';
import {squash, type Span} from './text.js';

/** How many days before the article the day of its news may be: the week the story reports. */
const weekDays = 7;
/** How many sentences after the event's own the retelling may come. */
const reach = 12;

/** The words that name each kind of act again when a story retells it. */
const kindWords: Partial<Record<EventType, RegExp>> = {
	resignation: /\b(?:resign\w*|quit|quits|stepp?(?:ed|ing)? down|st(?:ood|and|anding) down|departure|exit)\b/i,
	'resignation-call': /\b(?:calls?|called|demand\w*|motion)\b/i,
	'resignation-refused': /\b(?:refus\w*|reject\w*|declin\w*|vow\w*)\b/i,
	'no-confidence-vote': /\b(?:vote|voted|motion|confidence)\b/i,
	'commissioner-appointed': /\b(?:commissioner|appoint\w*|direction)\b/i,
	'commissioner-report': /\b(?:report|recommend\w*)\b/i,
	'improvement-notice': /\b(?:notice|direction)\b/i,
	'improvement-notice-lifted': /\b(?:notice|direction|intervention)\b/i,
	'improvement-board': /\b(?:board|panel)\b/i,
	'improvement-plan': /\b(?:plan|statement of action)\b/i,
	funding: /£|\b(?:funding|money|cash|investment|grant)\b/i,
};
/** Words that point back to the news without naming its kind: "the move", "It was announced". */
const pointsBack = /\b(?:the|this|that)\s+(?:news|move|decision|announcement|change|step|approval|agreement|proposals?)\b(?!\s+(?:to|about|over|of|for)\b|\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d))|^\W*(?:It|This)\s+(?:was|were)\s+(?:(?:formally|officially|first)\s+)?(?:announced|confirmed|revealed|made public|agreed|decided)\b/i;
/** "It was announced on Monday that the leisure centre would close": a telling that says what it told is of that, not of the lede. */
const saysWhat = /^\W*(?:It|This)\s+(?:was|were)\s[^.;]*?\bthat\b/i;
/** A retelling that denies, doubts or sets the act apart: "The council denied ...", "opposition councillors claimed", "Separately, ...". */
const notTheAct = /\b(?:den(?:y|ies|ied)|claim(?:s|ed)?|alleg\w*|not|no|never|nobody|neither|n['’]t)\b|^\W*(?:Separately|Meanwhile|Elsewhere|Also|In other news)\b/i;
/** "the meeting" pointing back to the meeting the act was told at, not a meeting of another body ("the meeting of the schools forum"). */
const theMeeting = /\b(?:the|that|this|the same)\s+meeting\b(?!,?\s+(?:of|on\s+\S+\s+of)\b)/i;
/** An act told as done at a meeting: "rejected at a special meeting of the full council". */
const atMeeting = /\bat\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}meeting\b/i;
/** A past act the retelling gives the day of. */
const pastAct = /\b(?:announced|confirmed|revealed|made|taken|came|agreed|approved|backed|endorsed|signed off|voted|defeated|rejected|passed|carried|decided|told|informed|wrote|issued|served|imposed|appointed|named|resigned|quit|stepped down|stood down|handed in|tendered|published|released|lifted|removed|revoked|set up|established|launched|unveiled|awarded|allocated|granted)\b/i;
/** What is still to come or only wished: "will meet on Thursday", "hope a replacement will be named on Monday". */
const notDone = /\b(?:will|would|shall|could|might|may|hopes?|hoped|hoping|expects?|expected|due to|is to|are to|plans? to|set to|intends? to|should|must)\b/i;

type Sentence = {readonly paragraph: number; readonly text: string; readonly printed: string};

/**
 * One sentence of the article, its words read when first asked: most are never asked (an event's own sentence is
 * found by its paragraph, and only a few after it are read). The printed form only where a sentence is compared
 * with an event's evidence: squashing every sentence cost more than the rest. (A class, not an object literal with
 * a getter, which was made property by property for every sentence of the article.)
 */
class ArticleSentence implements Sentence {
	readonly paragraph: number;
	#text: string | undefined;
	#printed: string | undefined;
	constructor(
		private readonly k: number,
		private readonly span: Span,
		private readonly narrative: string,
		private readonly paragraphs: readonly string[],
	) {
		this.paragraph = k + 1;
	}
	get text(): string {
		return (this.#text ??= this.narrative.slice(this.span.start, this.span.end));
	}
	get printed(): string {
		return (this.#printed ??= squash((this.paragraphs[this.k] ?? '').slice(this.span.start, this.span.end)));
	}
}

/** Dates, in place, the article's undated news with the day of the news a later sentence, or an aside, gives it. */
export function datedByNewsDay(events: ExtractedEvent[], input: {readonly published: DateValue; readonly paragraphs: readonly string[]; readonly narratives: readonly string[]}, datesIn: (sentence: string) => readonly DateMatch[], spansOf: readonly (readonly Span[])[]): ExtractedEvent[] {
	const article = dayRange(input.published);
	const waiting = events.filter(waits);
	if (article === null || waiting.length === 0 || !input.narratives.some((n) => dayWords.test(n))) return events;
	const sentences: Sentence[] = input.narratives.flatMap((n, k) => spansOf[k]!.map((sp) => new ArticleSentence(k, sp, n, input.paragraphs)));
	const recent = (d: DateMatch) => {
		const r = d.date.precision === 'day' ? dayRange(d.date) : null;
		return r !== null && r[1] < article[0] && article[0] - r[0] <= weekDays;
	};
	for (const e of waiting) {
		const at = ownSentence(sentences, e);
		if (at < 0) continue;
		const own = sentences[at]!.text;
		// (Not where the sentence names another council: whose act the day is may be theirs.)
		const opening = findAuthorityMentions(own).every((a) => a.name === e.authority) ? openingDay(own, e.evidence?.cue ?? '', datesIn, recent) : null;
		if (opening) {
			e.date = {...opening.date, basis: `${opening.date.basis}; the day the sentence opens with`};
			continue;
		}
		const day = meetingAside(own, datesIn, recent) ?? toldAfter(sentences, at, e, events, waiting, datesIn, recent);
		if (day) e.date = {...day.date, approximate: true, basis: `the day of its news told beside it ('${day.text}')`};
	}
	return events;
}

/**
 * Words without which no text names a day of the week before the article (a weekday, "yesterday", "last night",
 * "this week", "days ago", a day and month): most articles' events wait for none, so the sentences are not split.
 */
const dayWords = /\b(?:yesterday|tonight|night|week|weekend|fortnight|days?\s+ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)/i;

/** News the sentence rules dated only by the article: an act of the day (or a refusal of one), not a grade or a visit, nor what is planned or proposed. */
function waits(e: ExtractedEvent): boolean {
	return e.type !== 'inspection-judgement' && e.type !== 'inspection-visit' && (!e.status || e.status === 'refused') && e.date.approximate && e.date.basis.startsWith('no date in the text; reported in the article');
}

/** Where the event's sentence is among the article's. */
function ownSentence(sentences: readonly Sentence[], e: ExtractedEvent): number {
	const told = e.evidence?.sentence.slice(0, 60) ?? '';
	return told === '' ? -1 : sentences.findIndex((s) => s.paragraph === e.paragraph && s.printed.startsWith(told));
}

/** What a sentence may set between its opening day and its act: "after a three-hour debate", "following a damning report". */
const openingAside = /^\s*(?:(?:morning|afternoon|evening|night)\s*)?,\s*(?:after|following|amid|despite|in the wake of|as|in a|at a)\b[^,.;]*,\s*/i;

/**
 * "Last night, after a heated debate, councillors voted ...", "Yesterday, following a damning report, the department
 * appointed ...": a day the sentence opens with is its main clause's, across the phrase set between them (the
 * clauses part at "after" and "following", so the sentence rules never saw them together). Not an act told inside
 * that phrase ("Yesterday, following the director's resignation, the council ..."): the act's words come after it.
 */
function openingDay(sentence: string, cue: string, datesIn: (s: string) => readonly DateMatch[], recent: (d: DateMatch) => boolean): DateMatch | null {
	const dates = datesIn(sentence).filter((d) => d.date.value !== null);
	const d = dates[0];
	if (!d || d.start > 3 || !recent(d) || !/^\W*(?:on\s+|last\s+night|yesterday|earlier\s+this\s+week)/i.test(sentence.slice(d.start))) return null;
	const aside = openingAside.exec(sentence.slice(d.end));
	if (!aside || cue === '') return null;
	const main = d.end + aside[0].length;
	const at = sentence.indexOf(cue, main);
	// The act in the main clause, and no other date there.
	return at >= main && !dates.some((x) => x !== d && x.start >= main) && !/[,;]/.test(sentence.slice(main, at).replace(/,\s*(?:who|which)\b[^,]*,/g, '')) ? d : null;
}

/** "The cabinet, meeting on Wednesday evening, agreed ...": the day of the body's meeting, set off by commas. */
function meetingAside(sentence: string, datesIn: (s: string) => readonly DateMatch[], recent: (d: DateMatch) => boolean): DateMatch | null {
	if (!/\bmeeting|\bsitting|\bmet\b/i.test(sentence)) return null;
	// (The body's own act, not what it heard of there: "The cabinet, meeting on Wednesday, was told the council had been issued with a notice" was issued before.)
	return datesIn(sentence).find((d) => recent(d) && /,\s*(?:meeting|sitting|(?:who|which)\s+met)\s+(?:on\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 20), d.start + (/^on\s/i.test(d.text) ? 3 : 0))) && /^[^,.;]{0,25},(?!\s*(?:(?:was|were|had been)\s+(?:told|informed|briefed|updated|warned)|heard|learned|learnt|noted)\b)/i.test(sentence.slice(d.end))) ?? null;
}

/** The day a sentence after the event's retells it with (see the module's comment), or null. */
function toldAfter(sentences: readonly Sentence[], at: number, e: ExtractedEvent, events: readonly ExtractedEvent[], waiting: readonly ExtractedEvent[], datesIn: (s: string) => readonly DateMatch[], recent: (d: DateMatch) => boolean): DateMatch | null {
	const own = kindWords[e.type];
	for (let i = at + 1; i <= at + reach && i < sentences.length; i++) {
		const s = sentences[i]!;
		if (s.paragraph > e.paragraph + 8) break;
		const t = s.text;
		if (t.includes('?')) continue;
		// One day of the week's news; other dates only of what came well before it ("tabled after a report in December").
		const dates = datesIn(t).filter((d) => d.date.value !== null);
		const days = dates.filter(recent);
		if (days.length !== 1) continue;
		const d = days[0]!;
		// (An older date may stand in an aside or after the day, never as what the sentence opens with: "Last year the director told the meeting on Monday".)
		if (dates.some((x) => x !== d && !(longBefore(x, d) && (x.start > d.end || inAside(t, x))))) continue;
		if (/\b(?:every|each)\s+$/i.test(t.slice(Math.max(0, d.start - 8), d.start)) || notDone.test(t.slice(0, d.start)) || !pastAct.test(t) || notTheAct.test(t)) continue;
		if (findAuthorityMentions(t).some((a) => a.name !== e.authority)) continue;
		// Another event the sentence tells is of that day, not this one.
		if (events.some((x) => x !== e && x.type !== e.type && x.date.value === d.date.value && s.printed.startsWith(x.evidence?.sentence.slice(0, 60) ?? '\u0000'))) continue;
		const named = own !== undefined && own.test(t) && retellsTheAct(t, own, e.evidence?.sentence ?? '', d);
		// Pointing back without naming the kind: only where the news before it is one event.
		// ("were rejected at a special meeting of the full council. ... told the meeting on Monday": the meeting's day.)
		const meeting = atMeeting.test(e.evidence?.sentence ?? '') && theMeeting.test(t) && !/^\s+of\b/i.test(t.slice(d.end));
		const back = !named && ((pointsBack.test(t) && !saysWhat.test(t)) || meeting) && waiting.filter((x) => x.paragraph >= e.paragraph - 1 && x.paragraph <= s.paragraph).length === 1;
		if (named || back) return d;
	}
	return null;
}

/** A date that ends at least a fortnight before `day` begins: history told beside the week's news. */
function longBefore(x: DateMatch, day: DateMatch): boolean {
	const a = dayRange(x.date);
	const b = dayRange(day.date);
	return a !== null && b !== null && b[0] - a[1] >= 14;
}

/** Whether a date stands between commas (or a comma and the sentence's end) that set it off from the sentence's predicate. */
function inAside(sentence: string, x: DateMatch): boolean {
	const open = sentence.lastIndexOf(',', x.start);
	return open >= 0 && !/[.;]/.test(sentence.slice(open, x.start));
}
