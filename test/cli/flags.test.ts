/** Input validation (issue 12, "CLI input"): each mistake is exit 2 with one line naming the flag and the reason. */
import {describe, expect, it} from 'vitest';
import type {Flags} from '../../source/cli/context.js';
import {dateProblem, flagWithoutValue, positiveWholeNumber} from '../../source/cli/flags.js';
import {asCommandsReadThem} from '../../source/cli/help.js';
import {runBuilt, runCommand, tempStore} from '../helpers/cli.js';

const {store} = tempStore();

describe('dates on the calendar', () => {
	it.each([
		['2019', null],
		['2019-02', null],
		['2019-12', null],
		['2019-02-28', null],
		['2020-02-29', null],
		['2000-02-29', null],
		['2019-01-31', null],
		['2019-13', 'there is no month 13'],
		['2019-00', 'there is no month 00'],
		['2019-02-30', 'February 2019 has 28 days'],
		['2019-02-29', 'February 2019 has 28 days'],
		['1900-02-29', 'February 1900 has 28 days'],
		['2019-04-31', 'April 2019 has 30 days'],
		['2019-01-00', 'January 2019 has 31 days'],
		['19', 'not YYYY, YYYY-MM or YYYY-MM-DD'],
		['2019-1', 'not YYYY, YYYY-MM or YYYY-MM-DD'],
		['2019/02', 'not YYYY, YYYY-MM or YYYY-MM-DD'],
		['last week', 'not YYYY, YYYY-MM or YYYY-MM-DD'],
	])('%s: %s', (value, problem) => {
		expect(dateProblem(value)).toBe(problem);
	});
});

it.each([
	['20', 20],
	['1', 1],
	[' 7 ', 7],
	['0', null],
	['-3', null],
	['2.5', null],
	['1e3', null],
	['many', null],
	['', null],
	['NaN', null],
])('--limit %j is %s', (value, n) => {
	expect(positiveWholeNumber(value)).toBe(n);
});

it.each<[string[], string | null]>([
	[['timeline', '--authority'], 'authority'],
	[['timeline', '--authority', '--json'], 'authority'],
	[['timeline', '--authority', 'blackpool', '--type'], 'type'],
	[['quotes', '--speaker=', '--json'], null],
	[['quotes', '--speaker', 'blackburn'], null],
	[['quotes', '--json'], null],
	[['search', '--', '--authority'], null],
])('flagWithoutValue(%j) is %s', (argv, flag) => {
	expect(flagWithoutValue(argv, new Set(['authority', 'type', 'speaker']))).toBe(flag);
});

describe('usage errors, in process', () => {
	it.each<[string, string[], Flags, string]>([
		['timeline', [], {from: '2019-13'}, "--from takes a date as YYYY, YYYY-MM or YYYY-MM-DD (got '2019-13': there is no month 13)"],
		['timeline', [], {to: '2019-02-30'}, "--to takes a date as YYYY, YYYY-MM or YYYY-MM-DD (got '2019-02-30': February 2019 has 28 days)"],
		['timeline', [], {from: '2020', to: '2019-06'}, '--from 2020 is after --to 2019-06'],
		['quotes', [], {speaker: ''}, '--speaker needs a value (--speaker NAME)'],
		['quotes', [], {speaker: '  '}, '--speaker needs a value (--speaker NAME)'],
		['timeline', [], {authority: ['']}, '--authority needs a value (--authority A)'],
		['articles', [], {authority: ['blackpool', 'north east lincs']}, "--authority may be given once for 'articles'"],
		['search', ['x'], {limit: 'many' as unknown as number}, "--limit takes a positive whole number (got 'many')"],
		['search', ['x'], {limit: 0}, "--limit takes a positive whole number (got '0')"],
		['search', ['x'], {in: 'quote'}, "--in takes one of quotes, articles, people, events (got 'quote')"],
		['timeline', [], {origin: ['press']}, "--origin takes one of extracted, curated, ofsted (got 'press')"],
		['timeline', [], {type: ['resignation', 'coup']}, "--type takes one of inspection-judgement, inspection-visit, resignation-call, resignation, resignation-refused, no-confidence-vote, commissioner-appointed, commissioner-report, improvement-notice, improvement-notice-lifted, improvement-board, improvement-plan, funding, other (got 'coup')"],
	])('%s %j %j', async (command, args, flags, message) => {
		const r = await runCommand(command, args, {...flags, db: store});
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(`scrutiny: ${message} (see 'scrutiny ${command} --help')\n`);
	});

	it('a valid leap day and a coarse date run', async () => {
		expect((await runCommand('timeline', [], {from: '2020-02-29', json: true, db: store})).status).toBe(0);
		const all = JSON.parse((await runCommand('timeline', [], {from: '2019', to: '2019', json: true, db: store})).stdout) as {date: {value: string}}[];
		expect(all.length).toBeGreaterThan(0);
		expect(all.every((e) => e.date.value.startsWith('2019'))).toBe(true);
	});

	it('--limit from the command line as typed: a number that is one', async () => {
		const r = await runCommand('search', ['poundland'], {limit: '1' as unknown as number, json: true, db: store});
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toHaveLength(1);
	});
});

