import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {compareDates} from '../../source/corpus/date-value.js';
import {timeline} from '../../source/corpus/queries.js';
import {bundledData, expectFits, keys, lineOf, renderApp} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();

describe('Timeline (3)', () => {
	it('shows the events in date order with date, authority, type and rating', async () => {
		const app = await renderApp(data);
		await app.press('3');
		expect(app.frame()).toMatch(/Timeline · \d+ events in date order/);
		const events = timeline(data);
		expect([...events].sort((a, b) => compareDates(a.date, b.date))).toEqual(events);
		expect(lineOf(app, 'Jul 2012')).toBeGreaterThan(0);
		expect(lineOf(app, 'Jul 2012')).toBeLessThan(lineOf(app, 'Nov 2021'));
		expect(app.lines()[lineOf(app, 'Jul 2012')]).toMatch(/Blackpool\s+inspection-judgement\s+inadequate/);
		expectFits(app, 100, 30);
	});

	it('selects with j/k, shows the selected event in full, and opens its article on Enter', async () => {
		const app = await renderApp(data);
		await app.press('3');
		expect(app.frame()).toMatch(/Jul 2012 · Blackpool · inspection-judgement \(inadequate\)/);
		await app.press('j');
		expect(app.frame()).not.toMatch(/Jul 2012 · Blackpool · inspection-judgement/);
		await app.press('G');
		await app.press(keys.enter);
		await app.waitForText('› Reader');
	});

	it('fits at 80x24', async () => {
		const app = await renderApp(data, {columns: 80, rows: 24});
		await app.press('3');
		expectFits(app, 80, 24);
		await app.press('G');
		expectFits(app, 80, 24);
	});
});

describe('Compare (4)', () => {
	it('shows the two authorities side by side', async () => {
		const app = await renderApp(data);
		await app.press('4');
		expect(app.frame()).toContain('Compare · Blackpool and North East Lincolnshire');
		const header = app.lines()[lineOf(app, 'Compare ·') + 1]!;
		expect(header).toMatch(/^\s+Blackpool\s+North East Lincolnshire\s*$/);
		expect(app.lines()[lineOf(app, 'latest rating')]).toMatch(/latest rating\s+inadequate \(Jan 2019\)\s+inadequate \(Nov 2021\)/);
		expectFits(app, 100, 30);
	});

	it('scrolls with j/k and stacks below 80 columns', async () => {
		const app = await renderApp(data, {columns: 80, rows: 24});
		await app.press('4');
		expectFits(app, 80, 24);
		await app.press('j');
		expect(app.frame()).toMatch(/lines 2-/);
		const narrow = await renderApp(data, {columns: 70, rows: 24});
		await narrow.press('4');
		expect(narrow.frame()).toMatch(/^ {2}Blackpool: /m);
		expect(narrow.frame()).toMatch(/^ {2}North East Lincolnshire: /m);
		expectFits(narrow, 70, 24);
	});
});
