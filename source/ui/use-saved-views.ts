/**
 * The articles and people lists, the comparison and the reader's articles saved beside the store
 * (corpus/records/saved-views.ts, saved-compare.ts),
 * for those views while a large store is read: a list is read once, in the handler of the key that shows it (so
 * that the frame showing it is drawn from it), an article when the reader first draws it. Null once the store is
 * read: the views then draw from the store itself, the same rows in the same order, so the cursor stays put.
 */
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {ArticleView, PersonView} from '../corpus/queries.js';
import type {SavedCompare} from '../corpus/records/saved-compare.js';
import type {ArticlesHead, PeopleHead, SavedViews} from '../corpus/records/saved-views.js';
import type {StoreData} from '../corpus/schema.js';
import type {HoldRead} from './use-saved-search.js';

/** What the UI is given: each read when first asked for (null: none saved of the store file as it is). */
export type ViewsAsk = SavedViews;

/** What the views draw from while the store is read: the lists read so far, and an article's store. */
export type SavedLists = {
	readonly articles: readonly ArticleView[] | null;
	/** The articles list's first screen, until its rows are read (`articles`). */
	readonly articlesHead: ArticlesHead | null;
	readonly people: readonly PersonView[] | null;
	/** The people list's first screen, until its rows are read (`people`). */
	readonly peopleHead: PeopleHead | null;
	readonly compare: SavedCompare | null;
	readonly article: (id: string) => StoreData | null;
};

type Lists = Omit<SavedLists, 'article'>;

/** The longest the store's read waits for a view to be drawn; how long the hold outlasts it (Ink draws on a timer). */
const listMs = 3000;
const frameMs = 100;
const none: Lists = {articles: null, articlesHead: null, people: null, peopleHead: null, compare: null};

/** How a list with a head is read: its head, all its rows at once, or its rows a slice at a time. */
type HeadedList<R, H> = {readonly head: () => H | null; readonly rows: () => R[] | null; readonly inTurns: (wanted: () => boolean) => Promise<R[] | null>};

/**
 * A list with a head (the articles and people lists): its head at once (its first screen), and its rows behind
 * the frame drawn from the head (a sort, or a move past the head's rows, waits for them); without a head, its
 * rows at once.
 */
function readHeaded<R, H>(list: HeadedList<R, H>, keep: {head: (head: H) => void; rows: (rows: R[] | null) => void; later: (rows: R[]) => void}, loading: () => boolean): void {
	const head = list.head();
	if (!head) {
		keep.rows(list.rows());
		return;
	}

	keep.head(head);
	// After the frame drawn from the head, a slice at a time: keys and the store's read go on meanwhile.
	setTimeout(() => {
		void list.inTurns(loading).then((rows) => {
			if (rows && loading()) keep.later(rows);
		});
	}, frameMs);
}

/** Reads the list a view shows, once (`read`); `now` gives what the views will draw from before it is rendered. */
export function useSavedViews(ask: ViewsAsk | undefined, holdRead: HoldRead | undefined, loading: boolean, shown: string): {saved: SavedLists | null; read: (view: string) => void; now: () => SavedLists | null} {
	const [lists, setLists] = useState<Lists>(none);
	const latest = useRef<Lists>(none);
	const asked = useRef(new Set<string>());
	const loadingNow = useRef(loading);
	loadingNow.current = loading;
	const article = useMemo(() => {
		const read = new Map<string, StoreData | null>();
		return (id: string): StoreData | null => {
			if (!ask || !loadingNow.current) return null;
			if (!read.has(id)) read.set(id, ask.article(id));
			return read.get(id)!;
		};
	}, [ask]);
	const read = useCallback(
		(view: string) => {
			if (!ask || !loadingNow.current || !(view in none) || asked.current.has(view)) return;
			asked.current.add(view);
			// The store's read is held from the key until the view is drawn (it would slow each step several times over).
			const release = holdRead?.(listMs) ?? (() => {});
			const keep = (lists: Partial<Lists>) => {
				latest.current = {...latest.current, ...lists};
				setLists(latest.current);
				setTimeout(release, frameMs);
			};
			// The rows read behind a head's frame (its hold released with that frame).
			const later = (lists: Partial<Lists>) => {
				latest.current = {...latest.current, ...lists};
				setLists(latest.current);
			};
			const reading = () => loadingNow.current;
			// The comparison reads the curated file too (a moment): it is drawn when that is read, its keys wait.
			if (view === 'compare') void ask.compare().then((compare) => (loadingNow.current ? keep({compare}) : release()), release);
			else if (view === 'articles') readHeaded({head: ask.articlesHead, rows: ask.articles, inTurns: ask.articlesInTurns}, {head: (articlesHead) => keep({articlesHead}), rows: (articles) => keep({articles}), later: (articles) => later({articles})}, reading);
			else readHeaded({head: ask.peopleHead, rows: ask.people, inTurns: ask.peopleInTurns}, {head: (peopleHead) => keep({peopleHead}), rows: (people) => keep({people}), later: (people) => later({people})}, reading);
		},
		[ask, holdRead],
	);
	useEffect(() => {
		if (loading) read(shown);
	}, [loading, shown, read]);
	const saved = useMemo(() => (loading && ask ? {...lists, article} : null), [loading, ask, lists, article]);
	const now = useCallback(() => (loadingNow.current && ask ? {...latest.current, article} : null), [ask, article]);
	return {saved, read, now};
}
