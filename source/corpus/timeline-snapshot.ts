/**
 * The timeline's lines saved beside the store (`<store>.timeline`), so that the terminal UI can draw its first
 * timeline before a large store has been read: at 50,000 articles reading the store takes many seconds and
 * making its 150,000 lines several more. Like the start snapshot and the search index, the file names the state
 * of the store it was made from (the identities of the store and its curated file, file-identity.ts); any other
 * state, or a damaged file, means there is no snapshot and the timeline waits for the store.
 *
 * The file is two header lines (`scrutiny-timeline 1`, the state), a line of JSON holding the unfiltered lines'
 * fields as columns (one array a field of `Row`: what the views show), and a last line with the names the lines
 * share: compact, and quick to parse, because reading it is what the first timeline waits for. Written like the store (a temp file, fsync, rename, the store's mode), by the import
 * and by the UI when it has made the lines of a state that has none saved (after an edit).
 */
import {isAscii} from 'node:buffer';
import {closeSync, openSync, readFileSync, readSync, statSync} from 'node:fs';
import {resolveTarget, removeStaleTemps, writeAtomically} from './store/atomic-write.js';
import {storeState} from './store/file-identity.js';
import {realFs} from './store/fs-seam.js';
import type {EventView} from './queries.js';
import type {DateValue} from './schema.js';
import type {LineStatus, TimelineItem} from './timeline-items.js';
import type {EventType, Origin} from './vocabulary.js';

const magic = 'scrutiny-timeline 1';

/** The timeline's unfiltered lines as saved: for drawing while the store is read, not for editing. */
export type TimelineSnapshot = {readonly items: readonly TimelineItem[]};

export function timelinePath(storePath: string): string {
	return `${storePath}.timeline`;
}

/** Names repeated on every line (authorities, event types) are written once, in the header, and numbered. */
type Tables = {readonly authorities: string[]; readonly types: string[]};

/** The parts of a line few lines have, kept as an object (absent: 0). */
type Rare = Pick<EventView, 'reportedRating' | 'participants' | 'hidden' | 'status' | 'inspectorate' | 'service' | 'link' | 'framework'> & {cue?: string};

const rareKeys = ['reportedRating', 'participants', 'hidden', 'status', 'inspectorate', 'service', 'link', 'framework'] as const;

/**
 * One line as saved: what the list, the chart, the search within and the detail show. Every report's source,
 * the records merged into the line, the date's basis and the evidence sentence are left out: the line is for
 * drawing only. The article's title and date are kept for undated lines only (the list shows them there).
 */
type Row = [id: string, date: string | 0, precision: DateValue['precision'], approximate: 0 | 1, authority: number, type: number, rating: string | 0, summary: string, origin: Origin, status: LineStatus, articles: number, title: string | 0, published: string | 0, rare: Rare | 0];

function numbered(table: string[], index: Map<string, number>, name: string): number {
	let n = index.get(name);
	if (n === undefined) {
		n = table.push(name) - 1;
		index.set(name, n);
	}

	return n;
}

function rowOf(item: TimelineItem, tables: Tables, index: {authorities: Map<string, number>; types: Map<string, number>}): Row {
	const l = item.line;
	const rare: Rare = {};
	for (const key of rareKeys) if (l[key] !== undefined) Object.assign(rare, {[key]: l[key]});
	if (l.evidence) rare.cue = l.evidence.cue;
	const undated = l.date.value === null;
	return [
		l.id,
		l.date.value ?? 0,
		l.date.precision,
		l.date.approximate ? 1 : 0,
		numbered(tables.authorities, index.authorities, l.authority),
		numbered(tables.types, index.types, l.type),
		l.rating ?? 0,
		l.summary,
		l.origin,
		item.status,
		item.articles,
		undated ? (item.articleTitle ?? 0) : 0,
		undated ? (item.articlePublished ?? 0) : 0,
		Object.keys(rare).length ? rare : 0,
	];
}

/** The lines' fields as columns, one array a field (`Row`'s order): parsed faster than an array a line. */
type Columns = {readonly [F in keyof Row & `${number}`]: Row[F][]};

// Made field by field, without spreads: 190,000 lines are made while the person waits for the first timeline.
function itemOf(c: Columns, k: number, tables: Tables): TimelineItem {
	const id = c[0][k]!;
	const value = c[1][k]!;
	const rating = c[6][k]!;
	const summary = c[7][k]!;
	const title = c[11][k]!;
	const published = c[12][k]!;
	const rare = c[13][k]!;
	const authorityName = tables.authorities[c[4][k]!];
	const typeName = tables.types[c[5][k]!] as EventType | undefined;
	if (typeof id !== 'string' || typeof summary !== 'string' || authorityName === undefined || typeName === undefined) throw new Error('not a line');
	const line: EventView = {id, date: {value: value === 0 ? null : value, precision: c[2][k]!, approximate: c[3][k] === 1, basis: ''}, authority: authorityName, type: typeName, summary, sources: [], origin: c[8][k]!};
	if (rating !== 0) line.rating = rating;
	if (rare !== 0) {
		for (const key of rareKeys) if (rare[key] !== undefined) Object.assign(line, {[key]: rare[key]});
		if (rare.cue !== undefined) line.evidence = {sentence: '', cue: rare.cue};
	}

	return {line, status: c[9][k]!, year: value === 0 ? null : Number(value.slice(0, 4)), articles: c[10][k]!, articleTitle: title === 0 ? null : title, articlePublished: published === 0 ? null : published};
}

