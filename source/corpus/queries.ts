/**
 * Questions asked of the store, answered in CONTRACT.md's shapes. The CLI, the UI and the tests all call these;
 * none of them reads the store's collections directly for an answer.
 */
import {authorityId} from './authorities.js';
import {compareDates} from './date-value.js';
import {otherPrintings, storeQuoteCopies, type Printing} from './copies.js';
import {articleQuoteTally, speakerQuoteTally, storeQuoteTally} from './counts.js';
import type {Article, DateValue, EventStatus, EventType, InspectedService, Origin, Person, Quote, SourceRef, StoreData} from './schema.js';

/** `quotes` leaves fragments out; `fragments` counts them (counts.ts defines both). */
export type ArticleView = {
	id: string;
	file: string;
	title: string;
	published: DateValue;
	authorities: string[];
	paragraphs: number;
	quotes: number;
	fragments: number;
	/** The publication, byline and canonical URL, where the file stated them (null otherwise). */
	source: string | null;
	byline: string | null;
	url: string | null;
	/** Ids of the same day's articles with nearly the same words (the story as other titles printed it). */
	copies: string[];
	/** The other printings of the story (its whole copy group, copies.ts), with their titles and dates. */
	alsoIn: Printing[];
};
/** `alsoIn`: the other titles that printed the quote (copies.ts); absent when it was printed once. */
export type QuoteView = {id: string; articleId: string; paragraph: number; text: string; speaker: string | null; fragment: boolean; date: DateValue; attribution?: Quote['attribution']; alsoIn?: readonly Printing[]};
export type PersonView = {id: string; name: string; titles: string[]; roles: string[]; party: string | null; authorities: string[]; quotes: number; fragments: number};
export type EventView = {
	id: string;
	date: DateValue;
	authority: string;
	type: EventType;
	rating?: string;
	summary: string;
	articleId?: string;
	paragraph?: number;
	sources: SourceRef[];
	origin: Origin;
	/** Ids of the store records this line stands for (several reports of one event). */
	merged?: string[];
	participants?: {name: string; role: 'by' | 'about'}[];
	/** For an official judgement without a grade: the rating the press reported for it. */
	reportedRating?: string;
	hidden?: boolean;
	/** Absent: it happened. Planned, proposed and refused events are shown as such and never count as a response. */
	status?: EventStatus;
	/** On a judgement: who inspected, and what (absent: Ofsted, the council's children's services). */
	inspectorate?: string;
	service?: InspectedService;
	/** On an official judgement: the report's address (the CSV's inspection_link) and the framework it was made under. */
	link?: string;
	framework?: string;
	/** For an extracted event: the sentence it was read from and the words that typed it. */
	evidence?: {sentence: string; cue: string};
};

export {QueryError, resolveAuthority, storeAuthorities} from './store-authorities.js';

export function articleView(data: StoreData, a: Article): ArticleView {
	// A look-up made once per store: counting by a scan of every quote for each article was minutes at 10,000 articles.
	const tally = articleQuoteTally(data, a.id);
	return {
		id: a.id,
		file: a.file,
		title: a.title,
		published: a.published,
		authorities: a.authorities,
		paragraphs: a.paragraphs.length,
		quotes: tally.quotes,
		fragments: tally.fragments,
		source: a.source,
		byline: a.byline ?? null,
		url: a.url ?? null,
		copies: a.copies ?? [],
		alsoIn: otherPrintings(data, a.id),
	};
}

export function listArticles(data: StoreData, opts: {authority?: string} = {}): ArticleView[] {
	const auth = opts.authority ? resolveAuthority(data, opts.authority) : null;
	return data.articles
		.filter((a) => !auth || a.authorities.includes(auth))
		.sort((a, b) => compareDates(a.published, b.published) || a.file.localeCompare(b.file))
		.map((a) => articleView(data, a));
}

/** A quote in CONTRACT.md's shape; with `alsoIn` when other titles printed it too. */
export function quoteView(q: Quote, alsoIn?: readonly Printing[]): QuoteView {
	return {id: q.id, articleId: q.articleId, paragraph: q.paragraph, text: q.text, speaker: q.speaker, fragment: q.fragment, date: q.date, ...(q.attribution ? {attribution: q.attribution} : {}), ...(alsoIn?.length ? {alsoIn} : {})};
}

