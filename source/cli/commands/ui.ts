/**
 * `scrutiny` on a terminal: opens the terminal UI on the store (`--db`, `$SCRUTINY_DB` or the bundled one), read-only; `r` in the UI
 * reloads it. A curated change (the timeline's e, n, x) writes the store's curated file only, under its lock,
 * and the UI then shows what it holds. Called only when stdin and stdout are terminals. A terminal
 * that cannot move the cursor (`TERM=dumb`) gets the plain dashboard instead.
 *
 * With a start snapshot beside the store (corpus/start-snapshot.ts) the dashboard is drawn at once and the
 * store is read behind it; without one, the store is read first (a bad store is then one line on stderr and
 * exit status 1 before the screen changes), and the snapshot is saved for the next start; a large store with no
 * snapshot has all its caches made first by a process of its own (../caches-apart.ts). The timeline opened
 * during the read draws from its lines saved beside the store (corpus/timeline-snapshot.ts); the lines the
 * timeline makes of a state that has none saved (after an edit) are saved for the next start, and so is the
 * search's part of them. A search typed during the read is answered from the index and documents saved beside
 * the store (search/docs-file-search.ts: the quotes, articles and people of the store file, which an edit leaves
 * current, and the timeline's lines);
 * the articles and people lists, the comparison, the reader and their frequency tables draw from the row tables
 * beside it (corpus/records/saved-views.ts).
 */
import {localToday, saveCuration} from '../../corpus/curation.js';
import {dashboardLimits} from '../../corpus/dashboard.js';
import {loadStartSnapshot} from '../../corpus/start-snapshot.js';
import type {Store} from '../../corpus/store/index.js';
import {emptyStore} from '../../corpus/vocabulary.js';
import {openTimelineSnapshot} from '../../corpus/timeline-snapshot.js';
import {loadCohortSnapshot} from '../../corpus/cohort-snapshot.js';
import {savedViews} from '../../corpus/records/saved-views.js';
import {storeStateNow} from '../../corpus/store/file-identity.js';
import {collectSooner, uiGrowingPercent} from '../../importer/heap-growth.js';
import {saveStart, timelineSaver} from '../../importer/sidecars.js';
import {holdSlices} from '../../corpus/store/slicer.js';
import {runUi} from '../../ui/run-ui.js';
import {makeCachesApart, makesCachesApart} from '../caches-apart.js';
import {printError, storePath, type Context} from '../context.js';
import {plainDashboard} from './dashboard.js';

type IndexCache = typeof import('../../search/index-cache.js');

export async function openUi(ctx: Context): Promise<number> {
	if (ctx.env.TERM === 'dumb') return plainDashboard(ctx);
	const file = storePath(ctx);
	let start = loadStartSnapshot(file, dashboardLimits);
	if (!start && makesCachesApart(file, ctx.env) && (await makeCachesApart(file, ctx.stderr))) start = loadStartSnapshot(file, dashboardLimits);
	// The store's reader (zod, lowdb, the lock) and the search index's loader are imported here, not at the top:
	// with a start snapshot, the first frame is drawn (synchronously, in runUi's render) before they load.
	// A large store's read makes garbage beside the records it keeps: collected once the heap has grown 4% (heap-growth.ts: `uiGrowingPercent`),
	// the session's peak stays near what it holds, for a longer read behind the first frame (nothing fast waits for it).
	collectSooner(uiGrowingPercent);
	const opening = import('../../corpus/store/index.js').then(async ({openStore}) => openStore(file, {readOnly: true, editCurated: true}));
	// The UI asks for a searcher only once the store is read: by then both are here.
	const ready = Promise.all([opening, import('../../search/index-cache.js')]);
	// Loaded behind the first frame too, so that a search typed during the read opens the files saved beside the
	// store in the key's own handler; the files are opened only then.
	let savedSearch: typeof import('../../search/docs-file-search.js').SavedSearch | null = null;
	const savedSearchLoading = import('../../search/docs-file-search.js').then((m) => (savedSearch = m.SavedSearch));
	savedSearchLoading.catch(() => undefined);
	let store: Store;
	let indexCache: IndexCache;
	const timeline = timelineSaver(file);
	/** The caches saved from here on are of the state `store` read: a copy of the files keeps them (content-digests.ts). */
	const readState = (read: Store, data = read.data) => {
		read.recordDigests();
		timeline.read(data, read.state);
	};
	if (start) {
		// Handled by the UI (which ends with the error); marked handled here so that it is never "unhandled".
		ready.catch(() => undefined);
	} else {
		[store, indexCache] = await ready;
		readState(store);
		// After the first frame: the next start draws its dashboard from this without reading the store first.
		setTimeout(() => saveStart(file, store.data), 500).unref();
	}

	let cohortState: string | null = null;
	/** The curated edits being written: a quit waits for them. */
	let curating: Promise<unknown> = Promise.resolve();
	let read = false;
	const done = () => {
		read = true;
	};
	// Both ways: a failed read is the UI's to report (and a `finally` here would be a second, unhandled rejection).
	ready.then(done, done);
	const status = await runUi({
		data: start ? emptyStore(start.summary.name) : store!.data,
		...(start
			? {
					pending: {
						start,
						data: ready.then(([s, m]) => {
							[store, indexCache] = [s, m];
							readState(s);
							return s.data;
						}),
						// The first lines and the digest of all at once, then every line behind the first timeline.
						timeline: () => openTimelineSnapshot(file),
						// Opened only when a search is typed during the read: a session that never searches reads nothing.
						search: () => (savedSearch ? savedSearch.load(file) : savedSearchLoading.then((loaded) => loaded.load(file))),
						holdRead: holdSlices,
						// Read only when the cohort is shown during the read; it holds while the read store is the state it was made from.
						cohort: {
							load: () => {
								const before = storeStateNow(file);
								const saved = loadCohortSnapshot(file);
								cohortState = saved && storeStateNow(file) === before ? before : null;
								return cohortState === null ? null : saved;
							},
							holds: () => cohortState !== null && store?.state === cohortState,
						},
						// The articles and people lists and the reader's articles, each read when first shown during the read.
						views: savedViews(file),
					},
				}
			: {}),
		// The index saved beside the store by the last import (or by the last session) loads instead of rebuilding.
		searcherFor: (data) => indexCache.searcherFor(file, data),
		reload: async () => {
			await (await opening).reload();
			readState(store);
			return store.data;
		},
		streams: {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr},
		env: ctx.env,
		debug: Boolean(ctx.flags.debug),
		ascii: Boolean(ctx.flags.ascii),
		curate: (edit) => {
			const saving = (async () => {
				// Only the curated file is read and written: the store's data this UI has read is used as it is.
				const opened = await opening;
				const saved = await saveCuration(file, edit, {today: localToday(), store: opened});
				// The state read at once with the data: the lines saved for it are then those of this data.
				if (saved.data === opened.data) readState(opened, saved.data);
				return {data: saved.data, id: saved.id};
			})();
			curating = Promise.allSettled([curating, saving]);
			return saving;
		},
		processHandlers: true,
		onFrame: timeline.afterFrame,
	});
	if (!read) {
		// Quit while the store is still being read (drawn from the start snapshot): that read would keep the process
		// alive until it ends, 20 s at 50,000 articles. It is read-only, and no save can have started (saving needs
		// the store), so there is nothing to finish; the terminal has been given back.
		process.exit(status);
	}
	// An edit still being written when the person quit is finished first; then the saves it made stale beside the
	// store (the timeline's lines, the cohort, the search's part of the lines).
	await curating;
	await timeline.settle((line) => printError(ctx, line));
	return status;
}
