/**
 * SAVE-1: the search view's saved CSV has the columns of `scrutiny search --csv`, every cell in full (no "…"),
 * through the real keys and the built program.
 */
import {parse} from 'csv-parse/sync';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {runBuilt, tempStore} from '../helpers/cli.js';
import {bundledData, renderApp} from '../ui/harness.js';

afterEach(() => cleanup());
const dir = mkdtempSync(path.join(os.tmpdir(), 'scr-save1-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("the search view's saved CSV (SAVE-1)", () => {
	it('has the columns and rows the command writes, in full', async () => {
		const app = await renderApp(bundledData(), {saveDir: dir});
		await app.pressCommand('search');
		await app.type('blackburn');
		await app.waitForText(/\d+ results/);
		await app.pressCommand('search-leave', {typing: true});
		await app.pressCommand('save-csv');
		await app.waitForText(/saved \d+ rows? to/);
		const saved = readFileSync(path.join(dir, 'scrutiny-search.csv'), 'utf8');
		const {store} = tempStore();
		const cli = runBuilt(['search', 'blackburn', '--csv', '--limit', '200', '--db', store]);
		expect(cli.status).toBe(0);
		expect(saved.split('\r\n')[0]).toBe(cli.stdout.split('\r\n')[0]);
		expect(saved.split('\r\n')[0]).toBe('kind,id,score,speaker,text,articleId,title,publication,published,paragraph,url,citation,alsoIn');
		const ui = parse(saved, {columns: true}) as Record<string, string>[];
		const byId = new Map((parse(cli.stdout, {columns: true}) as Record<string, string>[]).map((r) => [r['id'], r]));
		expect(ui.length).toBeGreaterThan(5);
		for (const row of ui) {
			// Every cell as the command writes it for the same result (the scores are the same ranking's).
			expect(byId.get(row['id']), row['id']).toEqual(row);
		}
		// Titles in full, as the citation gives them (the old label column was the display text, cut with "…").
		expect(ui.find((r) => r['articleId'] === '000_a503623955de7664')?.['title']).toMatch(/over the running of Children's Services$/);
	});
});
