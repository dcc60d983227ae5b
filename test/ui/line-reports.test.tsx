/**
 * Every report of a merged line through the real input path: from the timeline (R on a line of three articles)
 * and from the comparison (R, a line chosen by typing), each report opened in the reader at its paragraph, and
 * Esc back to where one was.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {rebuildDerived} from '../../source/corpus/merge.js';
import {parseIlacsHistory} from '../../source/corpus/ofsted-import.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {citation} from '../../source/ui/views/reader-model.js';
import {sharedDir} from '../helpers/paths.js';
import {bundledData, expectFits, renderApp, type AppHarness} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();
const title = (app: AppHarness) => app.lines()[2]!;
/** The selected row of a list (not a panel's box, which starts with › too). */
const selected = (app: AppHarness) => app.lines().find((l) => l.startsWith('›') && !l.startsWith('› reports of a line'))!;

function withOfficial(): StoreData {
	const d = structuredClone(data) as StoreData;
	d.events.push(...parseIlacsHistory(readFileSync(path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv'), 'utf8')).events);
	rebuildDerived(d);
	return d;
}

describe('every report of a merged line', () => {
	it('lists the articles behind a timeline line, opens any of them at its paragraph, and goes back as it was', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		while (!selected(app).includes('Jan 2019')) await app.pressCommand('move-down');
		expect(app.lines().at(-1)).toContain('R reports');
		await app.pressCommand('line-reports');
		await app.waitForText('3 reports, merged into this line');
		expect(title(app)).toBe('Jan 2019 · Blackpool · judgement inadequate · 3 reports, merged into this line');
		expect(app.lines()[1]).toContain('› Reports');
		// Each report: where (file, as no publication is recorded; date; paragraph), then the sentence read.
		const rows = app.lines().filter((l) => /^[› ] \S+\.txt · /.test(l));
		expect(rows.map((l) => l.slice(2).split(' · ').slice(0, 3).join(' · '))).toEqual([
			'001_43f7d8f676f271e4.txt · ~Feb 2019 · ¶2 (also ¶3)',
			// "a second damning Ofsted report" and "A damning report, released last week": the same judgement, without its grade.
			'000_a503623955de7664.txt · 2019-02-01 · ¶4 (also ¶2)',
			'002_2faa4e66540421cf.txt · undated · ¶2 (also ¶3)',
		]);
		expect(app.frame()).toContain('“In January the department was branded inadequate by Ofsted');
		expect(app.frame()).toContain('“His comments came after inspectors gave the council the worst possible ‘inadequate’');
		expectFits(app, 100, 30);
		// The last report, not the first: the undated article, at its paragraph.
		await app.pressCommand('move-down');
		await app.pressCommand('move-down');
		expect(selected(app)).toContain('002_2faa4e66540421cf.txt');
		await app.pressCommand('open');
		await app.waitForText('› Reader');
		expect(app.frame()).toContain('A team effort is needed');
		expect(app.frame()).toMatch(/¶ 2 of \d+/);
		await app.pressCommand('back');
		await app.waitForText('› Reports');
		expect(selected(app)).toContain('002_2faa4e66540421cf.txt');
		await app.pressCommand('back');
		await app.waitForText('Timeline · 21 events in date order');
		expect(selected(app)).toContain('Jan 2019');
	});

	it('cites the selected report with y, as the reader does, and puts the citation away on the next key', async () => {
		const copied: string[] = [];
		const app = await renderApp(data, {clipboard: (t) => (copied.push(t), true)});
		await app.pressCommand('view-timeline');
		while (!selected(app).includes('Jan 2019')) await app.pressCommand('move-down');
		await app.pressCommand('line-reports');
		await app.waitForText('3 reports, merged into this line');
		await app.pressCommand('move-down');
		expect(selected(app)).toContain('000_a503623955de7664.txt · 2019-02-01 · ¶4');
		await app.pressCommand('copy-citation');
		// The second report's article at its paragraph: the citation the reader's y makes there.
		const article = data.articles.find((a) => a.id === '000_a503623955de7664')!;
		expect(copied).toEqual([citation(article, 4)]);
		expect(copied[0]).toMatch(/, 2019-02-01, para 4$/);
		expect(app.frame()).toContain('Citation sent to the clipboard (OSC 52)');
		expect(app.lines().join(' ')).toContain(', 2019-02-01, para 4');
		expectFits(app, 100, 30);
		await app.pressCommand('move-down');
		expect(app.frame()).not.toContain('Citation sent');
		expect(selected(app)).toContain('002_2faa4e66540421cf.txt');
		// Where the terminal cannot take it: shown to copy by hand, at 80x24 too.
		const narrow = await renderApp(data, {columns: 80, rows: 24, clipboard: () => false});
		await narrow.pressCommand('view-timeline');
		while (!selected(narrow).includes('Jan 2019')) await narrow.pressCommand('move-down');
		await narrow.pressCommand('line-reports');
		await narrow.waitForText('3 reports');
		await narrow.pressCommand('copy-citation');
		expect(narrow.frame()).toContain('Citation, to copy by hand');
		expect(narrow.lines().join(' ')).toMatch(/~Feb 2019, para 2/);
		expectFits(narrow, 80, 24);
	});

	it('says so for a line no article reports', async () => {
		const app = await renderApp(withOfficial());
		await app.pressCommand('view-timeline');
		await app.pressCommand('move-down');
		while (!/^›◆/.test(selected(app)) || selected(app).includes('×')) await app.pressCommand('move-down');
		await app.pressCommand('line-reports');
		await app.waitForText('no article reports this event');
		expect(title(app)).toMatch(/^Timeline · /);
	});

	it('chooses a line of the comparison by typing, then opens any of its reports', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-compare');
		await app.pressCommand('line-reports');
		await app.waitForText('› reports of a line:');
		expect(app.frame()).toMatch(/21 of 21 lines of both sides/);
		// Letters are the filter's: `r` (reload), `e` (episodes) and `q` (quit) do nothing else here.
		await app.type('refused');
		expect(app.frame()).toMatch(/2 of 21 lines of both sides/);
		expect(selected(app)).toMatch(/^› Blackpool: ○ ~2019-02-01 refused: .*×2$/);
		expect(app.frame()).toMatch(/^ {2}NEL: ○ ~2022-01-27 refused: .*×1$/m);
		await app.pressCommand('open');
		await app.waitForText('2 reports, merged into this line');
		await app.pressCommand('move-down');
		expect(selected(app)).toContain('002_2faa4e66540421cf.txt · undated · ¶10');
		await app.pressCommand('open');
		await app.waitForText('› Reader');
		expect(app.frame()).toMatch(/¶ 10 of \d+/);
		await app.pressCommand('back');
		await app.pressCommand('back');
		// The comparison's list as it was, its filter typed.
		await app.waitForText('› reports of a line: refused');
		await app.pressCommand('filter-clear', {typing: true});
		expect(app.frame()).toMatch(/21 of 21 lines of both sides/);
		await app.pressCommand('panel-cancel', {typing: true});
		await app.waitForText('Compare · Blackpool and North East Lincolnshire');
	});
});
