/**
 * The search index and documents saved beside the store (search/docs-file-search.ts), for the search view while a
 * large store is read: asked for once, when the search is first shown during the read (a session that never
 * searches pays nothing), and closed once the store is read (the view then searches the store).
 *
 * The read of the store runs in the same thread, and its work and garbage collections would slow every step of an
 * answer several times over: the read is held (`holdRead`) from the key that asks for the search until its first
 * answer is on screen, and again while each later answer is made and drawn. Each hold ends with its answer's frame
 * or at its limit: the read goes on between answers, and once the typing stops.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {SavedAnswer, SavedSearch} from '../search/docs-file-search.js';

/** What the search view asks of the saved search: an answer for the box (see {@link SavedSearch.answer}). */
export type SavedAnswers = Pick<SavedSearch, 'answer'>;

/** Opens the saved search of the store being read (null: none fits), at once when it can. */
export type SearchAsk = () => SavedSearch | null | Promise<SavedSearch | null>;

/** Holds the store's read for at most `maxMs`; returns the release. */
export type HoldRead = (maxMs: number) => () => void;

/** The longest the read waits for the first answer, and for each later one. */
const firstAnswerMs = 3000;
const answerMs = 2000;
/** How long an answer's hold outlasts it: the frame that shows it is drawn on a timer (Ink's throttle). */
const frameMs = 100;

/** The search's saved answers, and what the App needs to ask for them and to know of them before its next render. */
export type SavedSearchUse = {
	/** The answers while the store is read, once opened. */
	readonly saved: SavedAnswers | null;
	/** Opens them (once, during the read): the search is shown. */
	readonly read: () => void;
	/** The answers as opened by now, before the render that gives `saved` (keys typed with the one that asked). */
	readonly savedNow: () => SavedAnswers | null;
};

export function useSavedSearch(ask: SearchAsk | undefined, holdRead: HoldRead | undefined, loading: boolean, shown: boolean): SavedSearchUse {
	const [opened, setOpened] = useState<{search: SavedSearch; answers: SavedAnswers} | null>(null);
	const openedNow = useRef<typeof opened>(null);
	const asked = useRef(false);
	const loadingNow = useRef(loading);
	loadingNow.current = loading;
	/** The hold taken by the key that asked, released with the first answer. */
	const firstHold = useRef<(() => void) | null>(null);
	const letGo = useCallback(() => {
		firstHold.current?.();
		firstHold.current = null;
	}, []);
	const read = useCallback(() => {
		if (!ask || asked.current || !loadingNow.current) return;
		asked.current = true;
		firstHold.current = holdRead?.(firstAnswerMs) ?? null;
		const take = (search: SavedSearch | null) => {
			if (!search || !loadingNow.current) {
				search?.close();
				letGo();
				return;
			}
			const both = {search, answers: withHolds(search, holdRead, firstHold)};
			openedNow.current = both;
			setOpened(both);
		};
		try {
			const found = ask();
			// At once when it can: the frame that shows the search then answers it, without one that waits.
			if (found instanceof Promise) found.then(take, letGo);
			else take(found);
		} catch {
			letGo();
		}
	}, [ask, holdRead, letGo]);
	useEffect(() => {
		if (loading && shown) read();
	}, [loading, shown, read]);
	// Its index file is open while it answers: closed once the store answers instead.
	useEffect(() => () => opened?.search.close(), [opened]);
	useEffect(() => {
		if (loading) return;
		openedNow.current = null;
		setOpened(null);
		letGo();
	}, [loading, letGo]);
	const savedNow = useCallback(() => (loadingNow.current ? (openedNow.current?.answers ?? null) : null), []);
	return {saved: loading ? (opened?.answers ?? null) : null, read, savedNow};
}

/** The search's answers, each made and drawn with the store's read held (the first also lets go of the key's hold). */
function withHolds(search: SavedSearch, holdRead: HoldRead | undefined, firstHold: {current: (() => void) | null}): SavedAnswers {
	return {
		async answer(...args) {
			const release = holdRead?.(answerMs);
			let answer: SavedAnswer = null;
			try {
				return (answer = await search.answer(...args));
			} finally {
				const first = answer ? firstHold.current : null;
				if (first) firstHold.current = null;
				const end = () => {
					release?.();
					first?.();
				};
				if (answer) setTimeout(end, frameMs);
				else end();
			}
		},
	};
}
