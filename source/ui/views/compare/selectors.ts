/**
 * The comparison's derived data, remembered for the last arguments (the controller and the view ask for the same
 * on every key and frame), and the heights its lists and panels get.
 */
import type {SavedCompare} from '../../../corpus/records/saved-compare.js';
import type {StoreData} from '../../../corpus/schema.js';
import {split} from '../../layout.js';
import {memoLast} from '../../memo.js';
import type {CompareScreen} from '../../state.js';
import type {ViewEnv} from '../view-types.js';
import {compareLineItems, filterLineItems} from './line-items.js';
import {chooseAuthorities, chooserItems, compareLines, comparePair, latestEpisodes, quoteMatches, savedComparePair, type CompareModel, type QuoteMatch} from './model.js';

const pairModel = memoLast((data: StoreData, saved: SavedCompare | null, pair: CompareScreen['pair'], episodes: CompareScreen['episodes'] = latestEpisodes) =>
	saved ? savedComparePair(saved, pair, episodes) : comparePair(data, pair, episodes),
);

/** The screen's comparison: from the store, or while it is read from the comparison saved beside it. */
export function modelOf(env: Pick<ViewEnv, 'data' | 'saved'>, screen: Pick<CompareScreen, 'pair' | 'episodes'>): CompareModel | null {
	const m = pairModel(env.data, env.saved?.compare ?? null, screen.pair, screen.episodes);
	return m === 'cannot' ? null : m;
}

/** Whether the comparison saved beside the store gives the screen's comparison (while the store is read). */
export function savedDraws(env: Pick<ViewEnv, 'data' | 'saved'>, screen: Pick<CompareScreen, 'pair' | 'episodes'>): boolean {
	const saved = env.saved?.compare;
	return Boolean(saved) && pairModel(env.data, saved!, screen.pair, screen.episodes) !== 'cannot';
}
export const linesOf = memoLast(compareLines);
export const itemsOf = memoLast(chooserItems);
export const chosenOf = memoLast(chooseAuthorities);
export const lineItemsOf = memoLast(compareLineItems);
export const filteredLinesOf = memoLast(filterLineItems);
export const matchesOf = memoLast((data: StoreData, left: string, right: string, query: string): readonly [QuoteMatch[], QuoteMatch[]] => [quoteMatches(data, left, query), quoteMatches(data, right, query)]);

/** Rows for the document under the title and the column header. */
export function pageHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 2);
}

export function chooserHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 2);
}

/** The quote panel's geometry: the two columns side by side from 100 columns, else stacked; two rows a match. */
export function quotesGeometry(env: ViewEnv) {
	const {width, height} = env.layout.body;
	// Title and box line above; each column has its header.
	const panes = split({width, height: Math.max(2, height - 1)}, {sideBySideFrom: 100, share: 0.5});
	const perColumn = (h: number) => Math.max(1, Math.floor((h - 1) / 2));
	return {panes, visible: [perColumn(panes.first.height), perColumn(panes.second.height)] as const};
}
