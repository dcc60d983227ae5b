/** Scanning a sentence for date candidates with our patterns, offsets waiting for their anchor, and chrono-node as the fallback for absolute dates in forms the patterns miss. */
import * as chrono from 'chrono-node';
import {type DateShift} from '../../corpus/date-value.js';
import {type Clue, amount, clues, offsetPattern, patterns} from './patterns.js';
import {type Break, type Marker, clauseBreaks, insideQuotes, markers, tenseAt} from './tense.js';
import type {Candidate, Offset, Raw, Tense} from './types.js';
import {matchesIn} from '../text.js';

export type Scan = {readonly candidates: readonly Candidate[]; readonly offsets: readonly Offset[]};

// An undated article's sentences are scanned for its date and again for its events: answers are kept for the
// article (callers only read them), and forgotten before the next, whose sentences are its own.
const scanned = new Map<string, Scan>();
export function forgetScans(): void {
	scanned.clear();
}

/** The date expressions of one sentence before resolution, longest first where they overlap. */
export function scan(sentence: string): Scan {
	let known = scanned.get(sentence);
	if (!known) {
		if (scanned.size >= 1024) scanned.clear();
		scanned.set(sentence, (known = scanSentence(sentence)));
	}
	return known;
}

/**
 * In any case, every word and number that a pattern's clues, chrono's pre-check (chronoCouldAdd) or the offsets
 * need: a sentence without one has no date, and most sentences are spared the clues' tests one by one.
 */
export const anyClue = /\d\d\d|\d\s{0,2}(?:BE|AD|BC|CE)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|night|morning|afternoon|evening|spring|summer|autumn|winter|ago|tomorrow|Christmas|end of the/i;

// Each distinct test the patterns need (a clue, or a pattern's own), and each pattern's needs as indices into the
// list: a sentence's answers are kept in a small array cleared per sentence, not in a map made for each sentence.
const clueTests: RegExp[] = [];
const clueIndex = (c: Clue | RegExp): number => {
	const re = typeof c === 'string' ? clues[c] : c;
	const i = clueTests.indexOf(re);
	return i >= 0 ? i : clueTests.push(re) - 1;
};
const patternNeeds: readonly (readonly number[])[] = patterns.map((p) => p.needs.map(clueIndex));
const unitClue = clueIndex('unit');
/** Per test, for the sentence being scanned: 0 not yet asked, 1 passed, 2 failed. */
const clueAnswers = new Uint8Array(clueTests.length);

function scanSentence(sentence: string): Scan {
	if (!anyClue.test(sentence)) return {candidates: [], offsets: []};
	const found: Omit<Candidate, 'tense' | 'inQuote'>[] = [];
	clueAnswers.fill(0);
	// (Each test run at most once per sentence, in the order the patterns first ask it, as before.)
	const has = (i: number): boolean => {
		let v = clueAnswers[i]!;
		if (v === 0) clueAnswers[i] = v = clueTests[i]!.test(sentence) ? 1 : 2;
		return v === 1;
	};
	for (const [i, p] of patterns.entries()) {
		if (!patternNeeds[i]!.every(has)) continue;
		for (const m of matchesIn(p.re, sentence)) {
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
	if (kept.length > 0) {
		const quoted = insideQuotes(sentence, kept.map((k) => k.start));
		const tenses = new SentenceTenses(sentence);
		candidates = kept.map((k, i) => new FoundDate(k.start, k.end, k.text, k.raw, quoted[i]!, tenses));
	}

	const offsets: Offset[] = [];
	if (!has(unitClue)) return {candidates, offsets};
	for (const m of matchesIn(offsetPattern, sentence)) {
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

/**
 * A sentence's tense markers and clause breaks, read the first time one of its dates is asked its tense: most dates
 * (a year, a month and year) resolve without it, and the markers are the costliest part of a sentence's scan.
 */
class SentenceTenses {
	#marks: Marker[] | null = null;
	#breaks: Break[] | null = null;
	constructor(readonly sentence: string) {}
	at(start: number, end: number, day: boolean): Tense {
		this.#marks ??= markers(this.sentence);
		this.#breaks ??= clauseBreaks(this.sentence);
		return tenseAt(this.sentence, this.#marks, start, end, this.#breaks, day);
	}
}

/** A date candidate whose tense is worked out when first asked (the same answer as working it out at once). */
class FoundDate implements Candidate {
	#tense: Tense | null = null;
	constructor(
		readonly start: number,
		readonly end: number,
		readonly text: string,
		readonly raw: Raw,
		readonly inQuote: boolean,
		private readonly tenses: SentenceTenses,
	) {}
	get tense(): Tense {
		return (this.#tense ??= this.tenses.at(this.start, this.end, this.raw.kind === 'weekday'));
	}
}

/** The candidate an offset counts from: a date a few plain words after "after" ("after the July 2012 report"). */
export function anchorOf(sentence: string, offset: {end: number}, candidates: readonly Candidate[]): Candidate | undefined {
	return candidates.find((c) => c.start >= offset.end && /^(?:[\w'’-]+\s+){0,4}$/.test(sentence.slice(offset.end, c.start)));
}

/** A year chrono may give without four digits: with an era, or counted back hundreds of years (see below). */
export const shortYear = /\d\s{0,2}(?:BE|AD|BC|CE)|\d\d\d(?:\.\d+)?\s{0,3}y/i;

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
export function chronoCouldAdd(sentence: string, ours: readonly {start: number; end: number}[]): boolean {
	if (shortYear.test(sentence)) return true;
	for (const m of matchesIn(/\d{4,}/g, sentence)) {
		const end = m.index + m[0].length;
		if (!ours.some((k) => k.start <= m.index && end <= k.end)) return true;
	}
	return false;
}

/** Absolute dates in forms our patterns miss, from chrono, only where it is certain of year and month. */
export function chronoAbsolutes(sentence: string): Omit<Candidate, 'tense' | 'inQuote'>[] {
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
		out.push({start: r.index, end: r.index + r.text.length, text: r.text, raw: d === null ? {kind: 'absolute', year: y, month: mo} : {kind: 'absolute', year: y, month: mo, day: d}});
	}
	return out;
}

/** What a sentence's dates are resolved against; `span` is refSpan(ref), worked out once. */
