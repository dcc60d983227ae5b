/**
 * One definition of each count, for the header, the dashboard, the timeline, the comparison's chooser and its
 * rows, and the CLI:
 * - an **event** is a timeline line: several reports of one event are one event, with its reports;
 * - a **quote** is a quotation that is not a fragment; **fragments** (short phrases inside reported speech) are
 *   counted apart and said so.
 * Each tally is made once per loaded store (a WeakMap on the collection, which a reload replaces).
 */
import type {EventView} from './queries.js';
import type {Quote, StoreData} from './schema.js';

export type QuoteTally = {quotes: number; fragments: number};

type Tallies = {total: QuoteTally; byArticle: Map<string, QuoteTally>; bySpeaker: Map<string, QuoteTally>};

const tallies = new WeakMap<readonly Quote[], Tallies>();

function talliesOf(data: StoreData): Tallies {
	let t = tallies.get(data.quotes);
	if (t) return t;
	t = {total: {quotes: 0, fragments: 0}, byArticle: new Map(), bySpeaker: new Map()};
	const add = (map: Map<string, QuoteTally>, key: string, fragment: boolean) => {
		let entry = map.get(key);
		if (!entry) map.set(key, (entry = {quotes: 0, fragments: 0}));
		if (fragment) entry.fragments++;
		else entry.quotes++;
	};
	for (const q of data.quotes) {
		if (q.fragment) t.total.fragments++;
		else t.total.quotes++;
		add(t.byArticle, q.articleId, q.fragment);
		if (q.speakerId) add(t.bySpeaker, q.speakerId, q.fragment);
	}
	tallies.set(data.quotes, t);
	return t;
}

const none: QuoteTally = Object.freeze({quotes: 0, fragments: 0});

/** Every quote and fragment in the store. */
export function storeQuoteTally(data: StoreData): QuoteTally {
	return talliesOf(data).total;
}

/** One article's quotes and fragments: a look-up, not a scan of every quote. */
export function articleQuoteTally(data: StoreData, articleId: string): QuoteTally {
	return talliesOf(data).byArticle.get(articleId) ?? none;
}

/** One person's (by id). */
export function speakerQuoteTally(data: StoreData, personId: string): QuoteTally {
	return talliesOf(data).bySpeaker.get(personId) ?? none;
}

/** Several articles' together (an authority's). */
export function articlesQuoteTally(data: StoreData, articleIds: Iterable<string>): QuoteTally {
	const byArticle = talliesOf(data).byArticle;
	const sum = {quotes: 0, fragments: 0};
	for (const id of articleIds) {
		const t = byArticle.get(id);
		if (t) {
			sum.quotes += t.quotes;
			sum.fragments += t.fragments;
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
