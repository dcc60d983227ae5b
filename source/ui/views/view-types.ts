/**
 * What every view gets and how its keys are handled. A view is a pure component of its screen state; its
 * controller turns a command (or typed text) into the next screen state, from the state the previous key left.
 */
import type {ComponentType} from 'react';
import type {Cohort} from '../../corpus/cohort.js';
import type {CurationEdit} from '../../corpus/curation.js';
import type {StoreData} from '../../corpus/schema.js';
import type {StartSnapshot} from '../../corpus/start-snapshot.js';
import type {TimelineSnapshot} from '../../corpus/timeline-snapshot.js';
import type {SavedAnswers} from '../use-saved-search.js';
import type {SavedLists} from '../use-saved-views.js';
import type {Searcher} from '../../search/search.js';
import type {CommandName, KeyContext, ViewName} from '../keymap.js';
import type {AppLayout} from '../layout.js';
import type {Move} from '../list-window.js';
import type {Screen, ScreenOf, UiStore} from '../state.js';
import type {Colour, Theme} from '../theme.js';

/** The world a view renders and a controller decides in. */
export type ViewEnv = {
	readonly data: StoreData;
	/**
	 * What the first screen shows, saved beside the store, when the session started from it: the dashboard and
	 * counts of the file being read. While the read lasts `data` is an empty store; the snapshot is dropped when
	 * the data is replaced (a reload, a curated change).
	 */
	readonly start: StartSnapshot | null;
	/**
	 * While the store is read: the timeline's lines saved beside it (corpus/timeline-snapshot.ts), once the timeline
	 * has asked for them and they were found. Null otherwise, and always once the store is read: the views then
	 * draw from `data`.
	 */
	readonly timeline: TimelineSnapshot | null;
	/**
	 * While the store is read: the search index and documents saved beside it (search/docs-file-search.ts), once the
	 * search view has asked for them and they were found. Null otherwise, and always once the store is read.
	 */
	readonly savedSearch: SavedAnswers | null;
	/**
	 * The cohort saved beside the store (corpus/cohort-snapshot.ts), once the cohort view has asked for it during
	 * the read, while it is of `data` (or of the file being read): the cohort view draws it until the store's
	 * lines are made. Absent or null otherwise.
	 */
	readonly cohort?: Cohort | null;
	/**
	 * While the store is read: the articles and people lists (once shown) and the reader's articles saved beside
	 * it (use-saved-views.ts). Absent or null otherwise, and always once the store is read.
	 */
	readonly saved?: SavedLists | null;
	readonly layout: AppLayout;
	readonly theme: Theme;
	/** Each authority's colour for the session. */
	readonly colours: ReadonlyMap<string, Colour>;
	/** The store's search index, built on first use. */
	readonly searcher: () => Searcher;
	/** How long the search waits after the last key before it runs. */
	readonly searchDelayMs: number;
	/** `--ascii`: charts and markers in ASCII rather than block and box characters. */
	readonly ascii: boolean;
	/** Whether curated changes can be saved (the store was opened from a file that can be written). */
	readonly canSave: boolean;
	/** Today where the researcher is, `YYYY-MM-DD` (dates after it are refused). */
	readonly today: () => string;
};

/** How a save the controller asked for ended: the id of the record to select, or why it failed (one line). */
export type SaveOutcome = {readonly ok: true; readonly id: string} | {readonly ok: false; readonly message: string};

/**
 * A list saved from the screen: the name it would like (`scrutiny-timeline`, `.csv`), how many rows, and what
 * to write, made by the shell after it has said it is saving.
 */
export type WriteRequest = {readonly base: string; readonly extension: string; readonly content: () => string; readonly rows: number};

/** A key as a view sees it: a command of the keymap, or text typed into the search box. */
export type ViewInput = {readonly command: CommandName} | {readonly text: string};

/**
 * What a controller asks for: a new state of its screen, a screen to open on top, a citation to copy, a curated
 * change to save (the shell writes it and applies `then` to the view's screens when it is done), or going back.
 */
