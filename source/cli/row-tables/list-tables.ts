/**
 * The row tables of the list commands: for each, every row a filtered call can print, in the order the command
 * prints them, with what its filters test (`keys`); and which of those rows a call prints (`select`), as the
 * command's own query picks them. The tables are made from the store file's data alone (no curated records);
 * only the timeline's lines depend on the curated file, and only those of the authorities it touches.
 */
import {storeQuoteCopies} from '../../corpus/copies.js';
import {inQuoteOrder, listArticles, listPeople, quoteView, resolveAuthority, speakerMatches, timeline} from '../../corpus/queries.js';
import type {Quote, StoreData} from '../../corpus/schema.js';
import {inRange, timelineSteps} from '../../corpus/timeline.js';
import type {Flags} from '../context.js';
import type {ListSpec} from '../list-spec.js';

import type {Curated} from '../../corpus/records/authority-records.js';

export type {Curated} from '../../corpus/records/authority-records.js';

export type ListTable<T, K> = {
	readonly spec: () => Promise<ListSpec<T>>;
	/**
	 * Every row, in order, and what the filters test of each (JSON); `pace` is called between steps of a long build.
	 * With `view`, `rows` holds what each row is made from, made into it as it is written (one row at a time).
	 */
	readonly everyRow: (data: StoreData, pace?: () => void) => {rows: unknown[]; keys: K; view?: (made: any) => T};
	/**
	 * The rows a call prints (ascending), or null when the table cannot say. The timeline's are those of the
	 * authorities the curated file does not touch: the call's other lines are made beside the table.
	 */
	readonly select: (keys: K, flags: Flags, resolve: (query: string) => string, curated: Curated) => number[] | null;
};

/** Strings numbered in order of first use. */
class Interned {
	readonly list: string[] = [];
	readonly #at = new Map<string, number>();

	of(s: string): number {
		let n = this.#at.get(s);
		if (n === undefined) this.#at.set(s, (n = this.list.push(s) - 1));
		return n;
	}
}

/** 0 to n - 1 (a loop: `Array.from` with a function is slow over hundreds of thousands of rows). */
function every(n: number): number[] {
	const all = new Array<number>(n);
	for (let i = 0; i < n; i++) all[i] = i;
	return all;
}

type ByAuthority = {readonly names: readonly string[]; readonly authorities: readonly (readonly number[])[]};

/** Rows with a list of authorities, chosen by `--authority` (its first value, as the commands read it). */
function byAuthority<T extends {authorities: string[]}>(rows: readonly T[]): ByAuthority {
	const names = new Interned();
	return {authorities: rows.map((r) => r.authorities.map((a) => names.of(a))), names: names.list};
}

function selectByAuthority(keys: ByAuthority, flags: Flags, resolve: (query: string) => string): number[] {
	const query = flags.authority?.[0];
	if (!query) return every(keys.authorities.length);
	const wanted = keys.names.indexOf(resolve(query));
	return every(keys.authorities.length).filter((i) => keys.authorities[i]!.includes(wanted));
}

/** A table of rows chosen by `--authority` alone: the list the command makes, and the command's spec. */
function authorityTable<T extends {authorities: string[]}>(spec: () => Promise<ListSpec<T>>, list: (data: StoreData) => T[]): ListTable<T, ByAuthority> {
	return {
		spec,
		everyRow(data) {
			const rows = list(data);
			return {rows, keys: byAuthority(rows)};
		},
		select: selectByAuthority,
	};
}

export const articlesTable = authorityTable(async () => (await import('../commands/articles.js')).articlesList, listArticles);
export const peopleTable = authorityTable(async () => (await import('../commands/people.js')).peopleList, listPeople);

type QuoteKeys = {
	readonly names: readonly string[];
	/** The speaker's name (in `names`), or -1. */
	readonly speaker: readonly number[];
	/** The authorities of each quote's article (in `names`), by article (`article`). */
	readonly article: readonly number[];
	readonly articleAuthorities: readonly (readonly number[])[];
	/** The row of the quote this one repeats (another title's printing), or -1. */
	readonly repeatOf: readonly number[];
};

/**
 * Every quote, repeats of a syndicated quote too: a call lists a repeat where the quote it repeats is not among
 * the quotes it picked (`countedQuoteViews`), so which repeats show depends on the filters.
 */
