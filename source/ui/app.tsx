/**
 * The shell: header, tab bar, the current view (inside an error boundary) and the footer, sized from the
 * terminal. One input handler resolves every key through the keymap against the current state: global commands
 * are handled here, the rest go to the current view's controller. Reading the state from the synchronous store
 * (not from the last render) keeps a burst of keys correct: `/` then `poundland` in one write types `poundland`.
 */
import {Box, Text, useApp, useInput, type Key} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {localToday, type CurationEdit} from '../corpus/curation.js';
import {storeAuthorities, summary} from '../corpus/queries.js';
import type {StoreData} from '../corpus/schema.js';
import type {TimelineSnapshot} from '../corpus/timeline-snapshot.js';
import {Searcher} from '../search/search.js';
import {safeLine} from '../text/terminal-safety.js';
import {noClipboard} from './clipboard.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {TabBar} from './components/tab-bar.js';
import {ViewBoundary} from './components/view-boundary.js';
import {footerHints, isTextInput, resolveCommand, splitKeys} from './keymap.js';
import {hint} from './key-hints.js';
import {appLayout, minimumSize} from './layout.js';
import {writeSaved} from './save-notice.js';
import {createUiStore, currentScreen, tabViews, type Screen} from './state.js';
import {authorityColours, themeFor} from './theme.js';
import {useKeyHold} from './use-key-hold.js';
import {useSavedCohort} from './use-saved-cohort.js';
import {useSavedSearch} from './use-saved-search.js';
import {useSavedViews} from './use-saved-views.js';
import {useTerminalSize} from './use-terminal-size.js';
import {views as defaultViews} from './views/registry.js';
import {drawsWhileLoading, readyWhileLoading, viewKeys} from './loading-views.js';
import {prepareViews} from './prepare-views.js';
import type {AppProps} from './app-props.js';
import {keyContextOf, moduleFor, type SaveOutcome, type ViewEnv, type ViewInput, type ViewRegistry} from './views/view-types.js';

export type {AppProps} from './app-props.js';

/** The longest the store's read waits for the timeline's first frame, and how long its hold outlasts the first lines (Ink draws on a timer). */
const timelineHoldMs = 3000;
const timelineFrameMs = 100;

