/**
 * The timeline's lines saved beside the store (`<store>.timeline`), so that the terminal UI can draw its first
 * timeline before a large store has been read: reading a large store takes many seconds and making its lines
 * several more. Like the start snapshot and the search index, the file names the state
 * of the store it was made from (the identities of the store and its curated file, file-identity.ts); any other
 * state, or a damaged file, means there is no snapshot and the timeline waits for the store.
 *
 * The file is two header lines (`scrutiny-timeline 2`, the state), a head (the digest of every line, which
 * draws the title, the year headers, the chart and the columns' widths, and the names the lines share), then the
 * lines a chunk a line, each chunk's fields as columns (one array a field of `Row`: what the views show). The
 * first chunk holds the lines the timeline opens on, so a reader draws the first timeline from the head and that
 * chunk (small, read first) and reads the rest behind it, a chunk at a time. Written like the
 * store (a temp file, fsync, rename, the store's mode), by the import and by the UI when it has made the lines of
 * a state that has none saved (after an edit).
 */
import {isAscii} from 'node:buffer';
import {closeSync, openSync, readSync, statSync} from 'node:fs';
import {resolveTarget, removeStaleTemps, writeAtomically} from './store/atomic-write.js';
import {storeState} from './store/file-identity.js';
import {realFs} from './store/fs-seam.js';
import {eventFacets} from './frequency-facets.js';
import {everyCounter, savedCountsOf, type SavedCounts} from './frequency.js';
import type {EventView} from './queries.js';
import type {DateValue} from './schema.js';
import {defaultMaxCellWidth} from './timeline-chart.js';
import {packDigest, timelineDigester, unpackDigest, type PackedDigest, type TimelineDigest} from './timeline-digest.js';
import type {LineStatus, TimelineItem} from './timeline-items.js';
import type {EventType, Origin} from './vocabulary.js';

const magic = 'scrutiny-timeline 2';

/**
 * The timeline's unfiltered lines as saved: for drawing while the store is read, not for editing. Until every
 * line is read, `items` holds the first of them and `complete` is false; `digest` is always of every line, and
 * so are `counts`, the frequency table of every line by each column (`F` before the other lines are read; null
 * in a file saved without them).
 */
export type TimelineSnapshot = {readonly items: readonly TimelineItem[]; readonly digest: TimelineDigest; readonly complete: boolean; readonly counts: SavedCounts | null};

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

/**
 * Lines in the first chunk (a line of the file): what the first timeline waits for, with the head, while the
 * store is read in the same process (what it allocates then is paid for again in the store's collections).
 */
export const firstChunkLines = 300;
/** Lines in each later chunk. */
const chunkLines = 1000;

/** Fields of a line (`Row`). */
const fields = 14;

/** The head: the digest of every line, the names the lines are numbered by, and every line counted by each column. */
type Head = {readonly digest: PackedDigest; readonly tables: Tables; readonly counts?: SavedCounts};

/**
 * The file, a chunk of lines at a time: the UI writes it after an edit, and the writer's awaits between chunks
 * let keys through. Every line is numbered, digested and counted before the head is written: the names' tables,
 * the digest and the counts are in it.
 */
