/**
 * What the first screen shows, saved beside the store (`<store>.start`) so that the terminal UI can draw its
 * dashboard before a large store has been read: at 50,000 articles reading and checking the store takes
 * seconds, and computing the dashboard more. The file names the state of the store it was made from (the
 * identities of the store and its curated file: every save renames a new file into place), like the search index
 * beside it; any other state, or a damaged file, means there is no snapshot and the UI starts the slow way.
 */
import {readFileSync} from 'node:fs';
import {writeBesideStore} from './cache-write.js';
import {dashboard, type Dashboard} from './dashboard.js';
import {storeAuthorities, type CorpusSummary, type EventView} from './queries.js';
import type {StoreData} from './schema.js';
import {storeState} from './store/file-identity.js';

const format = 'scrutiny-start 1';

export type StartSnapshot = {
	readonly summary: CorpusSummary;
	/** The store's authorities in the order that gives each its colour. */
	readonly authorities: readonly string[];
	readonly dashboard: Dashboard;
};

/** How many people and events the dashboard lists (the UI's own limit). */
export type StartOptions = {readonly people: number; readonly events: number};

export function startPath(storePath: string): string {
	return `${storePath}.start`;
}

/** `lines`: the store's timeline (`timeline(data)`), when the caller has made it already. */
export function startSnapshot(data: StoreData, options: StartOptions, lines?: readonly EventView[]): StartSnapshot {
	// The dashboard's summary counts the timeline it has made already.
	const board = dashboard(data, options, lines);
	return {summary: board.summary, authorities: storeAuthorities(data), dashboard: board};
}

/** The snapshot if it was made from the store as it is now, with the same options; else null. Never throws. */
export function loadStartSnapshot(storePath: string, options: StartOptions): StartSnapshot | null {
	try {
		// The snapshot first: without one, the store's state (which may hash a copied store) is not needed.
		const saved = JSON.parse(readFileSync(startPath(storePath), 'utf8')) as Record<string, unknown>;
		const state = storeState(storePath);
		if (saved['format'] !== format || saved['state'] !== state || JSON.stringify(saved['options']) !== JSON.stringify(options)) return null;
		const snapshot = saved['snapshot'] as StartSnapshot;
		// A cache of our own making: the shape is checked only as far as a wrong file would break the first frame.
		if (typeof snapshot?.summary?.articles !== 'number' || !Array.isArray(snapshot.authorities) || !Array.isArray(snapshot.dashboard?.authorities)) return null;
		return snapshot;
	} catch {
		return null;
	}
}

/**
 * Saves the snapshot of `data`, which must be what the store file holds now; or, with `made.state` (the store's
 * `Store.state` for `data`), what the files held in that state, and nothing if they have changed since. With
 * `made.lines`, the store's timeline already made. Returns false if it cannot.
 */
export function saveStartSnapshot(storePath: string, data: StoreData, options: StartOptions, made: {readonly state?: string | null; readonly lines?: readonly EventView[]} = {}): boolean {
	return writeBesideStore(storePath, startPath(storePath), () => {
		const state = storeState(storePath);
		if (made.state !== undefined && made.state !== state) throw new Error('the store changed');
		return JSON.stringify({format, state, options, snapshot: startSnapshot(data, options, made.lines)});
	});
}
