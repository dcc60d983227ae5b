/**
 * The caches kept beside a store, written from one place: the search index and its documents (so that the UI
 * and `search` load them instead of indexing a large corpus at start, and answer from them while the store is
 * read), in two parts (search/search-files.ts): the quotes, articles and people, keyed to the store file alone,
 * and the timeline's lines; the start snapshot (`<store>.start`, the
 * dashboard of the UI's first frame) and the timeline's lines (`<store>.timeline`, the UI's first timeline while
 * the store is read). Each is keyed by the identities of the store and its curated file and ignored when stale;
 * a store that cannot take them works without. With them, the store file's records for the list commands
 * (`<store>.records`, corpus/records/), keyed by the store file alone (the curated file is merged in when read),
 * and the cohort (`<store>.cohort`), which `scrutiny cohort` prints and the UI's cohort view draws while the
 * store is read.
 */
import {dashboardLimits} from '../corpus/dashboard.js';
import {collectNow, collectSooner} from './heap-growth.js';
import type {StoreData} from '../corpus/schema.js';
import {loadStartSnapshot, saveStartSnapshot} from '../corpus/start-snapshot.js';
import {allTimelineItems, computedTimelineItems, timelineItemsOf, type TimelineItem} from '../corpus/timeline-items.js';
import {storeStateNow} from '../corpus/store/file-identity.js';
import {timeline} from '../corpus/timeline.js';
import type {EventLines} from '../search/event-lines.js';
import {saveTimelineSnapshot, timelineSnapshotState} from '../corpus/timeline-snapshot.js';

/** Saves the dashboard of the UI's first frame beside the store. */
export function saveStart(storePath: string, data: StoreData): boolean {
	return saveStartSnapshot(storePath, data, dashboardLimits);
}

/**
 * Saves the caches, after an import; `state` is the store's (`Store.state`) for `data`. The search modules are
 * loaded here, when asked for: the UI saves its start snapshot through this module and must not wait for them
 * before its first frame. Each step is a function of its own, so that what it made (the search index, the
 * timeline's items) can be collected before the next step makes its own beside the store's records.
 */
export async function saveSidecars(storePath: string, data: StoreData, state: string | null, extracted?: StoreData): Promise<void> {
	// Each step below leaves its garbage beside the store's records: it is collected before the next step starts
	// (and sooner within each), so that the import's peak is one step's garbage, not several (heap-growth.ts).
	collectSooner();
	collectNow();
	// The timeline first: the search's documents are its lines (as store indexes), made here once for both, and
	// its lines are let go before the search index's build, which leaves the most garbage of these steps.
	const lines = await saveTimelineCaches(storePath, data, state);
	collectNow();
	await saveSearch(storePath, data, state, lines);
	collectNow();
	// The store file's records for the list commands (`extracted`: the store file's data alone, `Store.extracted`).
	if (extracted) (await import('../corpus/records/save-records.js')).saveRecords(storePath, extracted, state?.split('|')[0] ?? null);
}

/** The search index and its documents, both parts: the UI answers a search from them while the store is read. */
async function saveSearch(storePath: string, data: StoreData, state: string | null, lines: EventLines): Promise<void> {
	const {saveSearchFiles} = await import('../search/search-files.js');
	// Each index's build leaves the most garbage of these steps.
	await saveSearchFiles(storePath, data, state, {lines, between: collectNow});
}

/**
 * The start snapshot, the cohort and the timeline's lines, from one timeline (making it takes seconds at 50,000
 * articles), not kept with `data`; returns its lines as the search's documents.
 */
async function saveTimelineCaches(storePath: string, data: StoreData, state: string | null): Promise<EventLines> {
	const lines = timeline(data);
	const items = timelineItemsOf(data, lines);
	const shown = items.map((i) => i.line);
	saveStartSnapshot(storePath, data, dashboardLimits, {lines: shown});
	const [{cohort}, {saveCohortSnapshot}, {eventLinesOf}] = await Promise.all([import('../corpus/cohort.js'), import('../corpus/cohort-snapshot.js'), import('../search/event-lines.js')]);
	saveCohortSnapshot(storePath, cohort(data, shown), state);
	await saveTimelineSnapshot(storePath, items, state);
	return eventLinesOf(data, lines);
}

/** Saves the cohort of `items` (the store's lines, in state `state`) if the one beside the store is not of it. */
async function saveCohortFrom(storePath: string, data: StoreData, items: readonly TimelineItem[], state: string): Promise<void> {
	const [{cohort}, {loadCohortSnapshot, saveCohortSnapshot}] = await Promise.all([import('../corpus/cohort.js'), import('../corpus/cohort-snapshot.js')]);
	if (!loadCohortSnapshot(storePath)) saveCohortSnapshot(storePath, cohort(data, items.map((i) => i.line)), state);
}

