/** The grammar of date expressions in British news: months, weekdays, days, years, seasons, "the end of", counts like "three years after", each pattern with the raw date it reads. */
import {dayNumber, dayParts} from '../../corpus/date-value.js';
import type {Lean, Raw} from './types.js';

export const fullMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const numberWords: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	eighteen: 18,
	twenty: 20,
};

export const fullMonth = fullMonths.join('|');
// Abbreviations need a word boundary: "Mar" must not match "Marsden".
export const month = `(?<month>(?:${fullMonth})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)`;
export const weekday = `(?<wd>${weekdays.join('|')})`;
export const day = `(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?`;
export const year = `(?<year>(?:19|20)\\d\\d)`;
export const on = `(?<on>(?:[Oo]n|[Ii]n|[Dd]uring)\\s+)?`;
export const mod = `(?<mod>(?:(?:[Aa]t|[Bb]y)\\s+)?the\\s+(?:end|start|beginning|middle|turn)\\s+of\\s+|(?:[Ee]arly|[Ll]ate|[Mm]id)(?:\\s+|-)|(?:the\\s+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\\s+(?:of\\s+)?)?`;
export const count = `(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)`;

/** A statute's name up to its year: "the Children Act 2004", "the Care Planning Regulations of 2010". */
const statuteBefore = /\b[A-Z][\w'’-]*\s+(?:Act|Acts|Regulations|Order|Rules|Bill|Measure)\s+(?:of\s+)?$/;
/** Words that make a number a count, not a year or a day: "2000 children", "March 25 social workers". */
export const countNoun =
	/^\s+(?:[a-z]+\s+)?(?:children|young|people|pupils|students|families|staff|workers|social|cases|referrals|homes|jobs|residents|members|councillors|places|beds|households|adults|babies|hours|days|weeks|months|years|miles|pounds|signatures|calls|visits|complaints|posts|vacancies|officers|employees|patients|carers|teachers|schools|per\s*cent)\b|^\s*%/;

/**
 * Words a pattern cannot match without: most sentences hold no date, and these plain tests are much cheaper than
 * the patterns, whose optional openings ("in", "the end of") are tried at every position of the sentence.
 */
export const clues = {
	year: /(?:19|20)\d\d/,
	// Every month name and abbreviation starts with one of these (case as in the patterns).
	month: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
	weekday: /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/,
	unit: /day|week|month|year/i,
	// A day of the month: `day` above has no optional digits.
	digit: /\d/,
	season: /spring|summer|autumn|winter/i,
} as const;
export type Clue = keyof typeof clues;

export type Pattern = {
	readonly re: RegExp;
	/**
	 * Tests the sentence must pass before `re` can match: necessary, never sufficient (scan.ts's anyClue holds one of each
	 * pattern's). A clue a longer test implies goes first ("new year" holds "year"): most sentences fail it, and the
	 * clue's answer is shared by every pattern that asks it.
	 */
	readonly needs: readonly (Clue | RegExp)[];
	readonly make: (m: RegExpExecArray, sentence: string) => Raw | null;
};

export const monthNumber = (name: string): number => {
	const key = name.replace('.', '').slice(0, 3).toLowerCase();
	return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key) + 1;
};
export const weekdayNumber = (name: string | undefined) => (name ? weekdays.indexOf(name) : undefined);
export const leanOf = (s: string | undefined): Lean | undefined => {
	const w = s?.toLowerCase().split(/\s+/)[0];
	return w === 'last' || w === 'next' || w === 'this' ? w : undefined;
};
export const after = (m: RegExpExecArray, sentence: string) => sentence.slice(m.index + m[0].length);

export function validDay(y: number, mo: number, d: number): boolean {
	const p = dayParts(dayNumber(y, mo, d));
	return p.year === y && p.month === mo && p.day === d;
}

/** With or without a year, the same checks on a day and month. */
export function dayMonth(m: RegExpExecArray, sentence: string): Raw | null {
	const g = m.groups!;
	const mo = monthNumber(g.month!);
	const d = Number(g.day);
	const wd = weekdayNumber(g.wd);
	if (g.year === undefined) {
		if (countNoun.test(after(m, sentence))) return null;
		if (!validDay(2000, mo, d)) return null;
		return wd === undefined ? {kind: 'yearless', month: mo, day: d} : {kind: 'yearless', month: mo, day: d, weekday: wd};
	}
	const y = Number(g.year);
	if (!validDay(y, mo, d)) return null;
	return wd === undefined ? {kind: 'absolute', year: y, month: mo, day: d} : {kind: 'absolute', year: y, month: mo, day: d, weekday: wd};
}

/** The holidays news dates events by, month and day. */
const holidays: Record<string, [number, number]> = {'new year eve': [12, 31], 'new year day': [1, 1], 'christmas eve': [12, 24], 'christmas day': [12, 25], 'boxing day': [12, 26]};

