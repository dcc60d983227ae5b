/**
 * Syndicated copies in the UI, through the real input path: a story two titles printed and a third article,
 * imported with the importer's own steps. Search finds the shared quote once, saying where else it was printed;
 * the reader names the other title and its date; People counts the quote once.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {initialState, readerScreen} from '../../source/ui/state.js';
import {importedStore} from '../search/corpus.js';
import {expectFits, keys, lineOf, renderApp} from './harness.js';

afterEach(() => cleanup());

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-ui-copies-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const body = [
	"Somerset Council has appointed an interim director of children's services after its previous director resigned last month following an inadequate Ofsted rating.",
	"The appointment was confirmed at a meeting of the council's cabinet on Tuesday evening, where members also agreed a new improvement plan for the service.",
	'"We have a lot of work to do and we will do it in the open," said council leader Jane Smith.',
	`"Children cannot wait for us to get this right," said Cllr Tom Brown, the cabinet member for children's services.`,
].join('\n\n');
writeFileSync(path.join(dir, 'a-gazette.txt'), `title: Interim children's director appointed\ndate: 2024-03-05\nsource: Exampleshire Gazette\nauthority: Somerset\n\n${body}\n`);
writeFileSync(path.join(dir, 'b-echo.txt'), `title: Council appoints interim director\ndate: 2024-03-05\nsource: Exampleshire Echo\nauthority: Somerset\n\n${body}\n\nReporting by our local democracy reporter.\n`);
writeFileSync(
	path.join(dir, 'c-post.txt'),
	`title: Leader defends budget\ndate: 2024-04-10\nsource: Exampleshire Post\nauthority: Somerset\n\nSomerset Council's leader has defended the budget for children's services at a full council meeting.\n\n"The money is there for the next three years," said council leader Jane Smith.\n`,
);
const data = importedStore([dir]);

describe('a story two titles printed', () => {
	it('search lists the shared quote once, also in the other title, and the reader it opens names that title and its date', async () => {
		expect(data.articles.find((a) => a.id === 'b-echo')?.copies).toEqual(['a-gazette']);
		const app = await renderApp(data);
		await app.press('/');
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
