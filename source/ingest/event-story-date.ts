/**
 * The date a history's undated sentence takes from the story told just before it. Newsrooms date a past episode
 * once and tell what followed without dates: "The council was rated 'inadequate' in 2017. The government issued
 * an improvement notice, and an improvement board met monthly." The notice and the board are 2017's, roughly;
 * the article's own date, which they would otherwise take, is certainly wrong. Only the year is kept, marked
 * approximate, and only for a simple past told right after a date well before the article.
 */
import {monthsBetween, shiftDate} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import {markers} from './dates/tense.js';

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

/** A date that starts or continues the history: a stated past date, not a relative one or one still to come. */
export function isStoryDate(date: DateValue, published: DateValue): boolean {
	if (date.value === null || date.approximate) return false;
	const months = monthsBetween(date, published);
	return months !== null && months >= historyMonths;
}

const counts: Record<string, number> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18};
const seasons = /^(spring|summer|autumn|winter)$/;
const later = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2}) (day|week|month|year)s? (later|earlier|before)|the (?:following|next) (year|month|spring|summer|autumn|winter)|the (year|month) (after|before))\b/i;

/** "a year later", "the following spring", "two months later", "the year before": where it is in the clause, and the step it takes (back when negative). */
export function laterWords(clause: string): {index: number; words: string; unit: 'day' | 'month' | 'year' | 'season'; n: number} | null {
	const m = later.exec(clause);
	if (!m) return null;
	// "a year earlier", "the year before": a step back.
	const sign = /^(earlier|before)$/i.test(m[3] ?? m[6] ?? '') ? -1 : 1;
	if (m[1]) {
		const n = (counts[m[1].toLowerCase()] ?? Number(m[1])) * sign;
		const unit = m[2]!.toLowerCase();
		return unit === 'week' ? {index: m.index, words: m[0], unit: 'day', n: n * 7} : {index: m.index, words: m[0], unit: unit as 'day', n};
	}
	const unit = (m[4] ?? m[5])!.toLowerCase();
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
	if (from.precision === 'year') return step.unit === 'month' && Math.abs(step.n) >= 12 ? {value: String(year + Math.trunc(step.n / 12)), precision: 'year', approximate: true, basis} : {value: String(year), precision: 'year', approximate: true, basis};
	const shifted = shiftDate(from, step.unit === 'day' ? {days: step.n} : {months: step.n}, basis, {approximate: true});
	if (shifted.value === null) return null;
	// A day reckoned from a day is only roughly that day: kept to its month.
	return shifted.precision === 'day' ? {...shifted, value: shifted.value.slice(0, 7), precision: 'month'} : shifted;
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month (and day) with no year and no word that counts from the article: "in March", "on 4 June", "in early September". */
const yearless = new RegExp(`^(?:in|on|by|from|during|until|since|at the (?:start|end) of)?\\s*(?:(?:early|late|mid)[- ]?)?(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${monthNames.join('|')})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?$`, 'i');

const newsNear = /\b(has|have|now|this|today|latest|most recent|recent)\b/i;
const aheadNear = /\b(will|would|must|shall|expects?|expected|due|plans?|planned|to be|next|intends?)\b/i;
const qualifier = /\b(after|since|following|before|until|imposed|issued|from)\b[^,;]{0,25}$/i;

/**
 * A month told without its year inside a history dated earlier in the sentence or just before it ("rated
 * inadequate in 2015. In March, the DfE issued a notice"): the history's year (the next one when the month comes
 * before the history's own month), approximate, not the March before the article.
 */
export function anchoredToStory<D extends {start: number; end: number; text: string; date: DateValue}>(sentence: string, dates: readonly D[], story: StoryDate | null, k: number, published: DateValue): D[] {
	return dates.map((d) => {
		const m = yearless.exec(d.text.trim());
		if (!m || d.date.value === null || d.date.approximate) return d;
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
		const year = Number(context.value.slice(0, 4)) + (contextMonth > month ? 1 : 0);
		const value = `${year}-${String(month).padStart(2, '0')}`;
		if (d.date.value.startsWith(value)) return d;
		return {...d, date: {value, precision: 'month', approximate: true, basis: `'${d.text}' in the history told from ${context.value}`}};
	});
}
