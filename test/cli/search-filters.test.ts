/**
 * `scrutiny search` reads the filters of the UI's search box (speaker:, authority:, year:, type:), typos
 * forgiven as the UI forgives them, and gives the hits the UI's search gives for the same box.
 */
import {describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {runSearch} from '../../source/search/run-search.js';
import {Searcher} from '../../source/search/search.js';
import {runBuilt, runCommand, tempStore} from '../helpers/cli.js';

const {store} = tempStore();
const db = ['--db', store];

type Hit = {kind: string; id: string; speaker?: string; text: string};
const hitsOf = (args: string[]) => {
	const r = runBuilt(['search', ...args, '--json', ...db]);
	expect(r.status, r.stderr).toBe(0);
	return JSON.parse(r.stdout) as Hit[];
};

describe('filters typed in the query, through the built program', () => {
	it.each([
		['speaker:lindley three years', 'Ian Lindley'],
		['speaker:blakburn', 'Simon Blackburn'],
		['year:2019 blackburn', 'Simon Blackburn'],
	])('%s gives that person\'s quotes and nobody else\'s', (query, speaker) => {
		const quotes = hitsOf([query]).filter((h) => h.kind === 'quote');
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes.every((h) => h.speaker === speaker)).toBe(true);
	});

	it('speaker:lindley three years puts his "no quick fix ... three years" quote first', () => {
		expect(hitsOf(['speaker:lindley three years'])[0]!.text).toMatch(/no quick fix.*three years/);
	});

	it('type:resignation-call gives the timeline\'s two call lines, and only events', () => {
		const hits = hitsOf(['type:resignation-call']);
		expect(hits).toHaveLength(2);
		expect(hits.every((h) => h.kind === 'event')).toBe(true);
	});

	it('authority:blackpool poundland finds the phrase; authority:north east lincs does not', () => {
		expect(hitsOf(['authority:blackpool poundland']).some((h) => h.text === 'a Poundland Donald Trump')).toBe(true);
		expect(hitsOf(['authority:"north east lincs" poundland']).some((h) => h.text.includes('Poundland'))).toBe(false);
	});

	it('the query may be several words on the command line, filters among them', () => {
		expect(hitsOf(['speaker:lindley', 'three', 'years'])).toEqual(hitsOf(['speaker:lindley three years']));
	});

	it.each([
		[['authority:nowhere', 'council'], 1, "no authority matches 'nowhere'"],
		[['year:abc', 'council'], 2, 'year:abc is not a year'],
		[['speaker:'], 2, 'search needs a query'],
	])('%j: one line on stderr, exit %i', (args, status, message) => {
		const r = runBuilt(['search', ...args, ...db]);
		expect(r.status).toBe(status);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain(message);
	});
});

describe('the same hits as the UI\'s search', () => {
	it.each([
		['speaker:blakburn', 'all'],
		['year:2019 blackburn', 'all'],
		['authority:blakpool year:2019 board', 'all'],
		['type:resignaton-call', 'events'],
		['speaker:lindley three years', 'quotes'],
	] as const)('%s (%s)', async (query, scope) => {
		const {data} = await openStore(store, {readOnly: true});
		const ui = runSearch(data, Searcher.fromStore(data), query, scope, 200);
		expect(ui.problems).toEqual([]);
		expect(ui.rows.length).toBeGreaterThan(0);
		const r = await runCommand('search', [query], {db: store, json: true, limit: 200, ...(scope === 'all' ? {} : {in: scope})});
		const cli = JSON.parse(r.stdout) as Hit[];
		expect(cli.map((h) => `${h.kind} ${h.id}`)).toEqual(ui.rows.map((h) => `${h.kind} ${h.id}`));
	});
});
