/**
 * `compare A B` from a table beside the store (`<store>.lists/compare.*`): each authority's side of a comparison
 * (`compareSide`) and what each of its rows cites (`sideCitations`), a row an authority, made from the store
 * file alone. A side is the same whatever the other side is, so a call reads its two rows and puts them together
 * as the command does. A side whose lines the curated file changes is worked out from the store by the command.
 */
import {citer, type Citation} from '../../corpus/citation.js';
import {compareRows, compareSide, defaultPair, type CompareSide} from '../../corpus/compare.js';
import {timeline} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {storeAuthorities} from '../../corpus/store-authorities.js';
import type {Context} from '../context.js';
import {citedRows, sideCitations} from '../compare-citations.js';
import type {Curated} from './list-tables.js';
import {RowTable, TableWriter} from './row-table-file.js';

type CompareIndex = {readonly names: readonly string[]; readonly pair: readonly [string, string] | null};
type SavedSide = {readonly side: CompareSide; readonly citations: ReadonlyArray<[string, Citation[]]>};

/** Saves every authority's side, from `extracted` (the store file's data alone). Throws if it cannot. */
export function saveCompareTable(store: string, extracted: StoreData, key: string, stillCurrent: () => boolean): void {
	const writer = new TableWriter(store, 'compare', ['side']);
	try {
		const names = storeAuthorities(extracted);
		const cite = citer(extracted);
		for (const name of names) {
			const lines = timeline(extracted, {authorities: [name]});
			const side = compareSide(extracted, name, {lines});
			writer.add([JSON.stringify({side, citations: [...sideCitations(cite, side, lines)]} satisfies SavedSide)]);
		}

		if (!stillCurrent()) throw new Error('the store changed while its tables were made');
		writer.finish(key, {names, pair: defaultPair(extracted)} satisfies CompareIndex);
	} catch (error) {
		writer.abandon();
		throw error;
	}
}

/**
 * Prints `compare` from its table: true if printed, false (nothing printed) if the table cannot answer the call,
 * null if it is damaged. Throws as the command would for an authority no name matches.
 */
export async function printCompareFromTable(ctx: Context, table: RowTable, curated: Curated, resolve: (query: string) => string): Promise<boolean | null> {
	const index = table.data as CompareIndex;
	const touched = curated.touched;
	if (touched === 'all') return false;
	let pair: readonly string[];
	if (ctx.args.length === 2) pair = [resolve(ctx.args[0]!), resolve(ctx.args[1]!)];
	// The default pair counts the curated events too: the table's is the store file's alone.
	else if (ctx.args.length === 0 && index.pair && touched.size === 0 && curated.authorities.length === 0) pair = index.pair;
	else return false;
	const rows = pair.map((name) => index.names.indexOf(name));
	if (pair.some((name) => touched.has(name)) || rows.some((r) => r < 0)) return false;
	const pieces = table.read('side', [...new Set(rows)].sort((a, b) => a - b));
	if (!pieces) return null;
	const byRow = new Map([...new Set(rows)].sort((a, b) => a - b).map((r, i) => [r, JSON.parse(pieces[i]!.toString('utf8')) as SavedSide]));
	const [left, right] = rows.map((r) => byRow.get(r)!);
	const {printCompare} = await import('../commands/compare.js');
	printCompare(ctx, left!.side, right!.side, citedRows(compareRows(left!.side, right!.side), new Map(left!.citations), new Map(right!.citations)));
	return true;
}
