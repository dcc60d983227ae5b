/**
 * While a large store is read, each key holds the read (`holdRead`) until the frame it leads to is drawn. The
 * read runs in the UI's thread a slice at a time, and its work and garbage collections come between every step of
 * a key's answer: the view's own reading of the files beside the store, React's render and Ink's drawing. The
 * search and the lists hold the read for their first answer too (use-saved-search.ts, use-saved-views.ts); this
 * covers every other key (the timeline, the cohort, the reader, the frequency tables, moves). Each hold ends soon
 * after the next commit, or at its limit when the key changes nothing: the read goes on once the typing stops. A
 * key that waits for the store lets the read go at once (`waits`): holding it would only make that key wait longer.
 */
import {useCallback, useEffect, useMemo, useRef} from 'react';
import type {HoldRead} from './use-saved-search.js';

/** The longest a key holds the read; how long the hold outlasts the commit (Ink draws on a timer). */
const keyMs = 1500;
const frameMs = 100;

/** What the key handler calls: `hold` for each key while the store is read, `waits` when a key waits for the store. */
export function useKeyHold(holdRead: HoldRead | undefined, loading: boolean): {readonly hold: () => void; readonly waits: () => void} {
	const release = useRef<(() => void) | null>(null);
	const loadingNow = useRef(loading);
	loadingNow.current = loading;
	useEffect(() => {
		const held = release.current;
		if (!held) return;
		release.current = null;
		setTimeout(held, frameMs);
	});
	const hold = useCallback(() => {
		if (!holdRead || !loadingNow.current) return;
		release.current?.();
		release.current = holdRead(keyMs);
	}, [holdRead]);
	const waits = useCallback(() => {
		release.current?.();
		release.current = null;
	}, []);
	return useMemo(() => ({hold, waits}), [hold, waits]);
}
