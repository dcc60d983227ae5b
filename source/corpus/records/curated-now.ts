/**
 * The curated file as the row tables' readers need it (the list commands, and the UI while it reads the store):
 * read as a read-only open reads it, with which authorities' lines it changes.
 */
import {existsSync} from 'node:fs';
import type {CuratedData} from '../store/curated-kind.js';
import {eventsTable, type Curated} from './authority-records.js';
import {RowTable} from './row-table-file.js';

/**
 * The curated file as a read-only open reads it, as the tables need it: the authorities its events name, and
 * (`lines`: for the timeline and compare) those whose lines it changes: its events', and those of the store's
 * events it marks or replaces. Null when it cannot be read (the command then says why).
 */
export async function curatedNow(store: string, key: string, lines: boolean): Promise<Curated | null> {
	let data: CuratedData;
	try {
		const {curatedPath} = await import('../store/curated-path.js');
		// Nothing curated: the curated file's reader (and its schemas) need not be loaded.
		if (!existsSync(curatedPath(store))) return {data: null, authorities: [], touched: new Set(), holders: new Map()};
		const [{DocumentFile}, {curatedKind}] = await Promise.all([import('../store/document-file.js'), import('../store/curated-kind.js')]);
		const file = new DocumentFile(curatedPath(store), curatedKind, {readOnly: true, create: true});
		await file.open();
		data = file.data;
	} catch {
		return null;
	}

	const authorities = data.events.map((e) => e.authority);
	const touched = new Set(authorities);
	const holders = new Map<string, string>();
	if (!lines) return {data, authorities, touched, holders};
	const ids = new Set([...data.marks.map((m) => m.eventId), ...data.events.flatMap((e) => (e.replaces === undefined ? [] : [e.replaces]))]);
	if (ids.size > 0) {
		const events = RowTable.open(store, eventsTable, key);
		const byAuthority = events?.read('ids', Array.from({length: events.rows}, (_, i) => i));
		if (!events || !byAuthority) return {data, authorities, touched: 'all', holders};
		const names = events.data as readonly string[];
		// Each id looked for in the bytes (a few ids among hundreds of thousands: not every id decoded and split).
		const wanted = [...ids].map((id) => [id, Buffer.from(id)] as const);
		byAuthority.forEach((piece, i) => {
			for (const [id, bytes] of wanted) {
				if (!holdsLine(piece, bytes)) continue;
				touched.add(names[i]!);
				holders.set(id, names[i]!);
			}
		});
	}

	return {data, authorities, touched, holders};
}

/** Whether `line` is one of the lines of `text` (lines end with `\n`, the last without). */
function holdsLine(text: Buffer, line: Buffer): boolean {
	for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
		const end = at + line.length;
		if ((at === 0 || text[at - 1] === 0x0a) && (end === text.length || text[end] === 0x0a)) return true;
	}

	return false;
}
