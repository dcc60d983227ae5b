/** The command line on the bundled store: every contract command, in text and JSON, and its usage errors. */
import {parse} from 'csv-parse/sync';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runBuilt, runCommand, tempStore} from '../helpers/cli.js';

const {store} = tempStore();
const db = {db: store};

describe('listing commands', () => {
	it('articles lists the five articles in date order, undated last', async () => {
		const r = await runCommand('articles', [], {...db, json: true});
		expect(r.status).toBe(0);
		const rows = JSON.parse(r.stdout);
		expect(rows).toHaveLength(5);
		expect(rows.map((a: {published: {value: string | null}}) => a.published.value)).toEqual(['2015', '2019-02', '2019-02-01', '2022-01-27', null]);
		// The contract's fields, and the citation and fragment count CONTRACT.md adds.
		expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['authorities', 'citation', 'file', 'fragments', 'id', 'paragraphs', 'published', 'quotes', 'title']));
	});

	it('articles --authority takes a short form', async () => {
		const r = await runCommand('articles', [], {...db, json: true, authority: ['NE Lincolnshire']});
		expect(JSON.parse(r.stdout).map((a: {file: string}) => a.file)).toEqual(['004_11d66a30176ed5de.txt']);
	});

	it('quotes --speaker matches a surname, in plain text and JSON', async () => {
		const text = await runCommand('quotes', [], {...db, speaker: 'blackburn'});
		expect(text.status).toBe(0);
		expect(text.stdout).toContain('Simon Blackburn');
		expect(text.stdout).not.toContain('Tony Williams');
		const json = JSON.parse((await runCommand('quotes', [], {...db, speaker: 'blackburn', json: true})).stdout);
		expect(json.some((q: {text: string; fragment: boolean}) => q.text === 'a Poundland Donald Trump' && q.fragment)).toBe(true);
		expect(json.every((q: {speaker: string}) => q.speaker === 'Simon Blackburn')).toBe(true);
	});

	it('quotes --speaker matching no one says so in one line on stderr, exit 0 (the built program)', () => {
		const text = runBuilt(['quotes', '--speaker', 'blakburn', '--db', store]);
		expect(text.status).toBe(0);
		expect(text.stderr).toBe("scrutiny: no quotes by a speaker matching 'blakburn'\n");
		const json = runBuilt(['quotes', '--speaker', 'blakburn', '--json', '--db', store]);
		expect([json.status, JSON.parse(json.stdout)]).toEqual([0, []]);
		expect(json.stderr.trim().split('\n')).toHaveLength(1);
		// A speaker quoted elsewhere but not in that authority's articles: the line says which filter left nothing.
		expect(runBuilt(['quotes', '--speaker', 'lindley', '--authority', 'blackpool', '--db', store]).stderr).toBe("scrutiny: no quotes by a speaker matching 'lindley' in articles of 'blackpool'\n");
		// Quotes found: nothing on stderr.
		expect(runBuilt(['quotes', '--speaker', 'maynard', '--db', store]).stderr).toBe('');
	});

	it('people lists titles, roles and parties where the text gives them', async () => {
		const people = JSON.parse((await runCommand('people', [], {...db, json: true})).stdout) as {name: string; party: string | null; titles: string[]; roles: string[]}[];
		const by = (n: string) => people.find((p) => p.name === n)!;
		expect(by('Tony Williams').party).toBe('Conservative');
		expect(by('Gordon Marsden').party).toBe('Labour');
		expect(by('Gordon Marsden').roles).toContain('MP for Blackpool South');
		expect(by('Simon Blackburn').party).toBeNull();
		expect(by('Ian Lindley').titles).toContain('Councillor');
		expect(by('Ian Lindley').roles.join()).toMatch(/portfolio holder for Children and Education/);
	});

	it('timeline prints events in date order; --csv opens in a CSV parser', async () => {
		const json = JSON.parse((await runCommand('timeline', [], {...db, json: true})).stdout) as {date: {value: string | null}}[];
		const dated = json.map((e) => e.date.value).filter((v): v is string => v !== null);
		expect(dated).toEqual([...dated].sort((a, b) => a.localeCompare(b)));
		const csv = await runCommand('timeline', [], {...db, csv: true});
		const rows = parse(csv.stdout, {columns: true}) as Record<string, string>[];
		expect(rows.length).toBe(json.length);
		expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['date', 'precision', 'authority', 'type', 'rating', 'summary']));
		expect(rows.some((r) => r.type === 'no-confidence-vote' && r.date === '2022-02' && r.precision === 'month')).toBe(true);
	});

	it('timeline --md is a table with citations', async () => {
		const md = (await runCommand('timeline', [], {...db, md: true, authority: ['north east lincs']})).stdout;
		expect(md.split('\n')[0]).toMatch(/^\| date \| authority \|/);
		expect(md).toMatch(/para \d+/);
	});

	it('compare shows both authorities side by side', async () => {
		const r = await runCommand('compare', ['blackpool', 'north east lincs'], db);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('Blackpool');
		expect(r.stdout).toContain('North East Lincolnshire');
		const j = JSON.parse((await runCommand('compare', ['blackpool', 'north east lincs'], {...db, json: true})).stdout);
		expect(j.left.authority).toBe('Blackpool');
		expect(j.right.inadequateDate).toBe('Nov 2021');
	});

	it('search finds the Poundland quote by its speaker', async () => {
		const hits = JSON.parse((await runCommand('search', ['poundland'], {...db, json: true})).stdout);
		expect(hits[0]).toMatchObject({kind: 'quote', speaker: 'Simon Blackburn'});
		expect(hits[0].matches.length).toBeGreaterThan(0);
	});
});

