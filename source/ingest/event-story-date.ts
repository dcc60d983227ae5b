/**
 * The date a history's undated sentence takes from the story told just before it. Newsrooms date a past episode
 * once and tell what followed without dates: "The council was rated 'inadequate' in 2017. The government issued
 * an improvement notice, and an improvement board met monthly." The notice and the board are 2017's, roughly;
 * the article's own date, which they would otherwise take, is certainly wrong. Only the year is kept, marked
 * approximate, and only for a simple past told right after a date well before the article.
 */
import {dayRange, monthsBetween, shiftDate} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import {fullMonths} from './dates/patterns.js';
import {ownSitting} from './event-month-turn.js';
import type {DateMatch} from './dates/types.js';
import {markers} from './dates/tense.js';
import {roleSince, tenureSince} from './event-cues.js';
import {dateList, offsetWordPattern, offsetWords} from './event-clauses.js';
import type {RawEvent} from './event-types.js';

/** The last date of the history the article was telling: the words, the date, and its paragraph (0-based). */
export type StoryDate = {readonly date: DateValue; readonly text: string; readonly paragraph: number};

/** How far before the article a date must be for its sentence to be history rather than the week's news. */
const historyMonths = 18;

/** A clause told in the present or the present perfect is the article's news or still true, not the episode's. */
const presentWords = /\b(has|have|is|are|now|today|this week|currently|still)\b/i;
/** Reported speech is told in the past for the day's news: "Cllr Reid said he would not resign". */
const speechWords = /\b(said|says|told|added|insisted|claimed|argued|stated|warned|admitted|urged|demanded|called)\b/i;

/**
 * The year of `story` for an undated event in paragraph `k` whose clause is told in the simple past (`at` is
 * where its words start in the clause); null when the story is too far back in the article, too recent to be
 * history, or the clause is not a plain past.
 */
export function storyYear(story: StoryDate | null, k: number, published: DateValue, clause: string): DateValue | null {
	if (!story || story.date.value === null || k - story.paragraph > 1) return null;
	const months = monthsBetween(story.date, published);
	if (months === null || months < historyMonths) return null;
	if (presentWords.test(clause) || speechWords.test(clause)) return null;
	const tenses = markers(clause);
	if (tenses.some((m) => m.tense === 'future') || !tenses.some((m) => m.tense === 'past')) return null;
	return {value: story.date.value.slice(0, 4), precision: 'year', approximate: true, basis: `told after '${story.text}', in the same episode: that year`};
}

/**
 * The history a sentence leaves for the next: its last stated date long enough ago (a sentence with a recent date
 * ends the history), moved on to the year a sentence reckoned from it.
 */
export function nextStory(story: StoryDate | null, dates: readonly {date: DateValue; text: string}[], told: readonly {date: DateValue}[], k: number, published: DateValue): StoryDate | null {
	const dated = dates.some((d) => d.date.value !== null);
	const here = dates.filter((d) => isStoryDate(d.date, published)).at(-1);
	const next = here ? {date: here.date, text: here.text, paragraph: k} : dated ? null : story;
	return movedOn(next, told, k, published);
}

/** A sentence's dates that can start a history: not a time in post ("cabinet member for children since 2012"). */
export function historyDates<D extends {start: number}>(sentence: string, dates: readonly D[]): D[] {
	return dates.filter((d) => {
		const before = sentence.slice(Math.max(0, d.start - 70), d.start);
		// Both patterns end in "since" and white space at the date: only then are they tried (trimEnd removes the white
		// space \s matches; an end-anchored pattern is tried from every position of the text before it).
		return !(endsWithSince(before) && (roleSince.test(before) || tenureSince.test(before)));
	});
}

/** Whether the text ends in "since" (in any case of its letters, as the patterns' i flag reads it) and white space. */
function endsWithSince(text: string): boolean {
	const t = text.trimEnd();
	return t.length >= 5 && t.slice(-5).toLowerCase() === 'since';
}

