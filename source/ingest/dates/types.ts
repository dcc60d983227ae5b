/** The shapes the date steps pass between them: a date found in a sentence, and the raw readings before resolution. */
import {type DateShift} from '../../corpus/date-value.js';
import type {DateValue} from '../../corpus/schema.js';
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

export type Tense = 'past' | 'future';
export type Lean = 'last' | 'next' | 'this';

export type Raw =
	| {kind: 'absolute'; year: number; month?: number; day?: number; weekday?: number; span?: string}
	| {kind: 'yearless'; month: number; day?: number; weekday?: number; lean?: Lean; yearShift?: number; season?: string; bound?: boolean}
	| {kind: 'weekday'; weekday: number; lean?: Lean; week?: 1 | -1}
	| {kind: 'relative'; shift: DateShift; approximate: boolean; schedules: boolean; week?: Week};

/** "last week", "this week", "later next week": a Monday-to-Sunday week counted from the article's, or the part of it before or after its day. */
export type Week = {readonly n: -1 | 0 | 1; readonly part?: 'earlier' | 'later'};

export type Candidate = {start: number; end: number; text: string; raw: Raw; tense: Tense; inQuote: boolean};

/** "three years after", waiting for the date it counts from. */
export type Offset = {start: number; end: number; text: string; shift: DateShift; unit: 'day' | 'month' | 'year'};
