/**
 * Dates in article text, resolved against the article's own date and never against the clock.
 *
 * Every date keeps the precision the words give it: "in November" is a month, "in 2012" a year, "last week" an
 * approximate day. When the article's date is itself only a year, or approximate, what is reckoned from it inherits
 * that. A date that cannot be pinned down is returned as unknown with the reason, because a wrong confident date is
 * worse than none.
 *
 * The grammar is our own rather than chrono-node's: chrono needs a full reference instant (our article dates may be
 * a year or nothing), reads "three years after" as three years after the reference, "the last 20 years" as a date,
 * "February 22" under en.GB as February 2022, and misses "in 2012". chrono is kept as a fallback for absolute dates
 * written in forms our patterns do not cover, and only where it is certain of the year and month.
 */
import * as chrono from 'chrono-node';
import {
	dateFromBounds,
	dayNumber,
	dayParts,
	dayRange,
	formatDate,
	isoDay,
	shiftDate,
	unknownDate,
	type DateShift,
} from '../corpus/date-value.js';
import type {DateValue, Precision} from '../corpus/schema.js';
import {sentenceSpans} from './text.js';

/** One date expression in a sentence. Spans may overlap: "three years after the July 2012 report" gives both. */
export type DateMatch = {
	/** Offsets into the sentence, end exclusive. */
	readonly start: number;
	readonly end: number;
	/** The words, e.g. "in November", "on Friday February 22", "last week". */
	readonly text: string;
	readonly date: DateValue;
};

export type FindDatesOptions = {
	/** The real today; nothing may be dated after it. Defaults to now (pass it in tests). */
	readonly today?: Date;
};

type Tense = 'past' | 'future';
type Lean = 'last' | 'next' | 'this';

type Raw =
	| {kind: 'absolute'; year: number; month?: number; day?: number; weekday?: number; span?: string}
	| {kind: 'yearless'; month: number; day?: number; weekday?: number; lean?: Lean}
	| {kind: 'weekday'; weekday: number; lean?: Lean}
	| {kind: 'relative'; shift: DateShift; approximate: boolean; schedules: boolean};

type Candidate = {start: number; end: number; text: string; raw: Raw; tense: Tense; inQuote: boolean};

/** "three years after", waiting for the date it counts from. */
type Offset = {start: number; end: number; text: string; shift: DateShift; unit: 'day' | 'month' | 'year'};

const fullMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const numberWords: Record<string, number> = {
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

const fullMonth = fullMonths.join('|');
// Abbreviations need a word boundary: "Mar" must not match "Marsden".
const month = `(?<month>(?:${fullMonth})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)`;
const weekday = `(?<wd>${weekdays.join('|')})`;
const day = `(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?`;
const year = `(?<year>(?:19|20)\\d\\d)`;
const on = `(?<on>(?:[Oo]n|[Ii]n|[Dd]uring)\\s+)?`;
const mod = `(?<mod>(?:(?:[Aa]t|[Bb]y)\\s+)?the\\s+(?:end|start|beginning|middle|turn)\\s+of\\s+|(?:[Ee]arly|[Ll]ate|[Mm]id)(?:\\s+|-)|(?:the\\s+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\\s+(?:of\\s+)?)?`;
const count = `(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)`;

/** Words that make a number a count, not a year or a day: "2000 children", "March 25 social workers". */
const countNoun =
	/^\s+(?:[a-z]+\s+)?(?:children|young|people|pupils|students|families|staff|workers|social|cases|referrals|homes|jobs|residents|members|councillors|places|beds|households|adults|babies|hours|days|weeks|months|years|miles|pounds|signatures|calls|visits|complaints|posts|vacancies|officers|employees|patients|carers|teachers|schools|per\s*cent)\b|^\s*%/;

/**
 * Words a pattern cannot match without: most sentences hold no date, and these plain tests are much cheaper than
 * the patterns, whose optional openings ("in", "the end of") are tried at every position of the sentence.
 */
const clues = {
	year: /(?:19|20)\d\d/,
	// Every month name and abbreviation starts with one of these (case as in the patterns).
	month: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
	weekday: /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/,
	unit: /day|week|month|year/i,
} as const;
type Clue = keyof typeof clues;

type Pattern = {
	readonly re: RegExp;
	/** Tests the sentence must pass before `re` can match: necessary, never sufficient. */
	readonly needs: readonly (Clue | RegExp)[];
	readonly make: (m: RegExpExecArray, sentence: string) => Raw | null;
};

const monthNumber = (name: string): number => {
	const key = name.replace('.', '').slice(0, 3).toLowerCase();
	return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key) + 1;
};
const weekdayNumber = (name: string | undefined) => (name ? weekdays.indexOf(name) : undefined);
const leanOf = (s: string | undefined): Lean | undefined => {
	const w = s?.toLowerCase().split(/\s+/)[0];
	return w === 'last' || w === 'next' || w === 'this' ? w : undefined;
};
const after = (m: RegExpExecArray, sentence: string) => sentence.slice(m.index + m[0].length);

