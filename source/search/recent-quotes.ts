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
	const quotes: Quote[] = [];
	// Distinct dates (what `newestFirst` reads: value and approximate), one representative each: by value, then
	// exact or approximate, so that no key is built for each of 400,000 quotes.
	const reps = new Map<string | null, [DateValue | null, DateValue | null]>();
	for (const q of data.quotes) {
		if (q.fragment || repeatOf.has(q.id)) continue;
		quotes.push(q);
		let pair = reps.get(q.date.value);
		if (!pair) reps.set(q.date.value, (pair = [null, null]));
		pair[q.date.approximate ? 1 : 0] ??= q.date;
	}
	// Newest first; equal dates share a rank.
	const sorted = [...reps.values()].flatMap((pair) => pair.filter((d): d is DateValue => d !== null)).sort(newestFirst);
	const rankOf = new Map<string | null, [number, number]>();
	let rank = 0;
	sorted.forEach((d, k) => {
		if (k > 0 && newestFirst(sorted[k - 1]!, d) !== 0) rank = k;
		let pair = rankOf.get(d.value);
		if (!pair) rankOf.set(d.value, (pair = [0, 0]));
		pair[d.approximate ? 1 : 0] = rank;
	});
	const ranks = quotes.map((q) => rankOf.get(q.date.value)![q.date.approximate ? 1 : 0]);
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