/** The last date a sentence's events reckoned from another ("'the following year' than 2014"). */
function lastReckoned(told: readonly {date: DateValue}[]): DateValue | undefined {
	return told.map((e) => e.date).findLast((d) => d.value !== null && /^'[^']+' than \d{4}/.test(d.basis));
}

/**
 * The last date a sentence told: its last stated one, or a later one it reckoned for an event ("a full inspection the
 * following spring rated it inadequate. The DfE served a notice that summer": that summer is the spring's year).
 */
export function lastTold(stated: DateValue | null, told: readonly {date: DateValue}[]): DateValue | null {
	const reckoned = lastReckoned(told);
	return reckoned && (!stated?.value || reckoned.value! > stated.value.slice(0, reckoned.value!.length)) ? reckoned : stated;
}

/**
 * The history after a sentence that reckoned an event's year from the story's ("served an improvement notice early
 * the following year"): that year, where it is later than the story's and still history.
 */
function movedOn(story: StoryDate | null, told: readonly {date: DateValue}[], k: number, published: DateValue): StoryDate | null {
	const reckoned = lastReckoned(told);
	if (!reckoned || (story?.date.value && reckoned.value! <= story.date.value.slice(0, reckoned.value!.length)) || (monthsBetween(reckoned, published) ?? 0) < historyMonths) return story;
	return {date: reckoned, text: /^'([^']+)'/.exec(reckoned.basis)![1]!, paragraph: k};
}

/** A date that starts or continues the history: a stated past date, not a relative one or one still to come. */
export function isStoryDate(date: DateValue, published: DateValue): boolean {
	if (date.value === null || date.approximate) return false;
	// On a page with no date of its own every stated date is told as history.
	if (published.value === null) return true;
	const months = monthsBetween(date, published);
	return months !== null && months >= historyMonths;
}

const monthNames = fullMonths.map((m) => m.toLowerCase());
const monthPattern = fullMonths.join('|');
const seasons = /^(spring|summer|autumn|winter)$/;
const later = new RegExp(`\\b(?:(${offsetWordPattern}|\\d{1,2}) (day|week|month|year)s? (later|earlier|before)|the (following|next|previous|preceding) (year|month|spring|summer|autumn|winter)|the (year|month|spring|summer|autumn|winter) (after|before)|the (${monthPattern}) (?:after|following)|the following (${monthPattern}))\\b`, 'i');

/** "a year later", "the following spring", "two months later", "the year before", "the autumn before", "the previous year": where it is in the clause, and the step it takes (back when negative). */
export function laterWords(clause: string): {index: number; words: string; unit: 'day' | 'month' | 'year' | 'season' | 'named-month'; n: number} | null {
	// Every alternative of `later` holds one of these words: most clauses hold none and are spared it.
	const m = /later|earlier|before|after|following|next|previous|preceding/i.test(clause) ? later.exec(clause) : null;
	if (!m) return null;
	// "a year earlier", "the year before": a step back.
	// "the January after", "the following March": that month's next coming.
	// "the previous year", "the preceding spring": a step back too.
	const named = m[8] ?? m[9];
	if (named) return {index: m.index, words: m[0], unit: 'named-month', n: monthNames.indexOf(named.toLowerCase()) + 1};
	const sign = /^(earlier|before|previous|preceding)$/i.test(m[3] ?? m[4] ?? m[7] ?? '') ? -1 : 1;
	if (m[1]) {
		const n = (offsetWords[m[1].toLowerCase()] ?? Number(m[1])) * sign;
		const unit = m[2]!.toLowerCase();
		return unit === 'week' ? {index: m.index, words: m[0], unit: 'day', n: n * 7} : {index: m.index, words: m[0], unit: unit as 'day', n};
	}
	const unit = (m[5] ?? m[6])!.toLowerCase();
	return {index: m.index, words: m[0], unit: seasons.test(unit) ? 'season' : (unit as 'month'), n: sign};
}

/**
 * The date `step` after `from`, never more exact than `from` and always approximate ("a year later" than March
 * 2015 is 2016; "two months later" than 2015 is 2015; "the following spring" is the next year).
 */
