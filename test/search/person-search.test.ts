/**
 * Searching by a person on the bundled corpus (issue 12): a name typed in the box finds that person's quotes,
 * with the quote's own words as well, and the filters forgive a typo. Event hits are the timeline's lines.
 */
import {describe, expect, it} from 'vitest';
import {timeline} from '../../source/corpus/queries.js';
import {runSearch, type ResultRow} from '../../source/search/run-search.js';
import {Searcher} from '../../source/search/search.js';
import {bundledArticles, importedStore} from './corpus.js';

const data = importedStore([bundledArticles]);
const searcher = Searcher.fromStore(data);
const rows = (box: string, scope: 'all' | 'quotes' | 'events' = 'all'): ResultRow[] => runSearch(data, searcher, box, scope).rows;
const quotesOf = (name: string) => data.quotes.filter((q) => q.speaker === name);

describe('a name typed in the box', () => {
	it('finds Simon Blackburn\'s quotes among the first results for `blackburn`, and every one of them', () => {
		const found = rows('blackburn');
		const first = found.slice(0, 10);
		expect(first.filter((r) => r.kind === 'quote' && r.label === 'Simon Blackburn').length).toBeGreaterThanOrEqual(5);
		const his = new Set(found.filter((r) => r.kind === 'quote').map((r) => r.id));
		expect(quotesOf('Simon Blackburn').length).toBe(25);
		for (const q of quotesOf('Simon Blackburn')) expect(his.has(q.id), q.text).toBe(true);
	});

	it('finds Lindley\'s quote for `lindley three years` (his name and words of the quote) first', () => {
		const [top] = rows('lindley three years');
		expect(top).toMatchObject({kind: 'quote', label: 'Ian Lindley'});
		expect(top!.text).toMatch(/three years/);
		// The hit's highlights are in the quote's own text, not in the speaker's name after it.
		for (const [s, e] of top!.matches) expect(e).toBeLessThanOrEqual(top!.text.length), expect(s).toBeLessThan(e);
	});

	it('puts the person\'s quote with the words first for a name and words of one of his quotes', () => {
		const [top] = rows('blackburn poundland');
		expect(top).toMatchObject({kind: 'quote', label: 'Simon Blackburn', text: 'a Poundland Donald Trump', fragment: true});
		// Rows say which quotes are fragments, and only those.
		for (const r of rows('blackburn').filter((x) => x.kind === 'quote')) expect(r.fragment === true, r.text).toBe(data.quotes.find((q) => q.id === r.id)!.fragment);
	});

	it('matches a misspelt name as it matches a misspelt word', () => {
		expect(rows('blakburn').slice(0, 10).filter((r) => r.kind === 'quote' && r.label === 'Simon Blackburn').length).toBeGreaterThanOrEqual(5);
	});
});

describe('filters that forgive a typo', () => {
	it('`speaker:blakburn` finds Blackburn\'s quotes, as `speaker:blackburn` does', () => {
		const typo = rows('speaker:blakburn', 'quotes');
		expect(typo.length).toBeGreaterThan(0);
		expect(typo.map((r) => r.id)).toEqual(rows('speaker:blackburn', 'quotes').map((r) => r.id));
		expect(new Set(typo.map((r) => r.label))).toEqual(new Set(['Simon Blackburn']));
		expect(rows('speaker:blakburn trump', 'quotes')[0]).toMatchObject({label: 'Simon Blackburn', text: 'a Poundland Donald Trump'});
	});

	it('keeps to the names that hold what was typed when there are some (no typo to forgive)', () => {
		expect(new Set(rows('speaker:lindley', 'quotes').map((r) => r.label))).toEqual(new Set(['Ian Lindley']));
	});

	it('`authority:blakpool` is Blackpool, and the status says so', () => {
		const r = runSearch(data, searcher, 'authority:blakpool inadequate', 'all');
		expect(r.problems).toEqual([]);
		expect(r.rows.length).toBeGreaterThan(0);
		expect(r.rows.map((x) => x.id)).toEqual(runSearch(data, searcher, 'authority:blackpool inadequate', 'all').rows.map((x) => x.id));
		expect(r.filters).toContain('authority:Blackpool');
	});

	it('`type:resignaton-call` is resignation-call', () => {
		const r = runSearch(data, searcher, 'type:resignaton-call', 'events');
		expect(r.problems).toEqual([]);
		expect(r.filters).toEqual(['type:resignation-call']);
		expect(r.rows.length).toBeGreaterThan(0);
		expect(r.rows.every((x) => x.label.includes('resignation-call'))).toBe(true);
	});

	it('says what was not understood when nothing is near', () => {
		expect(runSearch(data, searcher, 'authority:zzzzqqq', 'all').problems[0]).toMatch(/no authority matches 'zzzzqqq'/);
		expect(runSearch(data, searcher, 'speaker:zzzzqqq', 'all').rows).toEqual([]);
	});
});

describe('event hits', () => {
	const lines = timeline(data);
	const lineIds = new Set(lines.map((l) => l.id));
	const reportsOnly = new Set(lines.flatMap((l) => (l.merged ?? []).filter((id) => id !== l.id)));

	it('are the timeline\'s lines, each once, never a report merged into a line', () => {
		expect(reportsOnly.size).toBeGreaterThan(0);
		for (const box of ['inadequate', 'ofsted', 'resign', 'blackpool', 'council', 'type:inspection-judgement']) {
			const events = rows(box, 'events');
			expect(events.length, box).toBeGreaterThan(0);
			expect(new Set(events.map((r) => r.id)).size, box).toBe(events.length);
			for (const r of events) expect(lineIds.has(r.id) && !reportsOnly.has(r.id), `${box}: ${r.id}`).toBe(true);
		}
		// Every judgement line, and no more (the store has more judgement records than lines).
		expect(rows('type:inspection-judgement', 'events').length).toBe(lines.filter((l) => l.type === 'inspection-judgement').length);
	});

	it('carry how many articles report the line, as the timeline counts them', () => {
		const articlesOf = (l: (typeof lines)[number]) => new Set(l.sources.map((x) => x.articleId)).size;
		const merged = lines.filter((l) => articlesOf(l) > 1);
		expect(merged.length).toBeGreaterThan(0);
		for (const line of merged) {
			const hits = rows(`type:${line.type} authority:"${line.authority}"`, 'events').filter((r) => r.id === line.id);
			expect(hits, line.id).toHaveLength(1);
			expect(hits[0]).toMatchObject({reports: articlesOf(line), ...(line.articleId ? {articleId: line.articleId, paragraph: line.paragraph} : {})});
			expect(hits[0]!.label).toMatch(new RegExp(` · ${articlesOf(line)} articles$`));
			// Found by words of its summary too, once, over everything.
			const words = line.summary.split(/\s+/).filter((w) => /^[a-z]{6,}$/i.test(w)).slice(0, 3).join(' ');
			if (words) expect(rows(words, 'all').filter((r) => r.kind === 'event' && r.id === line.id), words).toHaveLength(1);
		}
	});
});
