/** Search over syndicated copies (corpus/copies.ts): every path to a result lists a shared quote once. */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runSearch} from '../../source/search/run-search.js';
import {Searcher} from '../../source/search/search.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';
import {importedStore} from './corpus.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-search-copies-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const data = importedStore([writeSyndicatedCorpus(dir)]);
const searcher = Searcher.fromStore(data);

describe('a quote two titles printed is one search result', () => {
	it('by words: the first printing, with the other', () => {
		const quotes = searcher.search('children cannot wait', {kinds: ['quote']});
		expect(quotes.map((h) => h.articleId)).toEqual(['a-gazette']);
		expect(quotes[0]!.alsoIn?.map((p) => p.publication)).toEqual(['Exampleshire Echo']);
	});

	it('by a filter alone (speaker:), and in the recent quotes an empty box shows', () => {
		const hers = searcher.search('', {kinds: ['quote'], filter: {speaker: 'Jane Smith'}});
		expect(hers.map((h) => h.articleId).sort()).toEqual(['a-gazette', 'c-post']);
		const recent = runSearch(data, searcher, '', 'quotes');
		expect(recent.rows.map((r) => r.articleId).sort()).toEqual(['a-gazette', 'a-gazette', 'c-post']);
		expect(recent.rows.filter((r) => r.alsoIn === 'Exampleshire Echo')).toHaveLength(2);
	});

	it('a story is one article result, naming the other title', () => {
		const articles = searcher.search('interim director', {kinds: ['article']});
		expect(articles.map((h) => h.id)).toEqual(['a-gazette']);
		expect(articles[0]!.alsoIn?.map((p) => p.articleId)).toEqual(['b-echo']);
	});
});