export function laterThan(from: DateValue, step: NonNullable<ReturnType<typeof laterWords>>): DateValue | null {
	if (from.value === null) return null;
	const basis = `'${step.words}' than ${from.value}`;
	const year = Number(from.value.slice(0, 4));
	if (step.unit === 'year' || step.unit === 'season') return {value: String(year + step.n), precision: 'year', approximate: true, basis};
	if (step.unit === 'named-month') {
		const fromMonth = from.precision === 'year' ? 12 : Number(from.value.slice(5, 7));
		return {value: `${step.n > fromMonth || (step.n === fromMonth && from.precision !== 'year') ? year : year + 1}-${String(step.n).padStart(2, '0')}`, precision: 'month', approximate: true, basis};
	}
	if (from.precision === 'year') return step.unit === 'month' && Math.abs(step.n) >= 12 ? {value: String(year + Math.trunc(step.n / 12)), precision: 'year', approximate: true, basis} : {value: String(year), precision: 'year', approximate: true, basis};
	const shifted = shiftDate(from, step.unit === 'day' ? {days: step.n} : {months: step.n}, basis, {approximate: true});
	if (shifted.value === null) return null;
	// A day reckoned from a day is only roughly that day: kept to its month.
	return shifted.precision === 'day' ? {...shifted, value: shifted.value.slice(0, 7), precision: 'month'} : shifted;
}

/**
 * "The notice issued in 2010 was lifted two years later": a step told just after the event's words (at `pos`) counts
 * from the date told before them, which is another event's.
 */
export function stepAfterEvent(sentence: string, pos: number, clauseEnd: number, chosen: DateMatch): DateValue | null {
	if (chosen.end > pos || chosen.date.value === null) return null;
	const step = laterWords(sentence.slice(pos, clauseEnd));
	// "In 2014 a commissioner was appointed, and two years later the council agreed ...": a step after a join opens the
	// next event's clause.
	return step && step.index <= 60 && !/(?:,\s*(?:and|but|while|whereas)|;)\s/i.test(sentence.slice(pos, pos + step.index)) ? laterThan(chosen.date, step) : null;
}

/** A month (and day) with no year and no word that counts from the article: "in March", "on 4 June", "in early September". */
const yearless = new RegExp(`^(?:in|on|by|from|during|until|since|at the (?:start|end) of)?\\s*(?:(?:early|late|mid)[- ]?)?(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${monthNames.join('|')})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?$`, 'i');

const newsNear = /\b(has|have|now|this|today|latest|most recent|recent)\b/i;
const aheadNear = /\b(will|would|must|shall|expects?|expected|due|plans?|planned|to be|next|intends?)\b/i;
const qualifier = /\b(after|since|following|before|until|imposed|issued|from)\b[^,;]{0,25}$/i;
/** "after a visit in", "following an inspection in", "after inspectors visited in": the act that came before. */
const cameBefore = /^[\s,]*(?:after|following)\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|inspection|re-?inspection)s?|(?:inspectors|Ofsted)\s+(?:had\s+)?(?:visited|inspected)(?:\s+(?:the\s+)?(?:council|borough|county|city|service|services))?)\s+(?:in|during)\s+$/i;

/**
 * A month told without its year inside a history dated earlier in the sentence or just before it ("rated
 * inadequate in 2015. In March, the DfE issued a notice"): the history's year (the next one when the month comes
 * before the history's own month), approximate, not the March before the article.
 */
