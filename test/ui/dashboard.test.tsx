import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyStore} from '../../source/corpus/schema.js';
import {manyAuthorities} from './fixtures.js';
import {bundledData, expectFits, keys, lineOf, linesWith, renderApp} from './harness.js';

afterEach(() => cleanup());

describe('the dashboard', () => {
	it.each([
		[100, 30],
		[80, 24],
	])('shows each authority with its latest rating, strip, counts and coverage at %ix%i', async (columns, rows) => {
		const app = await renderApp(bundledData(), {columns, rows});
		const f = app.frame();
		for (const text of ['Blackpool', 'North East Lincolnshire', 'Latest rating', 'inadequate', 'Most quoted', 'Simon Blackburn', 'Latest events', 'I inadequate']) {
			expect(f).toContain(text);
		}
		// The header: corpus name and counts.
		expect(app.lines()[0]).toMatch(/Bundled corpus.*\d+ (articles|art) · 2 (authorities|auth) · \d+ quotes( \(\+\d+ fragments\))? · \d+ events$/);
		// The strip of children's services judgements: Blackpool's 2012 and 2019 'inadequate', one letter a year (its
		// youth offending team's inspection of Dec 2018 is not one of them).
		expect(app.lines()[lineOf(app, '› Blackpool')]).toMatch(/I·{6}I/);
		expectFits(app, columns, rows);
	});

	it('stacks the two lists below 80 columns', async () => {
		const app = await renderApp(bundledData(), {columns: 70, rows: 30});
		const [quoted, latest] = linesWith(app, 'Most quoted', 'Latest events');
		expect(latest).toBeGreaterThan(quoted!);
		expect(app.lines()[lineOf(app, 'Most quoted')]).not.toContain('Latest events');
		expectFits(app, 70, 30);
	});

	it('selects an authority with j/k, says everything about it, and lists its articles on Enter', async () => {
		const app = await renderApp(bundledData());
		expect(app.frame()).toMatch(/Blackpool: latest rating inadequate \(~?Jan 2019, reported\) · judgements:\s+2012 inadequate/);
		await app.press('j');
		expect(app.frame()).toMatch(/North East Lincolnshire: latest rating inadequate/);
		expect(app.frame()).toMatch(/judgements:\s+2021\s+inadequate/);
		await app.press(keys.up);
		await app.press('j');
		await app.press(keys.enter);
		expect(app.frame()).toContain('Articles about North East Lincolnshire · 1');
		await app.press(keys.escape);
		expect(app.frame()).toContain('› North East Lincolnshire');
	});

	it('scrolls a long list of authorities and never draws more rows than fit', async () => {
		const app = await renderApp(manyAuthorities(40), {columns: 80, rows: 24});
		const inTable = (name: string) => app.lines().some((l) => l.startsWith(`  ${name} `) || l.startsWith(`› ${name} `));
		expect(inTable('Council 01')).toBe(true);
		expect(inTable('Council 40')).toBe(false);
		await app.press('G');
		expect(app.frame()).toContain('› Council 40');
		expect(inTable('Council 01')).toBe(false);
		expectFits(app, 80, 24);
		await app.press('g');
		expect(app.frame()).toContain('› Council 01');
		await app.press(keys.pageDown);
		expectFits(app, 80, 24);
	});

	it('says unknown or none where the store has nothing', async () => {
		const data = emptyStore('Empty');
		const app = await renderApp(data);
		expect(app.frame()).toContain('No authorities in this store yet');
		const one = manyAuthorities(1);
		one.events = [];
		const app2 = await renderApp(one);
		expect(app2.frame()).toMatch(/Council 01\s+unknown/);
		expect(app2.frame()).toContain('none yet');
	});

	it('writes ratings as words and letters, so NO_COLOR loses nothing', async () => {
		const app = await renderApp(bundledData(), {env: {NO_COLOR: '1'}});
		expect(app.frame()).toMatch(/inadequate ~?Jan 2019/);
		expect(app.frame()).toMatch(/I·{6}I/);
		expect(app.instance.lastFrame()).not.toMatch(/\u001B\[3\dm/);
	});
});
