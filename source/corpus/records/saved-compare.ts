/**
 * The comparison from the tables beside the store (`<store>.lists/compare.*`, made by the list commands' tables):
 * each authority's side as the store file alone gives it, and the pair shown when none is asked for. A side's
 * part that curated records can change (what its timeline lines give) is made again from the authority's records
 * (authority-records.ts) merged with the curated file; the rest (people, articles, quotes) is the saved side's.
 * `compare` prints from these, and the UI draws the comparison from them while it reads the store.
 */
import type {Citation} from '../citation.js';
import {pairOf, reportCounts, type CompareSide, type SideOfStore} from '../compare.js';
import {timeline, type EventView} from '../queries.js';
import type {StoreData} from '../schema.js';
import {authoritiesStore, type Curated} from './authority-records.js';
import {curatedNow} from './curated-now.js';
import {RowTable, tableKey} from './row-table-file.js';

export const compareTable = 'compare';

/** `counts`: the reports by authority the default pair is ranked by (`reportCounts`), of the store file alone. */
export type CompareIndex = {readonly names: readonly string[]; readonly pair: readonly [string, string] | null; readonly counts?: ReadonlyArray<[string, number]>};
export type SavedSide = {readonly side: CompareSide; readonly citations: ReadonlyArray<[string, Citation[]]>};

/** The store the lines of some authorities are made from (authoritiesStore's, or touchedStore's). */
type StoreFor = (names: Iterable<string>) => StoreData | 'missing' | null;

/**
 * The pair compared when none is asked for: the store file's, or where the curated file touches authorities,
 * the pair their reports counted again give (with the store those lines were made from, `mini`). `missing` when a
 * table cannot give it, `cannot` when it cannot be told from the tables.
 */
export function savedDefaultPair(index: CompareIndex, curated: Curated, storeFor: StoreFor): {pair: readonly [string, string] | null; mini?: StoreData} | 'missing' | 'cannot' {
	const touched = curated.touched;
	if (touched === 'all') return 'cannot';
	if (touched.size === 0) return {pair: index.pair};
	if (!index.counts) return 'missing';
	const mini = storeFor(touched);
	if (mini === 'missing') return 'missing';
	if (!mini) return 'cannot';
	const counts = new Map(index.counts.filter(([name]) => !touched.has(name)));
	for (const [name, n] of reportCounts(mini.events)) if (touched.has(name)) counts.set(name, n);
	// Authorities with as many reports are ranked by name: two names the locale calls equal keep the store's order.
	const ranked = [...counts.keys()].sort((a, b) => a.localeCompare(b));
	if (ranked.some((a, i) => i > 0 && ranked[i - 1]!.localeCompare(a) === 0)) return 'cannot';
	return {pair: pairOf(counts), mini};
}

/** A side as the UI reads it: the authority's timeline lines and the side's part no curated record changes. */
export type SavedSideParts = {readonly lines: readonly EventView[]; readonly stored: SideOfStore};

export type SavedCompare = {
	/** The pair compared when none is asked for (null: the store has none). */
	readonly pair: readonly [string, string] | null;
	/** An authority's side, by its name as the store has it; null if the tables cannot give it. */
	readonly side: (name: string) => SavedSideParts | null;
};

/** The comparison of the store file as it is now, with its curated file; null if the tables cannot give it. */
export async function savedCompare(store: string): Promise<SavedCompare | null> {
	const key = tableKey(store);
	const table = key === null ? null : RowTable.open(store, compareTable, key);
	if (!table) return null;
	const curated = await curatedNow(store, key!, true);
	if (!curated) return null;
	const index = table.data as CompareIndex;
	const storeFor: StoreFor = (names) => authoritiesStore(store, key!, index.names, curated, names);
	const pair = savedDefaultPair(index, curated, storeFor);
	if (typeof pair === 'string') return null;
	const sides = new Map<string, SavedSideParts | null>();
	const sideOf = (name: string): SavedSideParts | null => {
		const row = index.names.indexOf(name);
		const piece = row < 0 ? null : table.read('side', [row])?.[0];
		const mini = piece ? storeFor([name]) : null;
		if (!piece || !mini || mini === 'missing') return null;
		const {side} = JSON.parse(piece.toString('utf8')) as SavedSide;
		const stored: SideOfStore = {people: side.people, mostQuoted: side.mostQuoted, articles: side.articles, quotes: side.quotes, fragments: side.fragments};
		return {lines: timeline(mini, {authorities: [name]}), stored};
	};
	return {
		pair: pair.pair,
		side(name) {
			if (!sides.has(name)) sides.set(name, sideOf(name));
			return sides.get(name)!;
		},
	};
}
