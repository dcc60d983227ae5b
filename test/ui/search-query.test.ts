import {describe, expect, it} from 'vitest';
import {describeFilters, parseQuery} from '../../source/search/query.js';
import {nextScope, runSearch} from '../../source/search/run-search.js';
import {Searcher} from '../../source/search/search.js';
import {bundledData} from './harness.js';

describe('parseQuery', () => {
	it.each([
		['poundland', 'poundland', {}],
		['speaker:blackburn trump', 'trump', {speaker: 'blackburn'}],
		['authority:"north east" board', 'board', {authority: 'north east'}],
		['year:2019', '', {years: {from: 2019, to: 2019}}],
		['year:2018-2020 Ofsted', 'Ofsted', {years: {from: 2018, to: 2020}}],
		['year:2020..2018', '', {years: {from: 2018, to: 2020}}],
		['type:resignation-call', '', {type: 'resignation-call'}],
		['type:commissioner-a', '', {type: 'commissioner-appointed'}],
		["'exact ^start end$ !not a|b", "'exact ^start end$ !not a|b", {}],
		['Speaker:Blackburn', '', {speaker: 'Blackburn'}],
		['speaker:', '', {}],
		['authority:"north east', '', {authority: 'north east'}],
		['http://x.org', 'http://x.org', {}],
	])('%j → text %j, filters %j', (input, text, filters) => {
		const p = parseQuery(input);
		expect(p.text).toBe(text);
		expect(p.filters).toEqual(filters);
		expect(p.problems).toEqual([]);
	});

	it.each([
		['year:19', 'year:19 is not a year'],
		['type:resign', 'type:resign could be resignation-call, resignation, resignation-refused'],
		['type:party', 'type:party is not an event type'],
	])('%j is a problem said in words', (input, problem) => {
		expect(parseQuery(input).problems[0]).toContain(problem);
	});

	it('writes the filters back as typed', () => {
		expect(describeFilters(parseQuery('speaker:blackburn authority:"north east" year:2018-2019 type:funding x').filters)).toEqual([
			'speaker:blackburn',
			'authority:"north east"',
			'year:2018-2019',
			'type:funding',
		]);
	});
});

describe('runSearch on the bundled corpus', () => {
	const data = bundledData();
	const searcher = Searcher.fromStore(data);

	it("finds Coun Blackburn's 'Poundland Donald Trump', with his name and the paragraph", () => {
		const r = runSearch(data, searcher, 'poundland', 'all');
		const quote = r.rows.find((row) => row.kind === 'quote' && row.text.includes('Poundland Donald Trump'));
		expect(quote).toMatchObject({label: 'Simon Blackburn', articleId: expect.stringMatching(/^000_/)});
		expect(quote!.matches.length).toBeGreaterThan(0);
		expect(r.problems).toEqual([]);
	});

	it('applies filters typed in the box', () => {
		const speaker = runSearch(data, searcher, 'speaker:blackburn', 'all');
		expect(speaker.rows.length).toBeGreaterThan(0);
		expect(new Set(speaker.rows.map((r) => r.label))).toEqual(new Set(['Simon Blackburn']));
		const nel = runSearch(data, searcher, 'authority:"north east"', 'quotes');
		expect(nel.rows.length).toBeGreaterThan(0);
		for (const row of nel.rows) expect(data.articles.find((a) => a.id === row.articleId)?.authorities).toContain('North East Lincolnshire');
		const y = runSearch(data, searcher, 'year:2022 type:resignation-call', 'all');
		expect(y.rows.length).toBeGreaterThan(0);
		for (const row of y.rows) expect(row).toMatchObject({kind: 'event', date: expect.stringContaining('2022')});
	});

	it('says what went wrong instead of failing', () => {
		const r = runSearch(data, searcher, 'authority:atlantis trump', 'all');
		expect(r.rows).toEqual([]);
		expect(r.problems[0]).toMatch(/atlantis/);
		expect(runSearch(data, searcher, 'speaker:nobody-at-all', 'all')).toMatchObject({rows: [], filters: ['speaker:nobody-at-all']});
	});

	it('shows the most recent quotes for an empty box', () => {
		const r = runSearch(data, searcher, '', 'all');
		expect(r.recent).toBe(true);
		expect(r.rows.length).toBeGreaterThan(5);
		expect(r.rows.every((row) => row.kind === 'quote')).toBe(true);
		const dates = r.rows.map((row) => row.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
		expect([...dates].sort().reverse()).toEqual(dates);
		expect(runSearch(data, searcher, '', 'people').rows[0]).toMatchObject({kind: 'person', label: 'Simon Blackburn'});
	});

	it('cycles the scopes', () => {
		expect(['all', 'quotes', 'articles', 'people', 'events'].map((s) => nextScope(s as never))).toEqual(['quotes', 'articles', 'people', 'events', 'all']);
	});

	it('finds an article at the paragraph that holds the words, once per article', () => {
		const hits = searcher.search('Youth Offending Team', {kinds: ['article']});
		expect(hits.length).toBe(1);
		expect(hits[0]).toMatchObject({kind: 'article', id: '000_a503623955de7664', paragraph: 4});
	});

	it('keeps the command line search as it was: no query, no results', () => {
		expect(searcher.search('')).toEqual([]);
		expect(searcher.search('poundland', {kinds: ['quote']}).every((h) => h.kind === 'quote')).toBe(true);
	});
});
