/**
 * The columns each list can be counted by (corpus/frequency.ts): events by type, authority, year and origin;
 * quotes by speaker, party, year, authority and kind; people by party and authority (or their quotes by
 * party); articles by year, authority and publication. The CLI's `--freq` choices and the UI's chooser are
 * these names.
 */
import {findArticle, findPerson, findQuote} from './lookups.js';
import type {ArticleView, EventView, PersonView, QuoteView} from './queries.js';
import type {DateValue, StoreData} from './schema.js';
import type {Facet} from './frequency.js';

/** The year a date falls in, whatever its precision; null when undated. */
export function yearOf(date: DateValue): string | null {
	return date.value ? date.value.slice(0, 4) : null;
}

export const eventFacets: readonly Facet<EventView>[] = [
	{name: 'type', missing: 'unknown', unit: 'events', values: (e) => e.type},
	{name: 'authority', missing: 'unknown', unit: 'events', values: (e) => e.authority},
	{name: 'year', missing: 'undated', unit: 'events', values: (e) => yearOf(e.date)},
	{name: 'origin', missing: 'unknown', unit: 'events', values: (e) => e.origin},
	// Planned, proposed and refused events are not responses that happened: a count should be able to say so.
	{name: 'status', missing: 'happened', unit: 'events', values: (e) => e.status ?? null},
];

/** The party of a quote's speaker, where the store names the speaker as a person with a party. */
function partyOfQuote(data: StoreData, quoteId: string): string | null {
	const speakerId = findQuote(data, quoteId)?.speakerId;
	return speakerId ? (findPerson(data, speakerId)?.party ?? null) : null;
}

/**
 * The quotes list holds short phrases (fragments) as well as quotes, and every count of it includes them; the
 * people list's quotes leave them out. Each says which in its count column, so two tables never differ unexplained.
 */
const withPhrases = {unit: 'quotes and phrases', counted: 'quotes and phrases'} as const;

export function quoteFacets(data: StoreData): readonly Facet<QuoteView>[] {
	return [
		{name: 'speaker', missing: 'unattributed', ...withPhrases, values: (q) => q.speaker},
		{name: 'party', missing: 'no party', ...withPhrases, values: (q) => partyOfQuote(data, q.id)},
		{name: 'year', missing: 'undated', ...withPhrases, values: (q) => yearOf(q.date)},
		{name: 'authority', missing: 'unknown', ...withPhrases, values: (q) => findArticle(data, q.articleId)?.authorities ?? null},
		{name: 'kind', missing: 'quote', ...withPhrases, values: (q) => (q.fragment ? 'phrase' : 'quote')},
	];
}

export const personFacets: readonly Facet<PersonView>[] = [
	{name: 'party', missing: 'no party', unit: 'people', values: (p) => p.party},
	{name: 'authority', missing: 'unknown', unit: 'people', values: (p) => p.authorities},
	// Quotes per party from the people list: each person counts for their quotes (fragments left out, as there).
	{name: 'quotes-by-party', label: 'party', missing: 'no party', unit: 'quotes (phrases left out)', counted: 'quotes (phrases left out)', values: (p) => p.party, weight: (p) => p.quotes},
];

export const articleFacets: readonly Facet<ArticleView>[] = [
	{name: 'year', missing: 'undated', unit: 'articles', values: (a) => yearOf(a.published)},
	{name: 'authority', missing: 'unknown', unit: 'articles', values: (a) => a.authorities},
	{name: 'publication', missing: 'unknown', unit: 'articles', values: (a) => a.source},
];
