/**
 * For a view built on the store's timeline lines (the cohort): whether they are made; if not, they are made a
 * step at a time behind the view (the event loop taking keys between steps, so that q quits at once) and the view
 * is drawn again when they are. At 50,000 articles they take seconds to make; the view says so meanwhile rather
 * than hold the terminal.
 */
import {useEffect, useState} from 'react';
import type {StoreData} from '../corpus/schema.js';
import {buildStoreTimeline, storeTimelineMade} from '../corpus/timeline-items.js';

class Stopped extends Error {}

export function useStoreLines(data: StoreData): boolean {
	const made = storeTimelineMade(data);
	const [, drawAgain] = useState(0);
	useEffect(() => {
		if (made) return;
		let shown = true;
		const turn = async () => {
			await new Promise<void>((resolve) => setImmediate(resolve));
			if (!shown) throw new Stopped();
		};
		buildStoreTimeline(data, turn).then(
			() => {
				if (shown) drawAgain((n) => n + 1);
			},
			(error: unknown) => {
				if (!(error instanceof Stopped)) throw error;
			},
		);
		return () => {
			shown = false;
		};
	}, [data, made]);
	return made;
}
