/**
 * Filtered list commands answered from the row tables beside the store (list-tables.ts, row-table-file.ts): a
 * call reads the table's index, picks its rows as the command's query would, and prints their pieces
 * (row-pieces.ts), reading neither the store nor its records. The tables are made from the store file alone and
 * keyed by its identity, so a curated edit leaves them current: the curated file (small) is read at each call,
 * for the authorities it names, and the timeline lines of those whose lines it changes are made again from
 * their records kept beside the tables (authority-lines.ts), merged with it.
 *
 * Never a wrong answer: a missing, stale or damaged table, or a call the table cannot answer, prints nothing
 * here and the command works its answer out as before.
 */
import type {StoreData} from '../../corpus/schema.js';
import {storeAuthorities} from '../../corpus/store-authorities.js';
import {storePath, type Context} from '../context.js';
import {curatedNow} from '../../corpus/records/curated-now.js';
import {eventsTable, slicePiece, touchedStore, withTouchedLines} from './authority-lines.js';
import type {LineKeys} from './list-tables.js';
import {pieceMaker, pieceParts, writeFromPieces, type PiecePart, type PiecesHead} from './row-pieces.js';
import {groupedBy, saveArticleSlices} from '../../corpus/records/article-slices.js';
import {RowTable, TableWriter, tableKey} from '../../corpus/records/row-table-file.js';

export {tableKey} from '../../corpus/records/row-table-file.js';

type ListIndex = {readonly head: PiecesHead; readonly keys: unknown; readonly wide: string; readonly names: readonly string[]};

/** The commands with a row table (list-tables.ts). */
export const tabledCommands: readonly string[] = ['articles', 'quotes', 'people', 'timeline', 'compare'];


/**
 * Prints the call's answer from its command's row table: `printed`; else, having printed nothing, `missing`
 * (no table of the store file as it is now, or a damaged one) or `cannot` (a call the table does not answer).
 */
export async function printFromTable(command: string, ctx: Context, printed?: (parts: readonly Uint8Array[]) => void): Promise<'printed' | 'missing' | 'cannot'> {
	if (!tabledCommands.includes(command)) return 'cannot';
	const {listTables, resolverOf, touchedAsked} = await import('./list-tables.js');
	const store = storePath(ctx);
	const key = tableKey(store);
	const saved = key === null ? null : RowTable.open(store, command, key);
	if (!saved) return 'missing';
	const index = saved.data as ListIndex;
	// Only the timeline's lines (and the comparison's sides, made of them) change with curated events.
	const curated = await curatedNow(store, key!, command === 'timeline' || command === 'compare');
	if (!curated) return 'cannot';
	const names = [...new Set([...index.names, ...curated.authorities])].sort();
	if (command === 'compare') {
		const held: Uint8Array[] = [];
		const out = {write: (s: string | Uint8Array) => held.push(typeof s === 'string' ? Buffer.from(s) : s)};
		const {printCompareFromTable} = await import('./compare-table.js');
		const done = await printCompareFromTable({...ctx, stdout: out}, saved, curated, resolverOf(names), key!);
		if (done !== true) return done === null ? 'missing' : 'cannot';
		for (const part of held) ctx.stdout.write(part);
		printed?.(held);
		return 'printed';
	}

	const table = listTables[command]!;
	const resolve = resolverOf(names);
	const rows = table.select(index.keys, ctx.flags, resolve, curated);
	if (!rows) return 'cannot';
	if (rows.length === 0) (await import('../list-spec.js')).noticeEmpty(ctx, await table.spec());
	let wide = rows.some((r) => index.wide[r] === '1');
	let read = (part: PiecePart) => saved.read(part, rows);
	// The lines of the authorities the curated file touches, worked out from their records beside the tables.
	const touched = command === 'timeline' ? touchedAsked(ctx.flags, resolve, curated) : [];
	if (touched.length > 0) {
		// A table made before it kept what these lines need is made again after the command answers, as a missing one.
		const keys = index.keys as LineKeys;
		if (keys.approximate?.length !== keys.date.length) return 'missing';
		const mini = touchedStore(store, key!, index.names, curated, touched);
		if (mini === 'missing') return 'missing';
		const merged = mini && (await withTouchedLines(mini, ctx.flags, keys, rows, read));
		if (!merged) return 'cannot';
		wide ||= merged.wide;
		read = merged.read;
	}

	const parts = writeFromPieces(ctx, index.head, wide, read);
	if (!parts) return 'missing';
	printed?.(parts);
	return 'printed';
}

/**
 * Saves the table of `command` after a call that found none worked its answer out: from the records of the
 * store file (made by then), without the curated records. A cache: nothing is said if it cannot.
 */
