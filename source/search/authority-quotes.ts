/**
 * The comparison's quote search (`/` in the compare view): an authority's quotes that hold every word typed, in
 * the quote or its speaker's name. Fragments (short phrases inside reported speech, "a Poundland Donald Trump")
 * are quotes a researcher cites too: they are found, and marked as fragments.
 */
import {compareDates} from '../corpus/date-value.js';
import {listQuotes, type QuoteView} from '../corpus/queries.js';
import type {StoreData} from '../corpus/schema.js';
import {safeLine} from '../text/terminal-safety.js';

/** A quote found, the `[start, end)` ranges of the words in its one-line text, and whether it is a fragment. */
export type AuthorityQuoteMatch = {readonly quote: QuoteView; readonly text: string; readonly ranges: readonly (readonly [number, number])[]; readonly fragment: boolean};

/** Each authority's quotes, newest first and the undated last, per loaded store: typing asks again on each key. */
const perStore = new WeakMap<StoreData, Map<string, {quote: QuoteView; text: string; lower: string; speaker: string}[]>>();

function quotesOf(data: StoreData, authority: string) {
	let byAuthority = perStore.get(data);
	if (!byAuthority) perStore.set(data, (byAuthority = new Map()));
	let list = byAuthority.get(authority);
	if (!list) {
		const undated = (q: QuoteView) => (q.date.value === null ? 1 : 0);
		const quotes = listQuotes(data, {authority, fragments: true}).sort((a, b) => undated(a) - undated(b) || compareDates(b.date, a.date) || a.articleId.localeCompare(b.articleId) || a.paragraph - b.paragraph);
		list = quotes.map((quote) => {
			const text = safeLine(quote.text);
			return {quote, text, lower: text.toLowerCase(), speaker: (quote.speaker ?? '').toLowerCase()};
		});
		byAuthority.set(authority, list);
	}
	return list;
}

/**
 * The quotes (fragments among them, marked) of an authority's articles that hold every word of the query in the
 * quote or its speaker's name, newest first and the undated last; every quote when the query is empty.
 */
export function authorityQuoteMatches(data: StoreData, authority: string, query: string): AuthorityQuoteMatch[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	const out: AuthorityQuoteMatch[] = [];
	for (const {quote, text, lower, speaker} of quotesOf(data, authority)) {
		if (!words.every((w) => lower.includes(w) || speaker.includes(w))) continue;
		const ranges: [number, number][] = [];
		for (const w of words) for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) ranges.push([i, i + w.length]);
		out.push({quote, text, ranges, fragment: quote.fragment === true});
	}
	return out;
}
