/** The comparison's quote search over one authority's quotes, fragments found and marked (source/search/authority-quotes.ts). */
import {describe, expect, it} from 'vitest';
import {authorityQuoteMatches} from '../../source/search/authority-quotes.js';
import {bundledArticles, importedStore} from './corpus.js';

const data = importedStore([bundledArticles]);

describe('authorityQuoteMatches', () => {
	it('finds a fragment ("a Poundland Donald Trump") and marks it as one', () => {
		const found = authorityQuoteMatches(data, 'Blackpool', 'poundland');
		const fragment = found.find((m) => m.text === 'a Poundland Donald Trump');
		expect(fragment).toMatchObject({fragment: true, quote: {speaker: 'Simon Blackburn'}, ranges: [[2, 11]]});
		// The whole quote it was cut from is found too, not marked.
		expect(found.filter((m) => !m.fragment).map((m) => m.quote.speaker)).toEqual(['Simon Blackburn']);
	});

	it('marks whole quotes as not fragments, and lists every quote and fragment of the authority for an empty query', () => {
		const all = authorityQuoteMatches(data, 'Blackpool', '');
		const blackpoolArticles = new Set(data.articles.filter((a) => a.authorities.includes('Blackpool')).map((a) => a.id));
		const expected = data.quotes.filter((q) => blackpoolArticles.has(q.articleId));
		expect(all).toHaveLength(expected.length);
		expect(all.filter((m) => m.fragment)).toHaveLength(expected.filter((q) => q.fragment).length);
		expect(all.filter((m) => m.fragment).length).toBeGreaterThan(0);
		for (const m of all) expect(m.fragment).toBe(m.quote.fragment);
	});

	it('keeps to the authority, needs every word in the quote or its speaker, newest first', () => {
		const his = authorityQuoteMatches(data, 'Blackpool', 'blackburn');
		expect(his.length).toBe(data.quotes.filter((q) => q.speaker === 'Simon Blackburn').length);
		expect(authorityQuoteMatches(data, 'North East Lincolnshire', 'poundland')).toEqual([]);
		const both = authorityQuoteMatches(data, 'Blackpool', 'blackburn poundland');
		expect(both.length).toBe(2);
		for (const m of both) expect(m.text.toLowerCase()).toContain('poundland'), expect(m.quote.speaker).toBe('Simon Blackburn');
		const dates = his.map((m) => m.quote.date.value).filter((v) => v !== null);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});