export type ControllerResult = {
	readonly screen?: Screen;
	readonly open?: Screen;
	readonly copy?: {readonly text: string; readonly then: (copied: boolean) => Screen};
	readonly save?: {readonly edit: CurationEdit; readonly then: (outcome: SaveOutcome) => (screen: Screen) => Screen};
	readonly back?: boolean;
	/**
	 * Going back, then changing the screen below, or opening one over it (a frequency table's value chosen as the
	 * list's filter: the timeline's filters change in place, where Esc clears them; "Articles about X" opens).
	 */
	readonly backTo?: (below: Screen) => {readonly replace: Screen} | {readonly open: Screen};
	/** A file to write in the current folder: the shell picks a name no file has, writes it and says where. */
	readonly write?: WriteRequest;
	/** A one-line notice for the footer (why a key did nothing). */
	readonly notice?: string;
};

/** Returns undefined for a command the view does not handle. */
export type Controller<S extends Screen> = (screen: S, input: ViewInput, env: ViewEnv) => ControllerResult | undefined;

export type ViewProps<S extends Screen> = {
	readonly screen: S;
	readonly env: ViewEnv;
	readonly store: UiStore;
};

/** A view's component and controller. */
export type ViewModule<V extends ViewName> = {
	readonly component: ComponentType<ViewProps<ScreenOf<V>>>;
	readonly controller: Controller<ScreenOf<V>>;
	/** The title the tab bar shows for a screen that has no tab. */
	readonly title?: (screen: ScreenOf<V>, env: ViewEnv) => string;
	/** Where keys are resolved while this screen shows (a panel open in it) and whether a text box has them. */
	readonly keyContext?: (screen: ScreenOf<V>) => KeyContext;
	/** What the view can do while the store is read (without it, the shell shows that the store is being read). */
	readonly whileReading?: WhileReading<ScreenOf<V>>;
};

/**
 * A view that works from a snapshot while the store is read: whether it can draw the screen from what `env`
 * holds, and which inputs it can handle then, from what `env` holds (the others wait, in order, until the view
 * can take them or the store is read).
 */
export type WhileReading<S extends Screen> = {
	readonly draws: (screen: S, env: ViewEnv) => boolean;
	readonly takes: (screen: S, input: ViewInput, env: ViewEnv) => boolean;
};

export type ViewRegistry = {readonly [V in ViewName]: ViewModule<V>};

/** A view module as the shell uses it: for whatever screen is current. */
export type AnyViewModule = {
	readonly component: ComponentType<ViewProps<Screen>>;
	readonly controller: Controller<Screen>;
	readonly title?: (screen: Screen, env: ViewEnv) => string;
	readonly keyContext?: (screen: Screen) => KeyContext;
	readonly whileReading?: WhileReading<Screen>;
};

/** Where keys go for a screen: its module's say, else the view itself (the search view's box while it types). */
export function keyContextOf(registry: ViewRegistry, screen: Screen): KeyContext {
	return moduleFor(registry, screen.view).keyContext?.(screen) ?? {view: screen.view, typing: screen.view === 'search' && screen.typing};
}

/**
 * The module for a screen's view. The registry pairs each view with its own screen type; the shell only ever
 * passes a module the screen of its own view, which TypeScript cannot see through the union, hence the one cast.
 */
export function moduleFor(registry: ViewRegistry, view: ViewName): AnyViewModule {
	return registry[view] as unknown as AnyViewModule;
}

/** The list move a command means, if it is one. */
export function moveOf(input: ViewInput): Move | null {
	if (!('command' in input)) return null;
	switch (input.command) {
		case 'move-down':
			return 'down';
		case 'move-up':
			return 'up';
		case 'top':
			return 'top';
		case 'bottom':
			return 'bottom';
		case 'page-down':
			return 'page-down';
		case 'page-up':
			return 'page-up';
		default:
			return null;
	}
}

/** Whether the input is this command. */
export function isCommand(input: ViewInput, name: CommandName): boolean {
	return 'command' in input && input.command === name;
}
