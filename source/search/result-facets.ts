/**
 * The columns search results can be counted by (corpus/frequency.ts): kind, speaker, year and authority, each
 * read from the record a result stands for. The same for the search view's rows and `scrutiny search` hits.
 */
import {yearOf} from '../corpus/frequency-facets.js';
import type {Facet, FacetValue} from '../corpus/frequency.js';
import {findArticle, findEvent, findPerson, findQuote} from '../corpus/lookups.js';
import type {StoreData} from '../corpus/schema.js';
import type {SearchKind} from './search.js';

/** What a result must say to be counted: the search view's rows and the CLI's hits both do. */
type Result = {readonly kind: SearchKind; readonly id: string; readonly articleId?: string};

function yearOfResult(data: StoreData, r: Result): string | null {
	switch (r.kind) {
		case 'quote': {
			const q = findQuote(data, r.id);
			return q ? yearOf(q.date) : null;
		}
		case 'article': {
			const a = findArticle(data, r.id);
			return a ? yearOf(a.published) : null;
		}
		case 'event': {
			const e = findEvent(data, r.id);
			return e ? yearOf(e.date) : null;
		}
		default:
			return null;
	}
}

function authoritiesOfResult(data: StoreData, r: Result): readonly string[] | string | null {
	switch (r.kind) {
		case 'quote':
			return findArticle(data, findQuote(data, r.id)?.articleId ?? r.articleId ?? '')?.authorities ?? null;
		case 'article':
			return findArticle(data, r.id)?.authorities ?? null;
		case 'event':
			return findEvent(data, r.id)?.authority ?? null;
		case 'person':
			return findPerson(data, r.id)?.authorities ?? null;
	}
}

export function resultFacets<R extends Result>(data: StoreData): readonly Facet<R>[] {
	return facetsOf<R>({
		speaker: (r) => (r.kind === 'quote' ? (findQuote(data, r.id)?.speaker ?? null) : null),
		year: (r) => yearOfResult(data, r),
		authorities: (r) => authoritiesOfResult(data, r),
	});
}

/** What the columns but `kind` read for a result: the search documents saved beside the store keep it (cli-hits.ts). */
export type ResultValues<R> = {readonly speaker: (r: R) => string | null; readonly year: (r: R) => string | null; readonly authorities: (r: R) => FacetValue};

/** The columns, each reading its value as `values` says: from the store, or as saved with a document. */
export function facetsOf<R extends Result>(values: ResultValues<R>): readonly Facet<R>[] {
	return [
		{name: 'kind', missing: 'unknown', unit: 'results', values: (r) => r.kind},
		{name: 'speaker', missing: 'no speaker', unit: 'results', values: values.speaker},
		{name: 'year', missing: 'undated', unit: 'results', values: values.year},
		{name: 'authority', missing: 'unknown', unit: 'results', values: values.authorities},
	];
}