export const quotesTable: ListTable<ReturnType<typeof quoteView>, QuoteKeys> = {
	spec: async () => (await import('../commands/quotes.js')).quotesList,
	everyRow(data) {
		const quotes = inQuoteOrder([...data.quotes]);
		const {repeatOf, alsoIn} = storeQuoteCopies(data);
		// Each quote's view is made as its row is written: hundreds of thousands of views held at once were the
		// largest part of this table's build.
		const view = repeatOf.size === 0 ? (q: Quote) => quoteView(q) : (q: Quote) => quoteView(q, alsoIn.get(q.id));
		const names = new Interned();
		const articleAt = new Map<string, number>();
		const articleAuthorities: number[][] = [];
		const authoritiesOf = new Map(data.articles.map((a) => [a.id, a.authorities]));
		// The rows of the quotes others repeat, the only ones looked up.
		const repeated = new Set(repeatOf.values());
		const rowOf = new Map<string, number>();
		quotes.forEach((q, i) => repeated.has(q.id) && rowOf.set(q.id, i));
		const article = quotes.map((q) => {
			let at = articleAt.get(q.articleId);
			if (at === undefined) {
				articleAt.set(q.articleId, (at = articleAuthorities.length));
				articleAuthorities.push((authoritiesOf.get(q.articleId) ?? []).map((a) => names.of(a)));
			}

			return at;
		});
		const speaker = quotes.map((q) => (q.speaker === null ? -1 : names.of(q.speaker)));
		const repeats = quotes.map((q) => rowOf.get(repeatOf.get(q.id) ?? '') ?? -1);
		return {rows: quotes, view, keys: {names: names.list, speaker, article, articleAuthorities, repeatOf: repeats}};
	},
	select(keys, flags, resolve) {
		const wantedAuthority = flags.authority?.[0] ? keys.names.indexOf(resolve(flags.authority[0])) : null;
		const speakers = flags.speaker ? new Set(keys.names.map((n, i) => (speakerMatches(n, flags.speaker!) ? i : -1)).filter((i) => i >= 0)) : null;
		const picked = keys.speaker.map((s, i) => (!speakers || speakers.has(s)) && (wantedAuthority === null || keys.articleAuthorities[keys.article[i]!]!.includes(wantedAuthority)));
		return every(picked.length).filter((i) => picked[i] && !(keys.repeatOf[i]! >= 0 && picked[keys.repeatOf[i]!]));
	},
};

export type LineKeys = {
	readonly names: readonly string[];
	readonly authority: readonly number[];
	readonly type: readonly number[];
	readonly origin: readonly number[];
	readonly date: readonly (string | null)[];
	/** Each line's date approximate (`1`) or not (`0`): with the date, where the line stands among others. */
	readonly approximate?: string;
};

/**
 * The timeline's lines: an authority's lines are made from its own records alone (timeline.ts), so the lines of
 * the authorities the curated file does not touch are the store file's. A call picks those here; the lines of
 * the touched authorities it asks for are worked out beside the table (authority-lines.ts).
 */
export const timelineTable: ListTable<ReturnType<typeof timeline>[number], LineKeys> = {
	spec: async () => (await import('../commands/timeline.js')).timelineList,
	everyRow(data, pace) {
		// `timeline(data)`, a step at a time: its build leaves the most garbage of the tables' steps.
		const steps = timelineSteps(data);
		let step = steps.next();
		for (; !step.done; step = steps.next()) pace?.();
		const rows = step.value;
		const names = new Interned();
		const keys = {authority: rows.map((l) => names.of(l.authority)), type: rows.map((l) => names.of(l.type)), origin: rows.map((l) => names.of(l.origin)), date: rows.map((l) => l.date.value)};
		return {rows, keys: {names: names.list, ...keys, approximate: rows.map((l) => (l.date.approximate ? '1' : '0')).join('')}};
	},
	select(keys, flags, resolve, curated) {
		const touched = curated.touched;
		if (touched === 'all') return null;
		const index = (list: readonly string[] | undefined) => (list?.length ? new Set(list.map((s) => keys.names.indexOf(s))) : null);
		const authorities = index(flags.authority?.map((a) => resolve(a)));
		const touchedAt = index([...touched]) ?? new Set<number>();
		const types = index(flags.type);
		const origins = index(flags.origin);
		return every(keys.authority.length).filter(
			(i) =>
				(!authorities || authorities.has(keys.authority[i]!)) &&
				!touchedAt.has(keys.authority[i]!) &&
				(!types || types.has(keys.type[i]!)) &&
				(!origins || origins.has(keys.origin[i]!)) &&
				inRange(keys.date[i]!, flags.from, flags.to),
		);
	},
};

/** The touched authorities (`Curated`) whose lines a timeline call asks for: those it names, or all. */
export function touchedAsked(flags: Flags, resolve: (query: string) => string, curated: Curated): string[] {
	const touched = curated.touched;
	if (touched === 'all') return [];
	const asked = flags.authority?.length ? flags.authority.map((a) => resolve(a)) : [...touched];
	return [...new Set(asked.filter((a) => touched.has(a)))];
}

export const listTables: Readonly<Record<string, ListTable<any, any>>> = {articles: articlesTable, people: peopleTable, quotes: quotesTable, timeline: timelineTable};

/** The authorities a store's names resolve against (as `resolveAuthority` reads them from a store's data). */
export function resolverOf(names: readonly string[]): (query: string) => string {
	const data = {authorities: names.map((name) => ({name})), articles: [], events: []} as unknown as StoreData;
	return (query) => resolveAuthority(data, query);
}