async function* fileChunks(state: string, items: readonly TimelineItem[]): AsyncGenerator<Uint8Array> {
	const tables: Tables = {authorities: [], types: []};
	const index = {authorities: new Map<string, number>(), types: new Map<string, number>()};
	const digester = timelineDigester();
	const counter = everyCounter(eventFacets);
	for (let at = 0; at < items.length; at += chunkLines) {
		for (let k = at; k < Math.min(items.length, at + chunkLines); k++) {
			const item = items[k]!;
			numbered(tables.authorities, index.authorities, item.line.authority);
			numbered(tables.types, index.types, item.line.type);
			digester.add(item);
			counter.add(item.line);
		}

		await new Promise((resolve) => setImmediate(resolve));
	}

	const head: Head = {digest: packDigest(digester.done()), tables, counts: counter.done()};
	yield Buffer.from(`${magic}\n${state}\n${asciiJson(JSON.stringify(head))}\n`);
	// Each chunk's rows are made as it is written, not every row before the first: the import writes this file
	// beside the store's records, and every line's row at once was a large part of its peak of memory.
	for (let at = 0; at < items.length; at += at === 0 ? firstChunkLines : chunkLines) {
		const chunk = items.slice(at, at + (at === 0 ? firstChunkLines : chunkLines)).map((item) => rowOf(item, tables, index));
		const columns = Array.from({length: fields}, (_, field) => chunk.map((row) => row[field]));
		yield Buffer.from(`${asciiJson(JSON.stringify(columns))}\n`);
	}
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

/** Where the reader is in the file: the bytes read from `at` on, not yet taken as lines. */
type Cursor = {readonly fd: number; at: number; buffer: Buffer; end: number};

/**
 * The next line of the file (without its newline), reading `want` bytes more at a time; null at its end. Throws
 * if a line is cut short or is not ASCII.
 */
function nextLine(c: Cursor, want: number): string | null {
	for (;;) {
		const nl = c.buffer.indexOf(10, 0);
		if (nl >= 0 && nl < c.end) {
			const line = c.buffer.subarray(0, nl);
			if (!isAscii(line)) throw new Error('not ASCII');
			// The file is ASCII (asciiJson), so latin1 decodes it exactly.
			const text = line.toString('latin1');
			c.buffer = c.buffer.subarray(nl + 1, c.end);
			c.end -= nl + 1;
			return text;
		}
		const more = Buffer.allocUnsafe(c.end + want);
		c.buffer.copy(more, 0, 0, c.end);
		const n = readSync(c.fd, more, c.end, want, c.at);
		if (n === 0) {
			// Every line ends with a newline: bytes after the last one are a file cut short.
			if (c.end > 0) throw new Error('a line without its end');
			return null;
		}
		c.at += n;
		c.buffer = more;
		c.end += n;
	}
}

/** The head's digest, names and counts; throws if it is not one of ours. */
function headOf(value: unknown): {digest: TimelineDigest; tables: Tables; counts: SavedCounts | null} {
	const head = value as Head;
	const tables = head?.tables;
	if (!Array.isArray(tables?.authorities) || !Array.isArray(tables.types)) throw new Error('not a head');
	const digest = unpackDigest(head.digest);
	if (digest.chart.maxCellWidth < defaultMaxCellWidth) throw new Error('not a head');
	const counts = head.counts === undefined ? null : savedCountsOf(head.counts, eventFacets);
	if (head.counts !== undefined && (counts === null || counts[eventFacets[0]!.name]!.total !== digest.total)) throw new Error('not a head');
	return {digest, tables, counts};
}

/** A chunk's lines; throws if it is not one of ours. */
function chunkItemsOf(text: string, tables: Tables): TimelineItem[] {
	const columns = JSON.parse(text) as unknown;
	// A cache of our own making: a line that cannot be made back into one is a damaged file, not a line.
	if (!Array.isArray(columns) || columns.length !== fields) throw new Error('not a chunk');
	const count = (columns[0] as unknown[]).length;
	if (count === 0 || !columns.every((column) => Array.isArray(column) && column.length === count)) throw new Error('not a chunk');
	const items: TimelineItem[] = [];
	for (let k = 0; k < count; k++) items.push(itemOf(columns as unknown as Columns, k, tables));
	return items;
}

/** Whether the lines' year groups are the digest's. */
function groupsMatch(items: readonly TimelineItem[], digest: TimelineDigest): boolean {
	let g = -1;
	let left = 0;
	for (let k = 0; k < items.length; k++) {
		const year = items[k]!.year;
		if (left === 0 || (k > 0 && items[k - 1]!.year !== year)) {
			if (left !== 0) return false;
			const group = digest.groups[++g];
			if (!group || group[0] !== year) return false;
			left = group[1];
		}
		left--;
	}
	return left === 0 && g === digest.groups.length - 1;
}

/** How long the rest is read before the event loop gets a turn (the store's read and keys go on meanwhile). */
const sliceMs = 12;

/** Bytes read at a time: a chunk or so. */
const readBytes = 1 << 19;

/**
 * The saved lines being read: `first` (the head and the first chunk, the lines the timeline opens on: not
 * `complete` unless they are all the lines), then `rest()` for every line.
 */
export type TimelineReading = {
	readonly first: TimelineSnapshot;
	/**
	 * Every line, read a chunk at a time, giving the event loop a turn every few milliseconds: a complete snapshot,
	 * or null if the file proves damaged, the store changed meanwhile (then `first` is not to be shown either), or
	 * `wanted` said no more (asked before each chunk). Read from the file opened for `first`: a snapshot written
	 * meanwhile is not mixed into it. Never rejects; call it once.
	 */
	readonly rest: (wanted?: () => boolean) => Promise<TimelineSnapshot | null>;
};

/**
 * Starts reading the snapshot if it was made from the store as it is now: the head and the first chunk, read
 * at once (a few hundred kilobytes); null if there is none for this state, or it is damaged. Never throws.
 */
export function openTimelineSnapshot(storePath: string): TimelineReading | null {
	let fd: number | null = null;
	try {
		const state = storeState(storePath);
		if (state === null) return null;
		fd = openSync(timelinePath(storePath), 'r');
		const c: Cursor = {fd, at: 0, buffer: Buffer.alloc(0), end: 0};
		if (nextLine(c, 4096) !== magic || nextLine(c, 4096) !== state) throw new Error('another state');
		const {digest, tables, counts} = headOf(JSON.parse(nextLine(c, readBytes) ?? '') as unknown);
		const items = digest.total === 0 ? [] : chunkItemsOf(nextLine(c, readBytes) ?? '', tables);
		if (items.length > digest.total || storeState(storePath) !== state) throw new Error('stale or damaged');
		if (items.length === digest.total) {
			if (nextLine(c, 1) !== null || !groupsMatch(items, digest)) throw new Error('damaged');
			closeSync(fd);
			const first = {items, digest, complete: true, counts};
			return {first, rest: async () => first};
		}

		const open = fd;
		fd = null;
		const first = {items, digest, complete: false, counts};
		return {first, rest: async (wanted) => readRest(storePath, state, c, first, tables, wanted).finally(() => closeSync(open))};
	} catch {
		if (fd !== null) closeSync(fd);
		return null;
	}
}

async function readRest(storePath: string, state: string, c: Cursor, first: TimelineSnapshot, tables: Tables, wanted = () => true): Promise<TimelineSnapshot | null> {
	const {digest, counts} = first;
	try {
		const items = [...first.items];
		let turn = performance.now();
		for (;;) {
			if (performance.now() - turn > sliceMs) {
				await new Promise((resolve) => setImmediate(resolve));
				turn = performance.now();
			}

			if (!wanted()) return null;

			const line = nextLine(c, readBytes);
			if (line === null) break;
			for (const item of chunkItemsOf(line, tables)) items.push(item);
			if (items.length > digest.total) return null;
		}

		if (items.length !== digest.total || !groupsMatch(items, digest) || storeState(storePath) !== state) return null;
		return {items, digest, complete: true, counts};
	} catch {
		return null;
	}
}

/** The whole snapshot if it was made from the store as it is now; else null. Never throws. */
export async function loadTimelineSnapshot(storePath: string): Promise<TimelineSnapshot | null> {
	return (await openTimelineSnapshot(storePath)?.rest()) ?? null;
}
