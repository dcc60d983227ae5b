/**
 * Frequency tables and saved lists through the real input path: keys by their keymap names, on the bundled
 * corpus (20 timeline lines: 13 Blackpool, 7 North East Lincolnshire; 5 judgements; people: 2 Conservative,
 * 2 Labour, 5 without a party).
 */
import {parse} from 'csv-parse/sync';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import type {StoreData} from '../../source/corpus/schema.js';
import {bundledData, expectFits, renderApp} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();
const dirs: string[] = [];
afterAll(() => {
	for (const d of dirs) rmSync(d, {recursive: true, force: true});
});
function tempDir(): string {
	const d = mkdtempSync(path.join(os.tmpdir(), 'scr-save-'));
	dirs.push(d);
	return d;
}

/** The frequency table's line for a value, without the selection marker and the bar: `Labour 1 11.1%`. */
function rowOf(lines: string[], label: string): string {
	const line = lines.map((l) => l.replace(/^[› ] /, '')).find((l) => l.startsWith(`${label} `));
	if (!line) throw new Error(`no row for ${label} in:\n${lines.join('\n')}`);
	return line.replace(/[█#]+\s*$/, '').replace(/\s+/g, ' ').trim();
}

describe('the frequency view (F)', () => {
	it('counts the timeline by type, then by authority, and Esc comes back to the timeline', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		await app.waitForText('21 events in date order');
		await app.pressCommand('frequency');
		await app.waitForText('Timeline · 21 events by type');
		expect(app.frame()).toContain('› Frequency: Timeline');
		expect(rowOf(app.lines(), 'inspection-judgement')).toBe('inspection-judgement 6 28.6%');
		expect(rowOf(app.lines(), 'no-confidence-vote')).toBe('no-confidence-vote 1 4.8%');
		await app.pressCommand('frequency-column-next');
		await app.waitForText('21 events by authority');
		expect(rowOf(app.lines(), 'Blackpool')).toBe('Blackpool 14 66.7%');
		expect(rowOf(app.lines(), 'North East Lincolnshire')).toBe('North East Lincolnshire 7 33.3%');
		await app.pressCommand('frequency-column-previous');
		await app.waitForText('21 events by type');
		expectFits(app, 100, 30);
		await app.pressCommand('back');
		await app.waitForText('21 events in date order');
	});

	it('fits small terminals', async () => {
		for (const [c, r] of [
			[80, 24],
			[64, 20],
		] as const) {
			const app = await renderApp(data, {columns: c, rows: r});
			await app.pressCommand('view-timeline');
			await app.pressCommand('frequency');
			await app.waitForText('events by type');
			expect(rowOf(app.lines(), 'inspection-judgement')).toBe('inspection-judgement 6 28.6%');
			expectFits(app, c, r);
			app.unmount();
		}
	});

	it('counts only the lines the filters leave, and leaves the filters as they were', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		await app.pressCommand('cycle-origin');
		const shown = /Timeline · (\d+) of 21 events · press only/.exec(app.frame());
		expect(shown).not.toBeNull();
		await app.pressCommand('frequency');
		await app.waitForText(`Timeline · press only · ${shown![1]} events by type`);
		await app.pressCommand('back');
		await app.waitForText(`${shown![1]} of 21 events · press only`);
	});

	it('filters the timeline to the value chosen with Enter; Esc then clears that filter', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		await app.pressCommand('frequency');
		await app.pressCommand('frequency-column-next');
		await app.pressCommand('move-down');
		expect(app.frame()).toContain('› North East Lincolnshire');
		await app.pressCommand('frequency-filter');
		await app.waitForText('Timeline · 7 of 21 events · North East Lincolnshire');
		await app.pressCommand('clear-filter');
		await app.waitForText('21 events in date order');
	});

	it('says why a value is no filter (years are not a timeline filter)', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		await app.pressCommand('frequency');
		await app.pressCommand('frequency-column-next');
		await app.pressCommand('frequency-column-next');
		await app.waitForText('events by year');
		await app.pressCommand('frequency-filter');
		await app.waitForText('the timeline list is filtered only by type or authority, not by year: Tab/→ to type, then Enter');
	});

	it('counts people by party, and their quotes by party', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-people');
		await app.pressCommand('frequency');
		await app.waitForText('People · 9 people by party');
		expect(rowOf(app.lines(), 'no party')).toBe('no party 5 55.6%');
		expect(rowOf(app.lines(), 'Conservative')).toBe('Conservative 2 22.2%');
		expect(rowOf(app.lines(), 'Labour')).toBe('Labour 2 22.2%');
		await app.pressCommand('frequency-column-next');
		await app.pressCommand('frequency-column-next');
		// The people list's quotes leave phrases out, and the heading says so (FREQ-1).
		await app.waitForText('People · 41 quotes (phrases left out) by party');
		expect(rowOf(app.lines(), 'Labour')).toBe('Labour 9 22.0%');
	});

	it('counts the search results on screen by kind, and Esc comes back to them', async () => {
		const app = await renderApp(data);
		await app.pressCommand('search');
		await app.type('poundland');
		await app.waitForText(/\d+ results?/);
		await app.pressCommand('search-leave', {typing: true});
		await app.pressCommand('frequency');
		await app.waitForText('Search “poundland” ·');
		expect(app.frame()).toMatch(/results by kind/);
		expect(rowOf(app.lines(), 'quote')).toMatch(/^quote \d+ /);
		await app.pressCommand('back');
		await app.waitForText('Poundland Donald Trump');
	});

	it('searches again in the kind chosen with Enter (its scope)', async () => {
		const app = await renderApp(data);
		await app.pressCommand('search');
		await app.type('council');
		await app.waitForText(/\d+ results/);
		await app.pressCommand('search-leave', {typing: true});
		await app.pressCommand('frequency');
		await app.waitForText('results by kind');
		const events = /^event (\d+) /.exec(rowOf(app.lines(), 'event'));
		expect(events).not.toBeNull();
		while (!app.lines().some((l) => l.startsWith('› event'))) await app.pressCommand('move-down');
		await app.pressCommand('frequency-filter');
		await app.waitForText('[events]');
		await app.waitForText(`${events![1]} results`);
	});

	it('counts articles by year, the undated named, and opens the articles about the authority chosen', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-articles');
		await app.pressCommand('frequency');
		await app.waitForText('Articles · 5 articles by year');
		expect(rowOf(app.lines(), '2019')).toBe('2019 2 40.0%');
		expect(rowOf(app.lines(), 'undated')).toBe('undated 1 20.0%');
		await app.pressCommand('frequency-column-next');
		await app.waitForText('5 articles by authority');
		await app.pressCommand('frequency-filter');
		await app.waitForText('Articles about Blackpool · 4');
		await app.pressCommand('back');
		await app.waitForText('Articles · 5 · sorted');
	});
});