/**
 * JSON text with every character past ASCII escaped (`\u2019`): the file is then read as one-byte text, which
 * V8 decodes and parses several times faster than text holding a single curly quote.
 */
function asciiJson(json: string): string {
	return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Lines per chunk written: the file is never made as one string as long as itself. */
const chunkItems = 2000;

/**
 * The file, a chunk of lines at a time: the UI writes it after an edit, and the writer's awaits between chunks
 * let keys through. The names' tables are complete only once every line is numbered, so they come last.
 */
async function* fileChunks(state: string, items: readonly TimelineItem[]): AsyncGenerator<Uint8Array> {
	const tables: Tables = {authorities: [], types: []};
	const index = {authorities: new Map<string, number>(), types: new Map<string, number>()};
	const rows: Row[] = [];
	for (let at = 0; at < items.length; at += chunkItems) {
		for (const item of items.slice(at, at + chunkItems)) rows.push(rowOf(item, tables, index));
		await new Promise((resolve) => setImmediate(resolve));
	}

	yield Buffer.from(`${magic}\n${state}\n[`);
	const fields = rows[0]?.length ?? 14;
	for (let field = 0; field < fields; field++) {
		yield Buffer.from(field === 0 ? '[' : ',[');
		for (let at = 0; at < rows.length; at += chunkItems) {
			const part = rows.slice(at, at + chunkItems).map((row) => JSON.stringify(row[field]));
			yield Buffer.from(`${at === 0 ? '' : ','}${asciiJson(part.join(','))}`);
		}

		yield Buffer.from(']');
	}

	yield Buffer.from(`]\n${asciiJson(JSON.stringify(tables))}\n`);
}

/**
 * Saves `items` (every line of the timeline, unfiltered) as the snapshot of the store in state `state` (the
 * store's `state`, for the data the lines were made from). Nothing is written if the store has changed since
 * (the snapshot would never be used). Returns false if it was not saved; never throws.
 */
export async function saveTimelineSnapshot(storePath: string, items: readonly TimelineItem[], state: string | null): Promise<boolean> {
	try {
		if (state === null || storeState(storePath) !== state) return false;
		const target = await resolveTarget(realFs, timelinePath(storePath));
		await removeStaleTemps(realFs, target);
		// As private as the store: the lines quote its articles.
		const mode = statSync(storePath).mode & 0o7777;
		await writeAtomically(realFs, timelinePath(storePath), target, fileChunks(state, items), mode, () => undefined);
		return true;
	} catch {
		return false;
	}
}

/** The state of the store the saved snapshot was made from (its header only); null if none. Never throws. */
export function timelineSnapshotState(storePath: string): string | null {
	try {
		return savedState(timelinePath(storePath));
	} catch {
		return null;
	}
}

function savedState(file: string): string | null {
	const fd = openSync(file, 'r');
	try {
		const head = Buffer.alloc(magic.length + 1 + 512);
		const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString();
		const [first, state] = text.split('\n');
		return first === magic && state !== undefined && text.includes('\n', magic.length + 1) ? state : null;
	} finally {
		closeSync(fd);
	}
}

/**
 * The snapshot if it was made from the store as it is now; else null. Never throws. The header is checked
 * before the lines are read, and the store's state again after: a store saved meanwhile makes it stale.
 */
export async function loadTimelineSnapshot(storePath: string): Promise<TimelineSnapshot | null> {
	try {
		const file = timelinePath(storePath);
		const state = storeState(storePath);
		if (savedState(file) !== state) return null;
		// Read at once, not in fs.promises' chunks: the store's read behind the UI runs between chunks. The file is
		// ASCII (asciiJson), so latin1 decodes it exactly.
		const bytes = readFileSync(file);
		if (!isAscii(bytes)) return null;
		const text = bytes.toString('latin1');
		const header = `${magic}\n${state}\n`;
		if (!text.startsWith(header) || storeState(storePath) !== state) return null;
		const rowsEnd = text.lastIndexOf('\n', text.length - 2);
		if (!text.endsWith('\n') || rowsEnd < header.length) return null;
		const tables = JSON.parse(text.slice(rowsEnd + 1)) as Tables;
		const columns = JSON.parse(text.slice(header.length, rowsEnd)) as unknown;
		// A cache of our own making: a line that cannot be made back into one is a damaged file, not a line.
		if (!Array.isArray(tables.authorities) || !Array.isArray(tables.types) || !Array.isArray(columns) || columns.length !== 14) return null;
		const count = (columns[0] as unknown[]).length;
		if (!columns.every((column) => Array.isArray(column) && column.length === count)) return null;
		const items: TimelineItem[] = [];
		for (let k = 0; k < count; k++) items.push(itemOf(columns as unknown as Columns, k, tables));
		return {items};
	} catch {
		return null;
	}
}
