import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledData, expectFits, keys, lineOf, linesWith, renderApp} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();

describe('search', () => {
	it("finds Coun Blackburn's 'Poundland Donald Trump' as you type, with his name, the date and the match in context", async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.type('poundland');
		await app.waitForText('Poundland Donald Trump');
		// The empty box lists recent quotes (the Poundland one among them): wait for the search's own answer.
		await app.waitForText(/\d+ results?/);
		const row = lineOf(app, 'quote   Simon Blackburn');
		expect(row).toBeGreaterThan(0);
		expect(app.lines()[row]).toContain('2019-02-01');
		expect(app.lines()[row + 1]).toContain('Poundland Donald Trump');
		expect(app.frame()).toMatch(/\d+ results?/);
		expectFits(app, 100, 30);
	});

	it('finds a person\'s quotes by the name typed in the box (`blackburn`), not only the paragraphs that name him', async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.type('blackburn');
		// The empty box lists recent quotes: wait for the search's own answer.
		await app.waitForText(/\d+ results?/);
		expect(app.frame()).toContain('› blackburn');
		const row = lineOf(app, 'quote   Simon Blackburn');
		expect(row).toBeGreaterThan(0);
		// The row under it is one of his quotes (a fragment or a whole quote), as the store has it.
		const his = data.quotes.filter((q) => q.speaker === 'Simon Blackburn').map((q) => q.text.slice(0, 20));
		expect(his.some((start) => app.lines()[row + 1]!.includes(start))).toBe(true);
	});

	it('takes a burst of keys as typing once the box is open (`/poundland` in one write)', async () => {
		const app = await renderApp(data);
		await app.press('/poundland');
		await app.waitForText('Poundland Donald Trump');
		expect(app.frame()).toContain('› poundland');
	});

	it('treats letters and digits as text while typing, and Backspace and Ctrl+U as editing', async () => {
		const app = await renderApp(data);
		await app.press('2');
		await app.type('q1?');
		expect(app.frame()).toContain('› q1?');
		expect(app.quitCount()).toBe(0);
		await app.press(keys.backspace);
		expect(app.frame()).toContain('› q1 ');
		await app.press(keys.ctrlU);
		await app.waitForText('most recent quotes');
	});

	it('shows the most recent quotes for an empty box', async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.waitForText('most recent quotes');
		expect(app.frame()).toMatch(/quote {3}\S/);
		expect(app.frame()).toContain('2022-01-27');
	});

	it('cycles the scope with Tab', async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.type('blackburn');
		await app.waitForText(/results?/);
		await app.press(keys.tab);
		expect(app.frame()).toContain('[quotes]');
		await app.press(keys.tab);
		await app.press(keys.tab);
		await app.waitForText('[people]');
		await app.waitForText(/person  Simon Blackburn/);
		await app.press(keys.tab);
		await app.press(keys.tab);
		expect(app.frame()).toContain('[all]');
	});

	it('filters in the box, and suggests dropping a filter when nothing is left', async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.type('speaker:blackburn trump');
		await app.waitForText('Poundland Donald Trump');
		// The empty box lists recent quotes (the Poundland one among them): wait for the search's own answer.
		await app.waitForText(/\d+ results?/);
		expect(app.frame()).toContain('speaker:blackburn');
		await app.press(keys.ctrlU);
		await app.type('speaker:nobody trump');
		await app.waitForText('No results for');
		expect(app.frame()).toContain('Try dropping a filter: speaker:nobody');
	});

	it('previews the whole paragraph with its neighbours and the article, beside the results from 100 columns', async () => {
		const app = await renderApp(data, {columns: 100, rows: 30});
		await app.press('/');
		await app.type('poundland');
		await app.waitForText('Poundland Donald Trump');
		// The empty box lists recent quotes (the Poundland one among them): wait for the search's own answer.
		await app.waitForText(/\d+ results?/);
		const f = app.frame();
		expect(f).toContain('¶2');
		expect(f).toContain('¶3');
		expect(f).toContain('A political row has broken out');
		expect(f).toMatch(/2019-02-01 · Blackpool · ¶ 3 of \d+/);
		expect(app.lines()[lineOf(app, 'quote   Simon Blackburn')]).toContain('│');
	});

	it('puts the preview below the results under 100 columns', async () => {
		const app = await renderApp(data, {columns: 80, rows: 24});
		await app.press('/');
		await app.type('poundland');
		await app.waitForText('Poundland Donald Trump');
		// The empty box lists recent quotes (the Poundland one among them): wait for the search's own answer.
		await app.waitForText(/\d+ results?/);
		const divider = app.lines().findIndex((l) => /^─{20,}/.test(l));
		expect(divider).toBeGreaterThan(linesWith(app, 'quote   Simon Blackburn')[0]!);
		expect(app.lines().findIndex((l) => /2019-02-01 · Blackpool · ¶ 3 of/.test(l))).toBeGreaterThan(divider);
		expectFits(app, 80, 24);
	});

	it('opens the reader at the paragraph with Enter, and comes back to the results with Esc', async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.type('poundland');
		await app.waitForText('Poundland Donald Trump');
		// The empty box lists recent quotes (the Poundland one among them): wait for the search's own answer.
		await app.waitForText(/\d+ results?/);
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		expect(app.frame()).toMatch(/¶ 3 of \d+/);
		await app.press(keys.escape);
		await app.waitForText('poundland');
		// Back in the results, not the box: j moves the selection, and Esc goes back again.
		expect(app.frame()).not.toContain('› poundland');
		const first = lineOf(app, '› quote');
		await app.press('j');
		expect(lineOf(app, '› ')).toBe(first + 2);
		await app.press(keys.escape);
		expect(app.frame()).toContain('Authorities');
	});

	it('leaves the box with Esc, where j/k move and / comes back to typing', async () => {
		const app = await renderApp(data);
		await app.press('/');
		await app.type('council');
		await app.waitForText(/\d+ results/);
		await app.press(keys.escape);
		expect(app.frame()).not.toContain('› council');
		const first = lineOf(app, '› ');
		await app.press('j');
		expect(lineOf(app, '› ')).toBe(first + 2);
		await app.press('/');
		expect(app.frame()).toContain('› council');
	});
});
