/**
 * A span told from a date just before it: "She joined in 2014, two years after the services were branded
 * 'inadequate'", "The notice was lifted in 2019, three years after inspectors rated the service inadequate", "rated
 * good in 2022, six years after an inspection found it inadequate". Newsrooms tell a background grade this way, by
 * the later event's date and the years between; what lies inside the after-phrase came that long before the date.
 *
 * And the clause the phrase is set into: "In 2019, two years after being rated inadequate, the council was judged to
 * require improvement": the opening date is the main clause's own, not a date the span counts on from.
 */
import type {DateValue} from '../corpus/schema.js';
import {offsetWordPattern, offsetWords} from './event-clauses.js';
import type {DateMatch} from './dates/types.js';
import {laterThan} from './event-story-date.js';
import {matchesIn} from './text.js';

// ("a few", "several", "months": no count, so no date can be reckoned; the year of the anchor stays the reading.)
const spanAfter = new RegExp(`\\b(${offsetWordPattern}|\\d{1,2}) (day|week|month|year)s? (?:after|following)\\b`, 'gi');

/** Words that may stand between a date and the span told from it ("in 2014, just two years after"). */
const joinAfterDate = /^\s*,?\s*(?:(?:just|only|barely|some|about|around|almost|nearly|exactly|precisely|more than|less than)\s+)?$/i;

type Span = {start: number; end: number; n: number; unit: 'day' | 'month' | 'year'; words: string; anchor: DateMatch};

// Each event of a sentence asks for its spans again: the last sentence's are kept, for the same text and the same dates.
let spansSentence: string | null = null;
let spansDates: readonly DateMatch[] | null = null;
let spansFound: readonly Span[] = [];

/** The spans of the sentence that count back from a date told right before them. Shared: do not modify them. */
function spansOf(sentence: string, dates: readonly DateMatch[]): readonly Span[] {
	if (sentence === spansSentence && dates === spansDates) return spansFound;
	spansFound = findSpans(sentence, dates);
	spansSentence = sentence;
	spansDates = dates;
	return spansFound;
}

/** The end of every match of spanAfter, its count aside: a sentence without it has no span (most name units and "after" apart). */
const unitAfter = /(?:day|week|month|year)s? (?:after|following)\b/i;

function findSpans(sentence: string, dates: readonly DateMatch[]): Span[] {
	if (!/after|following/i.test(sentence) || !unitAfter.test(sentence)) return [];
	const out: Span[] = [];
	// (matchesIn, not matchAll: matchAll copies this long pattern on every call.)
	for (const m of matchesIn(spanAfter, sentence)) {
		const start = m.index;
		const anchor = dates.filter((d) => d.date.value !== null && d.end <= start).at(-1);
		if (!anchor || !joinAfterDate.test(sentence.slice(anchor.end, start))) continue;
		// A date counted from the article ("last year, two years after") is a reading already: only a date told as such.
		if (anchor.date.approximate) continue;
		const n = offsetWords[m[1]!.toLowerCase()] ?? Number(m[1]);
		const unit = m[2]!.toLowerCase();
		out.push({start, end: start + m[0].length, n: unit === 'week' ? n * 7 : n, unit: unit === 'week' ? 'day' : (unit as Span['unit']), words: m[0], anchor});
	}
	return out;
}

/** Where the after-phrase ends: the first comma, semicolon or dash after it, else the sentence's end. */
function phraseEnd(sentence: string, span: Span): number {
	const close = /[,;–—]|\s-\s/.exec(sentence.slice(span.end));
	return close ? span.end + close.index : sentence.length;
}

/**
 * The date of an event whose words (at `pos`) lie inside "<date>, N years after ...": N years before that date,
 * approximate (a span of years straddles a new year as often as not).
 */
export function insideSpanBack(sentence: string, pos: number, dates: readonly DateMatch[]): DateValue | null {
	for (const span of spansOf(sentence, dates)) {
		const end = phraseEnd(sentence, span);
		if (pos < span.end || pos >= end) continue;
		// "two years after an inspection in 2011 rated it": the phrase's own date is the grade's.
		if (dates.some((d) => d.start >= span.end && d.end <= end)) return null;
		const back = laterThan(span.anchor.date, {index: span.start, words: span.words, unit: span.unit, n: -span.n});
		return back ? {...back, basis: `'${span.words}' ${span.anchor.text}: that long before it`} : null;
	}
	return null;
}

/**
 * The date of an event whose words follow a span set in after an opening date ("In 2019, two years after ..., the
 * council was judged ..."): the opening date, which the span only explains.
 */
export function besideSpanBack(sentence: string, pos: number, dates: readonly DateMatch[]): DateValue | null {
	for (const span of spansOf(sentence, dates)) {
		const end = phraseEnd(sentence, span);
		if (pos <= end || sentence[end] !== ',') continue;
		// Only an opening date ("In 2019, ..."), the main clause still to come: nothing but the date before it.
		if (!/^\W*(?:in|during|by|early in|late in|in early|in late|in the (?:spring|summer|autumn|winter) of)?\s*$/i.test(sentence.slice(0, span.anchor.start))) continue;
		// The main clause runs on from the closing comma: no date of its own, no join before the event's words.
		if (dates.some((d) => d.start > end) || /[;]|,\s*(?:and|but|while|whereas)\s/i.test(sentence.slice(end + 1, pos))) continue;
		return span.anchor.date;
	}
	return null;
}

const spanEarlier = new RegExp(`\\b(${offsetWordPattern}|\\d{1,2}) (month|year)s? (?:earlier\\b|before(?=\\s*(?:[.,;]|$)))`, 'i');

/**
 * "judged good in 2019, an improvement on the 'requires improvement' verdict it was given after its previous
 * inspection four years earlier": a span that closes the grade's own phrase, however long, counts back from the date
 * told before the grade in the sentence.
 */
export function trailingSpanBack(sentence: string, pos: number, dates: readonly DateMatch[]): DateValue | null {
	const rest = sentence.slice(pos, pos + 160);
	const m = /earlier|before/i.test(rest) ? spanEarlier.exec(rest) : null;
	// The phrase runs on to the span: no comma, semicolon or dash, and no date of its own, between.
	if (!m || /[,;–—]|\s-\s/.test(rest.slice(0, m.index)) || dates.some((d) => d.start > pos && d.start < pos + m.index)) return null;
	const anchor = dates.filter((d) => d.date.value !== null && !d.date.approximate && d.end <= pos).at(-1);
	if (!anchor) return null;
	const unit = m[2]!.toLowerCase() as 'month' | 'year';
	const back = laterThan(anchor.date, {index: pos + m.index, words: m[0], unit, n: -(offsetWords[m[1]!.toLowerCase()] ?? Number(m[1]))});
	return back ? {...back, basis: `'${m[0]}' than ${anchor.text}`} : null;
}
