/** The authorities a store knows, and an authority typed by a person resolved against them. */
import {resolveAuthorityQuery} from './authorities.js';
import type {StoreData} from './schema.js';

/** Thrown for a query the store cannot answer as asked (an unknown or ambiguous authority). */
export class QueryError extends Error {
	override readonly name = 'QueryError';
}

/** Resolves an authority typed by a person against the authorities this store knows. */
export function resolveAuthority(data: StoreData, query: string): string {
	const names = storeAuthorities(data);
	const r = resolveAuthorityQuery(query, names);
	if (r.ok) return r.name;
	const any = resolveAuthorityQuery(query);
	if (any.ok) return any.name;
	if (r.candidates.length > 0) throw new QueryError(`authority '${query}' is ambiguous: ${r.candidates.slice(0, 6).join(', ')}`);
	throw new QueryError(`no authority matches '${query}'`);
}

/** Every authority the store knows, from articles, events and official data. */
export function storeAuthorities(data: StoreData): string[] {
	const names = new Set<string>(data.authorities.map((a) => a.name));
	for (const a of data.articles) for (const n of a.authorities) names.add(n);
	for (const e of data.events) names.add(e.authority);
	return [...names].sort();
}