export function App(props: AppProps) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const layout = useMemo(() => appLayout(size), [size]);
	const [data, setData] = useState(props.data);
	// The snapshot describes the file the pending read is reading, so it stays valid for that data: the dashboard
	// need not be computed again once the store is read. A reload or a curated change drops it.
	const [start, setStart] = useState(props.pending?.start ?? null);
	const [loading, setLoading] = useState(props.pending !== undefined);
	// The timeline's lines saved beside the store, asked for when the timeline is first shown during the read.
	const [timelineSnapshot, setTimelineSnapshot] = useState<TimelineSnapshot | null>(null);
	const timelineAsked = useRef(false);
	const replaceData = useCallback((next: StoreData) => {
		setStart(null);
		setData(next);
	}, []);
	const env = props.env ?? process.env;
	const theme = useMemo(() => themeFor(env), [env]);
	const colours = useMemo(() => authorityColours(start?.authorities ?? storeAuthorities(data)), [data, start]);
	const counts = useMemo(() => start?.summary ?? summary(data), [data, start]);
	// The index is loaded (or built) once per loaded store: on the first search, or just after the first frame.
	// Not while the store loads: the index beside the store is not for the empty stand-in.
	const searcherFor = props.searcherFor;
	const searcher = useMemo(() => {
		let s: Searcher | null = null;
		return () => (s ??= searcherFor && !loading ? searcherFor(data) : Searcher.fromStore(data));
	}, [data, searcherFor, loading]);
	useEffect(() => {
		if (loading) return;
		let shown = true;
		const warm = setTimeout(() => {
			searcher();
			// Then the slowest views' lines, behind the others (prepare-views.ts).
			void prepareViews(data, () => shown && !quitting.current);
		}, 50);
		return () => {
			shown = false;
			clearTimeout(warm);
		};
	}, [searcher, loading, data]);
	const pendingData = props.pending?.data;
	useEffect(() => {
		if (!pendingData) return;
		let live = true;
		pendingData.then(
			(loaded) => {
				if (!live) return;
				setData(loaded);
				setLoading(false);
				// From now on the views draw from the store itself.
				setTimelineSnapshot(null);
			},
			(error: unknown) => {
				if (live) exit(error instanceof Error ? error : new Error(String(error)));
			},
		);
		return () => {
			live = false;
		};
	}, [pendingData, exit]);
	const [store] = useState(() => createUiStore(props.initialState));
	const state = useSyncExternalStore(store.subscribe, store.getState);
	const registry = useMemo(() => ({...defaultViews, ...props.views}) as ViewRegistry, [props.views]);
	const canSave = Boolean(props.curate);
	const today = props.today ?? localToday;
	const savedCohort = useSavedCohort(props.pending?.cohort, loading, currentScreen(state).view === 'cohort', data);
	const readingTimeline = loading ? timelineSnapshot : null;
	const {saved: readingSearch, read: readSavedSearch, savedNow} = useSavedSearch(props.pending?.search, props.pending?.holdRead, loading, currentScreen(state).view === 'search');
	const {saved, read: readSavedViews, now: savedViewsNow} = useSavedViews(props.pending?.views, props.pending?.holdRead, loading, currentScreen(state).view);
	const viewEnv: ViewEnv = useMemo(
		() => ({data, start, timeline: readingTimeline, savedSearch: readingSearch, cohort: savedCohort.cohort, saved, layout, theme, colours, searcher, searchDelayMs: props.searchDelayMs ?? 80, ascii: props.ascii ?? false, canSave, today}),
		[data, start, readingTimeline, readingSearch, savedCohort.cohort, saved, layout, theme, colours, searcher, props.searchDelayMs, props.ascii, canSave, today],
	);

	// The handler reads these at key time: a key may arrive before the render that would rebuild it.
	const live = useRef({viewEnv, registry, props, loading});
	live.current = {viewEnv, registry, props, loading};
	const quitting = useRef(false);

	// The first lines are read at once, in the handler of the key that shows the timeline: the frame that shows
	// it is drawn from them (no frame saying the store is being read, which would hold the next frame back). The
	// rest are read behind it. The store's read is held from the key until that frame is drawn, as for the other
	// views the files beside the store draw: its slices and their garbage would hold the frame back.
	const askTimeline = props.pending?.timeline;
	const holdRead = props.pending?.holdRead;
	const readTimeline = useCallback(() => {
		if (!askTimeline || timelineAsked.current || !live.current.loading) return;
		timelineAsked.current = true;
		const release = holdRead?.(timelineHoldMs) ?? (() => {});
		const reading = askTimeline();
		if (!reading) {
			release();
			return;
		}
		setTimelineSnapshot(reading.first);
		setTimeout(release, timelineFrameMs);
		if (reading.first.complete) return;
		// Too late once the store is read: the timeline then draws from the store (and the file is let go).
		const wanted = () => live.current.loading;
		// A turn first, for the frame drawn from the first lines to be written.
		setTimeout(() => {
			void reading.rest(wanted).then((all) => {
				if (wanted()) setTimelineSnapshot(all);
			});
		}, 0);
	}, [askTimeline, holdRead]);
	const shownView = currentScreen(state).view;
	useEffect(() => {
		if (loading && shownView === 'timeline') readTimeline();
	}, [loading, shownView, readTimeline]);
	const onFrame = props.onFrame;
	useEffect(() => {
		if (!loading) onFrame?.(data);
	});

	// Keys for views that need the whole store, typed while it loads: run, in order, once it is there.
	const waiting = useRef<ViewInput[]>([]);
	// Keys typed while the store is read wait for it (an edit's `x` among them): a quit would drop them unseen, so the
	// first `q` says so and a second quits; Ctrl+C quits at once.
	const quitWarned = useRef(false);
	const quit = useCallback((force: boolean) => {
		if (quitting.current) return;
		const typed = waiting.current.length;
		if (!force && typed > 0 && live.current.loading && !quitWarned.current) {
			quitWarned.current = true;
			store.dispatch({type: 'notice', text: `${typed === 1 ? 'a key you typed waits' : `${typed} keys you typed wait`} for the store to be read: q again quits without ${typed === 1 ? 'it' : 'them'}`});
			return;
		}
		quitting.current = true;
		live.current.props.onQuit?.();
		exit();
	}, [exit]);

	const reload = useCallback(async () => {
		const fn = live.current.props.reload;
		if (!fn) {
			store.dispatch({type: 'notice', text: 'nothing to reload from'});
			return;
		}
		store.dispatch({type: 'notice', text: 'reloading…'});
		try {
			const next = await fn();
			replaceData(next);
			store.dispatch({type: 'reloaded'});
			const s = summary(next);
			store.dispatch({type: 'notice', text: `reloaded: ${s.articles} articles, ${s.quotes} quotes, ${s.events} events`});
		} catch (error) {
			store.dispatch({type: 'notice', text: `reload failed: ${safeLine((error as Error).message ?? String(error))}`});
		}
	}, [store, replaceData]);

	// A curated change: written by the caller's `curate`, then the new data replaces the old, as after `r`.
	const save = useCallback(
		async (edit: CurationEdit): Promise<SaveOutcome> => {
			const fn = live.current.props.curate;
			if (!fn) return {ok: false, message: 'this store cannot be written from here'};
			try {
				const {data: next, id} = await fn(edit);
				replaceData(next);
				store.dispatch({type: 'reloaded'});
				return {ok: true, id};
			} catch (error) {
				return {ok: false, message: safeLine((error as Error).message ?? String(error))};
			}
		},
		[store, replaceData],
	);


	/** Whether the screen's view can take the input now (always, once the store is read). */
	const takesNow = useCallback((screen: Screen, input: ViewInput) => {
		if (!live.current.loading) return true;
		const {registry: r} = live.current;
		// The saved search or list opened by the key before these (in its handler) answers them, before the next render.
		const e = {...live.current.viewEnv, savedSearch: live.current.viewEnv.savedSearch ?? savedNow(), saved: savedViewsNow()};
		return readyWhileLoading(screen.view) || (drawsWhileLoading(r, screen, e) && (moduleFor(r, screen.view).whileReading?.takes(screen, input, e) ?? false));
	}, [savedNow, savedViewsNow]);

	const applyInput = useCallback(
		(screen: Screen, input: ViewInput) => {
			const {registry: r} = live.current;
			// A list read by the key before this one (in its handler) is the view's rows before the next render.
			const e = {...live.current.viewEnv, saved: savedViewsNow()};
			try {
				const result = moduleFor(r, screen.view).controller(screen, input, e);
				if (!result) return;
				if (result.screen) store.dispatch({type: 'replace', screen: result.screen});
				if (result.open) store.dispatch({type: 'open', screen: result.open});
				if (result.copy) {
					const copied = (live.current.props.clipboard ?? noClipboard)(result.copy.text);
					store.dispatch({type: 'replace', screen: result.copy.then(copied)});
				}
				if (result.save) {
					const {edit, then} = result.save;
					void save(edit).then((outcome) => {
						// The view's screens first (the form closes), then the notice: no frame shows one without the other.
						store.dispatch({type: 'update', view: screen.view, update: then(outcome)});
						store.dispatch({type: 'notice', text: outcome.ok ? 'saved to the store' : `not saved: ${outcome.message}`});
					});
				}
				if (result.write) {
					// Said first, written on the next turn: a list of many thousand rows takes seconds to write.
					const request = result.write;
					store.dispatch({type: 'notice', text: `saving ${request.rows} rows…`});
					setTimeout(() => store.dispatch({type: 'notice', text: writeSaved(request, live.current.props.saveDir)}), 0);
				}
				if (result.back || result.backTo) store.dispatch({type: 'back'});
				if (result.backTo) {
					const next = result.backTo(currentScreen(store.getState()));
					store.dispatch('open' in next ? {type: 'open', screen: next.open} : {type: 'replace', screen: next.replace});
				}
				if (result.notice) store.dispatch({type: 'notice', text: result.notice});
			} catch (error) {
				// A failing controller is the view's error, not the session's: say so and carry on.
				store.dispatch({type: 'notice', text: `error in the ${screen.view} view: ${safeLine((error as Error).message ?? String(error))}`});
			}
		},
		[store, save, savedViewsNow],
	);
	const runController = useCallback(
		(screen: Screen, input: ViewInput) => {
			// Keys wait while the store is read unless the view can take them now; once one waits, the next ones
			// wait behind it, so that they run in the order they were typed.
			if (live.current.loading && (waiting.current.length > 0 || !takesNow(screen, input))) {
				waiting.current.push(input);
				return;
			}
			applyInput(screen, input);
		},
		[takesNow, applyInput],
	);

	const onKey = useCallback(
		(input: string, key: Key) => {
			const state = store.getState();
			const screen = currentScreen(state);
			if (state.notice && !state.notice.endsWith('…')) store.dispatch({type: 'notice', text: null});
			const ctx = keyContextOf(live.current.registry, screen);
			const {typing} = ctx;
			const command = resolveCommand(input, key, ctx);
			if (!command) {
				if (typing && isTextInput(input, key)) runController(screen, {text: input});
				return;
			}
			if (command.views !== 'all') {
				runController(screen, {command: command.name});
				return;
			}
			const tab = viewKeys[command.name];
			if (tab) {
				if (tab === 'timeline') readTimeline();
				if (tab === 'cohort') savedCohort.read();
				if (tab === 'search') readSavedSearch();
				readSavedViews(tab);
				store.dispatch({type: 'show', view: tab});
				return;
			}
			switch (command.name) {
				case 'quit':
				case 'force-quit':
					quit(command.name === 'force-quit');
					return;
				case 'help':
					store.dispatch(screen.view === 'help' ? {type: 'back'} : {type: 'open', screen: {view: 'help', top: 0}});
					return;
				case 'search':
					readSavedSearch();
					store.dispatch({type: 'focus-search'});
					return;
				case 'back':
					store.dispatch({type: 'back'});
					return;
				case 'reload':
					void reload();
					return;
				default:
					return;
			}
		},
		[store, runController, quit, reload, readTimeline, savedCohort.read, readSavedSearch, readSavedViews],
	);

	// Waiting keys run, in order, as soon as the view can take them: once the store is read, the search view has
	// its saved documents or the timeline all its saved lines; the first it still cannot take holds the rest.
	useEffect(() => {
		const queue = waiting.current;
		while (queue.length > 0 && takesNow(currentScreen(store.getState()), queue[0]!)) applyInput(currentScreen(store.getState()), queue.shift()!);
	}, [loading, readingSearch, timelineSnapshot, savedCohort.cohort, saved, takesNow, applyInput, store]);

	const keyHold = useKeyHold(props.pending?.holdRead, loading);
	const onInput = useCallback(
		(input: string, key: Key) => {
			keyHold.hold();
			for (const k of splitKeys(input, key)) {
				// While the terminal is too small only the message shows: a key may quit, as it says, and nothing else
				// acts on a view nobody can see.
				if (live.current.viewEnv.layout.tooSmall) {
					const command = resolveCommand(k.input, k.key, {...keyContextOf(live.current.registry, currentScreen(store.getState())), typing: false});
					if (command?.name === 'quit' || command?.name === 'force-quit') quit(true);
					continue;
				}
				onKey(k.input, k.key);
			}
			if (waiting.current.length > 0) keyHold.waits();
		},
		[onKey, quit, store, keyHold],
	);
	useInput(onInput);

	const {frame, body} = layout;
	if (layout.tooSmall) {
		return (
			// Wrapped, not cut: the size needed must be readable in the smallest terminal.
			<Box width={frame.width} height={frame.height} flexDirection="column">
				<Text wrap="wrap">
					Terminal too small ({layout.size.columns}x{layout.size.rows}); scrutiny needs {minimumSize.columns}x{minimumSize.rows}. {hint('quit', 'quits')}.
				</Text>
			</Box>
		);
	}
	const screen = currentScreen(state);
	const mod = moduleFor(registry, screen.view);
	const View = mod.component;
	const isTabView = (tabViews as readonly string[]).includes(screen.view);
	const title = isTabView ? null : (mod.title?.(screen, viewEnv) ?? screen.view);
	const parentTab = isTabView ? screen.view : null;
	const keyCtx = keyContextOf(registry, screen);
	return (
		<Box flexDirection="column" width={frame.width} height={frame.height} overflowY="hidden">
			<Header summary={counts} width={frame.width} />
			<TabBar current={parentTab ?? ''} title={title} width={frame.width} />
			<Box width={body.width} height={body.height} overflowY="hidden" flexDirection="column">
				{loading && !drawsWhileLoading(registry, screen, viewEnv) ? (
					<Text wrap="truncate">Reading the store ({counts.articles} articles)…</Text>
				) : (
					<ViewBoundary key={`${state.stack.length}:${screen.view}`} view={screen.view} theme={theme} width={body.width}>
						<View screen={screen} env={viewEnv} store={store} />
					</ViewBoundary>
				)}
			</Box>
			<Footer hints={footerHints(keyCtx)} notice={state.notice} width={frame.width} theme={theme} />
		</Box>
	);
}
