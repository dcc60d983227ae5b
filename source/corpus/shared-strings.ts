/**
 * One copy of each repeated short string in the store's records.
 *
 * A store of 50,000 articles holds hundreds of thousands of quotes and events, and most of their short fields
 * repeat: a speaker, their id, how the speaker was found, a date's basis, an authority, an event's type. V8
 * keeps one copy of a string only where it is told to (JSON.parse does it for strings of up to ten characters,
 * a worker's message for none), so each record would otherwise hold its own copy. Only fields whose values
 * repeat are pooled: a pooled string that never repeats costs a map entry and saves nothing. Values are never
 * changed, only which copy of an equal string a record points at.
 */
import type {ArticleInput} from './merge.js';

/** Hands out one copy of each distinct string it is given. */
export class StringPool {
	readonly #strings = new Map<string, string>();

	/** Strings this short are given back as they are: JSON.parse keeps one copy of each already. */
	constructor(readonly shortest = 0) {}

	share<T>(value: T): T {
		if (typeof value !== 'string' || value.length < this.shortest) return value;
		const had = this.#strings.get(value);
		if (had !== undefined) return had as T;
		this.#strings.set(value, value);
		return value;
	}
}

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Pools the named string fields of `record` (an object; anything else is left alone). */
function shareFields(record: unknown, keys: readonly string[], pool: StringPool): void {
	if (!isObject(record)) return;
	for (const key of keys) if (typeof record[key] === 'string') record[key] = pool.share(record[key]);
}

/** Pools the strings of a list of strings, in place. */
function shareList(list: unknown, pool: StringPool): void {
	if (!Array.isArray(list)) return;
	for (let i = 0; i < list.length; i++) list[i] = pool.share(list[i]);
}

function shareEach(list: unknown, share: (item: unknown) => void): void {
	if (Array.isArray(list)) for (const item of list) share(item);
}

const dateKeys = ['value', 'precision', 'basis'] as const;

function sharePerson(p: unknown, pool: StringPool): void {
	if (!isObject(p)) return;
	shareFields(p, ['name', 'party'], pool);
	shareList(p['titles'], pool);
	shareList(p['roles'], pool);
}

function shareEventParts(e: Loose, pool: StringPool): void {
	shareFields(e, ['authority', 'type', 'rating', 'status', 'inspectorate', 'service', 'origin', 'articleId'], pool);
	shareFields(e['date'], dateKeys, pool);
	shareFields(e['evidence'], ['cue'], pool);
	shareEach(e['participants'], (p) => shareFields(p, ['name', 'role'], pool));
	shareEach(e['sources'], (s) => shareFields(s, ['articleId'], pool));
}

/** Pools the repeated fields of one record of the store's collection `collection` (as read from the file). */
export function shareRecordStrings(collection: string, record: unknown, pool: StringPool): void {
	if (!isObject(record)) return;
	switch (collection) {
		case 'articles': {
			// Never `raw`: it may be read from the file on access (text-in-file.ts), and never repeats.
			shareFields(record, ['titleSource', 'source', 'origin'], pool);
			shareFields(record['published'], dateKeys, pool);
			shareFields(record['readReport'], ['encoding'], pool);
			shareList(record['authorities'], pool);
			shareEach(record['people'], (p) => sharePerson(p, pool));
			shareEach(record['furniture'], (f) => shareFields(f, ['kind'], pool));
			return;
		}
		case 'quotes': {
			shareFields(record, ['articleId', 'speaker', 'speakerId', 'origin'], pool);
			shareFields(record['date'], dateKeys, pool);
			shareFields(record['attribution'], ['kind', 'cue'], pool);
			return;
		}
		case 'events': {
			shareEventParts(record, pool);
			return;
		}
		case 'people': {
			sharePerson(record, pool);
			shareFields(record, ['origin'], pool);
			shareList(record['authorities'], pool);
			shareList(record['articleIds'], pool);
			return;
		}
		default:
	}
}

/** Pools the repeated fields of what extraction gave for one article, before it is merged into the store. */
export function shareInputStrings(input: ArticleInput, pool: StringPool): void {
	const x = input.extracted;
	const loose = x as unknown as Loose;
	shareFields(input.readReport, ['encoding'], pool);
	shareFields(loose, ['titleSource', 'source'], pool);
	shareFields(x.published, dateKeys, pool);
	shareList(x.authorities, pool);
	shareEach(x.people, (p) => sharePerson(p, pool));
	shareEach(x.furniture, (f) => shareFields(f, ['kind'], pool));
	shareEach(x.quotes, (q) => {
		shareFields(q, ['speaker'], pool);
		shareFields((q as Loose)['attribution'], ['kind', 'cue'], pool);
	});
	shareEach(x.events, (e) => shareEventParts(e as unknown as Loose, pool));
}

const wide = /[^\x00-\xff]/;

/**
 * Gives every string under `value` (plain objects and arrays, walked in place) that holds only Latin-1 characters
 * a one-byte copy. V8 keeps a piece cut from a text with wider characters (a curly quote, a dash) in two bytes a
 * character whatever it holds, and a worker's message keeps it so: a third of a news corpus's articles have such
 * characters, and their paragraphs, quotes and names would take twice the memory a read store gives them.
 * Values are unchanged, only how they are held.
 */
export function compactStrings(value: unknown): void {
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const item: unknown = value[i];
			if (typeof item === 'string') value[i] = oneByte(item);
			else compactStrings(item);
		}
	} else if (isObject(value)) {
		for (const key of Object.keys(value)) {
			const item = value[key];
			if (typeof item === 'string') value[key] = oneByte(item);
			else compactStrings(item);
		}
	}
}

function oneByte(s: string): string {
	return s.length === 0 || wide.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1');
}

/** Whether a text has characters beyond Latin-1, and so what is cut from it may be held in two bytes a character. */
export function hasWideCharacters(text: string): boolean {
	return wide.test(text);
}

/**
 * Makes each quote's text and each event's evidence sentence a slice of the paragraph it was found in, where it is
 * one (it always is for what extraction gives today): V8 keeps a slice as a pointer into its paragraph, which the
 * article holds anyway, where a worker's answer brings a copy of every character. Values are unchanged.
 */
export function sliceFromParagraphs(input: ArticleInput): void {
	const {paragraphs, quotes, events} = input.extracted;
	const slice = (text: string, paragraph: number): string => {
		// Paragraphs are numbered from 1.
		const from = paragraphs[paragraph - 1];
		const at = from === undefined ? -1 : from.indexOf(text);
		return at < 0 ? text : from!.slice(at, at + text.length);
	};
	for (const q of quotes) (q as {text: string}).text = slice(q.text, q.paragraph);
	for (const e of events) if (e.evidence) (e.evidence as {sentence: string}).sentence = slice(e.evidence.sentence, e.paragraph);
}