describe('usage errors, the built program', () => {
	it.each([
		[['quotes', '--speaker'], '--speaker needs a value'],
		[['quotes', '--speaker', '--json'], '--speaker needs a value'],
		[['timeline', '--authority'], '--authority needs a value'],
		[['timeline', '--from', '2019-13'], "got '2019-13': there is no month 13"],
		[['timeline', '--from', '2019-02-30'], "got '2019-02-30': February 2019 has 28 days"],
		[['search', 'x', '--limit', 'many'], "--limit takes a positive whole number (got 'many')"],
		[['search', 'x', '--limit', '2.5'], "--limit takes a positive whole number (got '2.5')"],
		// meow throws (a stack trace, exit 1) on a flag typed twice unless it is parsed as a list.
		[['timeline', '--from', '2019', '--from', '2020'], "--from may be given once for 'timeline'"],
		[['quotes', '--speaker', 'a', '--speaker', 'b'], "--speaker may be given once for 'quotes'"],
		[['search', 'x', '--limit', '2', '--limit=3'], "--limit may be given once for 'search'"],
		[['articles', '--db', 'a.json', '--db', 'b.json'], "--db may be given once for 'articles'"],
		[['import', 'x.txt', '--name', 'a', '--name', 'b'], "--name may be given once for 'import'"],
	])('%j: exit 2, one line', (args, message) => {
		const r = runBuilt([...args, '--db', store]);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		const lines = r.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(message);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});

	it('a flag given once still reads as one value, and a repeatable one as a list', () => {
		const one = runBuilt(['quotes', '--speaker', 'lindley', '--json', '--db', store]);
		expect(one.status, one.stderr).toBe(0);
		const quotes = JSON.parse(one.stdout) as {speaker: string}[];
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes.every((q) => q.speaker === 'Ian Lindley')).toBe(true);
		const two = runBuilt(['timeline', '--authority', 'blackpool', '--authority', 'north east lincs', '--json', '--db', store]);
		expect(new Set((JSON.parse(two.stdout) as {authority: string}[]).map((e) => e.authority))).toEqual(new Set(['Blackpool', 'North East Lincolnshire']));
	});
});

describe('meow\'s answer as the commands read it', () => {
	it('gives a single-valued flag back as its value, keeps a repeat for the dispatcher to refuse, and keeps list flags lists', () => {
		expect(asCommandsReadThem({speaker: ['blackburn'], from: ['2019', '2020'], authority: ['blackpool'], type: [], json: true})).toEqual({
			speaker: 'blackburn',
			from: ['2019', '2020'],
			authority: ['blackpool'],
			json: true,
		});
	});
});