/** The search's part of the timeline's lines (search/search-files.ts), so that the next start's search need not wait for the store. */
async function saveSearchLines(storePath: string, data: StoreData, items: readonly TimelineItem[], state: string): Promise<void> {
	const [{saveEventsPart}, {eventLinesOf}] = await Promise.all([import('../search/search-files.js'), import('../search/event-lines.js')]);
	await saveEventsPart(storePath, data, eventLinesOf(data, items.map((i) => i.line)), state);
}

/** Whether any file the UI keeps current after an edit is not of the store's state `state`. */
async function anyStale(storePath: string, state: string): Promise<boolean> {
	if (timelineSnapshotState(storePath) !== state || !loadStartSnapshot(storePath, dashboardLimits)) return true;
	const {staleParts} = await import('../search/search-files.js');
	return staleParts(storePath, ['events']).length > 0;
}

/** What the UI tells the saver of the timeline's lines. */
export type TimelineSaver = {
	/** `data` is the store's in state `state` (after the read, an edit, a reload). */
	readonly read: (data: StoreData, state: string | null) => void;
	/**
	 * A frame was drawn from `data`: if the timeline has made its lines and none are saved for its state, save
	 * them, and the start snapshot made from them if it is stale too.
	 */
	readonly afterFrame: (data: StoreData) => void;
	/**
	 * Finishes the saves an edit started, and makes those of the last state read if none were started (a quit
	 * before the timeline showed the edit): the UI quits only after them. `say` is told once if there is work left.
	 */
	readonly settle: (say?: (line: string) => void) => Promise<void>;
};

/**
 * Keeps the timeline's lines beside the store current from the UI: after an edit (or on a store whose lines
 * were never saved), the lines the timeline view has made are saved once per state, after the frame that shows
 * them. It never makes them itself while the UI runs: that takes seconds on a large store, and the edit has been
 * shown already. An edit also makes the start snapshot stale, and the next session would read the store before its
 * first frame (and so never use the lines): it is saved from the same lines, and so are the cohort and the search's
 * part of the timeline's lines (the search's other part is of the store file alone, which an edit leaves as it is).
 * The saves run one state after another, and a state the files have moved past is not saved: a save of an earlier
 * state finishing last would leave the files stale again.
 */
export function timelineSaver(storePath: string): TimelineSaver {
	let known: {data: StoreData; state: string | null} | null = null;
	let handled: string | null = null;
	let scheduled: {timer: NodeJS.Timeout; run: () => void} | null = null;
	let chain: Promise<unknown> = Promise.resolve();
	let unfinished = 0;
	const save = (data: StoreData, items: readonly TimelineItem[], state: string) => {
		handled = state;
		const current = () => storeStateNow(storePath) === state;
		unfinished++;
		chain = chain.then(async () => {
			if (!current()) return;
			if (timelineSnapshotState(storePath) !== state) await saveTimelineSnapshot(storePath, items, state);
			if (!loadStartSnapshot(storePath, dashboardLimits)) saveStartSnapshot(storePath, data, dashboardLimits, {state, lines: items.map((i) => i.line)});
			if (current()) await saveCohortFrom(storePath, data, items, state);
			if (current()) await saveSearchLines(storePath, data, items, state);
		}).catch(() => undefined).finally(() => unfinished--);
	};
	return {
		read(data, state) {
			known = {data, state};
		},
		afterFrame(data) {
			if (!known || data !== known.data || known.state === null || handled === known.state) return;
			const items = computedTimelineItems(data);
			if (!items) return;
			const state = known.state;
			handled = state;
			// After the frame: the person sees the change first; the write then goes on beside the next keys.
			const run = () => {
				scheduled = null;
				save(data, items, state);
			};
			if (scheduled) clearTimeout(scheduled.timer);
			scheduled = {timer: setTimeout(run, 100).unref(), run};
		},
		async settle(say) {
			// A quit right after an edit would leave the search's lines part stale, and the next start's search would wait
			// for the whole store: the saves still to start run now, and the last state's are made if the timeline never
			// showed it (the edit made while the store was read, or quit before its frame).
			if (scheduled) {
				clearTimeout(scheduled.timer);
				scheduled.run();
			}
			const last = known;
			const unsaved = last !== null && last.state !== null && handled !== last.state && storeStateNow(storePath) === last.state && (await anyStale(storePath, last.state));
			if (unsaved || unfinished > 0) say?.('saving the timeline and search files for the next start (Ctrl-C skips it: the next start then reads the store first)');
			if (unsaved) save(last.data, allTimelineItems(last.data), last.state!);
			await chain;
		},
	};
}
