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