/**
 * Quotes as every list shows them: a quote printed in several titles once, with the other printings (copies.ts).
 * A repeat is left out where the quote it repeats is in the list; where a filter left that one out (another
 * authority's article), the repeat stands in for it. `copies: true` keeps every printing (an article's quotes).
 */
export function countedQuoteViews(data: StoreData, quotes: readonly Quote[], opts: {copies?: boolean | undefined} = {}): QuoteView[] {
	const {repeatOf, alsoIn} = storeQuoteCopies(data);
	if (repeatOf.size === 0) return quotes.map((q) => quoteView(q));
	const listed = new Set(quotes.map((q) => q.id));
	return quotes.filter((q) => opts.copies || !listed.has(repeatOf.get(q.id) ?? '')).map((q) => quoteView(q, alsoIn.get(q.id)));
}

/** Speaker names match case-insensitively on any part: "blackburn", "Simon Blackburn". */
export function speakerMatches(speaker: string | null, query: string): boolean {
	if (!speaker) return false;
	const q = query.trim().toLowerCase();
	const s = speaker.toLowerCase();
	return s === q || s.split(/\s+/).some((w) => w === q) || s.includes(q);
}

/** Quotes oldest first, each printed quote once (`copies: true`: every printing). */
export function listQuotes(data: StoreData, opts: {speaker?: string; authority?: string; fragments?: boolean; copies?: boolean} = {}): QuoteView[] {
	const auth = opts.authority ? resolveAuthority(data, opts.authority) : null;
	const articles = new Map(data.articles.map((a) => [a.id, a]));
	const quotes = data.quotes
		.filter((q) => opts.fragments !== false || !q.fragment)
		.filter((q) => !opts.speaker || speakerMatches(q.speaker, opts.speaker))
		.filter((q) => !auth || (articles.get(q.articleId)?.authorities.includes(auth) ?? false));
	return countedQuoteViews(data, inQuoteOrder(quotes), {copies: opts.copies});
}

/** Quotes in the order every list of them is in: oldest first, then by article and paragraph (sorted in place). */
export function inQuoteOrder<Q extends Pick<Quote, 'date' | 'articleId' | 'paragraph'>>(quotes: Q[]): Q[] {
	return quotes.sort((a, b) => compareDates(a.date, b.date) || a.articleId.localeCompare(b.articleId) || a.paragraph - b.paragraph);
}

export function personView(data: StoreData, p: Person): PersonView {
	return {
		id: p.id,
		name: p.name,
		titles: p.titles,
		roles: p.roles,
		party: p.party,
		authorities: p.authorities,
		quotes: speakerQuoteTally(data, p.id).quotes,
		fragments: speakerQuoteTally(data, p.id).fragments,
	};
}

export function listPeople(data: StoreData, opts: {authority?: string} = {}): PersonView[] {
	const auth = opts.authority ? resolveAuthority(data, opts.authority) : null;
	return data.people
		.filter((p) => !auth || p.authorities.includes(auth))
		.map((p) => personView(data, p))
		.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

import {resolveAuthority, storeAuthorities} from './store-authorities.js';
import {timeline} from './timeline.js';

export {timeline, type TimelineOptions} from './timeline.js';

export function articleById(data: StoreData, id: string): Article | undefined {
	return data.articles.find((a) => a.id === id);
}

/** `events` are timeline lines and `quotes` leave fragments out, counted apart (counts.ts). */
export type CorpusSummary = {name: string; articles: number; authorities: number; quotes: number; fragments?: number; events: number; people: number};

/** The corpus's counts; `lines` when the caller has the timeline already (it is the costly part). */
export function summary(data: StoreData, lines: readonly EventView[] = timeline(data)): CorpusSummary {
	const tally = storeQuoteTally(data);
	return {
		name: data.name,
		articles: data.articles.length,
		authorities: storeAuthorities(data).length,
		quotes: tally.quotes,
		fragments: tally.fragments,
		events: lines.length,
		people: data.people.length,
	};
}

export {authorityId};
