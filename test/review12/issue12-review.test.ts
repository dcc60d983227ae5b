/**
 * Review of issue 12 (helper review12): each test reproduces one defect found by driving the built program on the
 * bundled store, and fails until it is fixed. The fixture article is written here in invented words.
 */
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runBuilt, tempStore} from '../helpers/cli.js';

const {dir, store} = tempStore();
const db = ['--db', store];

describe('compare: every row read from an article is cited', () => {
	it('the other inspections row (youth justice, 000 para 4) carries its source', () => {
		const r = runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--csv', ...db]);
		const line = r.stdout.split('\r\n').find((l) => l.startsWith('other inspections,'))!;
		expect(line).toContain('para 4');
	});
});

describe('a text file\'s header url', () => {
	it('is kept and cited', () => {
		const folder = path.join(dir, 'url-article');
		mkdirSync(folder, {recursive: true});
		const url = 'https://gazette.example/news/2023/03/14/story';
		writeFileSync(
			path.join(folder, 'a.txt'),
			`title: Council told to improve\ndate: 2023-03-14\nsource: Testshire Gazette\nauthority: Blackpool\nurl: ${url}\n\nCouncillor Zed Quorrin said: "We will improve."\n`,
		);
		const file = path.join(dir, 'url-store.json');
		expect(runBuilt(['import', folder, '--db', file]).status).toBe(0);
		const [article] = JSON.parse(runBuilt(['articles', '--json', '--db', file]).stdout) as {url: string | null; citation: {url: string | null}}[];
		expect(article!.citation.url).toBe(url);
	});
});

describe('compare: a vote that was held and defeated', () => {
	it('is not told as a plan still to come', () => {
		const folder = path.join(dir, 'vote-article');
		mkdirSync(folder, {recursive: true});
		writeFileSync(
			path.join(folder, 'v.txt'),
			'title: Leader survives confidence vote\ndate: 2019-02-05\nsource: Testshire Gazette\nauthority: Blackpool\n\nA motion of no confidence in the Blackpool Council leader was defeated at a full council meeting on Monday.\n\nOpposition councillor Pat Vellum said: "We will keep pressing for change."\n',
		);
		const file = path.join(dir, 'vote-store.json');
		copyFileSync(store, file);
		expect(runBuilt(['import', folder, '--db', file]).status).toBe(0);
		const r = runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--json', '--db', file]);
		const row = (JSON.parse(r.stdout) as {rows: {label: string; left: string}[]}).rows.find((x) => x.label === 'no-confidence vote')!;
		// The timeline has it as "no-confidence-vote [refused]" on 2019-02-04: the vote took place.
		expect(row.left).toMatch(/2019-02-04/);
		expect(row.left).not.toMatch(/not yet a response|refused for/);
	});
});
