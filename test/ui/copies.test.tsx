/**
 * Syndicated copies in the UI, through the real input path: a story two titles printed and a third article,
 * imported with the importer's own steps. Search finds the shared quote once, saying where else it was printed;
 * the reader names the other title and its date; People counts the quote once.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {freshScreen, initialState, readerScreen} from '../../source/ui/state.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';
import {importedStore} from '../search/corpus.js';
import {expectFits, keys, lineOf, renderApp} from './harness.js';

afterEach(() => cleanup());

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-ui-copies-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

writeSyndicatedCorpus(dir);
const data = importedStore([dir]);

describe('a story two titles printed', () => {
	it('search lists the shared quote once, also in the other title, and the reader it opens names that title and its date', async () => {
		expect(data.articles.find((a) => a.id === 'b-echo')?.copies).toEqual(['a-gazette']);
		const app = await renderApp(data);
		await app.press('/');
		// Two printings of two quotes and none of the Devon story's: counted once, Somerset has 2, not 4.
		await app.type('lot of work');
		await app.waitForText(/\d+ results?/);
		const rows = app.lines().filter((l) => /quote +Jane Smith/.test(l));
		expect(rows).toHaveLength(1);
		// The row says so as far as its column allows; the preview beside it names the titles in full.
		expect(rows[0]).toContain('Jane Smith · also in Ex');
		expect(app.frame()).toContain('also printed in Exampleshire Echo');
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		expect(app.frame()).toContain("Interim children's director appointed");
		expect(app.frame()).toContain('Also printed in: Exampleshire Echo (2024-03-05)');
		expect(app.frame()).toMatch(/¶ 3 of 4/);
		expectFits(app, 100, 30);
	});

	it("the comparison's quote search (/) lists the shared quote once, also in the other title", async () => {
		const compare = {...freshScreen('compare'), pair: ['Somerset', 'Devon'] as const};
		const app = await renderApp(data, {initialState: {...initialState, stack: [...initialState.stack, compare]}});
		await app.waitForText('Compare · Somerset and Devon');
		await app.pressCommand('quote-panel');
		await app.waitForText('› quotes on both sides:');
		expect(app.frame()).toMatch(/Somerset · 2 quotes · Enter opens\s+│Devon · 1 quote/);
		// Two printings of two quotes and none of the Devon story's: counted once, Somerset has 2, not 4.
		await app.type('lot of work');
		expect(app.frame()).toMatch(/Somerset · 1 quote · Enter opens/);
		expect(app.frame()).toContain('› Jane Smith · 2024-03-05 · ¶3 · also in Ex');
		expect(app.lines().filter((l) => l.includes('Jane Smith ·'))).toHaveLength(1);
	});

	it('the other printing names the first', async () => {
		const app = await renderApp(data, {initialState: {...initialState, stack: [...initialState.stack, readerScreen('b-echo', 1)]}});
		expect(app.frame()).toContain('Council appoints interim director');
		expect(app.frame()).toContain('Also printed in: Exampleshire Gazette (2024-03-05)');
	});

	it('a story printed once names no other title', async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.type('money is there');
		await app.waitForText(/\d+ results?/);
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		expect(app.frame()).toContain('Leader defends budget');
		expect(app.frame()).not.toContain('Also printed in');
	});

	it('People counts the shared quote once, and her quotes list it once at its first printing', async () => {
		const app = await renderApp(data);
		await app.press('5');
		const row = app.lines()[lineOf(app, 'Jane Smith')]!;
		expect(row).toMatch(/Jane Smith\s*│\s*2\s*│/);
		await app.press(keys.enter);
		await app.waitForText('Quotes: Jane Smith');
		expect(app.frame()).toContain('Jane Smith · 2 quotes');
		expect(app.frame()).toContain("Interim children's director appointed · also in Exampleshire Echo");
		expect(app.frame()).not.toContain('Council appoints interim director');
	});
});