export async function saveAfterMiss(store: string, command: string): Promise<void> {
	try {
		const key = tableKey(store);
		const [{RecordsFile}, {recordsView}, {emptyCurated}] = await Promise.all([import('../../corpus/records/records-file.js'), import('../../corpus/records/records-view.js'), import('../../corpus/store/curated-kind.js')]);
		const records = RecordsFile.open(store);
		if (!records || key === null) return;
		await saveTables(store, recordsView(records, emptyCurated()), key, [command]);
	} catch {
		// The answer has been given; the next call works it out again.
	}
}

/**
 * Saves the row table of each command in `commands` (and the event ids by authority) from `extracted`, the
 * store file's data without curated records, read when the store file had identity `key`. Each table is made
 * with the command's own formats. False if any could not be saved (it is then absent, and calls work it out).
 * `pace` runs before each table and after each row (the import collects its garbage there, heap-growth.ts).
 */
export async function saveTables(store: string, extracted: StoreData, key: string | null, commands: readonly string[] = tabledCommands, pace: () => void = () => undefined): Promise<boolean> {
	return saveTablesOf(store, {data: extracted}, key, commands, pace);
}

/** The store file's data, handed over: what no table left to make reads may be let go of (`saveTablesOf`). */
export type HandedOver = {data: StoreData};

/**
 * The tables that read the store's quotes are made first, the timeline's (the largest build) after them, when
 * `held.data` is replaced with the data without its quotes: where the caller keeps no other reference to the data
 * (the import), the quotes and what was worked out from them (their copies, look-ups by id) are then collected.
 */
const saveOrder = ['articles', 'quotes', 'people', 'compare', 'timeline'];

/** {@link saveTables}, from data the caller gives up: see `saveOrder`. */
export async function saveTablesOf(store: string, held: HandedOver, key: string | null, commands: readonly string[] = tabledCommands, pace: () => void = () => undefined): Promise<boolean> {
	if (key === null) return false;
	let all = true;
	for (const command of saveOrder.filter((c) => commands.includes(c))) {
		pace();
		if (command === 'timeline') held.data = {...held.data, quotes: []};
		all = (await saveTable(store, held.data, key, command, pace)) && all;
		// The reader's articles, beside the articles list: the UI reads both while it reads the store.
		if (command === 'articles') {
			pace();
			all = saveArticleSlices(store, held.data, key, pace) && all;
		}
	}

	if (!commands.includes('timeline') && !commands.includes('compare')) return all;
	pace();
	// The store's event ids by authority: which lines a curated mark changes (read for the timeline and compare).
	return saveEvents(store, held.data, key, pace) && all;
}

/** Saves the row table of `command` (and, of a list with a first screen, that screen); false if it could not. */
async function saveTable(store: string, extracted: StoreData, key: string, command: string, pace: () => void): Promise<boolean> {
	const {listTables} = await import('./list-tables.js');
	const table = listTables[command];
	let writer: TableWriter | null = null;
	try {
		if (command === 'compare') {
			(await import('./compare-table.js')).saveCompareTable(store, extracted, key, () => tableKey(store) === key, pace);
			return true;
		}

		if (!table) return true;
		const spec = await table.spec();
		const {rows, keys, view} = table.everyRow(extracted, pace);
		const maker = pieceMaker(spec, extracted);
		const headed = command === 'articles' || command === 'people';
		writer = new TableWriter(store, command, pieceParts, pace);
		let wide = '';
		for (let i = 0; i < rows.length; i++) {
			const row = view ? view(rows[i]) : rows[i];
			wide += maker.wide(row) ? '1' : '0';
			// Let go once written: what the formats keep for a row (the timeline's citations, by line) goes with it.
			// (Not a list's rows that has a head: it is made from them after the table.)
			if (!headed) (rows as unknown[])[i] = undefined;
			writer.add(maker.pieces(row));
		}

		if (tableKey(store) !== key) throw new Error('the store changed while its tables were made');
		writer.finish(key, {head: maker.head, keys, wide, names: storeAuthorities(extracted)} satisfies ListIndex);
		// The list's first screen, for the UI before it reads the rows.
		return !headed || (await import('./list-heads.js')).saveListHead(store, command as 'articles' | 'people', rows, key);
	} catch {
		writer?.abandon();
		return false;
	}
}

function saveEvents(store: string, extracted: StoreData, key: string, pace: () => void): boolean {
	let writer: TableWriter | null = null;
	try {
		const byAuthority = groupedBy(extracted.events, (e) => e.authority);

		const articles = new Map(extracted.articles.map((a) => [a.id, a]));
		writer = new TableWriter(store, eventsTable, ['ids', 'lines'], pace);
		for (const events of byAuthority.values()) writer.add([events.map((e) => e.id).join('\n'), slicePiece(events, articles)]);
		if (tableKey(store) !== key) throw new Error('the store changed while its tables were made');
		writer.finish(key, [...byAuthority.keys()]);
		return true;
	} catch {
		writer?.abandon();
		return false;
	}
}