export const patterns: readonly Pattern[] = [
	{
		re: new RegExp(`\\b${year}-(?<mm>\\d\\d)-(?<dd>\\d\\d)\\b`, 'g'),
		needs: ['year'],
		make: (m) => {
			const [y, mo, d] = [Number(m.groups!.year), Number(m.groups!.mm), Number(m.groups!.dd)];
			return mo >= 1 && mo <= 12 && validDay(y, mo, d) ? {kind: 'absolute', year: y, month: mo, day: d} : null;
		},
	},
	{
		// British order: 22/02/2019. Only with a four-digit year; "1/2" alone is a fraction or a score.
		re: new RegExp(`(?<![\\d./])(?<dd>\\d{1,2})[/.](?<mm>\\d{1,2})[/.]${year}\\b`, 'g'),
		needs: ['year'],
		make: (m) => {
			const [y, mo, d] = [Number(m.groups!.year), Number(m.groups!.mm), Number(m.groups!.dd)];
			return mo >= 1 && mo <= 12 && validDay(y, mo, d) ? {kind: 'absolute', year: y, month: mo, day: d} : null;
		},
	},
	{
		re: new RegExp(`${on}(?:${weekday}(?:,?\\s+|\\s+\\())?(?:the\\s+)?(?<![\\d£$€.,])${day}(?:\\s+of)?\\s+${month}(?:,?\\s+${year}\\b)?`, 'g'),
		// (The day's digits are not optional: most sentences that name a month give no day.)
		needs: ['month', 'digit'],
		make: dayMonth,
	},
	{
		re: new RegExp(`${on}(?:${weekday}(?:,?\\s+|\\s+\\())?${month}\\s+(?:the\\s+)?${day}\\b(?![.,:]\\d)(?:,?\\s+${year}\\b)?`, 'g'),
		needs: ['month', 'digit'],
		make: dayMonth,
	},
	{
		re: new RegExp(`${on}${mod}${month},?\\s+(?:of\\s+)?${year}\\b(?![.,]?\\d)`, 'g'),
		needs: ['month', 'year'],
		make: (m) => ({kind: 'absolute', year: Number(m.groups!.year), month: monthNumber(m.groups!.month!)}),
	},
	{
		// "in March last year", "on 3 March last year", "in September of next year": the month (and day) of the year
		// before or after the article's.
		re: new RegExp(`${on}${mod}(?:(?<![\\d£$€.,])${day}(?:\\s+of)?\\s+)?(?<month>${fullMonth})\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b`, 'g'),
		needs: ['month', /\b(?:last|this|next) year\b/],
		make: (m) => {
			const g = m.groups!;
			const yearShift = g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0;
			const mo = monthNumber(g.month!);
			const d = g.day === undefined ? undefined : Number(g.day);
			if (d !== undefined && !validDay(2024, mo, d)) return null;
			const raw: Extract<Raw, {kind: 'yearless'}> = d === undefined ? {kind: 'yearless', month: mo, yearShift} : {kind: 'yearless', month: mo, day: d, yearShift};
			if (g.rel === 'next') raw.lean = 'next';
			return raw;
		},
	},
	{
		re: new RegExp(`(?:(?<lean>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?${on}${mod}(?<month>${fullMonth})\\b`, 'g'),
		needs: ['month'],
		make: (m, sentence) => {
			const g = m.groups!;
			const introduced = g.lean !== undefined || g.on !== undefined || g.mod !== undefined;
			const rest = after(m, sentence);
			if (/^\s*\d/.test(rest)) return null;
			// "May" is a modal verb and a surname; "April Jones" is a person. Take them only after "in", "last", ...
			if (!introduced && (g.month === 'May' || /^\s+[A-Z][a-z]/.test(rest))) return null;
			const lean = leanOf(g.lean);
			return lean ? {kind: 'yearless', month: monthNumber(g.month!), lean} : {kind: 'yearless', month: monthNumber(g.month!)};
		},
	},
	{
		re: new RegExp(`${on}${mod}${year}(?:[/-](?<yy>\\d\\d)(?!\\d))?(?:['’]s)?(?![\\w%]|[.,]\\d|\\s*per\\s*cent)`, 'g'),
		needs: ['year'],
		make: (m, sentence) => {
			const g = m.groups!;
			const y = Number(g.year);
			const yearAt = m.index + (g.on?.length ?? 0) + (g.mod?.length ?? 0);
			const before = sentence.slice(Math.max(0, yearAt - 5), yearAt);
			// A year is four digits standing alone: not £2012, 1,2012, 3.2012 or No 2012; "2012-2015" is a range.
			if (/[£$€#.,/\d]$/.test(before) || /\bNo\.?\s*$|\bnumber\s*$/i.test(before)) return null;
			if (/[-–]$/.test(before) && !/\d{4}[-–]$/.test(before) && !/\b(?:mid|early|late)-$/i.test(sentence.slice(Math.max(0, yearAt - 6), yearAt))) return null;
			if (g.on === undefined && g.mod === undefined && countNoun.test(after(m, sentence))) return null;
			// "the Children Act 2004", "the Care Planning Regulations 2010": a statute's name, not a date.
			if (g.on === undefined && g.mod === undefined && statuteBefore.test(sentence.slice(Math.max(0, yearAt - 40), yearAt))) return null;
			if (g.yy !== undefined) {
				// "2019/20" is a financial or school year: it starts in the first calendar year.
				const second = Number(g.yy);
				if (second !== (y + 1) % 100) return null;
				return {kind: 'absolute', year: y, span: `${g.year}/${g.yy}`};
			}
			return {kind: 'absolute', year: y};
		},
	},
	{
		// "on Monday next week", "Tuesday of last week": that day in the week after or before the article's.
		re: new RegExp(`(?:(?<lean>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+coming|\\s+past)?)\\s+|[Oo]n\\s+)?${weekday}(?:['’]s)?\\b(?:\\s+(?:of\\s+)?(?<week>next|last)\\s+week\\b)?`, 'g'),
		needs: ['weekday'],
		make: (m, sentence) => {
			// A football club, not a day.
			if (m.groups!.wd === 'Wednesday' && /Sheffield\s+$/.test(sentence.slice(0, m.index))) return null;
			// "tomorrow (Friday)", "yesterday, Tuesday,": the day just named, which that word dates.
			if (/\b(?:yesterday|today|tomorrow|tonight)\s*[(,]\s*$/i.test(sentence.slice(0, m.index))) return null;
			const lean = /past/i.test(m.groups!.lean ?? '') ? 'last' : leanOf(m.groups!.lean);
			if (m.groups!.week) return {kind: 'weekday', weekday: weekdayNumber(m.groups!.wd)!, week: m.groups!.week === 'next' ? 1 : -1};
			return lean ? {kind: 'weekday', weekday: weekdayNumber(m.groups!.wd)!, lean} : {kind: 'weekday', weekday: weekdayNumber(m.groups!.wd)!};
		},
	},
	{
		re: /\b(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi,
		needs: [/yesterday|today|night|tomorrow|morning|afternoon|evening/i],
		make: (m) => {
			const w = m[0].toLowerCase();
			if (w === 'yesterday') return {kind: 'relative', shift: {days: -1}, approximate: false, schedules: false};
			if (w === 'tomorrow') return {kind: 'relative', shift: {days: 1}, approximate: false, schedules: true};
			if (w.startsWith('last')) return {kind: 'relative', shift: {days: -1}, approximate: true, schedules: false};
			return {kind: 'relative', shift: {days: 0}, approximate: false, schedules: false};
		},
	},
	{
		re: /\b(?:(?<el>earlier|later)\s+)?(?<which>this|last|next)\s+(?<unit>week|month|year)\b/gi,
		needs: ['unit'],
		make: (m, sentence) => {
			const g = m.groups!;
			// "over the last year", "in the next month" are durations, not dates.
			if (/\b(?:the|past)\s+$/i.test(sentence.slice(0, m.index))) return null;
			const which = g.which!.toLowerCase();
			const el = g.el?.toLowerCase();
			const unit = g.unit!.toLowerCase();
			const sign = which === 'last' ? -1 : which === 'next' ? 1 : 0;
			const schedules = which === 'next' || el === 'later';
			if (unit === 'week') {
				// A week is a span of days: say its middle, approximately.
				const days = sign * 7 + (el === 'earlier' ? -2 : el === 'later' ? 2 : 0);
				return {kind: 'relative', shift: {days}, approximate: true, schedules, week: el ? {n: sign, part: el as 'earlier' | 'later'} : {n: sign}};
			}
			return {kind: 'relative', shift: unit === 'month' ? {months: sign} : {years: sign}, approximate: false, schedules};
		},
	},
	{
		// "the 'Good' Ofsted report earlier in the year": the article's own year (month), as "earlier this year" is.
		re: /\b(?<el>earlier|later)\s+in\s+the\s+(?<unit>month|year)\b/gi,
		needs: ['unit'],
		make: (m) => {
			const g = m.groups!;
			const unit = g.unit!.toLowerCase();
			return {kind: 'relative', shift: unit === 'month' ? {months: 0} : {years: 0}, approximate: false, schedules: g.el!.toLowerCase() === 'later'};
		},
	},
	{
		// "carried out this summer": the article's own year, approximately (which months a season spans is not said).
		re: /\b(?:earlier |later )?this\s+(?:spring|summer|autumn|winter)\b/gi,
		needs: ['season'],
		make: (m) => ({kind: 'relative', shift: {years: 0}, approximate: true, schedules: /^later/i.test(m[0])}),
	},
	{
		// "last summer", "next spring": the season's middle month before or after the article's, as a year, approximately.
		re: /\b(?<lean>last|next)\s+(?<season>spring|summer|autumn|winter)\b/gi,
		needs: ['season', /\b(?:last|next)\s+(?:spring|summer|autumn|winter)\b/i],
		make: (m) => {
			const season = m.groups!.season!.toLowerCase();
			const middle: Record<string, number> = {spring: 4, summer: 7, autumn: 10, winter: 1};
			return {kind: 'yearless', month: middle[season]!, lean: m.groups!.lean!.toLowerCase() === 'last' ? 'last' : 'next', season};
		},
	},
	{
		// "inspectors returned in the autumn", "a decision is due in the spring": the season nearest the article's date on
		// the side its tense gives, as a year, approximately. Not "the summer of 2019", which gives its year.
		re: /\b(?:in|during|over|by|until|before)\s+the\s+(?<season>spring|summer|autumn|winter)\b(?!\s*(?:of\s+)?(?:19|20)\d\d)/gi,
		needs: ['season'],
		make: (m) => {
			const season = m.groups!.season!.toLowerCase();
			const middle: Record<string, number> = {spring: 4, summer: 7, autumn: 10, winter: 1};
			return {kind: 'yearless', month: middle[season]!, season};
		},
	},
	{
		// "by the end of the year", "by the end of the month": the article's own year or month, approximately (a bound).
		re: /\b(?:by|before|until|at|towards?)\s+the\s+end\s+of\s+the\s+(?<unit>year|month)\b/gi,
		needs: ['unit', /end of the (?:year|month)/i],
		make: (m) => ({kind: 'relative', shift: m.groups!.unit!.toLowerCase() === 'year' ? {years: 0} : {months: 0}, approximate: true, schedules: false}),
	},
	{
		// "due before Christmas": December, the nearest one on the side the tense gives. "Before", "by", "until", "ahead
		// of" and "in time for" Christmas are a bound (the weeks before it may begin in November): approximately.
		re: /\b(?:[Bb]efore|[Bb]y|[Uu]ntil|[Aa]head of|[Ii]n time for|[Oo]ver|[Aa]t)\s+Christmas\b/g,
		needs: [/Christmas/],
		make: (m) => ({kind: 'yearless', month: 12, bound: !/^(?:over|at)\b/i.test(m[0])}),
	},
	{
		// "confirmed on New Year's Eve", "on Boxing Day 2019": the holiday's day, in the year printed or the nearest one.
		re: /\b(?:on\s+)?(?<holiday>New Year['’]s Eve|New Year['’]s Day|Christmas Eve|Christmas Day|Boxing Day)(?:,?\s+(?<y>(?:19|20)\d\d)\b)?/g,
		needs: [/Christmas|Year|Day/],
		make: (m) => {
			const [month, day] = holidays[m.groups!.holiday!.toLowerCase().replace(/['’]s/, '')]!;
			return m.groups!.y ? {kind: 'absolute', year: Number(m.groups!.y), month, day} : {kind: 'yearless', month, day};
		},
	},
	{
		// "in the new year": the year after the article's, approximately.
		re: /\b(?:in|early in|by|after)\s+the\s+new\s+year\b/gi,
		needs: ['unit', /new year/i],
		make: () => ({kind: 'relative', shift: {years: 1}, approximate: true, schedules: true}),
	},
	{
		// "a fortnight ago": two weeks.
		re: new RegExp(`\\b${count}\\s+(?<unit>day|week|month|year|fortnight)s?\\s+ago\\b`, 'gi'),
		needs: [/ago/i],
		make: (m) => {
			const fortnight = /^fortnight/i.test(m.groups!.unit!);
			const n = amount(m.groups!.n!) * (fortnight ? 2 : 1);
			const unit = fortnight ? 'week' : m.groups!.unit!.toLowerCase();
			if (unit === 'day') return {kind: 'relative', shift: {days: -n}, approximate: false, schedules: false};
			if (unit === 'week') return {kind: 'relative', shift: {days: -7 * n}, approximate: true, schedules: false};
			return {kind: 'relative', shift: unit === 'month' ? {months: -n} : {years: -n}, approximate: true, schedules: false};
		},
	},
];

export const offsetPattern = new RegExp(`\\b${count}\\s+(?<unit>day|week|month|year)s?\\s+(?<rel>after|before|since|on\\s+from|later\\s+than|earlier\\s+than)\\s+`, 'gi');

export function amount(word: string): number {
	return numberWords[word.toLowerCase()] ?? Number(word);
}

// Tense: the nearest marker before the date in its clause, else the first after it, else the sentence's.
