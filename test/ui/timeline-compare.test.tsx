/**
 * The research views through the real input path: the timeline (3) with its chart, year jumps, filters cleared
 * one by one, origins, its own search, and curation written to a store file; the comparison (4) with its rows,
 * the alignment toggle, the chooser, the quote panel and the narrow layouts.
 */
import {copyFileSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {applyCuration, saveCuration, type CurationEdit} from '../../source/corpus/curation.js';
import {rebuildDerived} from '../../source/corpus/merge.js';
import {parseIlacsHistory} from '../../source/corpus/ofsted-import.js';
import {timeline} from '../../source/corpus/queries.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {sharedDir} from '../helpers/paths.js';
import {bundledData, bundledStorePath, expectFits, keys, lineOf, renderApp, type AppHarness} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();
const today = '2026-11-22';

/** The timeline's title line (the third row: header, tabs, then the view). */
const title = (app: AppHarness) => app.lines()[2]!;
/** The selected line of the list. */
const selected = (app: AppHarness) => app.lines().find((l) => l.startsWith('›'))!;

function withOfficial(): StoreData {
	const d = structuredClone(data) as StoreData;
	d.events.push(...parseIlacsHistory(readFileSync(path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv'), 'utf8')).events);
	rebuildDerived(d);
	return d;
}

function storeFile(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-ui-curation-'));
	const file = path.join(dir, 'store.json');
	copyFileSync(bundledStorePath, file);
	return file;
}

describe('Timeline (3)', () => {
	it('lists every event in date order, grouped by year, one line per event with its count of articles', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		expect(title(app)).toMatch(/^Timeline · 21 events in date order\s+◆ Ofsted {2}○ press {2}✎ curated$/);
		const order = ['── 2012', 'Jul 2012', '── 2015', '~2015', '── 2018', '~Dec 2018', '── 2019', 'Jan 2019', '~Feb 2019'].map((t) => lineOf(app, t));
		expect(order.every((i) => i > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		// The January 2019 judgement: three reports, one line.
		const jan = app.lines().filter((l) => l.includes('Jan 2019'));
		expect(jan).toHaveLength(1);
		expect(jan[0]).toMatch(/○ Jan 2019\s+Blackpool\s+judgement\s+inadequate\s+×3 The report/);
		expectFits(app, 100, 30);
	});

	it('draws a strip chart of the years per authority, each judgement by its letter', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		expect(app.lines()[3]).toMatch(/^\s+2012 {2}2013 .* 2022\s+\?n undated$/);
		// 2018 is the youth offending team's judgement: another service, an event but not a rating of the strip.
		expect(app.lines()[4]).toMatch(/^Blackpool\s+I\s+·\s+·\s+█\s+·\s+·\s+█\s+I███\+ ·/);
		expect(app.lines()[5]).toMatch(/^North East Lincolnshire\s+(·\s+){9}I\s+████\+$/);
		const ascii = await renderApp(data, {ascii: true});
		await ascii.pressCommand('view-timeline');
		expect(ascii.lines()[4]).toMatch(/^Blackpool\s+I\s+\.\s+\.\s+#\s+/);
		expect(ascii.frame()).toContain('p Jul 2012');
		expect(ascii.frame()).not.toMatch(/[█◆○✎─]/);
		expect(ascii.lines().slice(3, 6).join('\n')).not.toContain('·');
	});

	it('selects with j/k, g/G and PgUp/PgDn, shows the source paragraph, and opens the article at it', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		expect(selected(app)).toContain('Jul 2012');
		expect(app.frame()).toMatch(/¶16 of “‘I lost sleep over child services shaming’” \(~2015\): The July 2012 Ofsted report/);
		await app.pressCommand('move-down');
		expect(selected(app)).toContain('notice lifted');
		await app.pressCommand('move-up');
		expect(selected(app)).toContain('Jul 2012');
		// A page is the list's height: 17 rows at 100x30.
		await app.pressCommand('page-down');
		expect(selected(app)).toMatch(/~2022-01-27\s+North East Lin… refused/);
		await app.pressCommand('bottom');
		expect(selected(app)).toMatch(/undated\s+Blackpool\s+judgement\s+inadequate\s+×1 in “Plan taking shape/);
		await app.pressCommand('page-up');
		await app.pressCommand('top');
		expect(selected(app)).toContain('Jul 2012');
		await app.pressQuietly('k');
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		expect(app.frame()).toContain('¶ 16 of 25');
	});

	it('jumps to the next and previous year with ] and [, the undated last', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		const seen: string[] = [];
		for (let i = 0; i < 6; i++) {
			await app.pressCommand('next-year');
			seen.push(selected(app).slice(3, 14).trim());
		}
		expect(seen).toEqual(['~2015', '~Dec 2018', 'Jan 2019', 'Nov 2021', '~Jan 2022', 'undated']);
		await app.pressQuietly(']');
		expect(selected(app)).toContain('undated');
		await app.pressCommand('previous-year');
		expect(selected(app)).toContain('~Jan 2022');
		await app.pressCommand('previous-year');
		expect(selected(app)).toContain('Nov 2021');
	});

	it('filters by authorities, types, origin and its own search; the header says so and Esc clears them one by one', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-dashboard');
		await app.pressCommand('view-timeline');
		await app.pressCommand('pick-authorities');
		await app.waitForText(/Show authorities: .* · 2 of 2 · 0 picked/);
		await app.pressCommand('move-down', {typing: true});
		await app.pressCommand('picker-toggle');
		await app.waitForText('1 picked');
		await app.press(keys.enter);
		expect(title(app)).toMatch(/^Timeline · 7 of 21 events · North East Lincolnshire/);
		expect(app.frame()).not.toMatch(/^.{3}\S.*Blackpool\s+(judgement|board)/m);
		await app.pressCommand('pick-types');
		await app.waitForText('Show event types');
		await app.pressCommand('picker-toggle');
		await app.press(keys.enter);
		expect(title(app)).toContain('1 of 21 events · North East Lincolnshire · judgement');
		await app.pressCommand('cycle-origin');
		expect(title(app)).toContain('· press only');
		// `/` here searches within the timeline: the search view does not open.
		await app.pressCommand('timeline-find');
		expect(title(app)).toMatch(/^› find in timeline: /);
		await app.type('damning');
		expect(title(app)).toContain('1 of 21 lines');
		await app.press(keys.enter);
		expect(title(app)).toContain('· “damning”');
		expect(title(app)).toBe('Timeline · 1 of 21 events · North East Lincolnshire · judgement · press only · “damning”');
		const steps: string[] = [];
		for (let i = 0; i < 4; i++) {
			await app.press(keys.escape);
			steps.push(title(app).replace(/\s{2,}◆.*$/, ''));
		}
		expect(steps).toEqual([
			'Timeline · 1 of 21 events · North East Lincolnshire · judgement · press only',
			'Timeline · 1 of 21 events · North East Lincolnshire · judgement',
			'Timeline · 7 of 21 events · North East Lincolnshire',
			'Timeline · 21 events in date order',
		]);
		// With no filter left, Esc goes back.
		await app.press(keys.escape);
		await app.waitForText('Authorities');
	});

	it('says when no line matches, and what to do', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		await app.pressCommand('timeline-find');
		await app.type('zzz');
		await app.waitForText('No events match these filters.');
		await app.press(keys.escape);
		await app.press(keys.escape);
		expect(title(app)).toContain('21 events in date order');
	});

	it('tells the origins apart and shows the events marked wrong only with the last origin setting', async () => {
		const d = withOfficial();
		const call = timeline(d).find((l) => l.type === 'resignation-call' && l.authority === 'Blackpool')!;
		applyCuration(d, {kind: 'mark-wrong', ids: call.merged ?? [call.id]}, {today});
		const app = await renderApp(d);
		await app.pressCommand('view-timeline');
		await app.pressCommand('pick-authorities');
		await app.pressCommand('picker-toggle');
		await app.press(keys.enter);
		expect(app.frame()).toMatch(/◆ 2019-01-17\s+Blackpool\s+judgement\s+inadequate\s+×3 Ofsted ILACS/);
		expect(app.frame()).toMatch(/○ ~Feb 2019\s+Blackpool\s+commissioner/);
		expect(app.frame()).not.toContain('resign call');
		const modes: string[] = [];
		for (let i = 0; i < 5; i++) {
			await app.pressCommand('cycle-origin');
			modes.push(title(app).split(' · ').at(-1)!.replace(/\s{2,}.*$/, ''));
		}
		expect(modes).toEqual(['press only', 'Ofsted only', 'curated only', 'all + marked wrong', 'Blackpool']);
		for (let i = 0; i < 4; i++) await app.pressCommand('cycle-origin');
		await app.pressCommand('timeline-find');
		await app.type('political row');
		await app.press(keys.enter);
		expect(app.frame()).toMatch(/✗ ~2019-02-01\s+Blackpool\s+resign call/);
		expect(app.frame()).toContain('press, marked wrong');
	});

	it('edits, adds and marks events wrong, written to the store file and shown at once', async () => {
		const file = storeFile();
		const edits: CurationEdit[] = [];
		const app = await renderApp(file, {
			today: () => today,
			curate: async (edit) => {
				edits.push(edit);
				const r = await saveCuration(file, edit, {today});
				return r;
			},
		});
		await app.pressCommand('view-timeline');
		for (let i = 0; i < 3; i++) await app.pressCommand('next-year');
		expect(selected(app)).toContain('Jan 2019');

		// e: the form, starting from the line.
		await app.pressCommand('edit-event');
		await app.waitForText('Edit event: saved as a curated copy');
		expect(app.frame()).toMatch(/› Date\s+2019-01 \s+Jan 2019 · month/);
		await app.type('-17');
		expect(app.frame()).toContain('2019-01-17 · day');
		// Date, type, status, rating, authority: the summary is the sixth field.
		for (let i = 0; i < 5; i++) await app.press(keys.tab);
		await app.press(keys.ctrlU);
		await app.type('Ofsted rated it inadequate');
		await app.press(keys.enter);
		await app.waitForText('saved to the store');
		expect(selected(app)).toMatch(/^›✎ 2019-01-17\s+Blackpool\s+judgement\s+inadequate\s+×3 Ofsted rated it inadequate/);
		// What the files on disk hold, read as every command reads them (the store and its curated file, merged).
		const onDisk = async () => (await openStore(file, {readOnly: true})).data;
		expect(readFileSync(`${file}.curated.json`, 'utf8')).toContain('Ofsted rated it inadequate');
		const curated = (await onDisk()).events.find((e) => e.origin === 'curated' && !e.hidden)!;
		expect(curated).toMatchObject({id: 'curated-1', summary: 'Ofsted rated it inadequate', date: {value: '2019-01-17', precision: 'day'}, replaces: '000_a503623955de7664-e2'});
		expect(app.lines().filter((l) => /^[› ][○◆✎]/.test(l) && /Jan 2019|2019-01-17/.test(l) && l.includes('judgement'))).toHaveLength(1);

		// n: a new event; a date after today is refused inline, with the reason.
		await app.pressCommand('add-event');
		await app.waitForText('Add an event of your own');
		await app.type('2030');
		await app.press(keys.tab);
		await app.type('b');
		await app.press(keys.enter);
		await app.waitForText('✗ Date: 2030 is after today (2026-11-22)');
		expect(app.frame()).toMatch(/› Date\s+2030/);
		await app.press(keys.ctrlU);
		expect(app.frame()).not.toContain('after today');
		await app.type('2019-03');
		await app.press(keys.enter);
		await app.waitForText('✗ Summary: say in a few words what happened');
		await app.type('Board met for the first time');
		await app.press(keys.enter);
		await app.waitForText('saved to the store');
		expect(selected(app)).toMatch(/^›✎ Mar 2019\s+Blackpool\s+board\s+Board met for the first time/);
		expect((await onDisk()).events.find((e) => e.summary === 'Board met for the first time')).toMatchObject({type: 'improvement-board', origin: 'curated', sources: [], date: {value: '2019-03'}});

		// x: a press event marked wrong is hidden, kept, and shown again with o.
		await app.pressCommand('move-up');
		expect(selected(app)).toContain('visit');
		await app.pressCommand('mark-wrong');
		await app.waitForText('saved to the store');
		expect(app.frame()).not.toContain('~2019-02-22');
		for (let i = 0; i < 4; i++) await app.pressCommand('cycle-origin');
		await app.waitForText(/✗ ~2019-02-22\s+Blackpool\s+visit/);
		// The edited original is there too, marked as replaced.
		expect(app.frame()).toMatch(/↺ Jan 2019\s+Blackpool\s+judgement/);
		expect((await onDisk()).events.find((e) => e.id === '001_43f7d8f676f271e4-e1')?.hidden).toBe(true);
		expect(edits.map((e) => e.kind)).toEqual(['edit', 'add', 'mark-wrong']);

		// An official judgement is not edited; a read-only session says it cannot save.
		const readOnly = await renderApp(data);
		await readOnly.pressCommand('view-timeline');
		await readOnly.pressCommand('edit-event');
		expect(readOnly.lines().at(-1)).toContain('this store cannot be written from here');
	});

	it('cancels the form with Esc, changing nothing', async () => {
		const app = await renderApp(data, {curate: async () => Promise.reject(new Error('should not save'))});
		await app.pressCommand('view-timeline');
		await app.pressCommand('edit-event');
		await app.type('xx');
		await app.press(keys.escape);
		expect(title(app)).toContain('21 events in date order');
		expect(app.frame()).not.toContain('Edit event');
	});

	it('fits at 80x24 and 60x20, and with the official data of 153 authorities', async () => {
		for (const [c, r] of [
			[80, 24],
			[60, 20],
		] as const) {
			const app = await renderApp(data, {columns: c, rows: r});
			await app.pressCommand('view-timeline');
			expectFits(app, c, r);
			await app.pressCommand('bottom');
			expectFits(app, c, r);
			await app.pressCommand('edit-event');
			expectFits(app, c, r);
		}
		const big = await renderApp(withOfficial());
		await big.pressCommand('view-timeline');
		expect(title(big)).toContain('513 events in date order');
		expect(big.lines()[3]).toMatch(/^\+149 more \(a picks\)/);
		expectFits(big, 100, 30);
	});
});

describe('Compare (4)', () => {
	it('shows the two authorities side by side, each row on one line', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-compare');
		expect(app.frame()).toContain('Compare · Blackpool and North East Lincolnshire · aligned by date');
		expect(app.lines()[3]).toMatch(/^\s+Blackpool\s+North East Lincolnshire\s*$/);
		expect(app.lines()[lineOf(app, 'latest rating')]).toMatch(/latest rating\s+inadequate \(~?Jan 2019\)\s+inadequate \(Nov 2021\)/);
		// Elapsed from 'January 2019' (a month) to ~1 February: 1 to 31 days; from November 2021 to 26 January 2022: 57 to 86 days.
		expect(app.lines()[lineOf(app, 'calls to resign')]).toMatch(/calls to resign\s+~2019-02-01, ~1 day-4 weeks after:.*2022-01-26, 2-3 months after: Labour/);
		// "due to be appointed this month" is a plan, not the response.
		expect(app.lines()[lineOf(app, 'commissioner appointed')]).toMatch(/commissioner appointed\s+planned for ~Feb 2019 \(not yet a\s+~2022-01-27, ~2-3 months after/);
		expect(app.frame()).not.toContain('→');
		expectFits(app, 100, 30);
	});

	it("aligns the timelines by calendar or, with m, by months since each 'inadequate' judgement", async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-compare');
		await app.pressCommand('bottom');
		expect(app.frame()).toMatch(/Aligned timelines by calendar month/);
		expect(app.frame()).toMatch(/^Jan 2022\s+○ ~Jan 2022 \[planned\] board/m);
		await app.pressCommand('toggle-alignment');
		expect(app.frame()).toContain("aligned by months since 'inadequate'");
		// m brings the aligned timelines into view, to the top where the rest of the page allows.
		expect(app.frame()).toMatch(/^Aligned timelines by months since/m);
		await app.pressQuietly('G');
		expect(app.frame()).toMatch(/by months since ‘inadequate’: Blackpool Jan 2019, NEL Nov 2021/);
		expect(app.frame()).toMatch(/^at the judgement\s+○ Jan 2019 judgement inadequate.*○ Nov 2021 judgement inadequate/m);
		// A month-dated line says its range, as compare does (ALIGN-1).
		expect(app.frame()).toMatch(/^2-4 months after\s+○ Feb 2022 \[planned\] no-confidence/m);
		await app.pressCommand('toggle-alignment');
		expect(app.frame()).toContain('aligned by date');
	});

	it('chooses either side from a fuzzy list of every authority, those known only from official data too', async () => {
		const app = await renderApp(withOfficial());
		await app.pressCommand('view-compare');
		await app.pressCommand('choose-authority');
		await app.waitForText('› choose the left authority:');
		expect(app.frame()).toContain('153 of 153 authorities');
		await app.type('slogh');
		expect(app.lines()[4]).toMatch(/^› Slough\s+official data only \(\d judgements\)/);
		await app.press(keys.enter);
		await app.waitForText('Compare · Slough and North East Lincolnshire');
		expect(app.lines()[lineOf(app, "'inadequate' judgement")]).toMatch(/'inadequate' judgement\s+missing\s+2021-11-26/);
		await app.pressCommand('choose-authority');
		await app.press(keys.tab);
		await app.waitForText('› choose the right authority');
		await app.type('blackpool');
		await app.press(keys.enter);
		await app.waitForText('Compare · Slough and Blackpool');
		// Choosing the other side's authority swaps the two.
		await app.pressCommand('choose-authority');
		await app.type('blackpool');
		await app.press(keys.enter);
		await app.waitForText('Compare · Blackpool and Slough');
		await app.pressCommand('choose-authority');
		await app.press(keys.escape);
		expect(app.frame()).toContain('Compare · Blackpool and Slough');
	});

	it('searches the quotes of both sides at once, a column each, and opens one in the reader', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-compare');
		await app.pressCommand('quote-panel');
		await app.waitForText('› quotes on both sides:');
		expect(app.frame()).toMatch(/Blackpool · 32 quotes, 16 fragments · Enter opens\s+│North East Lincolnshire · 9 quotes, 1 fragment/);
		await app.type('poundland');
		expect(app.frame()).toMatch(/Blackpool · 1 quote, 1 fragment · Enter opens\s+│North East Lincolnshire · 0 quotes/);
		expect(app.frame()).toMatch(/› Simon Blackburn/);
		expect(app.frame()).toContain('no quote matches');
		await app.press(keys.ctrlU);
		await app.type('lindley');
		await app.press(keys.tab);
		expect(app.frame()).toMatch(/│North East Lincolnshire · \d+ quotes?(, \d+ fragments?)? · Enter opens/);
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		await app.press(keys.escape);
		await app.waitForText('› quotes on both sides: lindley');
		await app.press(keys.escape);
		expect(app.frame()).toContain('Compare · Blackpool and North East Lincolnshire');
	});

	it('stacks the aligned timelines below 100 columns and the rows below 80, always fitting', async () => {
		const app = await renderApp(data, {columns: 90, rows: 30});
		await app.press('4');
		expect(app.lines()[lineOf(app, 'latest rating')]).toMatch(/latest rating\s+inadequate \(~?Jan 2019\)\s+inadequate \(Nov 2021\)/);
		await app.pressCommand('toggle-alignment');
		await app.pressQuietly('G');
		const at = lineOf(app, 'at the judgement');
		expect(app.lines()[at + 1]).toMatch(/^ {2}Blackpool: ○ Jan 2019 judgement inadequate/);
		expect(app.lines().slice(at + 1).find((l) => l.startsWith('  NEL:'))).toMatch(/^ {2}NEL: ○ Nov 2021 judgement inadequate/);
		expectFits(app, 90, 30);
		const narrow = await renderApp(data, {columns: 70, rows: 24});
		await narrow.pressCommand('view-compare');
		expect(narrow.frame()).toMatch(/^ {2}Blackpool: /m);
		expect(narrow.frame()).toMatch(/^ {2}NEL: inadequate \(Nov 2021\)/m);
		expectFits(narrow, 70, 24);
		await narrow.pressCommand('quote-panel');
		expectFits(narrow, 70, 24);
		await narrow.press(keys.escape);
		await narrow.pressCommand('choose-authority');
		expectFits(narrow, 70, 24);
	});
});
