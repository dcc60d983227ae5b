/**
 * Type-to-filter in the pickers through the real input path, on the bundled corpus with the official data (153
 * authorities): letters filter (the picker's letter commands give way), Backspace edits, the match count shows,
 * Enter picks the highlighted item, Esc clears the filter before it closes; the same Esc in the comparison's chooser.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {rebuildDerived} from '../../source/corpus/merge.js';
import {parseIlacsHistory} from '../../source/corpus/ofsted-import.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {sharedDir} from '../helpers/paths.js';
import {bundledData, expectFits, keys, renderApp, type AppHarness} from './harness.js';

afterEach(() => cleanup());

function withOfficial(): StoreData {
	const d = structuredClone(bundledData()) as StoreData;
	d.events.push(...parseIlacsHistory(readFileSync(path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv'), 'utf8')).events);
	rebuildDerived(d);
	return d;
}
const data = withOfficial();

/** The picker's title (under the chart) and its selected row. */
const pickerTitle = (app: AppHarness) => app.lines().find((l) => l.startsWith('Show '))!;
const selected = (app: AppHarness) => app.lines().find((l) => /^› \[[ x]\] /.test(l))!;
const timelineTitle = (app: AppHarness) => app.lines()[2]!;

describe('type-to-filter in the timeline’s pickers', () => {
	it('narrows 153 authorities as letters are typed, without running the letters’ commands, and picks with Enter', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		const before = timelineTitle(app);
		await app.pressCommand('pick-authorities');
		expect(pickerTitle(app)).toMatch(/^Show authorities: +· 153 of 153 · 0 picked · type to filter/);
		// k (up), e (edit), n (add) are the list's commands elsewhere: here they are the filter's text.
		await app.type('ken');
		expect(pickerTitle(app)).toMatch(/^Show authorities: ken +· 2 of 153 match · 0 picked · Enter picks/);
		expect(selected(app)).toMatch(/^› \[ \] Kent\s+\d+ lines?$/);
		expect(app.frame()).toMatch(/^ {2}\[ \] Kensington and Chelsea/m);
		expect(app.lines().at(-1)).toMatch(/^Esc clear filter {2}Enter pick {2}↑\/↓ move {2}Tab toggle/);
		// Enter picks the highlighted item and clears the filter; the item stays selected in the whole list.
		await app.pressCommand('filter-pick', {typing: true});
		expect(pickerTitle(app)).toMatch(/· 153 of 153 · 1 picked/);
		expect(selected(app)).toMatch(/^› \[x\] Kent/);
		// Backspace edits; Tab picks while the filter stays. No name holds "blackx": a fuzzy match stands in.
		await app.type('blackx');
		expect(selected(app)).toMatch(/^› \[ \] Blackpool/);
		await app.pressCommand('search-delete', {typing: true});
		expect(pickerTitle(app)).toMatch(/black +· 2 of 153 match/);
		await app.pressCommand('picker-toggle', {typing: true});
		expect(pickerTitle(app)).toMatch(/· 2 picked/);
		expect(selected(app)).toMatch(/^› \[x\] Blackpool/);
		await app.pressCommand('filter-clear', {typing: true});
		expect(pickerTitle(app)).toMatch(/· 153 of 153 · 2 picked/);
		await app.pressCommand('picker-apply', {typing: true});
		expect(timelineTitle(app)).toMatch(/^Timeline · \d+ of \d+ events · Kent, Blackpool/);
		expect(timelineTitle(app)).not.toBe(before);
		expectFits(app, 100, 30);
	});

	it('clears the filter on Esc, and closes on a second Esc without changing anything', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-timeline');
		const before = timelineTitle(app);
		await app.pressCommand('pick-types');
		await app.type('qqqq');
		expect(app.frame()).toContain('Nothing matches “qqqq”.');
		await app.press(keys.escape);
		await app.type('judg');
		expect(pickerTitle(app)).toMatch(/^Show event types: judg +· 1 of 14 match/);
		expect(selected(app)).toContain('judgement (inspection-judgement)');
		await app.press(keys.escape);
		expect(pickerTitle(app)).toMatch(/^Show event types: +· 14 of 14 · 0 picked/);
		await app.press(keys.escape);
		expect(app.frame()).not.toContain('Show event types');
		expect(timelineTitle(app)).toBe(before);
	});

	it('finds an authority from a typo by a fuzzy match', async () => {
		const app = await renderApp(data, {columns: 80, rows: 24});
		await app.pressCommand('view-timeline');
		await app.pressCommand('pick-authorities');
		await app.type('hartlepol');
		expect(selected(app)).toMatch(/^› \[ \] Hartlepool/);
		expectFits(app, 80, 24);
	});
});

describe('the comparison’s chooser', () => {
	it('clears what was typed on Esc, and closes on a second Esc', async () => {
		const app = await renderApp(data);
		await app.pressCommand('view-compare');
		await app.pressCommand('choose-authority');
		await app.type('slo');
		expect(app.frame()).toMatch(/\d+ of 153 authorities/);
		expect(app.frame()).not.toContain('153 of 153 authorities');
		expect(app.lines().at(-1)).toContain('Esc clear filter');
		await app.press(keys.escape);
		await app.waitForText('153 of 153 authorities');
		expect(app.frame()).toContain('› choose the left authority:');
		await app.press(keys.escape);
		await app.waitForText(/^Compare · /m);
	});
});