export function anchoredToStory<D extends {start: number; end: number; text: string; date: DateValue}>(sentence: string, dates: readonly D[], story: StoryDate | null, k: number, published: DateValue): D[] {
	// "the January after": a step from the date before it (laterWords), not a January of its own.
	const relative = (d: D) => /\bthe\s+$/i.test(sentence.slice(Math.max(0, d.start - 4), d.start)) && /^\s+(after|following)\b/i.test(sentence.slice(d.end, d.end + 12));
	return dates.filter((d) => !relative(d)).map((d, i, all) => {
		const m = yearless.exec(d.text.trim());
		// (On a page with no date of its own the first of the pair is not placed, but the pair's year places it.)
		if (!m || d.date.approximate || (d.date.value === null && (published.value !== null || d.date.precision !== 'unknown'))) return d;
		// "in January and February 2019", "from November to March 2020": the year printed after the pair is both's.
		const next = all[i + 1];
		const printed = next && /^\s*(?:and|to|until|-|–)\s*$/i.test(sentence.slice(d.end, next.start)) ? /\b((?:19|20)\d\d)\b/.exec(next.text) : null;
		if (printed && next!.date.value) {
			const month = monthNames.indexOf(m[1]!.toLowerCase()) + 1;
			const nextMonth = Number(next!.date.value.slice(5, 7)) || 12;
			// "between 24 January and 4 February 2011": the day too, where one is printed.
			const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(d.text)?.[1];
			const value = `${Number(printed[1]) - (month > nextMonth ? 1 : 0)}-${String(month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
			return {...d, date: {value, precision: day ? 'day' : 'month', approximate: false, basis: `'${d.text}' with the year of '${next!.text}'`}};
		}
		// "imposed in 2009 after an inspection that October": the month of the year named just before it (on a page with
		// no date of its own too: the year named is the month's).
		if (/\bthat\s+$/i.test(sentence.slice(Math.max(0, d.start - 6), d.start))) {
			const before = dates.filter((x) => x.end <= d.start && x.date.value !== null).at(-1)?.date ?? story?.date ?? null;
			if (before?.value) {
				const value = `${before.value.slice(0, 4)}-${String(monthNames.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0')}`;
				return {...d, date: {value, precision: 'month', approximate: true, basis: `'that ${d.text.trim()}': the month of ${before.value} named before it`}};
			}
		}
		// The news told beside a history keeps the article's year: "has now been rated inadequate following a visit in
		// February", "after the latest visit in February".
		if (newsNear.test(sentence.slice(Math.max(0, d.start - 60), d.end + 40))) return d;
		// What is still to come is not history: "expects to do so in May".
		if (aheadNear.test(sentence.slice(Math.max(0, d.start - 60), d.start))) return d;
		// A history date inside what qualifies another event ("the notice imposed after the 2015 inspection was lifted on
		// 7 July") is not the sentence's history.
		const here = dates.filter((x) => x.end <= d.start && isStoryDate(x.date, published) && !qualifier.test(sentence.slice(Math.max(0, x.start - 30), x.start))).at(-1);
		// From a sentence before, only within the paragraph: a new paragraph often turns back to the news.
		const context = here ? here.date : story && k === story.paragraph ? story.date : null;
		if (!context?.value) return d;
		const month = monthNames.indexOf(m[1]!.toLowerCase()) + 1;
		const contextMonth = context.value.length >= 7 ? Number(context.value.slice(5, 7)) : 0;
		// "in March the following year", "in March of that year": the year the words give, from the history's.
		const which = /^\s+(?:of\s+)?(?:the\s+)?(following|next|previous|preceding|same|that)\s+year\b/i.exec(sentence.slice(d.end, d.end + 30))?.[1]?.toLowerCase();
		const shift = which === 'following' || which === 'next' ? 1 : which === 'previous' || which === 'preceding' ? -1 : 0;
		// "rated inadequate in November 2017, after a visit in September": what the sentence tells as coming before its
		// date, right after it, is of the months up to that date, not after. ("given a notice in March 2018 and it was
		// lifted following an inspection in December": the inspection came before the lifting, after the notice.)
		const before = !which && here !== undefined && d.start - here.end <= 70 && cameBefore.test(sentence.slice(here.end, d.start + (/^(?:in|during)\s+/i.exec(d.text)?.[0].length ?? 0)));
		const year = Number(context.value.slice(0, 4)) + (which ? shift : before ? (contextMonth !== 0 && contextMonth < month ? -1 : 0) : contextMonth > month ? 1 : 0);
		const value = `${year}-${String(month).padStart(2, '0')}`;
		if (d.date.value?.startsWith(value)) return d;
		return {...d, date: {value, precision: 'month', approximate: true, basis: `'${d.text}' in the history told from ${context.value}`}};
	});
}

// A span to come from the article's day ("within about 18 months", "in around three years' time"): event-span-to-come.ts.
export {spanToCome} from './event-span-to-come.js';

const leftGrade = /\b(?:from|out of|shaken off|shake off|shakes off|left|lost|loses)\s+(?:(?:being|having been)\s+(?:rated|judged|graded)\s+)?(?:its |the |an? |their )?['‘"“]?$/i;
const spanYears = new RegExp(`\\b(${offsetWordPattern}|\\d{1,2}) years on\\b|\\b(?:in|after|over|within)\\s+(?:a little over |just over |just under |about |around |nearly |almost |less than |more than |only )?(${offsetWordPattern}|\\d{1,2}) years\\b|\\b(${offsetWordPattern}|\\d{1,2})-year (?:climb|journey|wait|struggle|recovery)\\b|\\b(?:less than |more than |about |nearly |almost |just over |just under )?(${offsetWordPattern}|\\d{1,2}) years after (?:it|the grade|the rating|the judgement) was (?:imposed|given|handed down)\\b`, 'i');

/**
 * "has gone from inadequate to good in a little over three years", "Eight years on from being rated inadequate", "shaken off its inadequate rating less than two
 * years after it was imposed", "a seven-year climb out of special measures": the grade left is that many years
 * before the article, approximately, as a year.
 */
export function gradeLeftYearsAgo(sentence: string, gradeAt: number, published: DateValue): DateValue | null {
	if (published.value === null || !leftGrade.test(sentence.slice(Math.max(0, gradeAt - 30), gradeAt))) return null;
	const m = spanYears.exec(sentence);
	if (!m) return null;
	const words = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
	const n = offsetWords[words] ?? Number(words);
	const year = Number(published.value.slice(0, 4)) - n;
	return {value: String(year), precision: 'year', approximate: true, basis: `'${m[0]}' before the article of ${published.value}`};
}

const daysOrWeeksAfter = /\b(?:(?:a few|a couple of|few|several|just|only|two|three|four|five|six)\s+)?(?:days|weeks) (?:after|since)\s+[^.;,]{0,80}$/i;

/**
 * "weeks after the city was rated inadequate", "days after Ofsted judged it good": a grade of the weeks before the
 * article, so of its year, approximately (not in its first month, when the weeks may reach back into the year before).
 */
export function gradeWeeksAgo(sentence: string, gradeAt: number, published: DateValue): DateValue | null {
	if (published.value === null || published.precision === 'year' || published.value.slice(5, 7) === '01') return null;
	const m = daysOrWeeksAfter.exec(sentence.slice(Math.max(0, gradeAt - 100), gradeAt));
	return m ? {value: published.value.slice(0, 4), precision: 'year', approximate: true, basis: `'${m[0].split(/\s+(?:after|since)\s/)[0]} after' the article of ${published.value}`} : null;
}

/**
 * A sentence's stated day in the article's own month, or in the week before it, on or before its date: the week's
 * news ("on Tuesday"; in an article of the 1st, the Tuesday of the month before, only where the sentence tells the
 * council's own body sitting: event-month-turn.ts).
 */
export function recentDay(dates: readonly DateMatch[], published: DateValue, sentence = '', authority: string | null = null): DateMatch | null {
	const d = dates.find((x) => x.date.value !== null);
	if (!d || d.date.precision !== 'day' || d.date.approximate || published.value === null || d.date.value! > published.value) return null;
	const days = published.precision === 'day' ? (dayRange(published)?.[0] ?? 0) - (dayRange(d.date)?.[0] ?? 0) : Number.POSITIVE_INFINITY;
	return monthsBetween(d.date, published) === 0 || (days <= 7 && ownSitting(sentence, authority)) ? d : null;
}

/**
 * The date an undated event of the news takes from the sentence just before it, when that one gave the week's day:
 * "When the motion was put to full council on Tuesday, ... She voted against it and Cllr Okafor kept his post."
 * Approximate: the sentence does not say so itself.
 */
export function dayBefore(previous: DateMatch | null): DateValue | null {
	return previous ? {...previous.date, approximate: true, basis: `told just after '${previous.text}'`} : null;
}

/**
 * "Conservatives tabled a motion calling for the cabinet member to stand down." ... "When the motion was put to full
 * council on Tuesday, ...": a call made by a motion is made the day the motion is put, when the article dates one
 * such vote and not the call. Approximate: the motion was tabled before.
 */
export function callsOnTheMotionsDay(raw: RawEvent[]): void {
	const votes = raw.filter((e) => e.type === 'no-confidence-vote' && e.dated && e.date.precision === 'day' && /\bmotion\b/i.test(e.evidence?.sentence ?? ''));
	if (votes.length !== 1) return;
	const vote = votes[0]!;
	for (const e of raw) {
		if (e.type !== 'resignation-call' || e.dated || e.future || !/\bmotion\b/i.test(e.evidence?.sentence ?? '')) continue;
		e.date = {...vote.date, approximate: true, basis: `the day the motion was put to the vote (${vote.date.value})`};
		e.dated = true;
	}
}

/**
 * "was told in May 2021 that waiting lists were too long following a focused visit": an event in a clause opened by
 * "after" or "following" that gives no date of its own came about the time of the date just before it, approximately.
 * `at` is where the event's words are in the clause.
 */
export function justBefore(sentence: string, clauseStart: number, at: number, dates: readonly DateMatch[]): DateValue | null {
	// The event is what "following" governs ("following a focused visit"), not a later verb of the clause.
	if (at > 30 || !/^\s*(?:after|following)\b/i.test(sentence.slice(clauseStart, clauseStart + 12))) return null;
	const before = dates.filter((d) => d.date.value !== null && d.end <= clauseStart).at(-1);
	return before ? {...before.date, approximate: true, basis: `${before.date.basis}; told just before the event that came after it`} : null;
}

/**
 * "judged to require improvement after inspections in 2014 and 2017": the dates of the list the first inspection's
 * date opens (dateList), each a grade of its own, approximately (the judgement came out after each inspection).
 */
export function inspectionsListed(sentence: string, first: DateMatch, dates: readonly DateMatch[]): DateValue[] {
	const listed = dateList(sentence, dates.filter((d) => d.date.value !== null && d.start >= first.start), first.start);
	const texts = new Map(dates.map((d) => [d.date, d.text]));
	return listed.map((date) => ({...date, approximate: true, basis: `the inspection's date ('${texts.get(date) ?? date.value}'); the judgement came out after it`}));
}

/**
 * "In 2017 the government issued a notice after an inspection judged the service inadequate": a grade told in the
 * words after "after" or "following" (the clause at `clauseStart`, the grade `at` into it), in a sentence dated well
 * before the article, is of that date's year, approximately. Only inside those words ("; after the visit in
 * February, inspectors downgraded it" is not), and from the part of the sentence it hangs on: not a bound ("since
 * 2013"), nor a date before a semicolon.
 */
export function yearOfWhatCameAfter(sentence: string, clauseStart: number, at: number, dates: readonly DateMatch[], published: DateValue): DateValue | null {
	const lead = sentence.slice(clauseStart, clauseStart + at);
	const afterWords = /^\s*(?:after|following)\b[^,;]*$/i.test(lead) || (/\b(?:after|following)\s*$/i.test(sentence.slice(Math.max(0, clauseStart - 12), clauseStart)) && !/[,;]/.test(lead));
	if (!afterWords) return null;
	const main = Math.max(0, sentence.lastIndexOf(';', clauseStart) + 1);
	// Six months back is enough: "In May last year the government issued a notice after Ofsted rated ..." is no news.
	const past = (d: DateMatch) => d.date.value !== null && !d.date.approximate && (monthsBetween(d.date, published) ?? 0) >= 6;
	const before = dates.filter((d) => d.start >= main && d.end <= clauseStart && past(d) && !/\b(?:since|until|till|before|by)\s+$/i.test(sentence.slice(Math.max(0, d.start - 8), d.start))).at(-1);
	return before ? {value: before.date.value!.slice(0, 4), precision: 'year', approximate: true, basis: `the year of '${before.text}', told of what came after it`} : null;
}
