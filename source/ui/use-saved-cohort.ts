/**
 * The cohort saved beside the store (corpus/cohort-snapshot.ts), for the cohort view while a large store is read
 * and until the store's timeline lines (which the cohort is made from) are made after it: asked for once, when
 * the cohort is first shown during the read (a session that never opens it pays nothing). It is of the file being
 * read; it is dropped when the read store turns out to be another state of it (`holds`) or the data is replaced
 * (a reload, a curated change).
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Cohort} from '../corpus/cohort.js';
import type {StoreData} from '../corpus/schema.js';

export type CohortAsk = {
	/** The saved cohort if it is of the store's files as they are now. */
	readonly load: () => Cohort | null;
	/** Once the store is read: whether what was read is what the saved cohort was made from. */
	readonly holds: () => boolean;
};

/** The saved cohort while it is of `data` (or of the file being read), and what to call when the cohort is shown. */
export function useSavedCohort(ask: CohortAsk | undefined, loading: boolean, shown: boolean, data: StoreData): {cohort: Cohort | null; read: () => void} {
	const [cohort, setCohort] = useState<Cohort | null>(null);
	const asked = useRef(false);
	const readData = useRef<StoreData | null>(null);
	const loadingNow = useRef(loading);
	loadingNow.current = loading;
	const read = useCallback(() => {
		if (!ask || asked.current || !loadingNow.current) return;
		asked.current = true;
		setCohort(ask.load());
	}, [ask]);
	useEffect(() => {
		if (loading && shown) read();
	}, [loading, shown, read]);
	useEffect(() => {
		if (loading) return;
		// The data the read gave; any other (a reload, a curated change) is not what the cohort was made from.
		readData.current ??= data;
		if (readData.current !== data || (ask && asked.current && !ask.holds())) setCohort(null);
	}, [loading, ask, data]);
	return {cohort, read};
}
