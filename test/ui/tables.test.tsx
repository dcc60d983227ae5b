import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledData, expectFits, keys, lineOf, linesWith, renderApp} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();

/** The names in the People table, top to bottom. */
const names = (lines: string[]) => lines.filter((l) => l.startsWith('│ ') && !l.includes('name')).map((l) => l.split('│')[1]!.trim());

describe('People (5)', () => {
	it('lists people with titles, roles, party, authority and quotes, most quoted first', async () => {
		const app = await renderApp(data);
		await app.press('5');
		const f = app.frame();
		for (const h of ['name', 'quotes ▼', 'roles', 'authority', 'party', 'titles']) expect(f).toContain(h);
		expect(names(app.lines())[0]).toBe('Simon Blackburn');
		expect(f).toContain('council leader');
		expectFits(app, 100, 30);
	});

	it('sorts by the next column on s and reverses on S', async () => {
		const app = await renderApp(data);
		await app.press('5');
		await app.press('s');
		expect(app.frame()).toContain('name ▲');
		const sorted = names(app.lines());
		expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
		await app.press('S');
		expect(app.frame()).toContain('name ▼');
		expect(names(app.lines())).toEqual([...sorted].reverse());
	});

	it("lists a person's quotes on Enter, and opens the reader at one", async () => {
		const app = await renderApp(data);
		await app.press('5');
		await app.press(keys.enter);
		await app.waitForText('› Quotes: Simon Blackburn');
		expect(app.frame()).toMatch(/Simon Blackburn · \d+ quotes/);
		for (let page = 0; page < 5 && !app.frame().includes('Poundland Donald Trump'); page++) await app.press(keys.pageDown);
		expect(app.frame()).toContain('Poundland Donald Trump');
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		await app.press(keys.escape);
		await app.press(keys.escape);
		expect(app.frame()).toContain('quotes ▼');
	});

	it('fits at 80x24 and below 80 columns', async () => {
		for (const [c, r] of [
			[80, 24],
			[64, 20],
		] as const) {
			const app = await renderApp(data, {columns: c, rows: r});
			await app.press('5');
			expect(app.frame()).toContain('Simon Blackburn');
			expectFits(app, c, r);
		}
	});
});

describe('Articles (6)', () => {
	it('lists articles with date, title, authority and counts, in date order', async () => {
		const app = await renderApp(data);
		await app.press('6');
		const f = app.frame();
		for (const h of ['date ▲', 'title', 'authority', 'quotes', 'paras']) expect(f).toContain(h);
		const [first, later, undated] = linesWith(app, '2019-02-01', '2022-01-27', 'undated');
		expect(first).toBeLessThan(later!);
		expect(later).toBeLessThan(undated!);
		expectFits(app, 100, 30);
	});

	it('sorts with s and opens the reader with Enter', async () => {
		const app = await renderApp(data);
		await app.press('6');
		await app.press('s');
		expect(app.frame()).toContain('authority ▲');
		await app.press('G');
		expect(app.lines()[lineOf(app, '│ ') + data.articles.length]).toContain('North Ea');
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		expect(app.frame()).toContain('North East Lincolnshire');
	});
});
