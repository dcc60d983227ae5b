/**
 * One definition of each count, for the header, the dashboard, the timeline, the comparison's chooser and its
 * rows, and the CLI:
 * - an **event** is a timeline line: several reports of one event are one event, with its reports;
 * - a **quote** is a quotation that is not a fragment; **fragments** (short phrases inside reported speech) are
 *   counted apart and said so;
 * - a quote printed in several titles (syndicated copies, copies.ts) counts **once**, in the store's total, a
 *   person's and an authority's; an article's own count still counts every quote it prints.
 * Each tally is made once per loaded store (a WeakMap on the collection, which a reload replaces).
 */
import type {EventView} from './queries.js';
import {storeQuoteCopies} from './copies.js';
import type {Quote, StoreData} from './schema.js';

export type QuoteTally = {quotes: number; fragments: number};

/** `byArticle` counts every quote an article prints; `counted` leaves out repeats of another printing's quotes. */
type Tallies = {
	total: QuoteTally;
	byArticle: Map<string, QuoteTally>;
	counted: Map<string, QuoteTally>;
	bySpeaker: Map<string, QuoteTally>;
	/** Each article's repeats: the quote each repeats, its article, and whether it is a fragment. */
	repeats: Map<string, {kept: string; keptArticle: string; fragment: boolean}[]>;
};

const tallies = new WeakMap<readonly Quote[], Tallies>();

function talliesOf(data: StoreData): Tallies {
	let t = tallies.get(data.quotes);
	if (t) return t;
	t = {total: {quotes: 0, fragments: 0}, byArticle: new Map(), counted: new Map(), bySpeaker: new Map(), repeats: new Map()};
	const {repeatOf} = storeQuoteCopies(data);
	const articleOf = repeatOf.size ? new Map(data.quotes.map((q) => [q.id, q.articleId])) : null;
	const add = (map: Map<string, QuoteTally>, key: string, fragment: boolean) => {
		let entry = map.get(key);
		if (!entry) map.set(key, (entry = {quotes: 0, fragments: 0}));
		if (fragment) entry.fragments++;
		else entry.quotes++;
	};
	for (const q of data.quotes) {
		add(t.byArticle, q.articleId, q.fragment);
		const kept = repeatOf.get(q.id);
		if (kept !== undefined) {
			const list = t.repeats.get(q.articleId) ?? [];
			list.push({kept, keptArticle: articleOf!.get(kept) ?? '', fragment: q.fragment});
			t.repeats.set(q.articleId, list);
			continue;
		}
		if (q.fragment) t.total.fragments++;
		else t.total.quotes++;
		add(t.counted, q.articleId, q.fragment);
		if (q.speakerId) add(t.bySpeaker, q.speakerId, q.fragment);
	}
	tallies.set(data.quotes, t);
	return t;
}

const none: QuoteTally = Object.freeze({quotes: 0, fragments: 0});

/** Every quote and fragment in the store, each printed quote once. */
export function storeQuoteTally(data: StoreData): QuoteTally {
	return talliesOf(data).total;
}

/** One article's quotes and fragments, all it prints: a look-up, not a scan of every quote. */
export function articleQuoteTally(data: StoreData, articleId: string): QuoteTally {
	return talliesOf(data).byArticle.get(articleId) ?? none;
}

/** One person's (by id), each printed quote once. */
export function speakerQuoteTally(data: StoreData, personId: string): QuoteTally {
	return talliesOf(data).bySpeaker.get(personId) ?? none;
}

/**
 * Several articles' together (an authority's), each printed quote once: a repeat counts only where the printing
 * it repeats is not among them (then once, however many of them repeat it).
 */
export function articlesQuoteTally(data: StoreData, articleIds: Iterable<string>): QuoteTally {
	const {counted, repeats} = talliesOf(data);
	const ids = new Set(articleIds);
	const sum = {quotes: 0, fragments: 0};
	const stoodIn = new Set<string>();
	for (const id of ids) {
		const t = counted.get(id);
		if (t) {
			sum.quotes += t.quotes;
			sum.fragments += t.fragments;
		}
		for (const r of repeats.get(id) ?? []) {
			if (ids.has(r.keptArticle) || stoodIn.has(r.kept)) continue;
			stoodIn.add(r.kept);
			if (r.fragment) sum.fragments++;
			else sum.quotes++;
		}
	}
	return sum;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `12 quotes`, `12 quotes, 3 fragments`, `3 fragments` (never "0 quotes" for someone quoted only in fragments). */
export function describeQuoteTally(t: QuoteTally): string {
	if (t.quotes === 0 && t.fragments > 0) return plural(t.fragments, 'fragment', 'fragments');
	return t.fragments > 0 ? `${plural(t.quotes, 'quote', 'quotes')}, ${plural(t.fragments, 'fragment', 'fragments')}` : plural(t.quotes, 'quote', 'quotes');
}

/**
 * A count of quotes in a table's cell: the quotes, or for someone quoted only in fragments how many, marked
 * (`1 fr.`), never a bare 0. The UI's people list and `scrutiny people` show this.
 */
export function quoteCountCell(t: QuoteTally): string {
	return t.quotes === 0 && t.fragments > 0 ? `${t.fragments} fr.` : String(t.quotes);
}

/** An authority's events: timeline lines, by origin. */
export type EventTally = {lines: number; press: number; official: number; curated: number};

/** Timeline lines per authority. */
export function eventTallies(lines: readonly EventView[]): Map<string, EventTally> {
	const out = new Map<string, EventTally>();
	for (const l of lines) {
		let t = out.get(l.authority);
		if (!t) out.set(l.authority, (t = {lines: 0, press: 0, official: 0, curated: 0}));
		t.lines++;
		if (l.origin === 'ofsted') t.official++;
		else if (l.origin === 'curated') t.curated++;
		else t.press++;
	}
	return out;
}
