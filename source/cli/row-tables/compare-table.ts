/**
 * `compare A B` from a table beside the store (`<store>.lists/compare.*`): each authority's side of a comparison
 * (`compareSide`) and what each of its rows cites (`sideCitations`), a row an authority, made from the store
 * file alone. A side is the same whatever the other side is, so a call reads its two rows and puts them together
 * as the command does. A side whose lines the curated file changes is made again from the authority's records
 * beside the tables (authority-lines.ts), its people, articles and quotes (which no curated record changes) kept.
 */
import {citer, type Citation} from '../../corpus/citation.js';
import {compareRows, compareSide, defaultPair, joinSide, reportCounts, sideOfLines, type CompareSide} from '../../corpus/compare.js';
import {timeline} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {storeAuthorities} from '../../corpus/store-authorities.js';
import {storePath, type Context} from '../context.js';
import {citedRows, sideCitations} from '../compare-citations.js';
import {touchedStore} from './authority-lines.js';
import type {Curated} from './list-tables.js';
import {RowTable, TableWriter} from '../../corpus/records/row-table-file.js';
import {compareTable, savedDefaultPair, type CompareIndex, type SavedSide} from '../../corpus/records/saved-compare.js';


/** Saves every authority's side, from `extracted` (the store file's data alone). Throws if it cannot. */
export function saveCompareTable(store: string, extracted: StoreData, key: string, stillCurrent: () => boolean, afterSide?: () => void): void {
	const writer = new TableWriter(store, compareTable, ['side'], afterSide);
	try {
		const names = storeAuthorities(extracted);
		const cite = citer(extracted);
		for (const name of names) {
			const lines = timeline(extracted, {authorities: [name]});
			const side = compareSide(extracted, name, {lines});
			writer.add([JSON.stringify({side, citations: [...sideCitations(cite, side, lines)]} satisfies SavedSide)]);
		}

		if (!stillCurrent()) throw new Error('the store changed while its tables were made');
		writer.finish(key, {names, pair: defaultPair(extracted), counts: [...reportCounts(extracted.events)]} satisfies CompareIndex);
	} catch (error) {
		writer.abandon();
		throw error;
	}
}

/**
 * Prints `compare` from its table: true if printed, false (nothing printed) if the table cannot answer the call,
 * null if it (or the records beside it) is damaged or made before it kept what the call needs. Throws as the command would for an authority no name matches. A side whose lines the
 * curated file changes is made by the command's own functions from the authority's records beside the tables
 * (authority-lines.ts), with the parts no curated record changes (people, articles, quotes) from its row.
 */
export async function printCompareFromTable(ctx: Context, table: RowTable, curated: Curated, resolve: (query: string) => string, key: string): Promise<boolean | null> {
	const index = table.data as CompareIndex;
	const touched = curated.touched;
	// The table holds each side for its latest episode: another episode is worked out from the store.
	if (touched === 'all' || ctx.flags.episode !== undefined) return false;
	const store = storePath(ctx);
	let mini: StoreData | 'missing' | null = null;
	const storeFor = (names: Iterable<string>) => touchedStore(store, key, index.names, curated, names);
	let pair: readonly string[] | null;
	if (ctx.args.length === 2) pair = [resolve(ctx.args[0]!), resolve(ctx.args[1]!)];
	else if (ctx.args.length !== 0) return false;
	else {
		// The default pair counts the curated events too: the touched authorities' counts are made again.
		const saved = savedDefaultPair(index, curated, storeFor);
		if (saved === 'missing') return null;
		if (saved === 'cannot') return false;
		pair = saved.pair;
		mini = saved.mini ?? null;
	}

	if (!pair) return false;
	const rows = pair.map((name) => index.names.indexOf(name));
	if (rows.some((r) => r < 0)) return false;
	const distinct = [...new Set(rows)].sort((a, b) => a - b);
	const pieces = table.read('side', distinct);
	if (!pieces) return null;
	const byRow = new Map(distinct.map((r, i) => [r, JSON.parse(pieces[i]!.toString('utf8')) as SavedSide]));
	const sides: Array<{side: CompareSide; citations: ReadonlyMap<string, Citation[]>}> = [];
	for (const [i, name] of pair.entries()) {
		const saved = byRow.get(rows[i]!)!;
		if (!touched.has(name)) {
			sides.push({side: saved.side, citations: new Map(saved.citations)});
			continue;
		}

		mini ??= storeFor(pair.filter((n) => touched.has(n)));
		if (mini === 'missing') return null;
		if (!mini) return false;
		const lines = timeline(mini, {authorities: [name]});
		const side = joinSide(name, sideOfLines(name, lines), saved.side);
		sides.push({side, citations: sideCitations(citer(mini), side, lines)});
	}

	const [left, right] = sides;
	const {printCompare} = await import('../commands/compare.js');
	printCompare(ctx, left!.side, right!.side, citedRows(compareRows(left!.side, right!.side), left!.citations, right!.citations));
	return true;
}