describe('usage and failure', () => {
	it('an unknown command exits 2 with usage on stderr', () => {
		const r = runBuilt(['frobnicate', '--db', store]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
		expect(r.stdout).toBe('');
	});

	it('an unknown flag exits 2', () => {
		const r = runBuilt(['quotes', '--speeker', 'x', '--db', store]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/speeker/);
	});

	it('a flag of another command exits 2', async () => {
		const r = await runCommand('articles', [], {...db, speaker: 'blackburn'});
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/--speaker is not an option of 'articles'/);
	});

	it('a missing store is one line naming it, exit 1', () => {
		const r = runBuilt(['articles', '--db', '/nonexistent/store.json']);
		expect(r.status).toBe(1);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain('/nonexistent/store.json');
	});

	it('--db pointing at a directory says so, exit 1', () => {
		const dir = path.dirname(store);
		const r = runBuilt(['articles', '--db', dir]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(dir);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});

	it('an unknown authority exits 1 naming it', async () => {
		const r = await runCommand('articles', [], {...db, authority: ['Atlantis']});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/Atlantis/);
	});

	it('without a terminal, no command prints the dashboard and a hint, exit 0', () => {
		const r = runBuilt(['--db', store]);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('Blackpool');
		expect(r.stdout).toContain('North East Lincolnshire');
		expect(r.stdout).toMatch(/--json/);
	});

	it('--json prints one JSON document and nothing else', () => {
		const r = runBuilt(['timeline', '--json', '--db', store]);
		expect(r.status).toBe(0);
		expect(() => JSON.parse(r.stdout)).not.toThrow();
	});
});

describe('import', () => {
	it('imports good files, refuses bad ones by name, and says so in the exit status', () => {
		const {dir} = tempStore();
		const inbox = path.join(dir, 'inbox');
		mkdirSync(inbox);
		writeFileSync(path.join(inbox, 'good.txt'), 'title: Test story\ndate: 2023-03-14\n\nCllr Jane Smith said: "We will appeal the decision."\n');
		writeFileSync(path.join(inbox, 'empty.txt'), '');
		writeFileSync(path.join(inbox, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
		const fresh = path.join(dir, 'new.json');
		const r = runBuilt(['import', inbox, '--db', fresh]);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/empty\.txt: empty file/);
		expect(r.stderr).toMatch(/binary\.txt: binary file/);
		expect(r.stdout).toMatch(/1 added/);
		const quotes = JSON.parse(runBuilt(['quotes', '--json', '--db', fresh]).stdout);
		expect(quotes).toEqual([expect.objectContaining({speaker: 'Jane Smith', text: 'We will appeal the decision.'})]);
	});

	it('is idempotent: the same content twice is one article', () => {
		const {store: s} = tempStore();
		const r = runBuilt(['import', path.resolve('data/articles'), '--db', s, '--json']);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({added: 0, unchanged: 5});
		expect(JSON.parse(runBuilt(['articles', '--json', '--db', s]).stdout)).toHaveLength(5);
	});
});