function validDay(y: number, mo: number, d: number): boolean {
	const p = dayParts(dayNumber(y, mo, d));
	return p.year === y && p.month === mo && p.day === d;
}

/** With or without a year, the same checks on a day and month. */
function dayMonth(m: RegExpExecArray, sentence: string): Raw | null {
	const g = m.groups!;
	const mo = monthNumber(g.month!);
	const d = Number(g.day);
	const wd = weekdayNumber(g.wd);
	if (g.year === undefined) {
		if (countNoun.test(after(m, sentence))) return null;
		if (!validDay(2000, mo, d)) return null;
		return {kind: 'yearless', month: mo, day: d, ...(wd === undefined ? {} : {weekday: wd})};
	}
	const y = Number(g.year);
	if (!validDay(y, mo, d)) return null;
	return {kind: 'absolute', year: y, month: mo, day: d, ...(wd === undefined ? {} : {weekday: wd})};
}

const patterns: readonly Pattern[] = [
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
		needs: ['month'],
		make: dayMonth,
	},
	{
		re: new RegExp(`${on}(?:${weekday}(?:,?\\s+|\\s+\\())?${month}\\s+(?:the\\s+)?${day}\\b(?![.,:]\\d)(?:,?\\s+${year}\\b)?`, 'g'),
		needs: ['month'],
		make: dayMonth,
	},
	{
		re: new RegExp(`${on}${mod}${month},?\\s+(?:of\\s+)?${year}\\b(?![.,]?\\d)`, 'g'),
		needs: ['month', 'year'],
		make: (m) => ({kind: 'absolute', year: Number(m.groups!.year), month: monthNumber(m.groups!.month!)}),
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
			return {kind: 'yearless', month: monthNumber(g.month!), ...(lean ? {lean} : {})};
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
			if (/[-–]$/.test(before) && !/\d{4}[-–]$/.test(before) && !/mid-$/i.test(before)) return null;
			if (g.on === undefined && g.mod === undefined && countNoun.test(after(m, sentence))) return null;
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
		re: new RegExp(`(?:(?<lean>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+coming|\\s+past)?)\\s+|[Oo]n\\s+)?${weekday}(?:['’]s)?\\b`, 'g'),
		needs: ['weekday'],
		make: (m, sentence) => {
			// A football club, not a day.
			if (m.groups!.wd === 'Wednesday' && /Sheffield\s+$/.test(sentence.slice(0, m.index))) return null;
			const lean = /past/i.test(m.groups!.lean ?? '') ? 'last' : leanOf(m.groups!.lean);
			return {kind: 'weekday', weekday: weekdayNumber(m.groups!.wd)!, ...(lean ? {lean} : {})};
		},
	},
	{
		re: /\b(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi,
		needs: [/yesterday|today|night|morning|afternoon|evening/i],
		make: (m) => {
			const w = m[0].toLowerCase();
			if (w === 'yesterday') return {kind: 'relative', shift: {days: -1}, approximate: false, schedules: false};
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
				return {kind: 'relative', shift: {days}, approximate: true, schedules};
			}
			return {kind: 'relative', shift: unit === 'month' ? {months: sign} : {years: sign}, approximate: false, schedules};
		},
	},
	{
		re: new RegExp(`\\b${count}\\s+(?<unit>day|week|month|year)s?\\s+ago\\b`, 'gi'),
		needs: ['unit', /ago/i],
		make: (m) => {
			const n = amount(m.groups!.n!);
			const unit = m.groups!.unit!.toLowerCase();
			if (unit === 'day') return {kind: 'relative', shift: {days: -n}, approximate: false, schedules: false};
			if (unit === 'week') return {kind: 'relative', shift: {days: -7 * n}, approximate: true, schedules: false};
			return {kind: 'relative', shift: unit === 'month' ? {months: -n} : {years: -n}, approximate: true, schedules: false};
		},
	},
];

const offsetPattern = new RegExp(`\\b${count}\\s+(?<unit>day|week|month|year)s?\\s+(?<rel>after|before|since|on\\s+from|later\\s+than|earlier\\s+than)\\s+`, 'gi');

function amount(word: string): number {
	return numberWords[word.toLowerCase()] ?? Number(word);
}

