/**
 * `--freq COLUMN` on the list commands, on the bundled store: 20 timeline lines (13 Blackpool, 7 North East
 * Lincolnshire; 5 judgements), 9 people (2 Conservative, 2 Labour, 5 without a party), 5 articles (one undated).
 */
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {runBuilt, runCommand, tempStore} from '../helpers/cli.js';

const {store} = tempStore();
const db = {db: store};
type Row = {column: string; value: string | null; label: string; count: number; percent: number};

describe('--freq', () => {
	it('counts the timeline by authority as JSON, most first, with percentages', async () => {
		const r = await runCommand('timeline', [], {...db, freq: 'authority', json: true});
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual([
			{column: 'authority', value: 'Blackpool', label: 'Blackpool', count: 14, percent: 66.7},
			{column: 'authority', value: 'North East Lincolnshire', label: 'North East Lincolnshire', count: 7, percent: 33.3},
		]);
	});

	it("counts after the command's filters", async () => {
		const all = JSON.parse((await runCommand('timeline', [], {...db, freq: 'type', json: true})).stdout) as Row[];
		expect(all.reduce((n, r) => n + r.count, 0)).toBe(21);
		expect(all[0]).toMatchObject({value: 'inspection-judgement', count: 6, percent: 28.6});
		const nel = JSON.parse((await runCommand('timeline', [], {...db, freq: 'type', json: true, authority: ['NE Lincolnshire']})).stdout) as Row[];
		expect(nel.reduce((n, r) => n + r.count, 0)).toBe(7);
	});

	it('names the bucket of the rows without a value, with value null', async () => {
		const years = JSON.parse((await runCommand('articles', [], {...db, freq: 'year', json: true})).stdout) as Row[];
		expect(years.map((r) => [r.label, r.count])).toEqual([
			['2019', 2],
			['2015', 1],
			['2022', 1],
			['undated', 1],
		]);
		expect(years.at(-1)!.value).toBeNull();
	});

	it('counts people by party and their quotes by party, as CSV and Markdown', async () => {
		const csv = await runCommand('people', [], {...db, freq: 'party', csv: true});
		expect(parse(csv.stdout, {columns: true})).toEqual([
			{party: 'no party', count: '5', percent: '55.6'},
			{party: 'Conservative', count: '2', percent: '22.2'},
			{party: 'Labour', count: '2', percent: '22.2'},
		]);
		const md = await runCommand('people', [], {...db, freq: 'quotes-by-party', md: true});
		// The people list's quotes leave phrases out, and the column says so (FREQ-1).
		expect(md.stdout.split('\n').slice(0, 3)).toEqual(['| party | quotes (phrases left out) | percent |', '| --- | --- | --- |', '| no party | 28 | 68.3% |']);
		// The quotes list counts its phrases too, and says so: the two tables differ by the phrases.
		const byParty = parse((await runCommand('quotes', [], {...db, freq: 'party', csv: true})).stdout, {columns: true}) as Record<string, string>[];
		expect(Object.keys(byParty[0]!)).toEqual(['party', 'quotes and phrases', 'percent']);
		const phrases = JSON.parse((await runCommand('quotes', [], {...db, json: true})).stdout).filter((q: {fragment: boolean}) => q.fragment).length;
		const sum = (rows: Record<string, string>[], col: string) => rows.reduce((n, r) => n + Number(r[col]), 0);
		const people = parse((await runCommand('people', [], {...db, freq: 'quotes-by-party', csv: true})).stdout, {columns: true}) as Record<string, string>[];
		expect(sum(byParty, 'quotes and phrases')).toBe(sum(people, 'quotes (phrases left out)') + phrases);
	});

	it('counts quotes by speaker in plain text', async () => {
		const r = await runCommand('quotes', [], {...db, freq: 'speaker'});
		expect(r.status).toBe(0);
		const lines = r.stdout.split('\n');
		expect(lines[0]).toMatch(/^speaker\s+quotes and phrases\s+percent$/);
		expect(lines[2]).toMatch(/^Simon Blackburn\s+25\s+\d+\.\d%$/);
	});

	it('counts the search results by kind, the counts adding up to the results', async () => {
		const hits = JSON.parse((await runCommand('search', ['council'], {...db, json: true, limit: 200})).stdout) as {kind: string}[];
		const byKind = JSON.parse((await runCommand('search', ['council'], {...db, json: true, limit: 200, freq: 'kind'})).stdout) as Row[];
		expect(byKind.reduce((n, r) => n + r.count, 0)).toBe(hits.length);
		for (const r of byKind) expect(r.count).toBe(hits.filter((h) => h.kind === r.value).length);
	});

	it('refuses a column the list does not have, naming those it has (exit 2)', () => {
		const r = runBuilt(['people', '--freq', 'year', '--db', store]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/--freq takes one of party, authority, quotes-by-party \(got 'year'\)/);
	});
});