describe('saving the list on screen (S, M)', () => {
	it('saves the filtered timeline as CSV with citations, and never over a file that exists', async () => {
		const dir = tempDir();
		writeFileSync(path.join(dir, 'scrutiny-timeline.csv'), 'mine\n');
		const app = await renderApp(data, {saveDir: dir});
		await app.pressCommand('view-timeline');
		await app.pressCommand('frequency');
		await app.pressCommand('frequency-column-next');
		await app.pressCommand('move-down');
		await app.pressCommand('frequency-filter');
		await app.waitForText('7 of 21 events');
		await app.pressCommand('save-csv');
		await app.waitForText('saved 7 rows to');
		expect(app.frame()).toContain('scrutiny-timeline-1.csv');
		expect(readFileSync(path.join(dir, 'scrutiny-timeline.csv'), 'utf8')).toBe('mine\n');
		const rows = parse(readFileSync(path.join(dir, 'scrutiny-timeline-1.csv'), 'utf8'), {columns: true}) as Record<string, string>[];
		expect(rows).toHaveLength(7);
		expect(rows.every((r) => r['authority'] === 'North East Lincolnshire')).toBe(true);
		expect(rows.every((r) => /para \d+/.test(r['citation']!) || r['origin'] === 'ofsted')).toBe(true);
		await app.pressCommand('save-csv');
		await app.waitForText('scrutiny-timeline-2.csv');
		expect(readdirSync(dir).sort()).toEqual(['scrutiny-timeline-1.csv', 'scrutiny-timeline-2.csv', 'scrutiny-timeline.csv']);
	});

	it("saves a person's quotes as Markdown, each cited", async () => {
		const dir = tempDir();
		const app = await renderApp(data, {saveDir: dir});
		await app.pressCommand('view-people');
		await app.pressCommand('open');
		await app.waitForText('› Quotes: Simon Blackburn');
		await app.pressCommand('save-markdown');
		const his = data.quotes.filter((q) => q.speaker === 'Simon Blackburn').length;
		await app.waitForText(`saved ${his} rows to`);
		const md = readFileSync(path.join(dir, 'scrutiny-quotes-simon-blackburn.md'), 'utf8');
		expect(md.split('\n')[0]).toBe(`# Quotes: Simon Blackburn: ${his} quotes`);
		const body = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| date') && !l.startsWith('| ---'));
		expect(body).toHaveLength(his);
		expect(body.every((l) => /, para \d+ \|$/.test(l))).toBe(true);
		expect(md).toContain('Poundland Donald Trump');
	});

	it('saves the search results and the frequency table on screen', async () => {
		const dir = tempDir();
		const app = await renderApp(data, {saveDir: dir});
		await app.pressCommand('search');
		await app.type('poundland');
		await app.waitForText(/\d+ results?/);
		await app.pressCommand('search-leave', {typing: true});
		await app.pressCommand('save-csv');
		await app.waitForText(/saved \d+ rows? to/);
		const results = parse(readFileSync(path.join(dir, 'scrutiny-search.csv'), 'utf8'), {columns: true}) as Record<string, string>[];
		expect(results.some((r) => r['text']!.includes('Poundland Donald Trump') && /para \d+/.test(r['citation']!))).toBe(true);
		await app.pressCommand('view-timeline');
		await app.pressCommand('frequency');
		await app.pressCommand('save-markdown');
		await app.waitForText('saved 11 rows to');
		const md = readFileSync(path.join(dir, 'scrutiny-timeline-by-type.md'), 'utf8');
		expect(md).toContain('# Timeline: 21 events by type');
		expect(md).toContain('| inspection-judgement | 6 | 28.6% |');
	});

	it('neutralises formulas and cleans terminal controls from what it saves', async () => {
		const dir = tempDir();
		const hostile: StoreData = structuredClone(data);
		const e = hostile.events.find((x) => x.origin === 'extracted')!;
		e.summary = '=HYPERLINK("http://evil.example","click")\u001b]52;c;ZXZpbA==\u0007\u202e';
		const app = await renderApp(hostile, {saveDir: dir});
		await app.pressCommand('view-timeline');
		await app.pressCommand('save-csv');
		await app.waitForText('saved 21 rows to');
		await app.pressCommand('save-markdown');
		await app.waitForText('scrutiny-timeline.md');
		const text = readFileSync(path.join(dir, 'scrutiny-timeline.csv'), 'utf8');
		const rows = parse(text, {columns: true}) as Record<string, string>[];
		expect(rows.find((r) => r['id'] === e.id)?.['summary']).toMatch(/^'=HYPERLINK/);
		for (const file of ['scrutiny-timeline.csv', 'scrutiny-timeline.md']) expect(readFileSync(path.join(dir, file), 'utf8')).not.toMatch(/[\u001b\u0007\u202e]/);
	});

	it('says there is nothing to save for an empty list, and writes no file', async () => {
		const dir = tempDir();
		const app = await renderApp(data, {saveDir: dir});
		await app.pressCommand('view-timeline');
		await app.pressCommand('timeline-find');
		await app.type('zzzzqqq');
		await app.pressCommand('find-done', {typing: true});
		await app.pressCommand('save-csv');
		await app.waitForText('nothing to save: no events on screen');
		expect(readdirSync(dir)).toEqual([]);
	});
});