// Tense: the nearest marker before the date in its clause, else the first after it, else the sentence's.
const futureMarkers =
	/\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+due|due\s+(?:to\s+be|back|to\s+(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|lack|poor|concerns?|pressures?)\b)[a-z]+)|(?:is|are)\s+to\s+(?!blame\b)[a-z]+|to\s+be\s+held|next(?!\s+to\b)|scheduled|expected\s+to|(?:is|are)\s+expected|later\s+this|set\s+to|going\s+to|plans?\s+to|planned|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|forthcoming|in\s+the\s+coming|would(?!\s+have)|by\s+the\s+end\s+of|(?:is|are)\s+(?:on|set\s+for|being\s+held)|takes?\s+place)\b|['’]ll\b/gi;
const pastMarkers =
	/\b(?:was|were|had|did|ago|previously|earlier|already|yesterday|last|said|told|met|came|went|took|gave|made|found|saw|began|became|left|rose|fell|paid|wrote|spoke|sent|spent|won|lost|brought|thought|felt|kept|heard|led|ran|stood|got)\b|\b[a-z]{3,}ed\b/gi;
/** "-ed" words that are not past verbs, and the forms that make a participle passive ("will be published"). */
const notPast = new Set(['speed', 'seed', 'feed', 'indeed', 'hundred', 'proceed', 'exceed', 'succeed', 'breed', 'embed', 'united']);
const passiveBefore = /\b(?:be|been|being|is|are|am|get|gets|getting)\s+(?:\w+ly\s+)?$/i;
const clauseBreak = /[;:()\u2013\u2014“”"]|,\s|\s-\s|\b(?:and|but|which|who|whereas|although|though|while|when|after|before|since|as)\b/gi;

type Marker = {start: number; end: number; tense: Tense};

function markers(sentence: string): Marker[] {
	const out: Marker[] = [];
	for (const m of sentence.matchAll(futureMarkers)) out.push({start: m.index, end: m.index + m[0].length, tense: 'future'});
	for (const m of sentence.matchAll(pastMarkers)) {
		const end = m.index + m[0].length;
		if (out.some((f) => f.tense === 'future' && f.start < end && m.index < f.end)) continue;
		const word = m[0].toLowerCase();
		if (notPast.has(word)) continue;
		// Only the few words before matter ("has been agreed"): a bounded slice keeps this linear.
		if (word.endsWith('ed') && passiveBefore.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
		out.push({start: m.index, end, tense: 'past'});
	}
	return out.sort((a, b) => a.start - b.start);
}

type Break = {readonly index: number; readonly end: number; readonly text: string};

/** The clause breaks of a sentence, found once (each date's tense looks them up: no re-scan per date). */
function clauseBreaks(sentence: string): Break[] {
	return [...sentence.matchAll(clauseBreak)].map((b) => ({index: b.index, end: b.index + b[0].length, text: b[0].toLowerCase()}));
}

function tenseAt(sentence: string, marks: readonly Marker[], start: number, end: number, breaks: readonly Break[] = clauseBreaks(sentence)): Tense {
	let from = 0;
	let to = sentence.length;
	let opener = '';
	// The last break ending before the date, and the first starting after it (binary searches).
	let lo = 0;
	let hi = breaks.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (breaks[mid]!.end <= start) lo = mid + 1;
		else hi = mid;
	}
	if (lo > 0) {
		from = breaks[lo - 1]!.end;
		opener = breaks[lo - 1]!.text;
	}
	for (let k = lo; k < breaks.length; k++)
		if (breaks[k]!.index >= end) {
			to = breaks[k]!.index;
			break;
		}
	const inside = marks.filter((k) => k.start >= from && k.end <= to && (k.end <= start || k.start >= end));
	const before = inside.filter((k) => k.end <= start).at(-1);
	if (before) return before.tense;
	const afterIt = inside.find((k) => k.start >= end);
	if (afterIt) return afterIt.tense;
	// "..., after a report in 2017": what comes after "after" or "since" happened before the main clause.
	if (opener === 'after' || opener === 'since') return 'past';
	return marks.some((k) => k.tense === 'future') ? 'future' : 'past';
}

/** Inside a direct quotation, "today" and "last week" count from when the words were said, not from the article. */
/** insideQuote for several ascending positions in one sweep of the sentence. */
function insideQuotes(sentence: string, positions: readonly number[]): boolean[] {
	const out: boolean[] = [];
	let depth = 0;
	let i = 0;
	for (const index of positions) {
		for (; i < index; i++) {
			const c = sentence[i];
			if (c === '“') depth++;
			else if (c === '”') depth = Math.max(0, depth - 1);
			else if (c === '"') depth = depth > 0 ? 0 : 1;
		}
		out.push(depth > 0);
	}
	return out;
}


type Scan = {readonly candidates: readonly Candidate[]; readonly offsets: readonly Offset[]};

/** The date expressions of one sentence before resolution, longest first where they overlap. */
function scan(sentence: string): Scan {
	const found: Omit<Candidate, 'tense' | 'inQuote'>[] = [];
	const clueFound = new Map<Clue | RegExp, boolean>();
	const has = (c: Clue | RegExp): boolean => {
		let v = clueFound.get(c);
		if (v === undefined) clueFound.set(c, (v = (typeof c === 'string' ? clues[c] : c).test(sentence)));
		return v;
	};
	for (const p of patterns) {
		if (!p.needs.every(has)) continue;
		for (const m of sentence.matchAll(p.re)) {
			if (m[0].length === 0) continue;
			const raw = p.make(m, sentence);
			if (raw) found.push({start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd(), raw});
		}
	}
	// chrono only fills gaps: a longer chrono span ("March 2019 to May 2019") must not swallow our two dates.
	const ours = [...found];
	if (chronoCouldAdd(sentence, ours)) for (const r of chronoAbsolutes(sentence)) if (!ours.some((k) => k.start < r.end && r.start < k.end)) found.push(r);
	found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Omit<Candidate, 'tense' | 'inQuote'>[] = [];
	for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
	kept.sort((a, b) => a.start - b.start);
	let candidates: Candidate[] = [];
	// Tense is only asked of dates: a sentence without one needs no markers.
	if (kept.length > 0) {
		const marks = markers(sentence);
		const breaks = clauseBreaks(sentence);
		const quoted = insideQuotes(sentence, kept.map((k) => k.start));
		candidates = kept.map((k, i) => ({...k, tense: tenseAt(sentence, marks, k.start, k.end, breaks), inQuote: quoted[i]!}));
	}

	const offsets: Offset[] = [];
	if (!has('unit')) return {candidates, offsets};
	for (const m of sentence.matchAll(offsetPattern)) {
		const g = m.groups!;
		const n = amount(g.n!);
		const unit = g.unit!.toLowerCase();
		const sign = /before|earlier/i.test(g.rel!) ? -1 : 1;
		const shift: DateShift = unit === 'day' ? {days: sign * n} : unit === 'week' ? {days: sign * 7 * n} : unit === 'month' ? {months: sign * n} : {years: sign * n};
		const end = m.index + m[0].length;
		offsets.push({start: m.index, end, text: m[0].trimEnd(), shift, unit: unit === 'week' ? 'day' : (unit as 'day' | 'month' | 'year')});
	}
	return {candidates, offsets};
}

/** The candidate an offset counts from: a date a few plain words after "after" ("after the July 2012 report"). */
function anchorOf(sentence: string, offset: {end: number}, candidates: readonly Candidate[]): Candidate | undefined {
	return candidates.find((c) => c.start >= offset.end && /^(?:[\w'’-]+\s+){0,4}$/.test(sentence.slice(offset.end, c.start)));
}

/** A year chrono may give without four digits: with an era, or counted back hundreds of years (see below). */
const shortYear = /\d\s{0,2}(?:BE|AD|BC|CE)|\d\d\d(?:\.\d+)?\s{0,3}y/i;

/**
 * Whether chrono could add a date to ours: a pre-check, so chrono runs on few sentences.
 * A chrono date is kept only if its own text writes its year. chrono (2.x, en) gives a year written as four digits,
 * a number with an era ("500 AD"), two digits it makes four (not written, so never kept), or one counted from 2000 or
 * from another date. A year of four digits lies in a run of four digits or more. A shorter one needs an era, a
 * four-digit year outside our dates to count from, or a count of hundreds of years back from a year near 2000 (ours
 * are 1900-2099): without a four-digit number that takes three digits of years, since quarters, months, weeks and
 * days of at most 999.999 add up to 355 years ("999 years, 12 months and 12 weeks ago" is year 999). So without an
 * era or such a count, and with every run of four digits inside one of our dates, a chrono date overlaps ours.
 */
function chronoCouldAdd(sentence: string, ours: readonly {start: number; end: number}[]): boolean {
	if (shortYear.test(sentence)) return true;
	for (const m of sentence.matchAll(/\d{4,}/g)) {
		const end = m.index + m[0].length;
		if (!ours.some((k) => k.start <= m.index && end <= k.end)) return true;
	}
	return false;
}

/** Absolute dates in forms our patterns miss, from chrono, only where it is certain of year and month. */
function chronoAbsolutes(sentence: string): Omit<Candidate, 'tense' | 'inQuote'>[] {
	const out: Omit<Candidate, 'tense' | 'inQuote'>[] = [];
	// The reference instant is irrelevant: only components chrono read from the text are used.
	for (const r of chrono.en.GB.parse(sentence, new Date(Date.UTC(2000, 0, 1)))) {
		const s = r.start;
		if (!s.isCertain('year') || !s.isCertain('month')) continue;
		const y = s.get('year');
		// en.GB reads "February 22" as February 2022: the year must be written in the text.
		if (y === null || !new RegExp(`\\b${y}\\b`).test(r.text)) continue;
		const mo = s.get('month')!;
		const d = s.isCertain('day') ? s.get('day') : null;
		out.push({start: r.index, end: r.index + r.text.length, text: r.text, raw: {kind: 'absolute', year: y, month: mo, ...(d === null ? {} : {day: d})}});
	}
	return out;
}

/** What a sentence's dates are resolved against; `span` is refSpan(ref), worked out once. */
type Context = {ref: DateValue; refWords: string; today: number; span: [number, number] | null};

const precisionRank: Record<Precision, number> = {day: 0, month: 1, year: 2, unknown: 3};

function valueOf(y: number, mo?: number, d?: number): string {
	const iso = isoDay(dayNumber(y, mo ?? 1, d ?? 1));
	return d !== undefined ? iso : mo !== undefined ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The span of days the article may be from: an approximate date may be a unit either side. */
function refSpan(ref: DateValue): [number, number] | null {
	const r = dayRange(ref);
	if (!r) return null;
	if (!ref.approximate) return r;
	const pad = ref.precision === 'day' ? 7 : ref.precision === 'month' ? 31 : 366;
	return [r[0] - pad, r[1] + pad];
}

function resolveAbsolute(raw: Extract<Raw, {kind: 'absolute'}>, words: string): DateValue {
	const value = valueOf(raw.year, raw.month, raw.day);
	const precision: Precision = raw.day !== undefined ? 'day' : raw.month !== undefined ? 'month' : 'year';
	if (raw.span) return {value, precision, approximate: true, basis: `'${words}' spans two calendar years; the first is given`};
	if (raw.weekday !== undefined && raw.day !== undefined) {
		const actual = dayParts(dayNumber(raw.year, raw.month!, raw.day));
		const wd = new Date(Date.UTC(actual.year, actual.month - 1, actual.day)).getUTCDay();
		// "Friday 23 February 2019" names two different days: only the month is sure.
		if (wd !== raw.weekday) {
			return {value: value.slice(0, 7), precision: 'month', approximate: false, basis: `'${words}': ${value} is a ${weekdays[wd]}, not a ${weekdays[raw.weekday]}`};
		}
	}
	return {value, precision, approximate: false, basis: 'stated'};
}

function weekdayOf(n: number): number {
	return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function resolveYearless(raw: Extract<Raw, {kind: 'yearless'}>, tense: Tense, ctx: Context, words: string): DateValue {
	const span = ctx.span;
	if (!span) return unknownDate(`'${words}' gives no year and the article's date is unknown`);
	const dir: Tense = raw.lean === 'last' ? 'past' : raw.lean === 'next' ? 'future' : tense;
	const strict = raw.lean === 'last' || raw.lean === 'next';
	const target = raw.month * 100 + (raw.day ?? 0);
	// The occurrence nearest day t in the sentence's direction; the same month counts as "now" for a month.
	const occurrence = (t: number): number => {
		const p = dayParts(t);
		if (raw.lean === 'this') return p.year;
		const here = p.month * 100 + (raw.day === undefined ? 0 : p.day);
		const cmp = target - here;
		if (dir === 'past') return cmp < 0 || (cmp === 0 && !strict) ? p.year : p.year - 1;
		return cmp > 0 || (cmp === 0 && !strict) ? p.year : p.year + 1;
	};
	const years: number[] = [];
	for (let y = occurrence(span[0]); y <= occurrence(span[1]); y++) if (raw.day === undefined || validDay(y, raw.month, raw.day)) years.push(y);
	const stated: Precision = raw.day !== undefined ? 'day' : 'month';
	const side = raw.lean === 'this' ? 'in the year of' : dir === 'past' ? 'before' : 'after';
	const schedule = dir === 'future' && raw.lean !== 'next' ? ' (the sentence schedules it)' : '';
	let basis = `'${words}', ${side} the article's date ${ctx.refWords}${schedule}`;
	let options = years;
	if (raw.weekday !== undefined && raw.day !== undefined) {
		const fits = years.filter((y) => weekdayOf(dayNumber(y, raw.month, raw.day!)) === raw.weekday);
		if (fits.length === 0 && years.length === 1) {
			const y = years[0]!;
			const actual = weekdays[weekdayOf(dayNumber(y, raw.month, raw.day))]!;
			// The weekday and the day disagree: one of them, or the year we assumed, is wrong. Keep the month, flagged.
			return {value: valueOf(y, raw.month), precision: 'month', approximate: true, basis: `${basis}; but ${valueOf(y, raw.month, raw.day)} is a ${actual}`};
		}
		if (fits.length > 0) {
			options = fits;
			basis += `; a ${weekdays[raw.weekday]} in ${fits.join(' or ')}`;
		}
	}
	if (options.length === 1) {
		return {value: valueOf(options[0]!, raw.month, raw.day), precision: stated, approximate: ctx.ref.approximate, basis};
	}
	// Several years fit: the one nearest the article, no finer than the article's own date, approximate.
	const middle = (span[0] + span[1]) / 2;
	const at = (y: number) => dayNumber(y, raw.month, raw.day ?? 15);
	const best = [...options].sort((a, b) => Math.abs(at(a) - middle) - Math.abs(at(b) - middle))[0] ?? dayParts(Math.round(middle)).year;
	const precision = precisionRank[stated] >= precisionRank[ctx.ref.precision] ? stated : ctx.ref.precision;
	const value = valueOf(best, precision === 'year' ? undefined : raw.month, precision === 'day' ? raw.day : undefined);
	return {value, precision, approximate: true, basis};
}

function resolveWeekday(raw: Extract<Raw, {kind: 'weekday'}>, tense: Tense, ctx: Context, words: string): DateValue {
	if (ctx.ref.value === null) return unknownDate(`'${words}' but the article's date is unknown`);
	const dir: Tense = raw.lean === 'last' ? 'past' : raw.lean === 'next' || raw.lean === 'this' ? 'future' : tense;
	const strict = raw.lean === 'last' || raw.lean === 'next';
	const name = weekdays[raw.weekday]!;
	if (ctx.ref.precision !== 'day') {
		// Within a week of an article known only to the month or year: that month or year, approximately.
		return shiftDate(ctx.ref, {days: dir === 'past' ? -3 : 3}, `'${words}', in the week ${dir === 'past' ? 'before' : 'after'} the article's date ${ctx.refWords}`, {approximate: true});
	}
	const ref = dayRange(ctx.ref)![0];
	const gap = dir === 'past' ? (weekdayOf(ref) - raw.weekday + 7) % 7 : (raw.weekday - weekdayOf(ref) + 7) % 7;
	const days = gap === 0 && strict ? 7 : gap;
	const n = dir === 'past' ? ref - days : ref + days;
	const basis =
		dir === 'past'
			? `'${words}', the last ${name} on or before the article's date ${ctx.refWords}`
			: `'${words}', the next ${name} on or after the article's date ${ctx.refWords}`;
	return {value: isoDay(n), precision: 'day', approximate: ctx.ref.approximate, basis};
}

function resolveRelative(raw: Extract<Raw, {kind: 'relative'}>, ctx: Context, words: string): DateValue {
	if (ctx.ref.value === null) return unknownDate(`'${words}' but the article's date is unknown`);
	return shiftDate(ctx.ref, raw.shift, `'${words}', counted from the article's date ${ctx.refWords}`, {approximate: raw.approximate});
}

function resolve(c: Candidate, ctx: Context): DateValue {
	const raw = c.raw;
	let date: DateValue;
	if (raw.kind === 'absolute') date = resolveAbsolute(raw, c.text);
	else if (raw.kind === 'yearless') date = resolveYearless(raw, c.tense, ctx, c.text);
	else if (raw.kind === 'weekday') date = resolveWeekday(raw, c.tense, ctx, c.text);
	else date = resolveRelative(raw, ctx, c.text);
	if (c.inQuote && (raw.kind === 'weekday' || raw.kind === 'relative') && date.precision === 'day') {
		date = {...date, approximate: true, basis: `${date.basis}; said in a quotation, so counted from about then`};
	}
	const schedules = c.tense === 'future' || (raw.kind === 'relative' && raw.schedules) || (raw.kind !== 'absolute' && raw.kind !== 'relative' && raw.lean === 'next');
	return capped(date, c.text, schedules, ctx);
}

/** Nothing after today; nothing after the article's date unless the sentence schedules it. */
function capped(date: DateValue, words: string, schedules: boolean, ctx: Context): DateValue {
	const range = dayRange(date);
	if (!range) return date;
	if (range[0] > ctx.today) return unknownDate(`'${words}' would be after today (${isoDay(ctx.today)})`);
	const span = ctx.span;
	if (!schedules && span && range[0] > span[1]) {
		return unknownDate(`'${words}' is after the article's date ${ctx.refWords} and the sentence does not schedule it`);
	}
	return date;
}

function dayOf(d: Date): number {
	return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// An article's sentences are all resolved against the same date and today: the context is made once for them.
let lastContext: {ref: DateValue; today: number; ctx: Context} | null = null;

function contextFor(ref: DateValue, today: Date | undefined): Context {
	// Without a given today the clock is read each time, as before.
	if (today !== undefined && lastContext?.ref === ref && lastContext.today === today.getTime()) return lastContext.ctx;
	const ctx: Context = {ref, refWords: formatDate(ref), today: dayOf(today ?? new Date()), span: refSpan(ref)};
	if (today !== undefined) lastContext = {ref, today: today.getTime(), ctx};
	return ctx;
}

/**
 * Every date expression in one sentence, resolved against the article's date `ref` (never against the clock):
 * explicit dates ("17 January 2019", "July 2012", "in 2012", "2012's report"), month names without a year ("in
 * November", resolved backwards unless the sentence is in the future tense), weekdays ("on Wednesday"), a weekday
 * with a day and month ("Friday February 22", whose weekday must agree with the year), relative expressions ("last
 * week", "this month", "yesterday") and offsets from a date in the same sentence ("three years after the July 2012
 * report"). Expressions that cannot be dated come back with an unknown date and the reason. Sorted by start.
 */
export function findDates(sentence: string, ref: DateValue, opts: FindDatesOptions = {}): DateMatch[] {
	const ctx = contextFor(ref, opts.today);
	const {candidates, offsets} = scan(sentence);
	const out: DateMatch[] = [];
	const resolved = new Map<Candidate, DateValue>();
	for (const c of candidates) {
		const date = resolve(c, ctx);
		resolved.set(c, date);
		out.push({start: c.start, end: c.end, text: c.text, date});
	}
	for (const o of offsets) {
		const anchor = anchorOf(sentence, o, candidates);
		if (!anchor) continue;
		const base = resolved.get(anchor)!;
		const text = sentence.slice(o.start, anchor.end);
		if (base.value === null) {
			out.push({start: o.start, end: anchor.end, text, date: unknownDate(`'${text}' counts from a date that is not known: ${base.basis}`)});
			continue;
		}
		// "Three years after" is a round figure: approximate at the shift's unit, except for days.
		const date = shiftDate(base, o.shift, `'${text}', counted from ${formatDate(base)}`, {approximate: o.unit !== 'day'});
		const schedules = tenseAt(sentence, markers(sentence), o.start, anchor.end) === 'future';
		out.push({start: o.start, end: anchor.end, text, date: capped(date, text, schedules, ctx)});
	}
	return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// --- The article's own date, from the evidence in its text. ---

type Window = {lo: number; hi: number; softLo: boolean; softHi: boolean; words: string; point?: [number, number]};

const ordinals: Record<string, number> = {second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6};
const undatedOffset = new RegExp(`\\b${count}\\s+(?<unit>month|year)s?\\s+(?:after|since|on\\s+from)\\b`, 'gi');
const nthTime = new RegExp(
	`\\b(?<nth>second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))\\s+(?:[\\w'’-]+\\s+){0,4}?in\\s+(?:the\\s+(?:last|past)\\s+)?${count}\\s+(?<unit>year|month)s?\\b`,
	'gi',
);
/** A sentence about now: "has been lifted", "is", "now". Past-only sentences give a lower bound, not a point. */
const presentTense = /\b(?:has|have|is|are|now|today)\b|['’]s\s+been\b/i;
const weekdayWindow = 42; // a date written with its weekday and no year is within about six weeks of the article

/**
 * The date of an article that prints none, from evidence in its own text, or unknown. The article is not before
 * the latest past event it dates; "three years after" a dated event, "the second time in six years" after one, and
 * dates the text schedules bound it; a weekday with a day and month ("Friday February 22") counts only when the
 * other evidence leaves one year where that day is that weekday. The basis names the words used. Returns unknown
 * rather than guess: a lower bound alone ("in 2012") does not date an article.
 */
export function inferArticleDate(paragraphs: readonly string[], opts: {readonly today?: Date} = {}): DateValue {
	const today = dayOf(opts.today ?? new Date());
	const lowers: {day: number; words: string}[] = [];
	const windows: Window[] = [];
	const weekdayClues: {words: string; weekday: number; month: number; day: number; tense: Tense}[] = [];
	const anchors: {date: DateValue; words: string}[] = [];
	const loose: {n: number; unit: 'month' | 'year'; words: string; present: boolean}[] = [];

	for (const paragraph of paragraphs) {
		for (const sp of sentenceSpans(paragraph)) {
			const sentence = paragraph.slice(sp.start, sp.end);
			const {candidates, offsets} = scan(sentence);
			const present = presentTense.test(sentence);
			for (const c of candidates) {
				if (c.raw.kind === 'yearless' && c.raw.weekday !== undefined && c.raw.day !== undefined) {
					weekdayClues.push({words: c.text, weekday: c.raw.weekday, month: c.raw.month, day: c.raw.day, tense: c.tense});
				}
				if (c.raw.kind !== 'absolute') continue;
				const date = resolveAbsolute(c.raw, c.text);
				const r = dayRange(date);
				if (!r || r[0] > today) continue;
				if (c.tense === 'future') {
					// A scheduled date: the article comes before it, and most likely within the year before.
					windows.push({lo: r[1] - 366, hi: r[1], softLo: true, softHi: false, words: `'${c.text}' is still to come`});
				} else {
					lowers.push({day: r[0], words: `'${c.text}'`});
					anchors.push({date, words: c.text});
				}
			}
			const used: {start: number; end: number}[] = [];
			for (const o of offsets) {
				const anchor = anchorOf(sentence, o, candidates);
				if (!anchor || anchor.raw.kind !== 'absolute' || o.unit === 'day') continue;
				used.push(o);
				const n = o.shift.years !== undefined ? Math.abs(o.shift.years) : Math.abs(o.shift.months!);
				if (/before|earlier/i.test(o.text)) continue;
				addOffset(resolveAbsolute(anchor.raw, anchor.text), n, o.unit, `'${sentence.slice(o.start, anchor.end)}'`, present);
			}
			for (const m of sentence.matchAll(undatedOffset)) {
				if (used.some((u) => u.start === m.index)) continue;
				loose.push({n: amount(m.groups!.n!), unit: m.groups!.unit!.toLowerCase() as 'month' | 'year', words: m[0], present});
			}
			for (const m of sentence.matchAll(nthTime)) {
				const nth = ordinals[m.groups!.nth!.toLowerCase()] ?? parseInt(m.groups!.nth!, 10);
				if (!(nth >= 2)) continue;
				loose.push({n: amount(m.groups!.n!), unit: m.groups!.unit!.toLowerCase() as 'month' | 'year', words: m[0], present});
			}
		}
	}

	function addOffset(anchor: DateValue, n: number, unit: 'month' | 'year', words: string, present: boolean): void {
		const r = dayRange(anchor)!;
		const shift = (d: number, k: number) => {
			const p = dayParts(d);
			const total = p.year * 12 + p.month - 1 + (unit === 'year' ? 12 * k : k);
			const y = Math.floor(total / 12);
			const mo = total - 12 * y + 1;
			return dayNumber(y, mo, Math.min(p.day, 28));
		};
		// "Three years after" is a round figure: a unit either way, centred on the exact count.
		const point: [number, number] = [shift(r[0], n), shift(r[1], n)];
		if (present) windows.push({lo: shift(r[0], n - 1), hi: shift(r[1], n + 1), softLo: true, softHi: true, words, point});
		else lowers.push({day: shift(r[0], n - 1), words});
	}

	// "Three years after the council got a wake-up call": the anchor is the one dated past event of the article.
	const anchor = soleAnchor(anchors);
	for (const l of loose) if (anchor) addOffset(anchor.date, l.n, l.unit, `'${l.words}' counted from '${anchor.words}'`, l.present);

	let lo = Number.NEGATIVE_INFINITY;
	let loWords = '';
	for (const l of lowers) {
		if (l.day > lo) {
			lo = l.day;
			loWords = l.words;
		}
	}
	let hi = today;
	const reasons: string[] = [];
	for (const w of windows) {
		lo = Math.max(lo, w.lo);
		hi = Math.min(hi, w.hi);
		reasons.push(w.words);
	}
	let weekdayUsed = false;
	let scheduledDay: number | null = null;
	for (const clue of weekdayClues) {
		const fits: {year: number; lo: number; hi: number}[] = [];
		for (let y = 1950; y <= dayParts(today).year + 1; y++) {
			if (!validDay(y, clue.month, clue.day)) continue;
			const d = dayNumber(y, clue.month, clue.day);
			if (weekdayOf(d) !== clue.weekday) continue;
			const [a, b] = clue.tense === 'future' ? [d - weekdayWindow, d] : [d, d + weekdayWindow];
			if (a <= hi && b >= lo) fits.push({year: y, lo: Math.max(a, lo), hi: Math.min(b, hi)});
		}
		if (fits.length !== 1) continue;
		const f = fits[0]!;
		lo = f.lo;
		hi = f.hi;
		weekdayUsed = true;
		if (clue.tense === 'future') scheduledDay = dayNumber(f.year, clue.month, clue.day);
		reasons.push(`'${clue.words}' (a ${weekdays[clue.weekday]} in ${f.year}, the only such year the rest allows)`);
	}
	if (lowers.length > 0 && loWords) reasons.push(`not before ${loWords}`);
	// "Due back later this month" beside "due back on Friday February 22": the scheduled day is this month's.
	let monthGuess = false;
	const thisMonth = paragraphs.some((p) => /\b(later|earlier) this month\b/i.test(p));
	if (thisMonth && scheduledDay !== null) {
		const p = dayParts(scheduledDay);
		const start = dayNumber(p.year, p.month, 1);
		if (start <= hi && start > lo) {
			lo = start;
			monthGuess = true;
			reasons.push(`'later this month' with ${monthNamesLong[p.month - 1]} ${p.day} still to come`);
		}
	}

	if (windows.length === 0 && !weekdayUsed) {
		return unknownDate(lowers.length > 0 ? `nothing in the text fixes the date; it is not before ${isoDay(lo)} (${loWords})` : 'nothing in the text dates the article');
	}
	if (lo > hi) return unknownDate(`the evidence conflicts: ${reasons.join('; ')}`);
	const basis = `inferred: ${reasons.join('; ')}`;
	const first = dayParts(lo);
	const last = dayParts(hi);
	if (first.year === last.year) {
		// Exact only if no round-figure bound ("three years after") is what fixes an end.
		const approximate = monthGuess || windows.some((w) => (w.softLo && w.lo === lo) || (w.softHi && w.hi === hi));
		return dateFromBounds(isoDay(lo), isoDay(hi), {basis, finest: 'month', approximate});
	}
	// Across a year boundary: a round-figure estimate ("three years after") gives its year, approximately.
	const point = windows.find((w) => w.point)?.point;
	if (point) {
		const middle = Math.min(Math.max((point[0] + point[1]) / 2, lo), hi);
		return {value: String(dayParts(Math.round(middle)).year), precision: 'year', approximate: true, basis};
	}
	if (hi - lo <= 366) return {value: String(dayParts(Math.round((lo + hi) / 2)).year), precision: 'year', approximate: true, basis};
	return unknownDate(`the evidence leaves ${isoDay(lo)} to ${isoDay(hi)}: ${reasons.join('; ')}`);
}

const monthNamesLong = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The one dated event an undated "three years after" can count from: all dated mentions must agree. */
function soleAnchor(anchors: readonly {date: DateValue; words: string}[]): {date: DateValue; words: string} | null {
	if (anchors.length === 0) return null;
	const finest = [...anchors].sort((a, b) => (b.date.value?.length ?? 0) - (a.date.value?.length ?? 0))[0]!;
	return anchors.every((a) => finest.date.value!.startsWith(a.date.value!)) ? finest : null;
}
