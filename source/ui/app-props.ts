/** What the App is given: the store's data or its read under way, and the ways to save, reload and search it. */
import type {CurationEdit} from '../corpus/curation.js';
import type {StoreData} from '../corpus/schema.js';
import type {StartSnapshot} from '../corpus/start-snapshot.js';
import type {TimelineReading} from '../corpus/timeline-snapshot.js';
import type {Searcher} from '../search/search.js';
import type {Clipboard} from './clipboard.js';
import type {UiState} from './state.js';
import type {HoldRead, SearchAsk} from './use-saved-search.js';
import type {CohortAsk} from './use-saved-cohort.js';
import type {ViewsAsk} from './use-saved-views.js';
import type {ViewRegistry} from './views/view-types.js';

export type AppProps = {
	readonly data: StoreData;
	/**
	 * A store still being read: the dashboard draws from `start` (saved beside the store) and `data` is ignored
	 * until `data` resolves. The timeline, when first shown meanwhile, asks `timeline` for its lines saved beside
	 * the store (null: none fit) and draws from the first of them at once, then from all once they are read; the
	 * search view, likewise, asks `search` for the index and documents saved beside the store and answers from
	 * them. Keys the views cannot handle yet wait until the
	 * store is read; a failed read ends the session with its error.
	 */
	readonly pending?: {
		readonly start: StartSnapshot;
		readonly data: Promise<StoreData>;
		readonly timeline?: () => TimelineReading | null;
		readonly search?: SearchAsk;
		/** Holds the store's read (at most `maxMs`) while the search answers from what `search` gave; returns the release. */
		readonly holdRead?: HoldRead;
		readonly cohort?: CohortAsk;
		/** The articles and people lists and the reader's articles saved beside the store (use-saved-views.ts). */
		readonly views?: ViewsAsk;
	};
	/** Re-reads the store for `r`; without it, `r` says there is nothing to reload from. */
	readonly reload?: () => Promise<StoreData>;
	/** How to get a searcher for the data (the index cache beside the store); default: build one in memory. */
	readonly searcherFor?: (data: StoreData) => Searcher;
	readonly env?: NodeJS.ProcessEnv;
	readonly clipboard?: Clipboard;
	/** Called once when the person quits (q or Ctrl+C), just before the app exits. */
	readonly onQuit?: () => void;
	/** Replaces views (tests use it to make one fail). */
	readonly views?: Partial<ViewRegistry>;
	/** Milliseconds between the last key and the search (default 80). */
	readonly searchDelayMs?: number;
	readonly initialState?: UiState;
	/** `--ascii`: the timeline's chart and markers in ASCII. */
	readonly ascii?: boolean;
	/**
	 * Writes a curated change to the store (under its lock, atomically) and returns the store's new data and the
	 * id to select; without it, the views say changes cannot be saved here.
	 */
	readonly curate?: (edit: CurationEdit) => Promise<{data: StoreData; id: string}>;
	/** Today as `YYYY-MM-DD` (default: the local date). */
	readonly today?: () => string;
	/** The folder saved lists (`S`, `M`) are written to (default: the current folder). */
	readonly saveDir?: string;
	/**
	 * Called after each frame drawn from the store's data (never while it is read), with that data: the caller
	 * saves beside the store what the views have computed (the timeline's lines).
	 */
	readonly onFrame?: (data: StoreData) => void;
};
