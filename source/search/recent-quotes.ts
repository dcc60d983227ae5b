/**
 * `recentQuotes` (corpus/lookups.ts) without sorting every quote: what an empty box shows, and what `speaker:`,
 * `year:2` and `type:` show while a filter is half typed. At 50,000 articles the full sort takes seconds, most of
 * it parsing the same few thousand dates again on every comparison.
 *
 * The same quotes in the same order: dates are ranked once per distinct value (what `newestFirst` reads: value
 * and approximate), the quotes of the newest dates that can hold the first `limit` are picked, and only those are
 * sorted, with the same comparison. A stable sort orders a subset as it orders the whole, and every quote of the
 * first `limit` is in the subset.
 */
import {newestFirst} from '../corpus/lookups.js';
import {storeQuoteCopies} from '../corpus/copies.js';
import {countedQuoteViews, type QuoteView} from '../corpus/queries.js';
import type {DateValue, Quote, StoreData} from '../corpus/schema.js';

const byRecency = (a: Quote, b: Quote) => newestFirst(a.date, b.date) || a.articleId.localeCompare(b.articleId) || a.paragraph - b.paragraph;

export function recentQuotesFast(data: StoreData, limit: number): QuoteView[] {
	// Each printed quote once (corpus/copies.ts): a repeat of another title's printing is not a recent quote of its own.
	const {repeatOf} = storeQuoteCopies(data);
	const quotes = data.quotes.filter((q) => !q.fragment && !repeatOf.has(q.id));
	// Distinct dates, newest first; equal dates share a rank.
	const keyOf = (d: DateValue) => `${d.value === null ? 'none' : `on ${d.value}`}|${d.approximate}`;
	const reps = new Map<string, DateValue>();
	for (const q of quotes) if (!reps.has(keyOf(q.date))) reps.set(keyOf(q.date), q.date);
	const sorted = [...reps.values()].sort(newestFirst);
	const rank = new Map<string, number>();
	sorted.forEach((d, k) => rank.set(keyOf(d), k > 0 && newestFirst(sorted[k - 1]!, d) === 0 ? rank.get(keyOf(sorted[k - 1]!))! : k));
	const ranks = quotes.map((q) => rank.get(keyOf(q.date))!);
	// The newest rank R such that the quotes dated R or newer number at least `limit`.
	const perRank = new Uint32Array(sorted.length + 1);
	for (const r of ranks) perRank[r]!++;
	let last = sorted.length;
	for (let r = 0, n = 0; r < perRank.length; r++) {
		n += perRank[r]!;
		if (n >= limit) {
			last = r;
			break;
		}
	}
	return countedQuoteViews(
		data,
		quotes
			.filter((_, i) => ranks[i]! <= last)
			.sort(byRecency)
			.slice(0, limit),
	);
}
