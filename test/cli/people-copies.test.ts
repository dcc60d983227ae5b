/**
 * Syndicated copies through the command line: two titles print one story, a third article is another story.
 * People, quotes, search and articles count the shared quotes once and name the other title.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCommand} from '../helpers/cli.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-copies-'));
const corpus = path.join(dir, 'corpus');
const db = path.join(dir, 'store.json');
afterAll(() => rmSync(dir, {recursive: true, force: true}));

let importReport = '';

beforeAll(async () => {
	writeSyndicatedCorpus(corpus);
	const r = await runCommand('import', [corpus], {db});
	expect(r.status, r.stderr).toBe(0);
	importReport = r.stdout;
});


const json = async (command: string, args: string[] = [], flags: Record<string, unknown> = {}) => {
	const r = await runCommand(command, args, {db, json: true, ...flags});
	expect(r.status, r.stderr).toBe(0);
	return JSON.parse(r.stdout) as Record<string, unknown>[];
};

describe('a story two titles printed counts its quotes once', () => {
	it('the import says why the store counts fewer quotes than it read', () => {
		expect(importReport).toMatch(/; 5 quotes, .*; 2 quotes printed again by syndicated copies count once$/m);
	});

	it('the two printings are linked as copies', async () => {
		const articles = await json('articles');
		const echo = articles.find((a) => a.id === 'b-echo')!;
		expect(echo.copies).toEqual(['a-gazette']);
		expect(echo.alsoIn).toEqual([expect.objectContaining({articleId: 'a-gazette', publication: 'Exampleshire Gazette'})]);
		expect(articles.find((a) => a.id === 'c-post')!.alsoIn).toEqual([]);
	});

	it('people: Jane Smith has two quotes (one printed twice, one elsewhere), Tom Brown one', async () => {
		const people = await json('people');
		const quotes = Object.fromEntries(people.map((p) => [p.name, p.quotes]));
		expect(quotes).toMatchObject({'Jane Smith': 2, 'Tom Brown': 1});
		const text = (await runCommand('people', [], {db})).stdout;
		expect(text).toMatch(/Jane Smith\s+2\s/);
	});

	it('quotes: each shared quote is one row at the Gazette, also in the Echo', async () => {
		const quotes = await json('quotes', [], {speaker: 'Jane Smith'});
		expect(quotes.map((q) => q.articleId)).toEqual(['a-gazette', 'c-post']);
		expect(quotes[0]!.alsoIn).toEqual([expect.objectContaining({articleId: 'b-echo', publication: 'Exampleshire Echo', paragraph: 3})]);
		expect(quotes[1]!.alsoIn).toEqual([]);
	});

	it('search: one quote result for the quote both titles printed, saying also in the Echo; one article result for the story', async () => {
		const hits = await json('search', ['lot of work to do']);
		const quoteHits = hits.filter((h) => h.kind === 'quote');
		expect(quoteHits).toHaveLength(1);
		expect(quoteHits[0]).toMatchObject({articleId: 'a-gazette', speaker: 'Jane Smith', alsoIn: [expect.objectContaining({publication: 'Exampleshire Echo'})]});
		const articleHits = hits.filter((h) => h.kind === 'article');
		expect(articleHits.map((h) => h.id)).toEqual(['a-gazette']);
		const text = (await runCommand('search', ['lot of work to do'], {db})).stdout;
		expect(text).toMatch(/quote .*Jane Smith.*Exampleshire Echo/);
	});

	it('compare: an authority counts the quotes its two printings share once', async () => {
		const r = await runCommand('compare', ['Somerset', 'Devon'], {db, json: true});
		expect(r.status, r.stderr).toBe(0);
		const rows = (JSON.parse(r.stdout) as {rows: {label: string; left: string; right: string}[]}).rows;
		expect(rows.find((x) => x.label === 'quotes')).toMatchObject({left: '2', right: '1'});
		expect(rows.find((x) => x.label === 'articles')).toMatchObject({left: '2', right: '1'});
	});

	it('CSV ends with the other printings cited; Markdown names them after the citation', async () => {
		const csv = (await runCommand('quotes', [], {db, csv: true, speaker: 'Jane Smith'})).stdout.split('\r\n');
		expect(csv[0]!.split(',').at(-1)).toBe('alsoIn');
		expect(csv[1]).toMatch(/Exampleshire Echo, 2024-03-05, para 3"?$/);
		const md = (await runCommand('quotes', [], {db, md: true, speaker: 'Jane Smith'})).stdout;
		expect(md).toMatch(/\(also printed in Exampleshire Echo\) \|/);
	});
});
