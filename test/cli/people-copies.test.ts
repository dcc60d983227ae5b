/**
 * Syndicated copies through the command line: two titles print one story, a third article is another story.
 * People, quotes, search and articles count the shared quotes once and name the other title.
 */
import {mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCommand} from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-copies-'));
const corpus = path.join(dir, 'corpus');
const db = path.join(dir, 'store.json');
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const story = (title: string, source: string, tail = '') =>
	[
		`title: ${title}`,
		'date: 2024-03-05',
		`source: ${source}`,
		'authority: Somerset',
		'',
		"Somerset Council has appointed an interim director of children's services after its previous director resigned last month following an inadequate Ofsted rating.",
		'',
		"The appointment was confirmed at a meeting of the council's cabinet on Tuesday evening, where members also agreed a new improvement plan for the service.",
		'',
		'"We have a lot of work to do and we will do it in the open," said council leader Jane Smith.',
		'',
		`"Children cannot wait for us to get this right," said Cllr Tom Brown, the cabinet member for children's services.`,
		tail,
	].join('\n');

beforeAll(async () => {
	mkdirSync(corpus);
	// The Gazette's file is read first (names are read in order): its printing is the one counted.
	writeFileSync(path.join(corpus, 'a-gazette.txt'), story("Interim children's director appointed", 'Exampleshire Gazette'));
	writeFileSync(path.join(corpus, 'b-echo.txt'), story("Council appoints interim children's services director", 'Exampleshire Echo', '\nReporting by our local democracy reporter.\n'));
	writeFileSync(
		path.join(corpus, 'c-post.txt'),
		['title: Leader defends children\'s services budget', 'date: 2024-04-10', 'source: Exampleshire Post', 'authority: Somerset', '', "Somerset Council's leader has defended the budget for children's services at a full council meeting.", '', '"The money is there for the next three years," said council leader Jane Smith.', ''].join('\n'),
	);
	const r = await runCommand('import', [corpus], {db});
	expect(r.status, r.stderr).toBe(0);
});

const json = async (command: string, args: string[] = [], flags: Record<string, unknown> = {}) => {
	const r = await runCommand(command, args, {db, json: true, ...flags});
	expect(r.status, r.stderr).toBe(0);
	return JSON.parse(r.stdout) as Record<string, unknown>[];
};

describe('a story two titles printed counts its quotes once', () => {
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

	it('CSV ends with the other printings cited; Markdown names them after the citation', async () => {
		const csv = (await runCommand('quotes', [], {db, csv: true, speaker: 'Jane Smith'})).stdout.split('\r\n');
		expect(csv[0]!.split(',').at(-1)).toBe('alsoIn');
		expect(csv[1]).toMatch(/Exampleshire Echo, 2024-03-05, para 3"?$/);
		const md = (await runCommand('quotes', [], {db, md: true, speaker: 'Jane Smith'})).stdout;
		expect(md).toMatch(/\(also printed in Exampleshire Echo\) \|/);
	});
});
