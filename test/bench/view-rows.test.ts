import {describe, expect, it} from 'vitest';
import {listCases} from '../../bench/list-commands.js';
import {cpuTicks, idle, literal, peakRssKb, rowsOf, rowsTable, shows, timeMaxRssKb, type ListRun, type ViewRun} from '../../bench/view-rows.js';

const screen = [
	'scrutiny · scrutiny corpus               1000 articles · 153 authorities · 8304 quotes · 4634 events',
	' 1 Dashboard  2 Search  3 Timeline  4 Compare  5 People  6 Articles  7 Cohort  › Frequency: Timeline',
	'Timeline · 4634 events by type · 12 values',
	'  type                      count   share',
	'',
	'',
].join('\n');

describe('shows', () => {
	it('matches the title on the third row, the tab bar on the second, lines anywhere', () => {
		expect(shows(screen, {tab: /› Frequency/, title: /· \d+ values?/})).toBe(true);
		expect(shows(screen, {title: /^Timeline · /})).toBe(true);
		expect(shows(screen, {line: [/^\s+type\s+count/]})).toBe(true);
	});
	it('fails when any part is missing, or on the wrong row', () => {
		expect(shows(screen, {tab: /› Reader/})).toBe(false);
		// The tab bar names the timeline too: a title test reads the title row only.
		expect(shows(screen, {title: /Dashboard/})).toBe(false);
		expect(shows(screen, {title: /^Timeline/, line: [/^\d+ results/]})).toBe(false);
		expect(shows('', {title: /^Authorities/})).toBe(false);
	});
	it('finds a query typed literally, whatever it holds', () => {
		const query = 'a+b (c)? [d]';
		expect(new RegExp(`› ${literal(query)}`).test(`› ${query}`)).toBe(true);
		expect(new RegExp(literal(query)).test('aab (c)')).toBe(false);
	});
});

describe('/proc and /usr/bin/time', () => {
	it('reads user plus system ticks after the command name, even one with spaces and parentheses', () => {
		const rest = 'S 1 2 3 4 5 6 7 8 9 10 120 30 0 0 20 0 11 0';
		expect(cpuTicks(`4242 (node) ${rest}`)).toBe(150);
		expect(cpuTicks(`4242 (a (b) c) ${rest}`)).toBe(150);
		expect(cpuTicks('')).toBeNull();
	});
	it('reads the peak RSS', () => {
		expect(peakRssKb('Name:\tnode\nVmPeak:\t 999 kB\nVmHWM:\t  204800 kB\nVmRSS:\t 100 kB\n')).toBe(204800);
		expect(peakRssKb('Name:\tnode\n')).toBeNull();
		expect(timeMaxRssKb('Command exited with non-zero status 1\n201328\n')).toBe(201328);
		expect(timeMaxRssKb('')).toBeNull();
	});
	it('is idle only after enough samples with no more than the slack', () => {
		expect(idle([0, 50, 100, 100, 100, 100, 101], 5)).toBe(false);
		expect(idle([0, 50, 100, 100, 100, 100, 100, 101], 5)).toBe(true);
		expect(idle([100, 100, 100], 5)).toBe(false);
	});
});

describe('rows', () => {
	const list = (label: string, ms: number | null, error: string | null = null): ListRun => ({label, command: label, args: [], ms, peakRssMb: 300, exitCode: error ? 1 : 0, error});
	const view: ViewRun = {view: 'timeline', keys: '3', fromLaunchMs: 2500, fromKeyWhileReadingMs: 900, fromKeyReadMs: 1999, readMs: 1600, peakRssMb: 400, error: null};
	it('sets each time against the 2 s target; a failed command misses it', () => {
		const rows = rowsOf([list('articles', 2000), list('quotes', 1500), list('people', null, 'exited with 1')], [view]);
		expect(rows.map((r) => r.met)).toEqual([false, true, false, true, false]);
		expect(rows[4]!.how).toContain('900 from the key');
	});
	it('makes a Markdown table with a row each', () => {
		const md = rowsTable(rowsOf([list('search "a|b"', 1234)], []), 'md').split('\n');
		expect(md).toHaveLength(3);
		expect(md[2]).toBe('| scrutiny search "a\\|b" | spawn to exit | 1,234 | 300 | 2 s | yes |');
	});
});

describe('list cases', () => {
	it('are every reading command of the command table, with each format, and never an import', () => {
		const cases = listCases();
		const commands = new Set(cases.map((c) => c.command));
		expect([...commands]).toEqual(expect.arrayContaining(['articles', 'quotes', 'people', 'timeline', 'search', 'compare', 'cohort']));
		expect([...commands].some((c) => c.startsWith('import'))).toBe(false);
		expect(cases.filter((c) => c.command === 'articles').map((c) => c.args.join(' '))).toEqual(['', '--json', '--csv', '--md', '--freq year']);
		expect(cases.find((c) => c.command === 'search')!.args[0]).toBe('commissioner appointed');
		expect(listCases(['json']).every((c) => c.args.includes('--json'))).toBe(true);
	});
});
